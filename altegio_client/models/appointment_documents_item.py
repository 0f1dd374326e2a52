from __future__ import annotations

import builtins as _builtins
import datetime
import datetime as _datetime
from collections.abc import Container, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._codegen import (
    ISO_PARSERS,
    LazyModel,
    ParseContext,
    datetime_from_iso,
    layout_of,
    lazily_read_class,
    new_model,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppointmentDocumentsItem")


@_attrs_define
class AppointmentDocumentsItem(LazyModel):
    id: int | Unset = UNSET
    """ Document ID """
    type_id: int | Unset = UNSET
    """ Document Type """
    storage_id: int | Unset = UNSET
    """ Inventory ID """
    user_id: int | Unset = UNSET
    """ ID of the user who created the document """
    company_id: int | Unset = UNSET
    """ location ID """
    number: float | Unset = UNSET
    """ Document Number """
    comment: str | Unset = UNSET
    """ Document comment """
    date_created: _datetime.datetime | Unset = UNSET
    """ Document creation date """
    category_id: int | Unset = UNSET
    """ Product category ID """
    visit_id: int | Unset = UNSET
    """ Visit ID """
    record_id: int | Unset = UNSET
    """ Appointment ID """
    type_title: str | Unset = UNSET
    """ The name of the entity to which the document belongs """
    is_sale_bill_printed: bool | Unset = UNSET
    """ Is the sales receipt printed? """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_id = self.type_id

        storage_id = self.storage_id

        user_id = self.user_id

        company_id = self.company_id

        number = self.number

        comment = self.comment

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        category_id = self.category_id

        visit_id = self.visit_id

        record_id = self.record_id

        type_title = self.type_title

        is_sale_bill_printed = self.is_sale_bill_printed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if storage_id is not UNSET:
            field_dict["storage_id"] = storage_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if number is not UNSET:
            field_dict["number"] = number
        if comment is not UNSET:
            field_dict["comment"] = comment
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if type_title is not UNSET:
            field_dict["type_title"] = type_title
        if is_sale_bill_printed is not UNSET:
            field_dict["is_sale_bill_printed"] = is_sale_bill_printed

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_id = d.pop("type_id", UNSET)

        storage_id = d.pop("storage_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        company_id = d.pop("company_id", UNSET)

        number = d.pop("number", UNSET)

        comment = d.pop("comment", UNSET)

        _date_created = d.pop("date_created", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = types.parse_iso_datetime(_date_created)

        category_id = d.pop("category_id", UNSET)

        visit_id = d.pop("visit_id", UNSET)

        record_id = d.pop("record_id", UNSET)

        type_title = d.pop("type_title", UNSET)

        is_sale_bill_printed = d.pop("is_sale_bill_printed", UNSET)

        appointment_documents_item = cls(
            id=id,
            type_id=type_id,
            storage_id=storage_id,
            user_id=user_id,
            company_id=company_id,
            number=number,
            comment=comment,
            date_created=date_created,
            category_id=category_id,
            visit_id=visit_id,
            record_id=record_id,
            type_title=type_title,
            is_sale_bill_printed=is_sale_bill_printed,
        )

        appointment_documents_item.additional_properties = d
        return appointment_documents_item

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


def _read_date_created(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    date_created: datetime.datetime | Unset
    if isinstance(json_value, Unset):
        date_created = UNSET
    else:
        try:
            date_created = datetime_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            date_created = types.parse_iso_datetime(json_value)

    return date_created


ISO_PARSERS[_read_date_created] = datetime_from_iso


_DECLARED_KEYS = frozenset(
    {
        "id",
        "type_id",
        "storage_id",
        "user_id",
        "company_id",
        "number",
        "comment",
        "date_created",
        "category_id",
        "visit_id",
        "record_id",
        "type_title",
        "is_sale_bill_printed",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


AppointmentDocumentsItem._lazy_fields = {
    "id": ("id", None, False),
    "type_id": ("type_id", None, False),
    "storage_id": ("storage_id", None, False),
    "user_id": ("user_id", None, False),
    "company_id": ("company_id", None, False),
    "number": ("number", None, False),
    "comment": ("comment", None, False),
    "date_created": ("date_created", _read_date_created, False),
    "category_id": ("category_id", None, False),
    "visit_id": ("visit_id", None, False),
    "record_id": ("record_id", None, False),
    "type_title": ("type_title", None, False),
    "is_sale_bill_printed": ("is_sale_bill_printed", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: AppointmentDocumentsItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.type_id = get("type_id", UNSET)
    model.storage_id = get("storage_id", UNSET)
    model.user_id = get("user_id", UNSET)
    model.company_id = get("company_id", UNSET)
    model.number = get("number", UNSET)
    model.comment = get("comment", UNSET)
    model.category_id = get("category_id", UNSET)
    model.visit_id = get("visit_id", UNSET)
    model.record_id = get("record_id", UNSET)
    model.type_title = get("type_title", UNSET)
    model.is_sale_bill_printed = get("is_sale_bill_printed", UNSET)


def _fill_converted(
    model: AppointmentDocumentsItem, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "date_created" not in done:
        value = get("date_created", UNSET)
        if value is UNSET:
            model.date_created = UNSET
        else:
            try:
                try:
                    model.date_created = datetime_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.date_created = types.parse_iso_datetime(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: AppointmentDocumentsItem | None = None
) -> AppointmentDocumentsItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return AppointmentDocumentsItem._lazy(json_value, parse_ctx)
        model = new_model(AppointmentDocumentsItem)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(AppointmentDocumentsItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_date_created,) = fill(json_value, model)
    if value_date_created is UNSET:
        model.date_created = UNSET
    else:
        try:
            try:
                model.date_created = datetime_from_iso(value_date_created)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.date_created = types.parse_iso_datetime(value_date_created)
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
        model.__class__ = lazily_read_class(AppointmentDocumentsItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = AppointmentDocumentsItem
        del model._raw, model._context
    return model


AppointmentDocumentsItem._lazy_fill = (_fill_plain, _fill_converted, _build)
