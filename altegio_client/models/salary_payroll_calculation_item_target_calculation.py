from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._codegen import (
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    new_model,
)
from ..models.salary_payroll_calculation_item_target_calculation_type_slug import (
    SalaryPayrollCalculationItemTargetCalculationTypeSlug,
    check_salary_payroll_calculation_item_target_calculation_type_slug,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SalaryPayrollCalculationItemTargetCalculation")


@_attrs_define
class SalaryPayrollCalculationItemTargetCalculation(LazyModel):
    type_slug: SalaryPayrollCalculationItemTargetCalculationTypeSlug | Unset = UNSET
    """ Rule type. """
    value: float | Unset = UNSET
    """ Value. """
    description: str | Unset = UNSET
    """ Calculation rule description. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_slug: str | Unset = UNSET
        if not isinstance(self.type_slug, Unset):
            type_slug = self.type_slug

        value = self.value

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_slug is not UNSET:
            field_dict["type_slug"] = type_slug
        if value is not UNSET:
            field_dict["value"] = value
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_slug = d.pop("type_slug", UNSET)
        type_slug: SalaryPayrollCalculationItemTargetCalculationTypeSlug | Unset
        if isinstance(_type_slug, Unset):
            type_slug = UNSET
        else:
            type_slug = check_salary_payroll_calculation_item_target_calculation_type_slug(_type_slug)

        value = d.pop("value", UNSET)

        description = d.pop("description", UNSET)

        salary_payroll_calculation_item_target_calculation = cls(
            type_slug=type_slug,
            value=value,
            description=description,
        )

        salary_payroll_calculation_item_target_calculation.additional_properties = d
        return salary_payroll_calculation_item_target_calculation

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


def _read_type_slug(
    json_value: Any, parse_ctx: ParseContext
) -> SalaryPayrollCalculationItemTargetCalculationTypeSlug | Unset:

    _type_slug = json_value
    type_slug: SalaryPayrollCalculationItemTargetCalculationTypeSlug | Unset
    if isinstance(_type_slug, Unset):
        type_slug = UNSET
    else:
        type_slug = check_salary_payroll_calculation_item_target_calculation_type_slug(_type_slug)

    return type_slug


_DECLARED_KEYS = frozenset(
    {
        "type_slug",
        "value",
        "description",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


SalaryPayrollCalculationItemTargetCalculation._lazy_fields = {
    "type_slug": ("type_slug", _read_type_slug, False),
    "value": ("value", None, False),
    "description": ("description", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: SalaryPayrollCalculationItemTargetCalculation, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.value = get("value", UNSET)
    model.description = get("description", UNSET)


def _fill_converted(
    model: SalaryPayrollCalculationItemTargetCalculation,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "type_slug" not in done:
        value = get("type_slug", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.type_slug = UNSET
        else:
            try:
                model.type_slug = _read_type_slug(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: SalaryPayrollCalculationItemTargetCalculation | None = None
) -> SalaryPayrollCalculationItemTargetCalculation:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return SalaryPayrollCalculationItemTargetCalculation._lazy(json_value, parse_ctx)
        model = new_model(
            SalaryPayrollCalculationItemTargetCalculation
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
        layout = layout_of(SalaryPayrollCalculationItemTargetCalculation, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_type_slug,) = fill(json_value, model)
    if value_type_slug is UNSET:  # what every optional field's converter returns for it
        model.type_slug = UNSET
    else:
        try:
            model.type_slug = _read_type_slug(value_type_slug, parse_ctx)
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
        model.__class__ = lazily_read_class(SalaryPayrollCalculationItemTargetCalculation)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = SalaryPayrollCalculationItemTargetCalculation
        del model._raw, model._context
    return model


SalaryPayrollCalculationItemTargetCalculation._lazy_fill = (_fill_plain, _fill_converted, _build)
