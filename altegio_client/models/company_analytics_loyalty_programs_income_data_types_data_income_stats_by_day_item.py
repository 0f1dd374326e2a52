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
    LazyModel,
    ParseContext,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsByDayItem")


@_attrs_define
class CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsByDayItem(LazyModel):
    date: _datetime.date | Unset = UNSET
    """ date """
    new_sum: int | Unset = UNSET
    """ Revenue from new customers """
    old_sum: int | Unset = UNSET
    """ Revenue from old customers """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        new_sum = self.new_sum

        old_sum = self.old_sum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if new_sum is not UNSET:
            field_dict["new_sum"] = new_sum
        if old_sum is not UNSET:
            field_dict["old_sum"] = old_sum

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = types.parse_iso_date(_date)

        new_sum = d.pop("new_sum", UNSET)

        old_sum = d.pop("old_sum", UNSET)

        company_analytics_loyalty_programs_income_data_types_data_income_stats_by_day_item = cls(
            date=date,
            new_sum=new_sum,
            old_sum=old_sum,
        )

        company_analytics_loyalty_programs_income_data_types_data_income_stats_by_day_item.additional_properties = d
        return company_analytics_loyalty_programs_income_data_types_data_income_stats_by_day_item

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


def _read_date(json_value: Any, parse_ctx: ParseContext) -> datetime.date | Unset:

    _date = json_value
    date: datetime.date | Unset
    if isinstance(_date, Unset):
        date = UNSET
    else:
        date = types.parse_iso_date(_date)

    return date


_DECLARED_KEYS = frozenset(
    {
        "date",
        "new_sum",
        "old_sum",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsByDayItem._lazy_fields = {
    "date": ("date", _read_date, False),
    "new_sum": ("new_sum", None, False),
    "old_sum": ("old_sum", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(
    model: CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsByDayItem, json_value: dict[str, Any]
) -> None:
    get = json_value.get
    model.new_sum = get("new_sum", UNSET)
    model.old_sum = get("old_sum", UNSET)


def _fill_converted(
    model: CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsByDayItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "date" not in done:
        value = get("date", UNSET)
        if value is UNSET:
            model.date = UNSET
        else:
            try:
                model.date = types.parse_iso_date(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        if _DECLARED_KEYS.issuperset(json_value):  # no undeclared key: the usual case, decided in C
            model.additional_properties = {}
        else:
            try:
                model.additional_properties = _read_additional_properties(json_value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    return


def _build(
    json_value: Any,
    parse_ctx: ParseContext,
    model: CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsByDayItem | None = None,
) -> CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsByDayItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsByDayItem._lazy(json_value, parse_ctx)
        model = object.__new__(CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsByDayItem)
        model._raw = json_value
        model._context = parse_ctx
        model._reads = None
    get = json_value.get
    model.new_sum = get("new_sum", UNSET)
    model.old_sum = get("old_sum", UNSET)

    value = get("date", UNSET)
    if value is UNSET:
        model.date = UNSET
    else:
        try:
            model.date = types.parse_iso_date(value)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if _DECLARED_KEYS.issuperset(json_value):  # no undeclared key: the usual case, decided in C
        model.additional_properties = {}
    else:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return model


CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsByDayItem._lazy_fill = (
    _fill_plain,
    _fill_converted,
    _build,
)
