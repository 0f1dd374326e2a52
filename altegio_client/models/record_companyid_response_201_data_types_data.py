from __future__ import annotations

import builtins as _builtins
import datetime
import datetime as _datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._codegen import (
    ISO_PARSERS,
    MODEL_BUILDERS,
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    datetime_from_iso,
    layout_of,
    lazily_read_class,
    model_builder,
    model_class,
    new_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record_companyid_response_201_data_types_data_client import (
        RecordCompanyidResponse201DataTypesDataClient,
    )
    from ..models.record_companyid_response_201_data_types_data_services_item import (
        RecordCompanyidResponse201DataTypesDataServicesItem,
    )
    from ..models.record_companyid_response_201_data_types_data_staff import (
        RecordCompanyidResponse201DataTypesDataStaff,
    )
    from ..models.visits_visitid_data_types_data_records_item_documents_item import (
        VisitsVisitidDataTypesDataRecordsItemDocumentsItem,
    )


T = TypeVar("T", bound="RecordCompanyidResponse201DataTypesData")


@_attrs_define
class RecordCompanyidResponse201DataTypesData(LazyModel):
    """Object with data"""

    id: int | Unset = UNSET
    services: list[RecordCompanyidResponse201DataTypesDataServicesItem] | Unset = UNSET
    client: RecordCompanyidResponse201DataTypesDataClient | Unset = UNSET
    clients_count: float | Unset = UNSET
    """ Number of occupied places in a group appointment """
    staff: RecordCompanyidResponse201DataTypesDataStaff | Unset = UNSET
    datetime: _datetime.datetime | Unset = UNSET
    """ Session date """
    seance_length: float | Unset = UNSET
    """ Appointment duration in seconds. Includes technical_break_duration. Equal to the sum of services plus the
    technical break. """
    create_date: _datetime.datetime | Unset = UNSET
    """ date of creation """
    comment: str | Unset = UNSET
    """ Appointment Comment """
    confirmed: float | Unset = UNSET
    """ Is the appointment verified? """
    sms_before: float | Unset = UNSET
    """ Whether to send an SMS reminder to the client (if the client is specified) """
    sms_now: float | Unset = UNSET
    """ Did you send SMS when adding an appointment """
    sms_now_text: str | Unset = UNSET
    """ SMS text """
    email_now: float | Unset = UNSET
    """ Has an email notification been sent? """
    notified: float | Unset = UNSET
    """ Flag for confirmation of the appointment by the location administrator, if the client asked to confirm the
    appointment """
    master_request: float | Unset = UNSET
    """ Indicates whether a specific team member was selected for the appointment. Set to false if the "any team
    member" option was chosen """
    api_id: str | Unset = UNSET
    """ External appointment ID """
    from_url: str | Unset = UNSET
    """ From which page the transition was made to complete the appointment (website, VK application, etc.) """
    review_requested: float | Unset = UNSET
    """ Flag for requesting visit feedback from the client """
    activity_id: int | Unset = UNSET
    """ Group  event ID """
    documents: list[VisitsVisitidDataTypesDataRecordsItemDocumentsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        clients_count = self.clients_count

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        datetime: str | Unset = UNSET
        if not isinstance(self.datetime, Unset):
            datetime = self.datetime.isoformat()

        seance_length = self.seance_length

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = self.create_date.isoformat()

        comment = self.comment

        confirmed = self.confirmed

        sms_before = self.sms_before

        sms_now = self.sms_now

        sms_now_text = self.sms_now_text

        email_now = self.email_now

        notified = self.notified

        master_request = self.master_request

        api_id = self.api_id

        from_url = self.from_url

        review_requested = self.review_requested

        activity_id = self.activity_id

        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = []
            for documents_item_data in self.documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if services is not UNSET:
            field_dict["services"] = services
        if client is not UNSET:
            field_dict["client"] = client
        if clients_count is not UNSET:
            field_dict["clients_count"] = clients_count
        if staff is not UNSET:
            field_dict["staff"] = staff
        if datetime is not UNSET:
            field_dict["datetime"] = datetime
        if seance_length is not UNSET:
            field_dict["seance_length"] = seance_length
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
        if sms_before is not UNSET:
            field_dict["sms_before"] = sms_before
        if sms_now is not UNSET:
            field_dict["sms_now"] = sms_now
        if sms_now_text is not UNSET:
            field_dict["sms_now_text"] = sms_now_text
        if email_now is not UNSET:
            field_dict["email_now"] = email_now
        if notified is not UNSET:
            field_dict["notified"] = notified
        if master_request is not UNSET:
            field_dict["master_request"] = master_request
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if from_url is not UNSET:
            field_dict["from_url"] = from_url
        if review_requested is not UNSET:
            field_dict["review_requested"] = review_requested
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if documents is not UNSET:
            field_dict["documents"] = documents

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.record_companyid_response_201_data_types_data_client import (
            RecordCompanyidResponse201DataTypesDataClient,  # noqa: PLC0415
        )
        from ..models.record_companyid_response_201_data_types_data_services_item import (
            RecordCompanyidResponse201DataTypesDataServicesItem,  # noqa: PLC0415
        )
        from ..models.record_companyid_response_201_data_types_data_staff import (
            RecordCompanyidResponse201DataTypesDataStaff,  # noqa: PLC0415
        )
        from ..models.visits_visitid_data_types_data_records_item_documents_item import (
            VisitsVisitidDataTypesDataRecordsItemDocumentsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _services = d.pop("services", UNSET)
        services: list[RecordCompanyidResponse201DataTypesDataServicesItem] | Unset = UNSET
        if _services is not UNSET:
            services = []
            for services_item_data in _services:
                services_item = RecordCompanyidResponse201DataTypesDataServicesItem.from_dict(services_item_data)

                services.append(services_item)

        _client = d.pop("client", UNSET)
        client: RecordCompanyidResponse201DataTypesDataClient | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = RecordCompanyidResponse201DataTypesDataClient.from_dict(_client)

        clients_count = d.pop("clients_count", UNSET)

        _staff = d.pop("staff", UNSET)
        staff: RecordCompanyidResponse201DataTypesDataStaff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = RecordCompanyidResponse201DataTypesDataStaff.from_dict(_staff)

        _datetime = d.pop("datetime", UNSET)
        datetime: datetime.datetime | Unset
        if isinstance(_datetime, Unset):
            datetime = UNSET
        else:
            datetime = types.parse_iso_datetime(_datetime)

        seance_length = d.pop("seance_length", UNSET)

        _create_date = d.pop("create_date", UNSET)
        create_date: datetime.datetime | Unset
        if isinstance(_create_date, Unset):
            create_date = UNSET
        else:
            create_date = types.parse_iso_datetime(_create_date)

        comment = d.pop("comment", UNSET)

        confirmed = d.pop("confirmed", UNSET)

        sms_before = d.pop("sms_before", UNSET)

        sms_now = d.pop("sms_now", UNSET)

        sms_now_text = d.pop("sms_now_text", UNSET)

        email_now = d.pop("email_now", UNSET)

        notified = d.pop("notified", UNSET)

        master_request = d.pop("master_request", UNSET)

        api_id = d.pop("api_id", UNSET)

        from_url = d.pop("from_url", UNSET)

        review_requested = d.pop("review_requested", UNSET)

        activity_id = d.pop("activity_id", UNSET)

        _documents = d.pop("documents", UNSET)
        documents: list[VisitsVisitidDataTypesDataRecordsItemDocumentsItem] | Unset = UNSET
        if _documents is not UNSET:
            documents = []
            for documents_item_data in _documents:
                documents_item = VisitsVisitidDataTypesDataRecordsItemDocumentsItem.from_dict(documents_item_data)

                documents.append(documents_item)

        record_companyid_response_201_data_types_data = cls(
            id=id,
            services=services,
            client=client,
            clients_count=clients_count,
            staff=staff,
            datetime=datetime,
            seance_length=seance_length,
            create_date=create_date,
            comment=comment,
            confirmed=confirmed,
            sms_before=sms_before,
            sms_now=sms_now,
            sms_now_text=sms_now_text,
            email_now=email_now,
            notified=notified,
            master_request=master_request,
            api_id=api_id,
            from_url=from_url,
            review_requested=review_requested,
            activity_id=activity_id,
            documents=documents,
        )

        record_companyid_response_201_data_types_data.additional_properties = d
        return record_companyid_response_201_data_types_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _read_services(
    json_value: Any, parse_ctx: ParseContext
) -> list[RecordCompanyidResponse201DataTypesDataServicesItem] | Unset:
    RecordCompanyidResponse201DataTypesDataServicesItem = MODEL_CLASSES.get(
        "altegio_client.models.record_companyid_response_201_data_types_data_services_item"
    ) or model_class(
        "altegio_client.models.record_companyid_response_201_data_types_data_services_item",
        "RecordCompanyidResponse201DataTypesDataServicesItem",
    )

    _services = json_value
    services: list[RecordCompanyidResponse201DataTypesDataServicesItem] | Unset = UNSET
    if _services is not UNSET:
        services = RecordCompanyidResponse201DataTypesDataServicesItem._lazy_list(_services, parse_ctx)

    return services


def _read_client(json_value: Any, parse_ctx: ParseContext) -> RecordCompanyidResponse201DataTypesDataClient | Unset:
    RecordCompanyidResponse201DataTypesDataClient = MODEL_CLASSES.get(
        "altegio_client.models.record_companyid_response_201_data_types_data_client"
    ) or model_class(
        "altegio_client.models.record_companyid_response_201_data_types_data_client",
        "RecordCompanyidResponse201DataTypesDataClient",
    )

    _client = json_value
    client: RecordCompanyidResponse201DataTypesDataClient | Unset
    if isinstance(_client, Unset):
        client = UNSET
    else:
        client = RecordCompanyidResponse201DataTypesDataClient._lazy(_client, parse_ctx)

    return client


def _read_staff(json_value: Any, parse_ctx: ParseContext) -> RecordCompanyidResponse201DataTypesDataStaff | Unset:
    RecordCompanyidResponse201DataTypesDataStaff = MODEL_CLASSES.get(
        "altegio_client.models.record_companyid_response_201_data_types_data_staff"
    ) or model_class(
        "altegio_client.models.record_companyid_response_201_data_types_data_staff",
        "RecordCompanyidResponse201DataTypesDataStaff",
    )

    _staff = json_value
    staff: RecordCompanyidResponse201DataTypesDataStaff | Unset
    if isinstance(_staff, Unset):
        staff = UNSET
    else:
        staff = RecordCompanyidResponse201DataTypesDataStaff._lazy(_staff, parse_ctx)

    return staff


def _read_datetime(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    datetime: datetime.datetime | Unset
    if isinstance(json_value, Unset):
        datetime = UNSET
    else:
        try:
            datetime = datetime_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            datetime = types.parse_iso_datetime(json_value)

    return datetime


ISO_PARSERS[_read_datetime] = datetime_from_iso


def _read_create_date(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    create_date: datetime.datetime | Unset
    if isinstance(json_value, Unset):
        create_date = UNSET
    else:
        try:
            create_date = datetime_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            create_date = types.parse_iso_datetime(json_value)

    return create_date


ISO_PARSERS[_read_create_date] = datetime_from_iso


def _read_documents(
    json_value: Any, parse_ctx: ParseContext
) -> list[VisitsVisitidDataTypesDataRecordsItemDocumentsItem] | Unset:
    VisitsVisitidDataTypesDataRecordsItemDocumentsItem = MODEL_CLASSES.get(
        "altegio_client.models.visits_visitid_data_types_data_records_item_documents_item"
    ) or model_class(
        "altegio_client.models.visits_visitid_data_types_data_records_item_documents_item",
        "VisitsVisitidDataTypesDataRecordsItemDocumentsItem",
    )

    _documents = json_value
    documents: list[VisitsVisitidDataTypesDataRecordsItemDocumentsItem] | Unset = UNSET
    if _documents is not UNSET:
        documents = VisitsVisitidDataTypesDataRecordsItemDocumentsItem._lazy_list(_documents, parse_ctx)

    return documents


_DECLARED_KEYS = frozenset(
    {
        "id",
        "services",
        "client",
        "clients_count",
        "staff",
        "datetime",
        "seance_length",
        "create_date",
        "comment",
        "confirmed",
        "sms_before",
        "sms_now",
        "sms_now_text",
        "email_now",
        "notified",
        "master_request",
        "api_id",
        "from_url",
        "review_requested",
        "activity_id",
        "documents",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


RecordCompanyidResponse201DataTypesData._lazy_fields = {
    "id": ("id", None, False),
    "services": ("services", _read_services, False),
    "client": ("client", _read_client, False),
    "clients_count": ("clients_count", None, False),
    "staff": ("staff", _read_staff, False),
    "datetime": ("datetime", _read_datetime, False),
    "seance_length": ("seance_length", None, False),
    "create_date": ("create_date", _read_create_date, False),
    "comment": ("comment", None, False),
    "confirmed": ("confirmed", None, False),
    "sms_before": ("sms_before", None, False),
    "sms_now": ("sms_now", None, False),
    "sms_now_text": ("sms_now_text", None, False),
    "email_now": ("email_now", None, False),
    "notified": ("notified", None, False),
    "master_request": ("master_request", None, False),
    "api_id": ("api_id", None, False),
    "from_url": ("from_url", None, False),
    "review_requested": ("review_requested", None, False),
    "activity_id": ("activity_id", None, False),
    "documents": ("documents", _read_documents, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: RecordCompanyidResponse201DataTypesData, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.clients_count = get("clients_count", UNSET)
    model.seance_length = get("seance_length", UNSET)
    model.comment = get("comment", UNSET)
    model.confirmed = get("confirmed", UNSET)
    model.sms_before = get("sms_before", UNSET)
    model.sms_now = get("sms_now", UNSET)
    model.sms_now_text = get("sms_now_text", UNSET)
    model.email_now = get("email_now", UNSET)
    model.notified = get("notified", UNSET)
    model.master_request = get("master_request", UNSET)
    model.api_id = get("api_id", UNSET)
    model.from_url = get("from_url", UNSET)
    model.review_requested = get("review_requested", UNSET)
    model.activity_id = get("activity_id", UNSET)


def _fill_converted(
    model: RecordCompanyidResponse201DataTypesData,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "services" not in done:
        value = get("services", UNSET)
        if value is UNSET:
            model.services = UNSET
        elif value == []:
            model.services = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.record_companyid_response_201_data_types_data_services_item"
            ) or model_builder(
                "altegio_client.models.record_companyid_response_201_data_types_data_services_item",
                "RecordCompanyidResponse201DataTypesDataServicesItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.services = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "client" not in done:
        value = get("client", UNSET)
        if value is UNSET:
            model.client = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.record_companyid_response_201_data_types_data_client"
            ) or model_builder(
                "altegio_client.models.record_companyid_response_201_data_types_data_client",
                "RecordCompanyidResponse201DataTypesDataClient",
            )
            try:
                model.client = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "staff" not in done:
        value = get("staff", UNSET)
        if value is UNSET:
            model.staff = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.record_companyid_response_201_data_types_data_staff"
            ) or model_builder(
                "altegio_client.models.record_companyid_response_201_data_types_data_staff",
                "RecordCompanyidResponse201DataTypesDataStaff",
            )
            try:
                model.staff = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "datetime" not in done:
        value = get("datetime", UNSET)
        if value is UNSET:
            model.datetime = UNSET
        else:
            try:
                try:
                    model.datetime = datetime_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.datetime = types.parse_iso_datetime(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "create_date" not in done:
        value = get("create_date", UNSET)
        if value is UNSET:
            model.create_date = UNSET
        else:
            try:
                try:
                    model.create_date = datetime_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.create_date = types.parse_iso_datetime(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "documents" not in done:
        value = get("documents", UNSET)
        if value is UNSET:
            model.documents = UNSET
        elif value == []:
            model.documents = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.visits_visitid_data_types_data_records_item_documents_item"
            ) or model_builder(
                "altegio_client.models.visits_visitid_data_types_data_records_item_documents_item",
                "VisitsVisitidDataTypesDataRecordsItemDocumentsItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.documents = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: RecordCompanyidResponse201DataTypesData | None = None
) -> RecordCompanyidResponse201DataTypesData:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return RecordCompanyidResponse201DataTypesData._lazy(json_value, parse_ctx)
        model = new_model(
            RecordCompanyidResponse201DataTypesData
        )  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(RecordCompanyidResponse201DataTypesData, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_services, value_client, value_staff, value_datetime, value_create_date, value_documents = fill(
        json_value, model
    )
    if value_services is UNSET:
        model.services = UNSET
    elif value_services == []:
        model.services = value_services  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.record_companyid_response_201_data_types_data_services_item"
        ) or model_builder(
            "altegio_client.models.record_companyid_response_201_data_types_data_services_item",
            "RecordCompanyidResponse201DataTypesDataServicesItem",
        )
        try:
            if _builtins.type(value_services) is not list:
                raise TypeError
            model.services = [build(item, parse_ctx) for item in value_services]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_client is UNSET:
        model.client = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.record_companyid_response_201_data_types_data_client"
        ) or model_builder(
            "altegio_client.models.record_companyid_response_201_data_types_data_client",
            "RecordCompanyidResponse201DataTypesDataClient",
        )
        try:
            model.client = build(value_client, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_staff is UNSET:
        model.staff = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.record_companyid_response_201_data_types_data_staff"
        ) or model_builder(
            "altegio_client.models.record_companyid_response_201_data_types_data_staff",
            "RecordCompanyidResponse201DataTypesDataStaff",
        )
        try:
            model.staff = build(value_staff, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_datetime is UNSET:
        model.datetime = UNSET
    else:
        try:
            try:
                model.datetime = datetime_from_iso(value_datetime)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.datetime = types.parse_iso_datetime(value_datetime)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_create_date is UNSET:
        model.create_date = UNSET
    else:
        try:
            try:
                model.create_date = datetime_from_iso(value_create_date)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.create_date = types.parse_iso_datetime(value_create_date)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_documents is UNSET:
        model.documents = UNSET
    elif value_documents == []:
        model.documents = value_documents  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.visits_visitid_data_types_data_records_item_documents_item"
        ) or model_builder(
            "altegio_client.models.visits_visitid_data_types_data_records_item_documents_item",
            "VisitsVisitidDataTypesDataRecordsItemDocumentsItem",
        )
        try:
            if _builtins.type(value_documents) is not list:
                raise TypeError
            model.documents = [build(item, parse_ctx) for item in value_documents]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if only_declared:  # no undeclared key, the usual case (known from the layout, see _layouts.py)
        model.additional_properties = {}
    else:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True
    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(RecordCompanyidResponse201DataTypesData)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = RecordCompanyidResponse201DataTypesData
        del model._raw, model._context
    return model


RecordCompanyidResponse201DataTypesData._lazy_fill = (_fill_plain, _fill_converted, _build)
