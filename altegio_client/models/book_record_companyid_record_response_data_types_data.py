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
    from ..models.book_record_companyid_record_response_data_types_data_company import (
        BookRecordCompanyidRecordResponseDataTypesDataCompany,
    )
    from ..models.book_record_companyid_record_response_data_types_data_services_item import (
        BookRecordCompanyidRecordResponseDataTypesDataServicesItem,
    )
    from ..models.book_record_companyid_record_response_data_types_data_staff import (
        BookRecordCompanyidRecordResponseDataTypesDataStaff,
    )


T = TypeVar("T", bound="BookRecordCompanyidRecordResponseDataTypesData")


@_attrs_define
class BookRecordCompanyidRecordResponseDataTypesData(LazyModel):
    """Data (object)"""

    id: int | Unset = UNSET
    """ Appointment ID """
    services: list[BookRecordCompanyidRecordResponseDataTypesDataServicesItem] | Unset = UNSET
    """ Service ID List """
    company: BookRecordCompanyidRecordResponseDataTypesDataCompany | Unset = UNSET
    """ location parameters """
    staff: BookRecordCompanyidRecordResponseDataTypesDataStaff | Unset = UNSET
    """ team member parameters """
    date: _datetime.datetime | Unset = UNSET
    """ 04-02T12:00:00Z\\' (required, string) - Session date """
    create_date: _datetime.datetime | Unset = UNSET
    """ 04-02T12:00:00Z\\' (required, string) - Appointment creation date """
    comment: str | Unset = UNSET
    """ Appointment Comment """
    deleted: bool | Unset = UNSET
    """ Whether the appointment was made (true if removed) """
    length: float | Unset = UNSET
    """ Session duration """
    notify_by_sms: float | Unset = UNSET
    """ Specifies how many hours before the visit an SMS reminder should be sent to the client. Set to 0 if no
    reminder is needed. """
    notify_by_email: float | Unset = UNSET
    """ Specifies how many hours before the visit an email reminder should be sent to the client. Set to 0 if no
    reminder is needed. """
    master_requested: bool | Unset = UNSET
    """ Indicates whether a specific team member was selected for the appointment. Set to false if the "any team
    member" option was chosen. """
    online: bool | Unset = UNSET
    """ Indicates whether the appointment was created online by the client (true) or manually by an administrator
    (false) """
    api_id: int | Unset = UNSET
    """ Appointment ID from external system """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = self.create_date.isoformat()

        comment = self.comment

        deleted = self.deleted

        length = self.length

        notify_by_sms = self.notify_by_sms

        notify_by_email = self.notify_by_email

        master_requested = self.master_requested

        online = self.online

        api_id = self.api_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if services is not UNSET:
            field_dict["services"] = services
        if company is not UNSET:
            field_dict["company"] = company
        if staff is not UNSET:
            field_dict["staff"] = staff
        if date is not UNSET:
            field_dict["date"] = date
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if length is not UNSET:
            field_dict["length"] = length
        if notify_by_sms is not UNSET:
            field_dict["notify_by_sms"] = notify_by_sms
        if notify_by_email is not UNSET:
            field_dict["notify_by_email"] = notify_by_email
        if master_requested is not UNSET:
            field_dict["master_requested"] = master_requested
        if online is not UNSET:
            field_dict["online"] = online
        if api_id is not UNSET:
            field_dict["api_id"] = api_id

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.book_record_companyid_record_response_data_types_data_company import (
            BookRecordCompanyidRecordResponseDataTypesDataCompany,  # noqa: PLC0415
        )
        from ..models.book_record_companyid_record_response_data_types_data_services_item import (
            BookRecordCompanyidRecordResponseDataTypesDataServicesItem,  # noqa: PLC0415
        )
        from ..models.book_record_companyid_record_response_data_types_data_staff import (
            BookRecordCompanyidRecordResponseDataTypesDataStaff,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _services = d.pop("services", UNSET)
        services: list[BookRecordCompanyidRecordResponseDataTypesDataServicesItem] | Unset = UNSET
        if _services is not UNSET:
            services = []
            for services_item_data in _services:
                services_item = BookRecordCompanyidRecordResponseDataTypesDataServicesItem.from_dict(services_item_data)

                services.append(services_item)

        _company = d.pop("company", UNSET)
        company: BookRecordCompanyidRecordResponseDataTypesDataCompany | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = BookRecordCompanyidRecordResponseDataTypesDataCompany.from_dict(_company)

        _staff = d.pop("staff", UNSET)
        staff: BookRecordCompanyidRecordResponseDataTypesDataStaff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = BookRecordCompanyidRecordResponseDataTypesDataStaff.from_dict(_staff)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = types.parse_iso_datetime(_date)

        _create_date = d.pop("create_date", UNSET)
        create_date: datetime.datetime | Unset
        if isinstance(_create_date, Unset):
            create_date = UNSET
        else:
            create_date = types.parse_iso_datetime(_create_date)

        comment = d.pop("comment", UNSET)

        deleted = d.pop("deleted", UNSET)

        length = d.pop("length", UNSET)

        notify_by_sms = d.pop("notify_by_sms", UNSET)

        notify_by_email = d.pop("notify_by_email", UNSET)

        master_requested = d.pop("master_requested", UNSET)

        online = d.pop("online", UNSET)

        api_id = d.pop("api_id", UNSET)

        book_record_companyid_record_response_data_types_data = cls(
            id=id,
            services=services,
            company=company,
            staff=staff,
            date=date,
            create_date=create_date,
            comment=comment,
            deleted=deleted,
            length=length,
            notify_by_sms=notify_by_sms,
            notify_by_email=notify_by_email,
            master_requested=master_requested,
            online=online,
            api_id=api_id,
        )

        book_record_companyid_record_response_data_types_data.additional_properties = d
        return book_record_companyid_record_response_data_types_data

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
) -> list[BookRecordCompanyidRecordResponseDataTypesDataServicesItem] | Unset:
    BookRecordCompanyidRecordResponseDataTypesDataServicesItem = MODEL_CLASSES.get(
        "altegio_client.models.book_record_companyid_record_response_data_types_data_services_item"
    ) or model_class(
        "altegio_client.models.book_record_companyid_record_response_data_types_data_services_item",
        "BookRecordCompanyidRecordResponseDataTypesDataServicesItem",
    )

    _services = json_value
    services: list[BookRecordCompanyidRecordResponseDataTypesDataServicesItem] | Unset = UNSET
    if _services is not UNSET:
        services = BookRecordCompanyidRecordResponseDataTypesDataServicesItem._lazy_list(_services, parse_ctx)

    return services


