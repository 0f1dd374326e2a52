from __future__ import annotations

import builtins as _builtins
import datetime
import datetime as _datetime
from collections.abc import Container, Mapping
from typing import Any, TypeVar, cast

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

T = TypeVar("T", bound="CheckMembershipsForEventResponse200DataAttributes")


@_attrs_define
class CheckMembershipsForEventResponse200DataAttributes(LazyModel):
    last_booking_date: _datetime.datetime | Unset = UNSET
    """ Last possible appointment date (based on membership expiration) """
    available_visits: int | Unset = UNSET
    """ Number of visits available in membership """
    can_book_all_days: bool | Unset = UNSET
    """ Whether membership can cover all requested schedule days """
    bookable_day_ids: list[int] | Unset = UNSET
    """ Schedule day IDs that can be booked """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_booking_date: str | Unset = UNSET
        if not isinstance(self.last_booking_date, Unset):
            last_booking_date = self.last_booking_date.isoformat()

        available_visits = self.available_visits

        can_book_all_days = self.can_book_all_days

        bookable_day_ids: list[int] | Unset = UNSET
        if not isinstance(self.bookable_day_ids, Unset):
            bookable_day_ids = self.bookable_day_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_booking_date is not UNSET:
            field_dict["last_booking_date"] = last_booking_date
        if available_visits is not UNSET:
            field_dict["available_visits"] = available_visits
        if can_book_all_days is not UNSET:
            field_dict["can_book_all_days"] = can_book_all_days
        if bookable_day_ids is not UNSET:
            field_dict["bookable_day_ids"] = bookable_day_ids

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _last_booking_date = d.pop("last_booking_date", UNSET)
        last_booking_date: datetime.datetime | Unset
        if isinstance(_last_booking_date, Unset):
            last_booking_date = UNSET
        else:
            last_booking_date = types.parse_iso_datetime(_last_booking_date)

        available_visits = d.pop("available_visits", UNSET)

        can_book_all_days = d.pop("can_book_all_days", UNSET)

        bookable_day_ids = cast(list[int], d.pop("bookable_day_ids", UNSET))

        check_memberships_for_event_response_200_data_attributes = cls(
            last_booking_date=last_booking_date,
            available_visits=available_visits,
            can_book_all_days=can_book_all_days,
            bookable_day_ids=bookable_day_ids,
        )

        check_memberships_for_event_response_200_data_attributes.additional_properties = d
        return check_memberships_for_event_response_200_data_attributes

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


def _read_last_booking_date(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    last_booking_date: datetime.datetime | Unset
    if isinstance(json_value, Unset):
        last_booking_date = UNSET
    else:
        try:
            last_booking_date = datetime_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            last_booking_date = types.parse_iso_datetime(json_value)

    return last_booking_date


ISO_PARSERS[_read_last_booking_date] = datetime_from_iso


_DECLARED_KEYS = frozenset(
    {
        "last_booking_date",
        "available_visits",
        "can_book_all_days",
        "bookable_day_ids",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CheckMembershipsForEventResponse200DataAttributes._lazy_fields = {
    "last_booking_date": ("last_booking_date", _read_last_booking_date, False),
    "available_visits": ("available_visits", None, False),
    "can_book_all_days": ("can_book_all_days", None, False),
    "bookable_day_ids": ("bookable_day_ids", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: CheckMembershipsForEventResponse200DataAttributes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.available_visits = get("available_visits", UNSET)
    model.can_book_all_days = get("can_book_all_days", UNSET)
    model.bookable_day_ids = get("bookable_day_ids", UNSET)


def _fill_converted(
    model: CheckMembershipsForEventResponse200DataAttributes,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "last_booking_date" not in done:
        value = get("last_booking_date", UNSET)
        if value is UNSET:
            model.last_booking_date = UNSET
        else:
            try:
                try:
                    model.last_booking_date = datetime_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.last_booking_date = types.parse_iso_datetime(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: CheckMembershipsForEventResponse200DataAttributes | None = None
) -> CheckMembershipsForEventResponse200DataAttributes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CheckMembershipsForEventResponse200DataAttributes._lazy(json_value, parse_ctx)
        model = new_model(
            CheckMembershipsForEventResponse200DataAttributes
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
        layout = layout_of(CheckMembershipsForEventResponse200DataAttributes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_last_booking_date,) = fill(json_value, model)
    if value_last_booking_date is UNSET:
        model.last_booking_date = UNSET
    else:
        try:
            try:
                model.last_booking_date = datetime_from_iso(value_last_booking_date)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.last_booking_date = types.parse_iso_datetime(value_last_booking_date)
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
        model.__class__ = lazily_read_class(CheckMembershipsForEventResponse200DataAttributes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CheckMembershipsForEventResponse200DataAttributes
        del model._raw, model._context
    return model


CheckMembershipsForEventResponse200DataAttributes._lazy_fill = (_fill_plain, _fill_converted, _build)
