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
    from ..models.salary_staff_calculation_daily_payroll_daily_item import (
        SalaryStaffCalculationDailyPayrollDailyItem,
    )


T = TypeVar("T", bound="SalaryStaffCalculationDaily")


@_attrs_define
class SalaryStaffCalculationDaily(LazyModel):
    """Mutual settlements grouped by date."""

    payroll_daily: list[SalaryStaffCalculationDailyPayrollDailyItem] | Unset = UNSET
    currency: Currency | Unset = UNSET
    """ Currency """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payroll_daily: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payroll_daily, Unset):
            payroll_daily = []
            for payroll_daily_item_data in self.payroll_daily:
                payroll_daily_item = payroll_daily_item_data.to_dict()
                payroll_daily.append(payroll_daily_item)

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payroll_daily is not UNSET:
            field_dict["payroll_daily"] = payroll_daily
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.salary_staff_calculation_daily_payroll_daily_item import (
            SalaryStaffCalculationDailyPayrollDailyItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _payroll_daily = d.pop("payroll_daily", UNSET)
        payroll_daily: list[SalaryStaffCalculationDailyPayrollDailyItem] | Unset = UNSET
        if _payroll_daily is not UNSET:
            payroll_daily = []
            for payroll_daily_item_data in _payroll_daily:
                payroll_daily_item = SalaryStaffCalculationDailyPayrollDailyItem.from_dict(payroll_daily_item_data)

                payroll_daily.append(payroll_daily_item)

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        salary_staff_calculation_daily = cls(
            payroll_daily=payroll_daily,
            currency=currency,
        )

        salary_staff_calculation_daily.additional_properties = d
        return salary_staff_calculation_daily

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


def _read_payroll_daily(
    json_value: Any, parse_ctx: ParseContext
) -> list[SalaryStaffCalculationDailyPayrollDailyItem] | Unset:
    SalaryStaffCalculationDailyPayrollDailyItem = MODEL_CLASSES.get(
        "altegio_client.models.salary_staff_calculation_daily_payroll_daily_item"
    ) or model_class(
        "altegio_client.models.salary_staff_calculation_daily_payroll_daily_item",
        "SalaryStaffCalculationDailyPayrollDailyItem",
    )

    _payroll_daily = json_value
    payroll_daily: list[SalaryStaffCalculationDailyPayrollDailyItem] | Unset = UNSET
    if _payroll_daily is not UNSET:
        payroll_daily = SalaryStaffCalculationDailyPayrollDailyItem._lazy_list(_payroll_daily, parse_ctx)

    return payroll_daily


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
        "payroll_daily",
        "currency",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


SalaryStaffCalculationDaily._lazy_fields = {
    "payroll_daily": ("payroll_daily", _read_payroll_daily, False),
    "currency": ("currency", _read_currency, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: SalaryStaffCalculationDaily, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: SalaryStaffCalculationDaily, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "payroll_daily" not in done:
        value = get("payroll_daily", UNSET)
        if value is UNSET:
            model.payroll_daily = UNSET
        elif value == []:
            model.payroll_daily = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.salary_staff_calculation_daily_payroll_daily_item"
            ) or model_builder(
                "altegio_client.models.salary_staff_calculation_daily_payroll_daily_item",
                "SalaryStaffCalculationDailyPayrollDailyItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.payroll_daily = [build(item, parse_ctx) for item in value]
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
    json_value: Any, parse_ctx: ParseContext, model: SalaryStaffCalculationDaily | None = None
) -> SalaryStaffCalculationDaily:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return SalaryStaffCalculationDaily._lazy(json_value, parse_ctx)
        model = new_model(SalaryStaffCalculationDaily)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(SalaryStaffCalculationDaily, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_payroll_daily, value_currency = fill(json_value, model)
    if value_payroll_daily is UNSET:
        model.payroll_daily = UNSET
    elif value_payroll_daily == []:
        model.payroll_daily = value_payroll_daily  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.salary_staff_calculation_daily_payroll_daily_item"
        ) or model_builder(
            "altegio_client.models.salary_staff_calculation_daily_payroll_daily_item",
            "SalaryStaffCalculationDailyPayrollDailyItem",
        )
        try:
            if _builtins.type(value_payroll_daily) is not list:
                raise TypeError
            model.payroll_daily = [build(item, parse_ctx) for item in value_payroll_daily]
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
        model.__class__ = lazily_read_class(SalaryStaffCalculationDaily)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = SalaryStaffCalculationDaily
        del model._raw, model._context
    return model


SalaryStaffCalculationDaily._lazy_fill = (_fill_plain, _fill_converted, _build)
