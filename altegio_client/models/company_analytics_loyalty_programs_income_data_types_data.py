from __future__ import annotations

import builtins as _builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._codegen import LazyModel, ParseContext
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_analytics_loyalty_programs_income_data_types_data_currency import (
        CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataCurrency,
    )
    from ..models.company_analytics_loyalty_programs_income_data_types_data_income_stats import (
        CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStats,
    )
    from ..models.company_analytics_loyalty_programs_income_data_types_data_income_stats_by_day_item import (
        CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsByDayItem,
    )


T = TypeVar("T", bound="CompanyAnalyticsLoyaltyProgramsIncomeDataTypesData")


@_attrs_define
class CompanyAnalyticsLoyaltyProgramsIncomeDataTypesData(LazyModel):
    """Object with data"""

    income_stats: CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStats | Unset = UNSET
    """ revenue statistics """
    currency: CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataCurrency | Unset = UNSET
    """ Currency """
    income_stats_by_day: list[CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsByDayItem] | Unset = UNSET
    """ Revenue statistics by day """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        income_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_stats, Unset):
            income_stats = self.income_stats.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        income_stats_by_day: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.income_stats_by_day, Unset):
            income_stats_by_day = []
            for income_stats_by_day_item_data in self.income_stats_by_day:
                income_stats_by_day_item = income_stats_by_day_item_data.to_dict()
                income_stats_by_day.append(income_stats_by_day_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if income_stats is not UNSET:
            field_dict["income_stats"] = income_stats
        if currency is not UNSET:
            field_dict["currency"] = currency
        if income_stats_by_day is not UNSET:
            field_dict["income_stats_by_day"] = income_stats_by_day

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_analytics_loyalty_programs_income_data_types_data_currency import (
            CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataCurrency,  # noqa: PLC0415
        )
        from ..models.company_analytics_loyalty_programs_income_data_types_data_income_stats import (
            CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStats,  # noqa: PLC0415
        )
        from ..models.company_analytics_loyalty_programs_income_data_types_data_income_stats_by_day_item import (
            CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsByDayItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _income_stats = d.pop("income_stats", UNSET)
        income_stats: CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStats | Unset
        if isinstance(_income_stats, Unset):
            income_stats = UNSET
        else:
            income_stats = CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStats.from_dict(_income_stats)

        _currency = d.pop("currency", UNSET)
        currency: CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataCurrency.from_dict(_currency)

        _income_stats_by_day = d.pop("income_stats_by_day", UNSET)
        income_stats_by_day: list[CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsByDayItem] | Unset = (
            UNSET
        )
        if _income_stats_by_day is not UNSET:
            income_stats_by_day = []
            for income_stats_by_day_item_data in _income_stats_by_day:
                income_stats_by_day_item = (
                    CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsByDayItem.from_dict(
                        income_stats_by_day_item_data
                    )
                )

                income_stats_by_day.append(income_stats_by_day_item)

        company_analytics_loyalty_programs_income_data_types_data = cls(
            income_stats=income_stats,
            currency=currency,
            income_stats_by_day=income_stats_by_day,
        )

        company_analytics_loyalty_programs_income_data_types_data.additional_properties = d
        return company_analytics_loyalty_programs_income_data_types_data

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


def _read_income_stats(
    json_value: Any, parse_ctx: ParseContext
) -> CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStats | Unset:
    from ..models.company_analytics_loyalty_programs_income_data_types_data_income_stats import (
        CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStats,  # noqa: PLC0415
    )

    _income_stats = json_value
    income_stats: CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStats | Unset
    if isinstance(_income_stats, Unset):
        income_stats = UNSET
    else:
        income_stats = CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStats._lazy(_income_stats, parse_ctx)

    return income_stats


def _read_currency(
    json_value: Any, parse_ctx: ParseContext
) -> CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataCurrency | Unset:
    from ..models.company_analytics_loyalty_programs_income_data_types_data_currency import (
        CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataCurrency,  # noqa: PLC0415
    )

    _currency = json_value
    currency: CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataCurrency | Unset
    if isinstance(_currency, Unset):
        currency = UNSET
    else:
        currency = CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataCurrency._lazy(_currency, parse_ctx)

    return currency


def _read_income_stats_by_day(
    json_value: Any, parse_ctx: ParseContext
) -> list[CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsByDayItem] | Unset:
    from ..models.company_analytics_loyalty_programs_income_data_types_data_income_stats_by_day_item import (
        CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsByDayItem,  # noqa: PLC0415
    )

    _income_stats_by_day = json_value
    income_stats_by_day: list[CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsByDayItem] | Unset = UNSET
    if _income_stats_by_day is not UNSET:
        income_stats_by_day = CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsByDayItem._lazy_list(
            _income_stats_by_day, parse_ctx
        )

    return income_stats_by_day


_DECLARED_KEYS = frozenset(
    {
        "income_stats",
        "currency",
        "income_stats_by_day",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


CompanyAnalyticsLoyaltyProgramsIncomeDataTypesData._lazy_fields = {
    "income_stats": ("income_stats", _read_income_stats, False),
    "currency": ("currency", _read_currency, False),
    "income_stats_by_day": ("income_stats_by_day", _read_income_stats_by_day, False),
    "additional_properties": (None, _read_additional_properties, False),
}
