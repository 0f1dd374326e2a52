from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._codegen import (
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    new_model,
)

T = TypeVar("T", bound="LocationAttendanceStatisticsResourceAttributes")


@_attrs_define
class LocationAttendanceStatisticsResourceAttributes(LazyModel):
    successful_attendances_count: int
    """ Number of successful attendances """
    failed_attendances_count: int
    """ Number of failed attendances """
    balance_amount: float
    """ Current balance """
    spent_amount: float
    """ Total spent amount """
    paid_amount: float
    """ Total paid amount """
    last_successful_attendance_datetime: None | str
    """ Last successful attendance in the Location timezone """
    company_id: int
    """ Location ID; present only in Location statistics """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        successful_attendances_count = self.successful_attendances_count

        failed_attendances_count = self.failed_attendances_count

        balance_amount = self.balance_amount

        spent_amount = self.spent_amount

        paid_amount = self.paid_amount

        last_successful_attendance_datetime: None | str
        last_successful_attendance_datetime = self.last_successful_attendance_datetime

        company_id = self.company_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "successful_attendances_count": successful_attendances_count,
                "failed_attendances_count": failed_attendances_count,
                "balance_amount": balance_amount,
                "spent_amount": spent_amount,
                "paid_amount": paid_amount,
                "last_successful_attendance_datetime": last_successful_attendance_datetime,
                "company_id": company_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        successful_attendances_count = d.pop("successful_attendances_count")

        failed_attendances_count = d.pop("failed_attendances_count")

        balance_amount = d.pop("balance_amount")

        spent_amount = d.pop("spent_amount")

        paid_amount = d.pop("paid_amount")

        def _parse_last_successful_attendance_datetime(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_successful_attendance_datetime = _parse_last_successful_attendance_datetime(
            d.pop("last_successful_attendance_datetime")
        )

        company_id = d.pop("company_id")

        location_attendance_statistics_resource_attributes = cls(
            successful_attendances_count=successful_attendances_count,
            failed_attendances_count=failed_attendances_count,
            balance_amount=balance_amount,
            spent_amount=spent_amount,
            paid_amount=paid_amount,
            last_successful_attendance_datetime=last_successful_attendance_datetime,
            company_id=company_id,
        )

        location_attendance_statistics_resource_attributes.additional_properties = d
        return location_attendance_statistics_resource_attributes

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


_DECLARED_KEYS = frozenset(
    {
        "successful_attendances_count",
        "failed_attendances_count",
        "balance_amount",
        "spent_amount",
        "paid_amount",
        "last_successful_attendance_datetime",
        "company_id",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


LocationAttendanceStatisticsResourceAttributes._lazy_fields = {
    "successful_attendances_count": ("successful_attendances_count", None, True),
    "failed_attendances_count": ("failed_attendances_count", None, True),
    "balance_amount": ("balance_amount", None, True),
    "spent_amount": ("spent_amount", None, True),
    "paid_amount": ("paid_amount", None, True),
    "last_successful_attendance_datetime": ("last_successful_attendance_datetime", None, True),
    "company_id": ("company_id", None, True),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: LocationAttendanceStatisticsResourceAttributes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "successful_attendances_count" in json_value:
        model.successful_attendances_count = json_value["successful_attendances_count"]
    if "failed_attendances_count" in json_value:
        model.failed_attendances_count = json_value["failed_attendances_count"]
    if "balance_amount" in json_value:
        model.balance_amount = json_value["balance_amount"]
    if "spent_amount" in json_value:
        model.spent_amount = json_value["spent_amount"]
    if "paid_amount" in json_value:
        model.paid_amount = json_value["paid_amount"]
    if "last_successful_attendance_datetime" in json_value:
        model.last_successful_attendance_datetime = json_value["last_successful_attendance_datetime"]
    if "company_id" in json_value:
        model.company_id = json_value["company_id"]


def _fill_converted(
    model: LocationAttendanceStatisticsResourceAttributes,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: LocationAttendanceStatisticsResourceAttributes | None = None
) -> LocationAttendanceStatisticsResourceAttributes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return LocationAttendanceStatisticsResourceAttributes._lazy(json_value, parse_ctx)
        model = new_model(
            LocationAttendanceStatisticsResourceAttributes
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
        layout = layout_of(LocationAttendanceStatisticsResourceAttributes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if only_declared:  # no undeclared key, the usual case (known from the layout, see _layouts.py)
        model.additional_properties = {}
    else:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True
    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(LocationAttendanceStatisticsResourceAttributes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = LocationAttendanceStatisticsResourceAttributes
        del model._raw, model._context
    return model


LocationAttendanceStatisticsResourceAttributes._lazy_fill = (_fill_plain, _fill_converted, _build)