def _read_company(
    json_value: Any, parse_ctx: ParseContext
) -> BookRecordCompanyidRecordResponseDataTypesDataCompany | Unset:
    BookRecordCompanyidRecordResponseDataTypesDataCompany = MODEL_CLASSES.get(
        "altegio_client.models.book_record_companyid_record_response_data_types_data_company"
    ) or model_class(
        "altegio_client.models.book_record_companyid_record_response_data_types_data_company",
        "BookRecordCompanyidRecordResponseDataTypesDataCompany",
    )

    _company = json_value
    company: BookRecordCompanyidRecordResponseDataTypesDataCompany | Unset
    if isinstance(_company, Unset):
        company = UNSET
    else:
        company = BookRecordCompanyidRecordResponseDataTypesDataCompany._lazy(_company, parse_ctx)

    return company


def _read_staff(
    json_value: Any, parse_ctx: ParseContext
) -> BookRecordCompanyidRecordResponseDataTypesDataStaff | Unset:
    BookRecordCompanyidRecordResponseDataTypesDataStaff = MODEL_CLASSES.get(
        "altegio_client.models.book_record_companyid_record_response_data_types_data_staff"
    ) or model_class(
        "altegio_client.models.book_record_companyid_record_response_data_types_data_staff",
        "BookRecordCompanyidRecordResponseDataTypesDataStaff",
    )

    _staff = json_value
    staff: BookRecordCompanyidRecordResponseDataTypesDataStaff | Unset
    if isinstance(_staff, Unset):
        staff = UNSET
    else:
        staff = BookRecordCompanyidRecordResponseDataTypesDataStaff._lazy(_staff, parse_ctx)

    return staff


