from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
    from ..models.salary_staff_balance import SalaryStaffBalance


T = TypeVar("T", bound="SalaryStaffCalculation")


@_attrs_define
class SalaryStaffCalculation(LazyModel):
    """Mutual settlements."""

    total_sum: int | SalaryStaffBalance | Unset = UNSET
    currency: Currency | Unset = UNSET
    """ Currency """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.salary_staff_balance import SalaryStaffBalance  # noqa: PLC0415

        total_sum: dict[str, Any] | int | Unset
        if isinstance(self.total_sum, Unset):
            total_sum = UNSET
        elif isinstance(self.total_sum, SalaryStaffBalance):
            total_sum = self.total_sum.to_dict()
        else:
            total_sum = self.total_sum

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_sum is not UNSET:
            field_dict["total_sum"] = total_sum
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.salary_staff_balance import SalaryStaffBalance  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_total_sum(data: object) -> int | SalaryStaffBalance | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                total_sum_type_0 = SalaryStaffBalance.from_dict(data)

                return total_sum_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | SalaryStaffBalance | Unset, data)

        total_sum = _parse_total_sum(d.pop("total_sum", UNSET))

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        salary_staff_calculation = cls(
            total_sum=total_sum,
            currency=currency,
        )

        salary_staff_calculation.additional_properties = d
        return salary_staff_calculation

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


def _read_total_sum(json_value: Any, parse_ctx: ParseContext) -> int | SalaryStaffBalance | Unset:
    SalaryStaffBalance = MODEL_CLASSES.get("altegio_client.models.salary_staff_balance") or model_class(
        "altegio_client.models.salary_staff_balance", "SalaryStaffBalance"
    )

    def _parse_total_sum(data: object) -> int | SalaryStaffBalance | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            total_sum_type_0 = SalaryStaffBalance.from_dict(data)

            return total_sum_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(int | SalaryStaffBalance | Unset, data)

    total_sum = _parse_total_sum(json_value)

    return total_sum


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
        "total_sum",
        "currency",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


SalaryStaffCalculation._lazy_fields = {
    "total_sum": ("total_sum", _read_total_sum, False),
    "currency": ("currency", _read_currency, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: SalaryStaffCalculation, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: SalaryStaffCalculation, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "total_sum" not in done:
        value = get("total_sum", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.total_sum = UNSET
        else:
            try:
                model.total_sum = _read_total_sum(value, parse_ctx)
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
    json_value: Any, parse_ctx: ParseContext, model: SalaryStaffCalculation | None = None
) -> SalaryStaffCalculation:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return SalaryStaffCalculation._lazy(json_value, parse_ctx)
        model = new_model(SalaryStaffCalculation)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(SalaryStaffCalculation, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_total_sum, value_currency = fill(json_value, model)
    if value_total_sum is UNSET:  # what every optional field's converter returns for it
        model.total_sum = UNSET
    else:
        try:
            model.total_sum = _read_total_sum(value_total_sum, parse_ctx)
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
        model.__class__ = lazily_read_class(SalaryStaffCalculation)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = SalaryStaffCalculation
        del model._raw, model._context
    return model


SalaryStaffCalculation._lazy_fill = (_fill_plain, _fill_converted, _build)
