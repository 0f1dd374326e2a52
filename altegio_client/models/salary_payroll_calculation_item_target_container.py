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
from ..models.salary_payroll_calculation_item_target_container_target_type_slug import (
    SalaryPayrollCalculationItemTargetContainerTargetTypeSlug,
    check_salary_payroll_calculation_item_target_container_target_type_slug,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.salary_payroll_calculation_item_target_calculation import (
        SalaryPayrollCalculationItemTargetCalculation,
    )


T = TypeVar("T", bound="SalaryPayrollCalculationItemTargetContainer")


@_attrs_define
class SalaryPayrollCalculationItemTargetContainer(LazyModel):
    target_type_slug: SalaryPayrollCalculationItemTargetContainerTargetTypeSlug | Unset = UNSET
    """ Type of a target. """
    target_id: int | None | Unset = UNSET
    """ ID of a target. """
    title: str | Unset = UNSET
    """ Title of a target. """
    cost: int | None | str | Unset = UNSET
    """ Sale cost of a target. """
    net_cost: int | None | str | Unset = UNSET
    """ Net cost of a target. """
    salary_sum: int | None | str | Unset = UNSET
    """ Total calculated salary sum for a target. """
    salary_promotion_sum: int | None | str | Unset = UNSET
    """ Calculated salary sum for the promotion of a target. """
    salary_calculation: SalaryPayrollCalculationItemTargetCalculation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_type_slug: str | Unset = UNSET
        if not isinstance(self.target_type_slug, Unset):
            target_type_slug = self.target_type_slug

        target_id: int | None | Unset
        if isinstance(self.target_id, Unset):
            target_id = UNSET
        else:
            target_id = self.target_id

        title = self.title

        cost: int | None | str | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        net_cost: int | None | str | Unset
        if isinstance(self.net_cost, Unset):
            net_cost = UNSET
        else:
            net_cost = self.net_cost

        salary_sum: int | None | str | Unset
        if isinstance(self.salary_sum, Unset):
            salary_sum = UNSET
        else:
            salary_sum = self.salary_sum

        salary_promotion_sum: int | None | str | Unset
        if isinstance(self.salary_promotion_sum, Unset):
            salary_promotion_sum = UNSET
        else:
            salary_promotion_sum = self.salary_promotion_sum

        salary_calculation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salary_calculation, Unset):
            salary_calculation = self.salary_calculation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target_type_slug is not UNSET:
            field_dict["target_type_slug"] = target_type_slug
        if target_id is not UNSET:
            field_dict["target_id"] = target_id
        if title is not UNSET:
            field_dict["title"] = title
        if cost is not UNSET:
            field_dict["cost"] = cost
        if net_cost is not UNSET:
            field_dict["net_cost"] = net_cost
        if salary_sum is not UNSET:
            field_dict["salary_sum"] = salary_sum
        if salary_promotion_sum is not UNSET:
            field_dict["salary_promotion_sum"] = salary_promotion_sum
        if salary_calculation is not UNSET:
            field_dict["salary_calculation"] = salary_calculation

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.salary_payroll_calculation_item_target_calculation import (
            SalaryPayrollCalculationItemTargetCalculation,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _target_type_slug = d.pop("target_type_slug", UNSET)
        target_type_slug: SalaryPayrollCalculationItemTargetContainerTargetTypeSlug | Unset
        if isinstance(_target_type_slug, Unset):
            target_type_slug = UNSET
        else:
            target_type_slug = check_salary_payroll_calculation_item_target_container_target_type_slug(
                _target_type_slug
            )

        def _parse_target_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        target_id = _parse_target_id(d.pop("target_id", UNSET))

        title = d.pop("title", UNSET)

        def _parse_cost(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        cost = _parse_cost(d.pop("cost", UNSET))

        def _parse_net_cost(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        net_cost = _parse_net_cost(d.pop("net_cost", UNSET))

        def _parse_salary_sum(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        salary_sum = _parse_salary_sum(d.pop("salary_sum", UNSET))

        def _parse_salary_promotion_sum(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        salary_promotion_sum = _parse_salary_promotion_sum(d.pop("salary_promotion_sum", UNSET))

        _salary_calculation = d.pop("salary_calculation", UNSET)
        salary_calculation: SalaryPayrollCalculationItemTargetCalculation | Unset
        if isinstance(_salary_calculation, Unset):
            salary_calculation = UNSET
        else:
            salary_calculation = SalaryPayrollCalculationItemTargetCalculation.from_dict(_salary_calculation)

        salary_payroll_calculation_item_target_container = cls(
            target_type_slug=target_type_slug,
            target_id=target_id,
            title=title,
            cost=cost,
            net_cost=net_cost,
            salary_sum=salary_sum,
            salary_promotion_sum=salary_promotion_sum,
            salary_calculation=salary_calculation,
        )

        salary_payroll_calculation_item_target_container.additional_properties = d
        return salary_payroll_calculation_item_target_container

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


def _read_target_type_slug(
    json_value: Any, parse_ctx: ParseContext
) -> SalaryPayrollCalculationItemTargetContainerTargetTypeSlug | Unset:

    _target_type_slug = json_value
    target_type_slug: SalaryPayrollCalculationItemTargetContainerTargetTypeSlug | Unset
    if isinstance(_target_type_slug, Unset):
        target_type_slug = UNSET
    else:
        target_type_slug = check_salary_payroll_calculation_item_target_container_target_type_slug(_target_type_slug)

    return target_type_slug


def _read_salary_calculation(
    json_value: Any, parse_ctx: ParseContext
) -> SalaryPayrollCalculationItemTargetCalculation | Unset:
    SalaryPayrollCalculationItemTargetCalculation = MODEL_CLASSES.get(
        "altegio_client.models.salary_payroll_calculation_item_target_calculation"
    ) or model_class(
        "altegio_client.models.salary_payroll_calculation_item_target_calculation",
        "SalaryPayrollCalculationItemTargetCalculation",
    )

    _salary_calculation = json_value
    salary_calculation: SalaryPayrollCalculationItemTargetCalculation | Unset
    if isinstance(_salary_calculation, Unset):
        salary_calculation = UNSET
    else:
        salary_calculation = SalaryPayrollCalculationItemTargetCalculation._lazy(_salary_calculation, parse_ctx)

    return salary_calculation


_DECLARED_KEYS = frozenset(
    {
        "target_type_slug",
        "target_id",
        "title",
        "cost",
        "net_cost",
        "salary_sum",
        "salary_promotion_sum",
        "salary_calculation",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


SalaryPayrollCalculationItemTargetContainer._lazy_fields = {
    "target_type_slug": ("target_type_slug", _read_target_type_slug, False),
    "target_id": ("target_id", None, False),
    "title": ("title", None, False),
    "cost": ("cost", None, False),
    "net_cost": ("net_cost", None, False),
    "salary_sum": ("salary_sum", None, False),
    "salary_promotion_sum": ("salary_promotion_sum", None, False),
    "salary_calculation": ("salary_calculation", _read_salary_calculation, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: SalaryPayrollCalculationItemTargetContainer, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.target_id = get("target_id", UNSET)
    model.title = get("title", UNSET)
    model.cost = get("cost", UNSET)
    model.net_cost = get("net_cost", UNSET)
    model.salary_sum = get("salary_sum", UNSET)
    model.salary_promotion_sum = get("salary_promotion_sum", UNSET)


def _fill_converted(
    model: SalaryPayrollCalculationItemTargetContainer,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "target_type_slug" not in done:
        value = get("target_type_slug", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.target_type_slug = UNSET
        else:
            try:
                model.target_type_slug = _read_target_type_slug(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "salary_calculation" not in done:
        value = get("salary_calculation", UNSET)
        if value is UNSET:
            model.salary_calculation = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.salary_payroll_calculation_item_target_calculation"
            ) or model_builder(
                "altegio_client.models.salary_payroll_calculation_item_target_calculation",
                "SalaryPayrollCalculationItemTargetCalculation",
            )
            try:
                model.salary_calculation = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: SalaryPayrollCalculationItemTargetContainer | None = None
) -> SalaryPayrollCalculationItemTargetContainer:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return SalaryPayrollCalculationItemTargetContainer._lazy(json_value, parse_ctx)
        model = new_model(
            SalaryPayrollCalculationItemTargetContainer
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
        layout = layout_of(SalaryPayrollCalculationItemTargetContainer, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_target_type_slug, value_salary_calculation = fill(json_value, model)
    if value_target_type_slug is UNSET:  # what every optional field's converter returns for it
        model.target_type_slug = UNSET
    else:
        try:
            model.target_type_slug = _read_target_type_slug(value_target_type_slug, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_salary_calculation is UNSET:
        model.salary_calculation = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.salary_payroll_calculation_item_target_calculation"
        ) or model_builder(
            "altegio_client.models.salary_payroll_calculation_item_target_calculation",
            "SalaryPayrollCalculationItemTargetCalculation",
        )
        try:
            model.salary_calculation = build(value_salary_calculation, parse_ctx)
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
        model.__class__ = lazily_read_class(SalaryPayrollCalculationItemTargetContainer)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = SalaryPayrollCalculationItemTargetContainer
        del model._raw, model._context
    return model


SalaryPayrollCalculationItemTargetContainer._lazy_fill = (_fill_plain, _fill_converted, _build)
