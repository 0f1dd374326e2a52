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


T = TypeVar("T", bound="SalaryStaffPeriod")


@_attrs_define
class SalaryStaffPeriod(LazyModel):
    """Payroll for a period for a specific team member."""

    working_days_count: int | Unset = UNSET
    """ Number of working days. """
    working_hours_count: int | Unset = UNSET
    """ Number of working hours. """
    group_services_count: int | Unset = UNSET
    """ Number of group services provided. """
    services_count: int | Unset = UNSET
    """ Number of services provided. """
    services_sum: int | str | Unset = UNSET
    """ The cost of services provided. """
    goods_sales_count: int | Unset = UNSET
    """ Number of products sold. """
    goods_sales_sum: int | str | Unset = UNSET
    """ Cost of products sold. """
    total_sum: int | str | Unset = UNSET
    """ Total cost. """
    salary: int | str | Unset = UNSET
    """ Salary. """
    currency: Currency | Unset = UNSET
    """ Currency """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        working_days_count = self.working_days_count

        working_hours_count = self.working_hours_count

        group_services_count = self.group_services_count

        services_count = self.services_count

        services_sum: int | str | Unset
        if isinstance(self.services_sum, Unset):
            services_sum = UNSET
        else:
            services_sum = self.services_sum

        goods_sales_count = self.goods_sales_count

        goods_sales_sum: int | str | Unset
        if isinstance(self.goods_sales_sum, Unset):
            goods_sales_sum = UNSET
        else:
            goods_sales_sum = self.goods_sales_sum

        total_sum: int | str | Unset
        if isinstance(self.total_sum, Unset):
            total_sum = UNSET
        else:
            total_sum = self.total_sum

        salary: int | str | Unset
        if isinstance(self.salary, Unset):
            salary = UNSET
        else:
            salary = self.salary

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if working_days_count is not UNSET:
            field_dict["working_days_count"] = working_days_count
        if working_hours_count is not UNSET:
            field_dict["working_hours_count"] = working_hours_count
        if group_services_count is not UNSET:
            field_dict["group_services_count"] = group_services_count
        if services_count is not UNSET:
            field_dict["services_count"] = services_count
        if services_sum is not UNSET:
            field_dict["services_sum"] = services_sum
        if goods_sales_count is not UNSET:
            field_dict["goods_sales_count"] = goods_sales_count
        if goods_sales_sum is not UNSET:
            field_dict["goods_sales_sum"] = goods_sales_sum
        if total_sum is not UNSET:
            field_dict["total_sum"] = total_sum
        if salary is not UNSET:
            field_dict["salary"] = salary
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency import Currency  # noqa: PLC0415

        d = dict(src_dict)
        working_days_count = d.pop("working_days_count", UNSET)

        working_hours_count = d.pop("working_hours_count", UNSET)

        group_services_count = d.pop("group_services_count", UNSET)

        services_count = d.pop("services_count", UNSET)

        def _parse_services_sum(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        services_sum = _parse_services_sum(d.pop("services_sum", UNSET))

        goods_sales_count = d.pop("goods_sales_count", UNSET)

        def _parse_goods_sales_sum(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        goods_sales_sum = _parse_goods_sales_sum(d.pop("goods_sales_sum", UNSET))

        def _parse_total_sum(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        total_sum = _parse_total_sum(d.pop("total_sum", UNSET))

        def _parse_salary(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        salary = _parse_salary(d.pop("salary", UNSET))

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        salary_staff_period = cls(
            working_days_count=working_days_count,
            working_hours_count=working_hours_count,
            group_services_count=group_services_count,
            services_count=services_count,
            services_sum=services_sum,
            goods_sales_count=goods_sales_count,
            goods_sales_sum=goods_sales_sum,
            total_sum=total_sum,
            salary=salary,
            currency=currency,
        )

        salary_staff_period.additional_properties = d
        return salary_staff_period

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
        "working_days_count",
        "working_hours_count",
        "group_services_count",
        "services_count",
        "services_sum",
        "goods_sales_count",
        "goods_sales_sum",
        "total_sum",
        "salary",
        "currency",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


SalaryStaffPeriod._lazy_fields = {
    "working_days_count": ("working_days_count", None, False),
    "working_hours_count": ("working_hours_count", None, False),
    "group_services_count": ("group_services_count", None, False),
    "services_count": ("services_count", None, False),
    "services_sum": ("services_sum", None, False),
    "goods_sales_count": ("goods_sales_count", None, False),
    "goods_sales_sum": ("goods_sales_sum", None, False),
    "total_sum": ("total_sum", None, False),
    "salary": ("salary", None, False),
    "currency": ("currency", _read_currency, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: SalaryStaffPeriod, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.working_days_count = get("working_days_count", UNSET)
    model.working_hours_count = get("working_hours_count", UNSET)
    model.group_services_count = get("group_services_count", UNSET)
    model.services_count = get("services_count", UNSET)
    model.services_sum = get("services_sum", UNSET)
    model.goods_sales_count = get("goods_sales_count", UNSET)
    model.goods_sales_sum = get("goods_sales_sum", UNSET)
    model.total_sum = get("total_sum", UNSET)
    model.salary = get("salary", UNSET)


def _fill_converted(
    model: SalaryStaffPeriod, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
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


def _build(json_value: Any, parse_ctx: ParseContext, model: SalaryStaffPeriod | None = None) -> SalaryStaffPeriod:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return SalaryStaffPeriod._lazy(json_value, parse_ctx)
        model = new_model(SalaryStaffPeriod)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(SalaryStaffPeriod, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_currency,) = fill(json_value, model)
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
        model.__class__ = lazily_read_class(SalaryStaffPeriod)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = SalaryStaffPeriod
        del model._raw, model._context
    return model


SalaryStaffPeriod._lazy_fill = (_fill_plain, _fill_converted, _build)
