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
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    date_from_iso,
    layout_of,
    lazily_read_class,
    model_class,
    new_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.book_dates_companyid_data_types_data_booking_days_type_0 import (
        BookDatesCompanyidDataTypesDataBookingDaysType0,
    )


T = TypeVar("T", bound="BookDatesCompanyidDataTypesData")


@_attrs_define
class BookDatesCompanyidDataTypesData(LazyModel):
    """Data (object)"""

    booking_days: BookDatesCompanyidDataTypesDataBookingDaysType0 | list[Any] | Unset = UNSET
    """ Object with month numbers as keys and arrays of available days as values (empty array when no data) """
    booking_dates: list[_datetime.date] | Unset = UNSET
    """ An array of dates when there are free sessions for the service to the selected team member/organization """
    working_days: BookDatesCompanyidDataTypesDataBookingDaysType0 | list[Any] | Unset = UNSET
    """ Object with month numbers as keys and arrays of working days as values (empty array when no data) """
    working_dates: list[_datetime.date] | Unset = UNSET
    """ An array of dates when the team member/organization works """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.book_dates_companyid_data_types_data_booking_days_type_0 import (
            BookDatesCompanyidDataTypesDataBookingDaysType0,  # noqa: PLC0415
        )

        booking_days: dict[str, Any] | list[Any] | Unset
        if isinstance(self.booking_days, Unset):
            booking_days = UNSET
        elif isinstance(self.booking_days, BookDatesCompanyidDataTypesDataBookingDaysType0):
            booking_days = self.booking_days.to_dict()
        else:
            booking_days = self.booking_days

        booking_dates: list[str] | Unset = UNSET
        if not isinstance(self.booking_dates, Unset):
            booking_dates = []
            for booking_dates_item_data in self.booking_dates:
                booking_dates_item = booking_dates_item_data.isoformat()
                booking_dates.append(booking_dates_item)

        working_days: dict[str, Any] | list[Any] | Unset
        if isinstance(self.working_days, Unset):
            working_days = UNSET
        elif isinstance(self.working_days, BookDatesCompanyidDataTypesDataBookingDaysType0):
            working_days = self.working_days.to_dict()
        else:
            working_days = self.working_days

        working_dates: list[str] | Unset = UNSET
        if not isinstance(self.working_dates, Unset):
            working_dates = []
            for working_dates_item_data in self.working_dates:
                working_dates_item = working_dates_item_data.isoformat()
                working_dates.append(working_dates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if booking_days is not UNSET:
            field_dict["booking_days"] = booking_days
        if booking_dates is not UNSET:
            field_dict["booking_dates"] = booking_dates
        if working_days is not UNSET:
            field_dict["working_days"] = working_days
        if working_dates is not UNSET:
            field_dict["working_dates"] = working_dates

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.book_dates_companyid_data_types_data_booking_days_type_0 import (
            BookDatesCompanyidDataTypesDataBookingDaysType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_booking_days(data: object) -> BookDatesCompanyidDataTypesDataBookingDaysType0 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                booking_days_type_0 = BookDatesCompanyidDataTypesDataBookingDaysType0.from_dict(data)

                return booking_days_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            booking_days_type_1 = cast(list[Any], data)

            return booking_days_type_1

        booking_days = _parse_booking_days(d.pop("booking_days", UNSET))

        _booking_dates = d.pop("booking_dates", UNSET)
        booking_dates: list[datetime.date] | Unset = UNSET
        if _booking_dates is not UNSET:
            booking_dates = []
            for booking_dates_item_data in _booking_dates:
                booking_dates_item = types.parse_iso_date(booking_dates_item_data)

                booking_dates.append(booking_dates_item)

        def _parse_working_days(data: object) -> BookDatesCompanyidDataTypesDataBookingDaysType0 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                working_days_type_0 = BookDatesCompanyidDataTypesDataBookingDaysType0.from_dict(data)

                return working_days_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            working_days_type_1 = cast(list[Any], data)

            return working_days_type_1

        working_days = _parse_working_days(d.pop("working_days", UNSET))

        _working_dates = d.pop("working_dates", UNSET)
        working_dates: list[datetime.date] | Unset = UNSET
        if _working_dates is not UNSET:
            working_dates = []
            for working_dates_item_data in _working_dates:
                working_dates_item = types.parse_iso_date(working_dates_item_data)

                working_dates.append(working_dates_item)

        book_dates_companyid_data_types_data = cls(
            booking_days=booking_days,
            booking_dates=booking_dates,
            working_days=working_days,
            working_dates=working_dates,
        )

        book_dates_companyid_data_types_data.additional_properties = d
        return book_dates_companyid_data_types_data

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


def _read_booking_days(
    json_value: Any, parse_ctx: ParseContext
) -> BookDatesCompanyidDataTypesDataBookingDaysType0 | list[Any] | Unset:
    BookDatesCompanyidDataTypesDataBookingDaysType0 = MODEL_CLASSES.get(
        "altegio_client.models.book_dates_companyid_data_types_data_booking_days_type_0"
    ) or model_class(
        "altegio_client.models.book_dates_companyid_data_types_data_booking_days_type_0",
        "BookDatesCompanyidDataTypesDataBookingDaysType0",
    )

    def _parse_booking_days(data: object) -> BookDatesCompanyidDataTypesDataBookingDaysType0 | list[Any] | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            booking_days_type_0 = BookDatesCompanyidDataTypesDataBookingDaysType0.from_dict(data)

            return booking_days_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, list):
            raise TypeError()
        booking_days_type_1 = cast(list[Any], data)

        return booking_days_type_1

    booking_days = _parse_booking_days(json_value)

    return booking_days


def _read_booking_dates(json_value: Any, parse_ctx: ParseContext) -> list[datetime.date] | Unset:

    _booking_dates = json_value
    booking_dates: list[datetime.date] | Unset = UNSET
    if _booking_dates is not UNSET:
        booking_dates = []
        for booking_dates_item_data in _booking_dates:
            try:
                booking_dates_item = date_from_iso(booking_dates_item_data)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                booking_dates_item = types.parse_iso_date(booking_dates_item_data)

            booking_dates.append(booking_dates_item)

    return booking_dates


def _read_working_days(
    json_value: Any, parse_ctx: ParseContext
) -> BookDatesCompanyidDataTypesDataBookingDaysType0 | list[Any] | Unset:
    BookDatesCompanyidDataTypesDataBookingDaysType0 = MODEL_CLASSES.get(
        "altegio_client.models.book_dates_companyid_data_types_data_booking_days_type_0"
    ) or model_class(
        "altegio_client.models.book_dates_companyid_data_types_data_booking_days_type_0",
        "BookDatesCompanyidDataTypesDataBookingDaysType0",
    )

    def _parse_working_days(data: object) -> BookDatesCompanyidDataTypesDataBookingDaysType0 | list[Any] | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            working_days_type_0 = BookDatesCompanyidDataTypesDataBookingDaysType0.from_dict(data)

            return working_days_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, list):
            raise TypeError()
        working_days_type_1 = cast(list[Any], data)

        return working_days_type_1

    working_days = _parse_working_days(json_value)

    return working_days