def _read_date(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    date: datetime.datetime | Unset
    if isinstance(json_value, Unset):
        date = UNSET
    else:
        try:
            date = datetime_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            date = types.parse_iso_datetime(json_value)

    return date


ISO_PARSERS[_read_date] = datetime_from_iso


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


_DECLARED_KEYS = frozenset(
    {
        "id",
        "services",
        "company",
        "staff",
        "date",
        "create_date",
        "comment",
        "deleted",
        "length",
        "notify_by_sms",
        "notify_by_email",
        "master_requested",
        "online",
        "api_id",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


BookRecordCompanyidRecordResponseDataTypesData._lazy_fields = {
    "id": ("id", None, False),
    "services": ("services", _read_services, False),
    "company": ("company", _read_company, False),
    "staff": ("staff", _read_staff, False),
    "date": ("date", _read_date, False),
    "create_date": ("create_date", _read_create_date, False),
    "comment": ("comment", None, False),
    "deleted": ("deleted", None, False),
    "length": ("length", None, False),
    "notify_by_sms": ("notify_by_sms", None, False),
    "notify_by_email": ("notify_by_email", None, False),
    "master_requested": ("master_requested", None, False),
    "online": ("online", None, False),
    "api_id": ("api_id", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: BookRecordCompanyidRecordResponseDataTypesData, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.comment = get("comment", UNSET)
    model.deleted = get("deleted", UNSET)
    model.length = get("length", UNSET)
    model.notify_by_sms = get("notify_by_sms", UNSET)
    model.notify_by_email = get("notify_by_email", UNSET)
    model.master_requested = get("master_requested", UNSET)
    model.online = get("online", UNSET)
    model.api_id = get("api_id", UNSET)


def _fill_converted(
    model: BookRecordCompanyidRecordResponseDataTypesData,
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
                "altegio_client.models.book_record_companyid_record_response_data_types_data_services_item"
            ) or model_builder(
                "altegio_client.models.book_record_companyid_record_response_data_types_data_services_item",
                "BookRecordCompanyidRecordResponseDataTypesDataServicesItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.services = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "company" not in done:
        value = get("company", UNSET)
        if value is UNSET:
            model.company = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.book_record_companyid_record_response_data_types_data_company"
            ) or model_builder(
                "altegio_client.models.book_record_companyid_record_response_data_types_data_company",
                "BookRecordCompanyidRecordResponseDataTypesDataCompany",
            )
            try:
                model.company = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "staff" not in done:
        value = get("staff", UNSET)
        if value is UNSET:
            model.staff = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.book_record_companyid_record_response_data_types_data_staff"
            ) or model_builder(
                "altegio_client.models.book_record_companyid_record_response_data_types_data_staff",
                "BookRecordCompanyidRecordResponseDataTypesDataStaff",
            )
            try:
                model.staff = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "date" not in done:
        value = get("date", UNSET)
        if value is UNSET:
            model.date = UNSET
        else:
            try:
                try:
                    model.date = datetime_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.date = types.parse_iso_datetime(value)
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

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: BookRecordCompanyidRecordResponseDataTypesData | None = None
) -> BookRecordCompanyidRecordResponseDataTypesData:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return BookRecordCompanyidRecordResponseDataTypesData._lazy(json_value, parse_ctx)
        model = new_model(
            BookRecordCompanyidRecordResponseDataTypesData
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
        layout = layout_of(BookRecordCompanyidRecordResponseDataTypesData, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_services, value_company, value_staff, value_date, value_create_date = fill(json_value, model)
    if value_services is UNSET:
        model.services = UNSET
    elif value_services == []:
        model.services = value_services  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.book_record_companyid_record_response_data_types_data_services_item"
        ) or model_builder(
            "altegio_client.models.book_record_companyid_record_response_data_types_data_services_item",
            "BookRecordCompanyidRecordResponseDataTypesDataServicesItem",
        )
        try:
            if _builtins.type(value_services) is not list:
                raise TypeError
            model.services = [build(item, parse_ctx) for item in value_services]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_company is UNSET:
        model.company = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.book_record_companyid_record_response_data_types_data_company"
        ) or model_builder(
            "altegio_client.models.book_record_companyid_record_response_data_types_data_company",
            "BookRecordCompanyidRecordResponseDataTypesDataCompany",
        )
        try:
            model.company = build(value_company, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_staff is UNSET:
        model.staff = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.book_record_companyid_record_response_data_types_data_staff"
        ) or model_builder(
            "altegio_client.models.book_record_companyid_record_response_data_types_data_staff",
            "BookRecordCompanyidRecordResponseDataTypesDataStaff",
        )
        try:
            model.staff = build(value_staff, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_date is UNSET:
        model.date = UNSET
    else:
        try:
            try:
                model.date = datetime_from_iso(value_date)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.date = types.parse_iso_datetime(value_date)
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

    if only_declared:  # no undeclared key, the usual case (known from the layout, see _layouts.py)
        model.additional_properties = {}
    else:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True
    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(BookRecordCompanyidRecordResponseDataTypesData)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = BookRecordCompanyidRecordResponseDataTypesData
        del model._raw, model._context
    return model


BookRecordCompanyidRecordResponseDataTypesData._lazy_fill = (_fill_plain, _fill_converted, _build)
