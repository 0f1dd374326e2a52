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
from ..types import UNSET, Unset

T = TypeVar("T", bound="SalaryPayrollCalculationItemPaidContainer")


@_attrs_define
class SalaryPayrollCalculationItemPaidContainer(LazyModel):
    money_sum: int | str | Unset = UNSET
    """ Sum paid with money. """
    discount_sum: int | str | Unset = UNSET
    """ Sum paid with discount. """
    bonus_sum: int | str | Unset = UNSET
    """ Sum paid with bonus. """
    certificate_sum: int | str | Unset = UNSET
    """ Sum paid with a gift card. """
    abonement_sum: int | str | Unset = UNSET
    """ Sum paid with a membership. """
    deposit_sum: int | str | Unset = UNSET
    """ Sum paid with a customer account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        money_sum: int | str | Unset
        if isinstance(self.money_sum, Unset):
            money_sum = UNSET
        else:
            money_sum = self.money_sum

        discount_sum: int | str | Unset
        if isinstance(self.discount_sum, Unset):
            discount_sum = UNSET
        else:
            discount_sum = self.discount_sum

        bonus_sum: int | str | Unset
        if isinstance(self.bonus_sum, Unset):
            bonus_sum = UNSET
        else:
            bonus_sum = self.bonus_sum

        certificate_sum: int | str | Unset
        if isinstance(self.certificate_sum, Unset):
            certificate_sum = UNSET
        else:
            certificate_sum = self.certificate_sum

        abonement_sum: int | str | Unset
        if isinstance(self.abonement_sum, Unset):
            abonement_sum = UNSET
        else:
            abonement_sum = self.abonement_sum

        deposit_sum: int | str | Unset
        if isinstance(self.deposit_sum, Unset):
            deposit_sum = UNSET
        else:
            deposit_sum = self.deposit_sum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if money_sum is not UNSET:
            field_dict["money_sum"] = money_sum
        if discount_sum is not UNSET:
            field_dict["discount_sum"] = discount_sum
        if bonus_sum is not UNSET:
            field_dict["bonus_sum"] = bonus_sum
        if certificate_sum is not UNSET:
            field_dict["certificate_sum"] = certificate_sum
        if abonement_sum is not UNSET:
            field_dict["abonement_sum"] = abonement_sum
        if deposit_sum is not UNSET:
            field_dict["deposit_sum"] = deposit_sum

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_money_sum(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        money_sum = _parse_money_sum(d.pop("money_sum", UNSET))

        def _parse_discount_sum(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        discount_sum = _parse_discount_sum(d.pop("discount_sum", UNSET))

        def _parse_bonus_sum(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        bonus_sum = _parse_bonus_sum(d.pop("bonus_sum", UNSET))

        def _parse_certificate_sum(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        certificate_sum = _parse_certificate_sum(d.pop("certificate_sum", UNSET))

        def _parse_abonement_sum(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        abonement_sum = _parse_abonement_sum(d.pop("abonement_sum", UNSET))

        def _parse_deposit_sum(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        deposit_sum = _parse_deposit_sum(d.pop("deposit_sum", UNSET))

        salary_payroll_calculation_item_paid_container = cls(
            money_sum=money_sum,
            discount_sum=discount_sum,
            bonus_sum=bonus_sum,
            certificate_sum=certificate_sum,
            abonement_sum=abonement_sum,
            deposit_sum=deposit_sum,
        )

        salary_payroll_calculation_item_paid_container.additional_properties = d
        return salary_payroll_calculation_item_paid_container

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
        "money_sum",
        "discount_sum",
        "bonus_sum",
        "certificate_sum",
        "abonement_sum",
        "deposit_sum",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


SalaryPayrollCalculationItemPaidContainer._lazy_fields = {
    "money_sum": ("money_sum", None, False),
    "discount_sum": ("discount_sum", None, False),
    "bonus_sum": ("bonus_sum", None, False),
    "certificate_sum": ("certificate_sum", None, False),
    "abonement_sum": ("abonement_sum", None, False),
    "deposit_sum": ("deposit_sum", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: SalaryPayrollCalculationItemPaidContainer, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.money_sum = get("money_sum", UNSET)
    model.discount_sum = get("discount_sum", UNSET)
    model.bonus_sum = get("bonus_sum", UNSET)
    model.certificate_sum = get("certificate_sum", UNSET)
    model.abonement_sum = get("abonement_sum", UNSET)
    model.deposit_sum = get("deposit_sum", UNSET)


def _fill_converted(
    model: SalaryPayrollCalculationItemPaidContainer,
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
    json_value: Any, parse_ctx: ParseContext, model: SalaryPayrollCalculationItemPaidContainer | None = None
) -> SalaryPayrollCalculationItemPaidContainer:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return SalaryPayrollCalculationItemPaidContainer._lazy(json_value, parse_ctx)
        model = new_model(
            SalaryPayrollCalculationItemPaidContainer
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
        layout = layout_of(SalaryPayrollCalculationItemPaidContainer, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    fill(json_value, model)
    if only_declared:  # no undeclared key, the usual case (known from the layout, see _layouts.py)
        model.additional_properties = {}
    else:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True
    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(SalaryPayrollCalculationItemPaidContainer)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = SalaryPayrollCalculationItemPaidContainer
        del model._raw, model._context
    return model


SalaryPayrollCalculationItemPaidContainer._lazy_fill = (_fill_plain, _fill_converted, _build)
