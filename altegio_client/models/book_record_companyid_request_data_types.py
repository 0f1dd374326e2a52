from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._codegen import (
    MODEL_BUILDERS,
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    model_builder,
    model_class,
    new_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.book_record_companyid_request_data_types_appointments_item import (
        BookRecordCompanyidRequestDataTypesAppointmentsItem,
    )


T = TypeVar("T", bound="BookRecordCompanyidRequestDataTypes")


@_attrs_define
class BookRecordCompanyidRequestDataTypes(LazyModel):
    """Create a session appointment

    Example:
        {'phone': '+13155550175', 'fullname': 'James Smith', 'email': 'j.smith@example.com', 'code': 38829, 'comment':
            'test appointment!', 'type': 'mobile', 'notify_by_sms': 6, 'notify_by_email': 24, 'api_id': 777, 'appointments':
            [{'id': 1, 'services': [331], 'staff_id': 6544, 'datetime': '2026-09-21T23:00:00.000-05:00', 'custom_fields':
            {'my_custom_field': 123, 'some_another_field': ['first value', 'next value']}}, {'id': 2, 'services': [99055],
            'staff_id': 6544, 'datetime': '2026-09-21T23:00:00.000-05:00', 'custom_fields': {'my_custom_field': 456,
            'some_another_field': ['next value', 'last value']}}]}

    """

    phone: str
    """ Customer phone """
    fullname: str
    """ Client name """
    email: str | Unset = UNSET
    """ Postal address of the client """
    code: float | Unset = UNSET
    """ SMS confirmation code for verifying the phone number. This field is required if the location has
    phone_confirmation = true """
    comment: str | Unset = UNSET
    """ Commentary on the post """
    type: str | Unset = UNSET
    """ Appointment source """
    notify_by_sms: float | Unset = UNSET
    """ Specifies how many hours before the visit an SMS reminder should be sent to the client. Set to 0 if no
    reminder is needed. """
    notify_by_email: float | Unset = UNSET
    """ Specifies how many hours before the visit an email reminder should be sent to the client. Set to 0 if no
    reminder is needed. """
    api_id: int | Unset = UNSET
    """ Appointment ID from external system """
    appointments: list[BookRecordCompanyidRequestDataTypesAppointmentsItem] | Unset = UNSET
    """ Appointment options (session, services, team member) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        fullname = self.fullname

        email = self.email

        code = self.code

        comment = self.comment

        type = self.type

        notify_by_sms = self.notify_by_sms

        notify_by_email = self.notify_by_email

        api_id = self.api_id

        appointments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.appointments, Unset):
            appointments = []
            for appointments_item_data in self.appointments:
                appointments_item = appointments_item_data.to_dict()
                appointments.append(appointments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone": phone,
                "fullname": fullname,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if code is not UNSET:
            field_dict["code"] = code
        if comment is not UNSET:
            field_dict["comment"] = comment
        if type is not UNSET:
            field_dict["type"] = type
        if notify_by_sms is not UNSET:
            field_dict["notify_by_sms"] = notify_by_sms
        if notify_by_email is not UNSET:
            field_dict["notify_by_email"] = notify_by_email
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if appointments is not UNSET:
            field_dict["appointments"] = appointments

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.book_record_companyid_request_data_types_appointments_item import (
            BookRecordCompanyidRequestDataTypesAppointmentsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        phone = d.pop("phone")

        fullname = d.pop("fullname")

        email = d.pop("email", UNSET)

        code = d.pop("code", UNSET)

        comment = d.pop("comment", UNSET)

        type = d.pop("type", UNSET)

        notify_by_sms = d.pop("notify_by_sms", UNSET)

        notify_by_email = d.pop("notify_by_email", UNSET)

        api_id = d.pop("api_id", UNSET)

        _appointments = d.pop("appointments", UNSET)
        appointments: list[BookRecordCompanyidRequestDataTypesAppointmentsItem] | Unset = UNSET
        if _appointments is not UNSET:
            appointments = []
            for appointments_item_data in _appointments:
                appointments_item = BookRecordCompanyidRequestDataTypesAppointmentsItem.from_dict(
                    appointments_item_data
                )

                appointments.append(appointments_item)

        book_record_companyid_request_data_types = cls(
            phone=phone,
            fullname=fullname,
            email=email,
            code=code,
            comment=comment,
            type=type,
            notify_by_sms=notify_by_sms,
            notify_by_email=notify_by_email,
            api_id=api_id,
            appointments=appointments,
        )

        book_record_companyid_request_data_types.additional_properties = d
        return book_record_companyid_request_data_types

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


def _read_appointments(
    json_value: Any, parse_ctx: ParseContext
) -> list[BookRecordCompanyidRequestDataTypesAppointmentsItem] | Unset:
    BookRecordCompanyidRequestDataTypesAppointmentsItem = MODEL_CLASSES.get(
        "altegio_client.models.book_record_companyid_request_data_types_appointments_item"
    ) or model_class(
        "altegio_client.models.book_record_companyid_request_data_types_appointments_item",
        "BookRecordCompanyidRequestDataTypesAppointmentsItem",
    )

    _appointments = json_value
    appointments: list[BookRecordCompanyidRequestDataTypesAppointmentsItem] | Unset = UNSET
    if _appointments is not UNSET:
        appointments = BookRecordCompanyidRequestDataTypesAppointmentsItem._lazy_list(_appointments, parse_ctx)

    return appointments


_DECLARED_KEYS = frozenset(
    {
        "phone",
        "fullname",
        "email",
        "code",
        "comment",
        "type",
        "notify_by_sms",
        "notify_by_email",
        "api_id",
        "appointments",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


BookRecordCompanyidRequestDataTypes._lazy_fields = {
    "phone": ("phone", None, True),
    "fullname": ("fullname", None, True),
    "email": ("email", None, False),
    "code": ("code", None, False),
    "comment": ("comment", None, False),
    "type": ("type", None, False),
    "notify_by_sms": ("notify_by_sms", None, False),
    "notify_by_email": ("notify_by_email", None, False),
    "api_id": ("api_id", None, False),
    "appointments": ("appointments", _read_appointments, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: BookRecordCompanyidRequestDataTypes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "phone" in json_value:
        model.phone = json_value["phone"]
    if "fullname" in json_value:
        model.fullname = json_value["fullname"]
    model.email = get("email", UNSET)
    model.code = get("code", UNSET)
    model.comment = get("comment", UNSET)
    model.type = get("type", UNSET)
    model.notify_by_sms = get("notify_by_sms", UNSET)
    model.notify_by_email = get("notify_by_email", UNSET)
    model.api_id = get("api_id", UNSET)


def _fill_converted(
    model: BookRecordCompanyidRequestDataTypes,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "appointments" not in done:
        value = get("appointments", UNSET)
        if value is UNSET:
            model.appointments = UNSET
        elif value == []:
            model.appointments = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.book_record_companyid_request_data_types_appointments_item"
            ) or model_builder(
                "altegio_client.models.book_record_companyid_request_data_types_appointments_item",
                "BookRecordCompanyidRequestDataTypesAppointmentsItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.appointments = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: BookRecordCompanyidRequestDataTypes | None = None
) -> BookRecordCompanyidRequestDataTypes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return BookRecordCompanyidRequestDataTypes._lazy(json_value, parse_ctx)
        model = new_model(
            BookRecordCompanyidRequestDataTypes
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
        layout = layout_of(BookRecordCompanyidRequestDataTypes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_appointments,) = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_appointments is UNSET:
        model.appointments = UNSET
    elif value_appointments == []:
        model.appointments = value_appointments  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.book_record_companyid_request_data_types_appointments_item"
        ) or model_builder(
            "altegio_client.models.book_record_companyid_request_data_types_appointments_item",
            "BookRecordCompanyidRequestDataTypesAppointmentsItem",
        )
        try:
            if _builtins.type(value_appointments) is not list:
                raise TypeError
            model.appointments = [build(item, parse_ctx) for item in value_appointments]
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
        model.__class__ = lazily_read_class(BookRecordCompanyidRequestDataTypes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = BookRecordCompanyidRequestDataTypes
        del model._raw, model._context
    return model


BookRecordCompanyidRequestDataTypes._lazy_fill = (_fill_plain, _fill_converted, _build)
