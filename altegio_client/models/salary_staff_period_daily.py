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
    from ..models.currency import Currency
    from ..models.salary_staff_period_daily_period_calculation_daily_item import (
        SalaryStaffPeriodDailyPeriodCalculationDailyItem,
    )


T = TypeVar("T", bound="SalaryStaffPeriodDaily")


@_attrs_define
class SalaryStaffPeriodDaily(LazyModel):
    """Payroll for a period for a specific team member grouped by date."""

    period_calculation_daily: list[SalaryStaffPeriodDailyPeriodCalculationDailyItem] | Unset = UNSET
    currency: Currency | Unset = UNSET
    """ Currency """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period_calculation_daily: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.period_calculation_daily, Unset):
            period_calculation_daily = []
            for period_calculation_daily_item_data in self.period_calculation_daily:
                period_calculation_daily_item = period_calculation_daily_item_data.to_dict()
                period_calculation_daily.append(period_calculation_daily_item)

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if period_calculation_daily is not UNSET:
            field_dict["period_calculation_daily"] = period_calculation_daily
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.salary_staff_period_daily_period_calculation_daily_item import (
            SalaryStaffPeriodDailyPeriodCalculationDailyItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _period_calculation_daily = d.pop("period_calculation_daily", UNSET)
        period_calculation_daily: list[SalaryStaffPeriodDailyPeriodCalculationDailyItem] | Unset = UNSET
        if _period_calculation_daily is not UNSET:
            period_calculation_daily = []
            for period_calculation_daily_item_data in _period_calculation_daily:
                period_calculation_daily_item = SalaryStaffPeriodDailyPeriodCalculationDailyItem.from_dict(
                    period_calculation_daily_item_data
                )

                period_calculation_daily.append(period_calculation_daily_item)

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        salary_staff_period_daily = cls(
            period_calculation_daily=period_calculation_daily,
            currency=currency,
        )

        salary_staff_period_daily.additional_properties = d
        return salary_staff_period_daily

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


def _read_period_calculation_daily(
    json_value: Any, parse_ctx: ParseContext
) -> list[SalaryStaffPeriodDailyPeriodCalculationDailyItem] | Unset:
    SalaryStaffPeriodDailyPeriodCalculationDailyItem = MODEL_CLASSES.get(
        "altegio_client.models.salary_staff_period_daily_period_calculation_daily_item"
    ) or model_class(
        "altegio_client.models.salary_staff_period_daily_period_calculation_daily_item",
        "SalaryStaffPeriodDailyPeriodCalculationDailyItem",
    )

    _period_calculation_daily = json_value
    period_calculation_daily: list[SalaryStaffPeriodDailyPeriodCalculationDailyItem] | Unset = UNSET
    if _period_calculation_daily is not UNSET:
        period_calculation_daily = SalaryStaffPeriodDailyPeriodCalculationDailyItem._lazy_list(
            _period_calculation_daily, parse_ctx
        )

    return period_calculation_daily


def _read_currency(json_value: Any, parse_ctx: ParseContext) -> Currency | Unset:
    Currency = MODEL_CLASSES.get("altegio_client.models.currency") or model_class(
        "altegio_client.models.currency", "Currency"
    )

    _currency = json_value
    currency: Currency | Unset
    if isinstance(_currency, Unset):
        currency = UNSET
    else:
        currency = Currency._lazy(_currency, parse_ctx)

    return currency


_DECLARED_KEYS = frozenset(
    {
        "period_calculation_daily",
        "currency",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


SalaryStaffPeriodDaily._lazy_fields = {
    "period_calculation_daily": ("period_calculation_daily", _read_period_calculation_daily, False),
    "currency": ("currency", _read_currency, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: SalaryStaffPeriodDaily, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: SalaryStaffPeriodDaily, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "period_calculation_daily" not in done:
        value = get("period_calculation_daily", UNSET)
        if value is UNSET:
            model.period_calculation_daily = UNSET
        elif value == []:
            model.period_calculation_daily = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.salary_staff_period_daily_period_calculation_daily_item"
            ) or model_builder(
                "altegio_client.models.salary_staff_period_daily_period_calculation_daily_item",
                "SalaryStaffPeriodDailyPeriodCalculationDailyItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.period_calculation_daily = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "currency" not in done:
        value = get("currency", UNSET)
        if value is UNSET:
            model.currency = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.currency") or model_builder(
                "altegio_client.models.currency", "Currency"
            )
            try:
                model.currency = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: SalaryStaffPeriodDaily | None = None
) -> SalaryStaffPeriodDaily:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return SalaryStaffPeriodDaily._lazy(json_value, parse_ctx)
        model = new_model(SalaryStaffPeriodDaily)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(SalaryStaffPeriodDaily, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_period_calculation_daily, value_currency = fill(json_value, model)
    if value_period_calculation_daily is UNSET:
        model.period_calculation_daily = UNSET
    elif value_period_calculation_daily == []:
        model.period_calculation_daily = (
            value_period_calculation_daily  # the JSON's own empty list: one allocation fewer
        )
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.salary_staff_period_daily_period_calculation_daily_item"
        ) or model_builder(
            "altegio_client.models.salary_staff_period_daily_period_calculation_daily_item",
            "SalaryStaffPeriodDailyPeriodCalculationDailyItem",
        )
        try:
            if _builtins.type(value_period_calculation_daily) is not list:
                raise TypeError
            model.period_calculation_daily = [build(item, parse_ctx) for item in value_period_calculation_daily]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_currency is UNSET:
        model.currency = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.currency") or model_builder(
            "altegio_client.models.currency", "Currency"
        )
        try:
            model.currency = build(value_currency, parse_ctx)
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
        model.__class__ = lazily_read_class(SalaryStaffPeriodDaily)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = SalaryStaffPeriodDaily
        del model._raw, model._context
    return model


SalaryStaffPeriodDaily._lazy_fill = (_fill_plain, _fill_converted, _build)
