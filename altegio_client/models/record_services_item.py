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
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordServicesItem")


@_attrs_define
class RecordServicesItem(LazyModel):
    id: int | Unset = UNSET
    title: str | Unset = UNSET
    cost: float | Unset = UNSET
    cost_to_pay: float | Unset = UNSET
    manual_cost: float | Unset = UNSET
    cost_per_unit: float | Unset = UNSET
    discount: float | Unset = UNSET
    first_cost: float | Unset = UNSET
    amount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        cost = self.cost

        cost_to_pay = self.cost_to_pay

        manual_cost = self.manual_cost

        cost_per_unit = self.cost_per_unit

        discount = self.discount

        first_cost = self.first_cost

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if cost is not UNSET:
            field_dict["cost"] = cost
        if cost_to_pay is not UNSET:
            field_dict["cost_to_pay"] = cost_to_pay
        if manual_cost is not UNSET:
            field_dict["manual_cost"] = manual_cost
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = cost_per_unit
        if discount is not UNSET:
            field_dict["discount"] = discount
        if first_cost is not UNSET:
            field_dict["first_cost"] = first_cost
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        cost = d.pop("cost", UNSET)

        cost_to_pay = d.pop("cost_to_pay", UNSET)

        manual_cost = d.pop("manual_cost", UNSET)

        cost_per_unit = d.pop("cost_per_unit", UNSET)

        discount = d.pop("discount", UNSET)

        first_cost = d.pop("first_cost", UNSET)

        amount = d.pop("amount", UNSET)

        record_services_item = cls(
            id=id,
            title=title,
            cost=cost,
            cost_to_pay=cost_to_pay,
            manual_cost=manual_cost,
            cost_per_unit=cost_per_unit,
            discount=discount,
            first_cost=first_cost,
            amount=amount,
        )

        record_services_item.additional_properties = d
        return record_services_item

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
        "id",
        "title",
        "cost",
        "cost_to_pay",
        "manual_cost",
        "cost_per_unit",
        "discount",
        "first_cost",
        "amount",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


RecordServicesItem._lazy_fields = {
    "id": ("id", None, False),
    "title": ("title", None, False),
    "cost": ("cost", None, False),
    "cost_to_pay": ("cost_to_pay", None, False),
    "manual_cost": ("manual_cost", None, False),
    "cost_per_unit": ("cost_per_unit", None, False),
    "discount": ("discount", None, False),
    "first_cost": ("first_cost", None, False),
    "amount": ("amount", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: RecordServicesItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.title = get("title", UNSET)
    model.cost = get("cost", UNSET)
    model.cost_to_pay = get("cost_to_pay", UNSET)
    model.manual_cost = get("manual_cost", UNSET)
    model.cost_per_unit = get("cost_per_unit", UNSET)
    model.discount = get("discount", UNSET)
    model.first_cost = get("first_cost", UNSET)
    model.amount = get("amount", UNSET)


def _fill_converted(
    model: RecordServicesItem, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: RecordServicesItem | None = None) -> RecordServicesItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return RecordServicesItem._lazy(json_value, parse_ctx)
        model = new_model(RecordServicesItem)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(RecordServicesItem, keys)
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
        model.__class__ = lazily_read_class(RecordServicesItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = RecordServicesItem
        del model._raw, model._context
    return model


RecordServicesItem._lazy_fill = (_fill_plain, _fill_converted, _build)
