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
    from ..models.user_records_response_data_types_data_item_company import (
        UserRecordsResponseDataTypesDataItemCompany,
    )
    from ..models.user_records_response_data_types_data_item_services_item import (
        UserRecordsResponseDataTypesDataItemServicesItem,
    )
    from ..models.user_records_response_data_types_data_item_staff import (
        UserRecordsResponseDataTypesDataItemStaff,
    )


T = TypeVar("T", bound="UserRecordsResponseDataTypesDataItem")


@_attrs_define
class UserRecordsResponseDataTypesDataItem(LazyModel):
    id: int | Unset = UNSET
    """ Appointment ID """
    services: list[UserRecordsResponseDataTypesDataItemServicesItem] | Unset = UNSET
    """ Service ID List """
    company: UserRecordsResponseDataTypesDataItemCompany | Unset = UNSET
    """ location parameters """
    staff: UserRecordsResponseDataTypesDataItemStaff | Unset = UNSET
    """ team member parameters """
    clients_count: int | Unset = UNSET
    date: _datetime.datetime | Unset = UNSET
    """ 04-02T12:00:00Z\\' (required, string) - Session date """
    datetime: _datetime.datetime | Unset = UNSET
    """ Session date in ISO """
    create_date: _datetime.datetime | Unset = UNSET
    """ 04-02T12:00:00Z\\' (required, string) - Appointment creation date """
    comment: str | Unset = UNSET
    """ Appointment Comment """
    deleted: bool | Unset = UNSET
    """ Whether the appointment was made (true if removed) """
    attendance: float | Unset = UNSET
    """ 2 - the user confirmed the appointment, 1 - the user came, the services were provided, 0 - the user was
    waiting, -1 - the user did not show """
    length: float | Unset = UNSET
    """ Appointment duration in seconds. Includes technical_break_duration. Equal to the sum of services plus the
    technical break. """
    notify_by_sms: float | Unset = UNSET
    """ Specifies how many hours in advance an SMS reminder should be sent before the appointment. Set to 0 to
    disable SMS reminders """
    notify_by_email: float | Unset = UNSET
    """ Specifies how many hours in advance an email reminder should be sent before the appointment. Set to 0 to
    disable email reminders """
    master_requested: bool | Unset = UNSET
    """ Indicates whether a specific team member was selected for the appointment. Set to false if the "any team
    member" option was chosen """
    online: bool | Unset = UNSET
    """ Indicates whether the appointment was created online by the client (true) or manually by an administrator
    (false) """
    api_id: str | Unset = UNSET
    """ External appointment ID """
    last_change_date: _datetime.datetime | Unset = UNSET
    """ The date and time when the appointment was last modified """
    prepaid: bool | Unset = UNSET
    """ Indicates whether online payment is available for the appointment """
    prepaid_confirmed: bool | Unset = UNSET
    """ Online payment status """
    activity_id: int | Unset = UNSET
    """ Group event ID """
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

        clients_count = self.clients_count

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        datetime: str | Unset = UNSET
        if not isinstance(self.datetime, Unset):
            datetime = self.datetime.isoformat()

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = self.create_date.isoformat()

        comment = self.comment

        deleted = self.deleted

        attendance = self.attendance

        length = self.length

        notify_by_sms = self.notify_by_sms

        notify_by_email = self.notify_by_email

        master_requested = self.master_requested

        online = self.online

        api_id = self.api_id

        last_change_date: str | Unset = UNSET
        if not isinstance(self.last_change_date, Unset):
            last_change_date = self.last_change_date.isoformat()

        prepaid = self.prepaid

        prepaid_confirmed = self.prepaid_confirmed

        activity_id = self.activity_id

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
        if clients_count is not UNSET:
            field_dict["clients_count"] = clients_count
        if date is not UNSET:
            field_dict["date"] = date
        if datetime is not UNSET:
            field_dict["datetime"] = datetime
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if attendance is not UNSET:
            field_dict["attendance"] = attendance
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
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if prepaid_confirmed is not UNSET:
            field_dict["prepaid_confirmed"] = prepaid_confirmed
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_records_response_data_types_data_item_company import (
            UserRecordsResponseDataTypesDataItemCompany,  # noqa: PLC0415
        )
        from ..models.user_records_response_data_types_data_item_services_item import (
            UserRecordsResponseDataTypesDataItemServicesItem,  # noqa: PLC0415
        )
        from ..models.user_records_response_data_types_data_item_staff import (
            UserRecordsResponseDataTypesDataItemStaff,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _services = d.pop("services", UNSET)
        services: list[UserRecordsResponseDataTypesDataItemServicesItem] | Unset = UNSET
        if _services is not UNSET:
            services = []
            for services_item_data in _services:
                services_item = UserRecordsResponseDataTypesDataItemServicesItem.from_dict(services_item_data)

                services.append(services_item)

        _company = d.pop("company", UNSET)
        company: UserRecordsResponseDataTypesDataItemCompany | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = UserRecordsResponseDataTypesDataItemCompany.from_dict(_company)

        _staff = d.pop("staff", UNSET)
        staff: UserRecordsResponseDataTypesDataItemStaff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = UserRecordsResponseDataTypesDataItemStaff.from_dict(_staff)

        clients_count = d.pop("clients_count", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = types.parse_iso_datetime(_date)

        _datetime = d.pop("datetime", UNSET)
        datetime: datetime.datetime | Unset
        if isinstance(_datetime, Unset):
            datetime = UNSET
        else:
            datetime = types.parse_iso_datetime(_datetime)

        _create_date = d.pop("create_date", UNSET)
        create_date: datetime.datetime | Unset
        if isinstance(_create_date, Unset):
            create_date = UNSET
        else:
            create_date = types.parse_iso_datetime(_create_date)

        comment = d.pop("comment", UNSET)

        deleted = d.pop("deleted", UNSET)

        attendance = d.pop("attendance", UNSET)

        length = d.pop("length", UNSET)

        notify_by_sms = d.pop("notify_by_sms", UNSET)

        notify_by_email = d.pop("notify_by_email", UNSET)

        master_requested = d.pop("master_requested", UNSET)

        online = d.pop("online", UNSET)

        api_id = d.pop("api_id", UNSET)

        _last_change_date = d.pop("last_change_date", UNSET)
        last_change_date: datetime.datetime | Unset
        if isinstance(_last_change_date, Unset):
            last_change_date = UNSET
        else:
            last_change_date = types.parse_iso_datetime(_last_change_date)

        prepaid = d.pop("prepaid", UNSET)

        prepaid_confirmed = d.pop("prepaid_confirmed", UNSET)

        activity_id = d.pop("activity_id", UNSET)

        user_records_response_data_types_data_item = cls(
            id=id,
            services=services,
            company=company,
            staff=staff,
            clients_count=clients_count,
            date=date,
            datetime=datetime,
            create_date=create_date,
            comment=comment,
            deleted=deleted,
            attendance=attendance,
            length=length,
            notify_by_sms=notify_by_sms,
            notify_by_email=notify_by_email,
            master_requested=master_requested,
            online=online,
            api_id=api_id,
            last_change_date=last_change_date,
            prepaid=prepaid,
            prepaid_confirmed=prepaid_confirmed,
            activity_id=activity_id,
        )

        user_records_response_data_types_data_item.additional_properties = d
        return user_records_response_data_types_data_item

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
) -> list[UserRecordsResponseDataTypesDataItemServicesItem] | Unset:
    UserRecordsResponseDataTypesDataItemServicesItem = MODEL_CLASSES.get(
        "altegio_client.models.user_records_response_data_types_data_item_services_item"
    ) or model_class(
        "altegio_client.models.user_records_response_data_types_data_item_services_item",
        "UserRecordsResponseDataTypesDataItemServicesItem",
    )

    _services = json_value
    services: list[UserRecordsResponseDataTypesDataItemServicesItem] | Unset = UNSET
    if _services is not UNSET:
        services = UserRecordsResponseDataTypesDataItemServicesItem._lazy_list(_services, parse_ctx)

    return services


def _read_company(json_value: Any, parse_ctx: ParseContext) -> UserRecordsResponseDataTypesDataItemCompany | Unset:
    UserRecordsResponseDataTypesDataItemCompany = MODEL_CLASSES.get(
        "altegio_client.models.user_records_response_data_types_data_item_company"
    ) or model_class(
        "altegio_client.models.user_records_response_data_types_data_item_company",
        "UserRecordsResponseDataTypesDataItemCompany",
    )

    _company = json_value
    company: UserRecordsResponseDataTypesDataItemCompany | Unset
    if isinstance(_company, Unset):
        company = UNSET
    else:
        company = UserRecordsResponseDataTypesDataItemCompany._lazy(_company, parse_ctx)

    return company


def _read_staff(json_value: Any, parse_ctx: ParseContext) -> UserRecordsResponseDataTypesDataItemStaff | Unset:
    UserRecordsResponseDataTypesDataItemStaff = MODEL_CLASSES.get(
        "altegio_client.models.user_records_response_data_types_data_item_staff"
    ) or model_class(
        "altegio_client.models.user_records_response_data_types_data_item_staff",
        "UserRecordsResponseDataTypesDataItemStaff",
    )

    _staff = json_value
    staff: UserRecordsResponseDataTypesDataItemStaff | Unset
    if isinstance(_staff, Unset):
        staff = UNSET
    else:
        staff = UserRecordsResponseDataTypesDataItemStaff._lazy(_staff, parse_ctx)

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


def _read_last_change_date(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    last_change_date: datetime.datetime | Unset
    if isinstance(json_value, Unset):
        last_change_date = UNSET
    else:
        try:
            last_change_date = datetime_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            last_change_date = types.parse_iso_datetime(json_value)

    return last_change_date


ISO_PARSERS[_read_last_change_date] = datetime_from_iso


_DECLARED_KEYS = frozenset(
    {
        "id",
        "services",
        "company",
        "staff",
        "clients_count",
        "date",
        "datetime",
        "create_date",
        "comment",
        "deleted",
        "attendance",
        "length",
        "notify_by_sms",
        "notify_by_email",
        "master_requested",
        "online",
        "api_id",
        "last_change_date",
        "prepaid",
        "prepaid_confirmed",
        "activity_id",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


UserRecordsResponseDataTypesDataItem._lazy_fields = {
    "id": ("id", None, False),
    "services": ("services", _read_services, False),
    "company": ("company", _read_company, False),
    "staff": ("staff", _read_staff, False),
    "clients_count": ("clients_count", None, False),
    "date": ("date", _read_date, False),
    "datetime": ("datetime", _read_datetime, False),
    "create_date": ("create_date", _read_create_date, False),
    "comment": ("comment", None, False),
    "deleted": ("deleted", None, False),
    "attendance": ("attendance", None, False),
    "length": ("length", None, False),
    "notify_by_sms": ("notify_by_sms", None, False),
    "notify_by_email": ("notify_by_email", None, False),
    "master_requested": ("master_requested", None, False),
    "online": ("online", None, False),
    "api_id": ("api_id", None, False),
    "last_change_date": ("last_change_date", _read_last_change_date, False),
    "prepaid": ("prepaid", None, False),
    "prepaid_confirmed": ("prepaid_confirmed", None, False),
    "activity_id": ("activity_id", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: UserRecordsResponseDataTypesDataItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.clients_count = get("clients_count", UNSET)
    model.comment = get("comment", UNSET)
    model.deleted = get("deleted", UNSET)
    model.attendance = get("attendance", UNSET)
    model.length = get("length", UNSET)
    model.notify_by_sms = get("notify_by_sms", UNSET)
    model.notify_by_email = get("notify_by_email", UNSET)
    model.master_requested = get("master_requested", UNSET)
    model.online = get("online", UNSET)
    model.api_id = get("api_id", UNSET)
    model.prepaid = get("prepaid", UNSET)
    model.prepaid_confirmed = get("prepaid_confirmed", UNSET)
    model.activity_id = get("activity_id", UNSET)


def _fill_converted(
    model: UserRecordsResponseDataTypesDataItem,
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
                "altegio_client.models.user_records_response_data_types_data_item_services_item"
            ) or model_builder(
                "altegio_client.models.user_records_response_data_types_data_item_services_item",
                "UserRecordsResponseDataTypesDataItemServicesItem",
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
                "altegio_client.models.user_records_response_data_types_data_item_company"
            ) or model_builder(
                "altegio_client.models.user_records_response_data_types_data_item_company",
                "UserRecordsResponseDataTypesDataItemCompany",
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
                "altegio_client.models.user_records_response_data_types_data_item_staff"
            ) or model_builder(
                "altegio_client.models.user_records_response_data_types_data_item_staff",
                "UserRecordsResponseDataTypesDataItemStaff",
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

    if "last_change_date" not in done:
        value = get("last_change_date", UNSET)
        if value is UNSET:
            model.last_change_date = UNSET
        else:
            try:
                try:
                    model.last_change_date = datetime_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.last_change_date = types.parse_iso_datetime(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: UserRecordsResponseDataTypesDataItem | None = None
) -> UserRecordsResponseDataTypesDataItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return UserRecordsResponseDataTypesDataItem._lazy(json_value, parse_ctx)
        model = new_model(
            UserRecordsResponseDataTypesDataItem
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
        layout = layout_of(UserRecordsResponseDataTypesDataItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (
        value_services,
        value_company,
        value_staff,
        value_date,
        value_datetime,
        value_create_date,
        value_last_change_date,
    ) = fill(json_value, model)
    if value_services is UNSET:
        model.services = UNSET
    elif value_services == []:
        model.services = value_services  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.user_records_response_data_types_data_item_services_item"
        ) or model_builder(
            "altegio_client.models.user_records_response_data_types_data_item_services_item",
            "UserRecordsResponseDataTypesDataItemServicesItem",
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
            "altegio_client.models.user_records_response_data_types_data_item_company"
        ) or model_builder(
            "altegio_client.models.user_records_response_data_types_data_item_company",
            "UserRecordsResponseDataTypesDataItemCompany",
        )
        try:
            model.company = build(value_company, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_staff is UNSET:
        model.staff = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.user_records_response_data_types_data_item_staff"
        ) or model_builder(
            "altegio_client.models.user_records_response_data_types_data_item_staff",
            "UserRecordsResponseDataTypesDataItemStaff",
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

    if value_last_change_date is UNSET:
        model.last_change_date = UNSET
    else:
        try:
            try:
                model.last_change_date = datetime_from_iso(value_last_change_date)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.last_change_date = types.parse_iso_datetime(value_last_change_date)
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
        model.__class__ = lazily_read_class(UserRecordsResponseDataTypesDataItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = UserRecordsResponseDataTypesDataItem
        del model._raw, model._context
    return model


UserRecordsResponseDataTypesDataItem._lazy_fill = (_fill_plain, _fill_converted, _build)
