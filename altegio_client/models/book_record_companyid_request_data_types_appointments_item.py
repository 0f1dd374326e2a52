from __future__ import annotations

import builtins as _builtins
import datetime
import datetime as _datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
    from ..models.book_record_companyid_request_data_types_appointments_item_custom_fields import (
        BookRecordCompanyidRequestDataTypesAppointmentsItemCustomFields,
    )


T = TypeVar("T", bound="BookRecordCompanyidRequestDataTypesAppointmentsItem")


@_attrs_define
class BookRecordCompanyidRequestDataTypesAppointmentsItem(LazyModel):
    id: int | Unset = UNSET
    """ Appointment ID by which its hash will be returned in response """
    services: list[float] | Unset = UNSET
    """ List of service IDs to write """
    staff_id: int | Unset = UNSET
    """ team member ID """
    datetime: _datetime.datetime | Unset = UNSET
    """ 10-01T17:00:00Z\\' (required, string) - Session date and time """
    custom_fields: BookRecordCompanyidRequestDataTypesAppointmentsItemCustomFields | Unset = UNSET
    """ Additional appointment fields """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        services: list[float] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services

        staff_id = self.staff_id

        datetime: str | Unset = UNSET
        if not isinstance(self.datetime, Unset):
            datetime = self.datetime.isoformat()

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if services is not UNSET:
            field_dict["services"] = services
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if datetime is not UNSET:
            field_dict["datetime"] = datetime
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.book_record_companyid_request_data_types_appointments_item_custom_fields import (
            BookRecordCompanyidRequestDataTypesAppointmentsItemCustomFields,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        services = cast(list[float], d.pop("services", UNSET))

        staff_id = d.pop("staff_id", UNSET)

        _datetime = d.pop("datetime", UNSET)
        datetime: datetime.datetime | Unset
        if isinstance(_datetime, Unset):
            datetime = UNSET
        else:
            datetime = types.parse_iso_datetime(_datetime)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: BookRecordCompanyidRequestDataTypesAppointmentsItemCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = BookRecordCompanyidRequestDataTypesAppointmentsItemCustomFields.from_dict(_custom_fields)

        book_record_companyid_request_data_types_appointments_item = cls(
            id=id,
            services=services,
            staff_id=staff_id,
            datetime=datetime,
            custom_fields=custom_fields,
        )

        book_record_companyid_request_data_types_appointments_item.additional_properties = d
        return book_record_companyid_request_data_types_appointments_item

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


def _read_custom_fields(
    json_value: Any, parse_ctx: ParseContext
) -> BookRecordCompanyidRequestDataTypesAppointmentsItemCustomFields | Unset:
    BookRecordCompanyidRequestDataTypesAppointmentsItemCustomFields = MODEL_CLASSES.get(
        "altegio_client.models.book_record_companyid_request_data_types_appointments_item_custom_fields"
    ) or model_class(
        "altegio_client.models.book_record_companyid_request_data_types_appointments_item_custom_fields",
        "BookRecordCompanyidRequestDataTypesAppointmentsItemCustomFields",
    )

    _custom_fields = json_value
    custom_fields: BookRecordCompanyidRequestDataTypesAppointmentsItemCustomFields | Unset
    if isinstance(_custom_fields, Unset):
        custom_fields = UNSET
    else:
        custom_fields = BookRecordCompanyidRequestDataTypesAppointmentsItemCustomFields._lazy(_custom_fields, parse_ctx)

    return custom_fields


_DECLARED_KEYS = frozenset(
    {
        "id",
        "services",
        "staff_id",
        "datetime",
        "custom_fields",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


BookRecordCompanyidRequestDataTypesAppointmentsItem._lazy_fields = {
    "id": ("id", None, False),
    "services": ("services", None, False),
    "staff_id": ("staff_id", None, False),
    "datetime": ("datetime", _read_datetime, False),
    "custom_fields": ("custom_fields", _read_custom_fields, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: BookRecordCompanyidRequestDataTypesAppointmentsItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.services = get("services", UNSET)
    model.staff_id = get("staff_id", UNSET)


def _fill_converted(
    model: BookRecordCompanyidRequestDataTypesAppointmentsItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
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

    if "custom_fields" not in done:
        value = get("custom_fields", UNSET)
        if value is UNSET:
            model.custom_fields = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.book_record_companyid_request_data_types_appointments_item_custom_fields"
            ) or model_builder(
                "altegio_client.models.book_record_companyid_request_data_types_appointments_item_custom_fields",
                "BookRecordCompanyidRequestDataTypesAppointmentsItemCustomFields",
            )
            try:
                model.custom_fields = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: BookRecordCompanyidRequestDataTypesAppointmentsItem | None = None
) -> BookRecordCompanyidRequestDataTypesAppointmentsItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return BookRecordCompanyidRequestDataTypesAppointmentsItem._lazy(json_value, parse_ctx)
        model = new_model(
            BookRecordCompanyidRequestDataTypesAppointmentsItem
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
        layout = layout_of(BookRecordCompanyidRequestDataTypesAppointmentsItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_datetime, value_custom_fields = fill(json_value, model)
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

    if value_custom_fields is UNSET:
        model.custom_fields = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.book_record_companyid_request_data_types_appointments_item_custom_fields"
        ) or model_builder(
            "altegio_client.models.book_record_companyid_request_data_types_appointments_item_custom_fields",
            "BookRecordCompanyidRequestDataTypesAppointmentsItemCustomFields",
        )
        try:
            model.custom_fields = build(value_custom_fields, parse_ctx)
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
        model.__class__ = lazily_read_class(BookRecordCompanyidRequestDataTypesAppointmentsItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = BookRecordCompanyidRequestDataTypesAppointmentsItem
        del model._raw, model._context
    return model


BookRecordCompanyidRequestDataTypesAppointmentsItem._lazy_fill = (_fill_plain, _fill_converted, _build)