def _read_working_dates(json_value: Any, parse_ctx: ParseContext) -> list[datetime.date] | Unset:

    _working_dates = json_value
    working_dates: list[datetime.date] | Unset = UNSET
    if _working_dates is not UNSET:
        working_dates = []
        for working_dates_item_data in _working_dates:
            try:
                working_dates_item = date_from_iso(working_dates_item_data)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                working_dates_item = types.parse_iso_date(working_dates_item_data)

            working_dates.append(working_dates_item)

    return working_dates


_DECLARED_KEYS = frozenset(
    {
        "booking_days",
        "booking_dates",
        "working_days",
        "working_dates",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


BookDatesCompanyidDataTypesData._lazy_fields = {
    "booking_days": ("booking_days", _read_booking_days, False),
    "booking_dates": ("booking_dates", _read_booking_dates, False),
    "working_days": ("working_days", _read_working_days, False),
    "working_dates": ("working_dates", _read_working_dates, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: BookDatesCompanyidDataTypesData, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: BookDatesCompanyidDataTypesData, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "booking_days" not in done:
        value = get("booking_days", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.booking_days = UNSET
        else:
            try:
                model.booking_days = _read_booking_days(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "booking_dates" not in done:
        value = get("booking_dates", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.booking_dates = UNSET
        else:
            try:
                model.booking_dates = _read_booking_dates(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "working_days" not in done:
        value = get("working_days", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.working_days = UNSET
        else:
            try:
                model.working_days = _read_working_days(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "working_dates" not in done:
        value = get("working_dates", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.working_dates = UNSET
        else:
            try:
                model.working_dates = _read_working_dates(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: BookDatesCompanyidDataTypesData | None = None
) -> BookDatesCompanyidDataTypesData:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return BookDatesCompanyidDataTypesData._lazy(json_value, parse_ctx)
        model = new_model(
            BookDatesCompanyidDataTypesData
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
        layout = layout_of(BookDatesCompanyidDataTypesData, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_booking_days, value_booking_dates, value_working_days, value_working_dates = fill(json_value, model)
    if value_booking_days is UNSET:  # what every optional field's converter returns for it
        model.booking_days = UNSET
    else:
        try:
            model.booking_days = _read_booking_days(value_booking_days, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_booking_dates is UNSET:  # what every optional field's converter returns for it
        model.booking_dates = UNSET
    else:
        try:
            model.booking_dates = _read_booking_dates(value_booking_dates, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_working_days is UNSET:  # what every optional field's converter returns for it
        model.working_days = UNSET
    else:
        try:
            model.working_days = _read_working_days(value_working_days, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_working_dates is UNSET:  # what every optional field's converter returns for it
        model.working_dates = UNSET
    else:
        try:
            model.working_dates = _read_working_dates(value_working_dates, parse_ctx)
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
        model.__class__ = lazily_read_class(BookDatesCompanyidDataTypesData)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = BookDatesCompanyidDataTypesData
        del model._raw, model._context
    return model


BookDatesCompanyidDataTypesData._lazy_fill = (_fill_plain, _fill_converted, _build)
