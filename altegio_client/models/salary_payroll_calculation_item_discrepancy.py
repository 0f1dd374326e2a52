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
from ..models.salary_payroll_calculation_item_discrepancy_reason import (
    SalaryPayrollCalculationItemDiscrepancyReason,
    check_salary_payroll_calculation_item_discrepancy_reason,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SalaryPayrollCalculationItemDiscrepancy")


@_attrs_define
class SalaryPayrollCalculationItemDiscrepancy(LazyModel):
    reason: SalaryPayrollCalculationItemDiscrepancyReason | Unset = UNSET
    """ Discrepancy type. """
    actual_sum: int | str | Unset = UNSET
    """ Actual salary sum. """
    difference_sum: int | str | Unset = UNSET
    """ Difference between actual and calculated salary sums. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason

        actual_sum: int | str | Unset
        if isinstance(self.actual_sum, Unset):
            actual_sum = UNSET
        else:
            actual_sum = self.actual_sum

        difference_sum: int | str | Unset
        if isinstance(self.difference_sum, Unset):
            difference_sum = UNSET
        else:
            difference_sum = self.difference_sum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if actual_sum is not UNSET:
            field_dict["actual_sum"] = actual_sum
        if difference_sum is not UNSET:
            field_dict["difference_sum"] = difference_sum

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _reason = d.pop("reason", UNSET)
        reason: SalaryPayrollCalculationItemDiscrepancyReason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = check_salary_payroll_calculation_item_discrepancy_reason(_reason)

        def _parse_actual_sum(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        actual_sum = _parse_actual_sum(d.pop("actual_sum", UNSET))

        def _parse_difference_sum(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        difference_sum = _parse_difference_sum(d.pop("difference_sum", UNSET))

        salary_payroll_calculation_item_discrepancy = cls(
            reason=reason,
            actual_sum=actual_sum,
            difference_sum=difference_sum,
        )

        salary_payroll_calculation_item_discrepancy.additional_properties = d
        return salary_payroll_calculation_item_discrepancy

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


def _read_reason(json_value: Any, parse_ctx: ParseContext) -> SalaryPayrollCalculationItemDiscrepancyReason | Unset:

    _reason = json_value
    reason: SalaryPayrollCalculationItemDiscrepancyReason | Unset
    if isinstance(_reason, Unset):
        reason = UNSET
    else:
        reason = check_salary_payroll_calculation_item_discrepancy_reason(_reason)

    return reason


_DECLARED_KEYS = frozenset(
    {
        "reason",
        "actual_sum",
        "difference_sum",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


SalaryPayrollCalculationItemDiscrepancy._lazy_fields = {
    "reason": ("reason", _read_reason, False),
    "actual_sum": ("actual_sum", None, False),
    "difference_sum": ("difference_sum", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: SalaryPayrollCalculationItemDiscrepancy, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.actual_sum = get("actual_sum", UNSET)
    model.difference_sum = get("difference_sum", UNSET)


def _fill_converted(
    model: SalaryPayrollCalculationItemDiscrepancy,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "reason" not in done:
        value = get("reason", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.reason = UNSET
        else:
            try:
                model.reason = _read_reason(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: SalaryPayrollCalculationItemDiscrepancy | None = None
) -> SalaryPayrollCalculationItemDiscrepancy:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return SalaryPayrollCalculationItemDiscrepancy._lazy(json_value, parse_ctx)
        model = new_model(
            SalaryPayrollCalculationItemDiscrepancy
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
        layout = layout_of(SalaryPayrollCalculationItemDiscrepancy, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_reason,) = fill(json_value, model)
    if value_reason is UNSET:  # what every optional field's converter returns for it
        model.reason = UNSET
    else:
        try:
            model.reason = _read_reason(value_reason, parse_ctx)
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
        model.__class__ = lazily_read_class(SalaryPayrollCalculationItemDiscrepancy)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = SalaryPayrollCalculationItemDiscrepancy
        del model._raw, model._context
    return model


SalaryPayrollCalculationItemDiscrepancy._lazy_fill = (_fill_plain, _fill_converted, _build)
