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
    CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStats = MODEL_CLASSES.get(
        "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_income_stats"
    ) or model_class(
        "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_income_stats",
        "CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStats",
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
    CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataCurrency = MODEL_CLASSES.get(
        "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_currency"
    ) or model_class(
        "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_currency",
        "CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataCurrency",
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
    CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsByDayItem = MODEL_CLASSES.get(
        "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_income_stats_by_day_item"
    ) or model_class(
        "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_income_stats_by_day_item",
        "CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsByDayItem",
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
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CompanyAnalyticsLoyaltyProgramsIncomeDataTypesData._lazy_fields = {
    "income_stats": ("income_stats", _read_income_stats, False),
    "currency": ("currency", _read_currency, False),
    "income_stats_by_day": ("income_stats_by_day", _read_income_stats_by_day, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: CompanyAnalyticsLoyaltyProgramsIncomeDataTypesData, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: CompanyAnalyticsLoyaltyProgramsIncomeDataTypesData,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "income_stats" not in done:
        value = get("income_stats", UNSET)
        if value is UNSET:
            model.income_stats = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_income_stats"
            ) or model_builder(
                "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_income_stats",
                "CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStats",
            )
            try:
                model.income_stats = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "currency" not in done:
        value = get("currency", UNSET)
        if value is UNSET:
            model.currency = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_currency"
            ) or model_builder(
                "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_currency",
                "CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataCurrency",
            )
            try:
                model.currency = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "income_stats_by_day" not in done:
        value = get("income_stats_by_day", UNSET)
        if value is UNSET:
            model.income_stats_by_day = UNSET
        elif value == []:
            model.income_stats_by_day = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_income_stats_by_day_item"
            ) or model_builder(
                "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_income_stats_by_day_item",
                "CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsByDayItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.income_stats_by_day = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: CompanyAnalyticsLoyaltyProgramsIncomeDataTypesData | None = None
) -> CompanyAnalyticsLoyaltyProgramsIncomeDataTypesData:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CompanyAnalyticsLoyaltyProgramsIncomeDataTypesData._lazy(json_value, parse_ctx)
        model = new_model(
            CompanyAnalyticsLoyaltyProgramsIncomeDataTypesData
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
        layout = layout_of(CompanyAnalyticsLoyaltyProgramsIncomeDataTypesData, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_income_stats, value_currency, value_income_stats_by_day = fill(json_value, model)
    if value_income_stats is UNSET:
        model.income_stats = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_income_stats"
        ) or model_builder(
            "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_income_stats",
            "CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStats",
        )
        try:
            model.income_stats = build(value_income_stats, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_currency is UNSET:
        model.currency = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_currency"
        ) or model_builder(
            "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_currency",
            "CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataCurrency",
        )
        try:
            model.currency = build(value_currency, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_income_stats_by_day is UNSET:
        model.income_stats_by_day = UNSET
    elif value_income_stats_by_day == []:
        model.income_stats_by_day = value_income_stats_by_day  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_income_stats_by_day_item"
        ) or model_builder(
            "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_income_stats_by_day_item",
            "CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsByDayItem",
        )
        try:
            if _builtins.type(value_income_stats_by_day) is not list:
                raise TypeError
            model.income_stats_by_day = [build(item, parse_ctx) for item in value_income_stats_by_day]
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
        model.__class__ = lazily_read_class(CompanyAnalyticsLoyaltyProgramsIncomeDataTypesData)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CompanyAnalyticsLoyaltyProgramsIncomeDataTypesData
        del model._raw, model._context
    return model


CompanyAnalyticsLoyaltyProgramsIncomeDataTypesData._lazy_fill = (_fill_plain, _fill_converted, _build)
