from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .._codegen import (
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    new_model,
)

T = TypeVar("T", bound="ProductResourceAttributes")


@_attrs_define
class ProductResourceAttributes(LazyModel):
    category_id: int
    """ Product Category ID """
    title: str
    """ Product name """
    sale_unit_id: int
    """ Sale Unit ID """
    consumable_unit_id: int
    """ Consumable Unit ID """
    sale_unit_to_consumable_unit_ratio: float
    """ Number of Consumable Units in one Sale Unit """
    loyalty_abonement_type_id: int | None
    """ Membership type ID, when the Product represents a membership """
    loyalty_certificate_type_id: int | None
    """ Certificate type ID, when the Product represents a certificate """
    cost: float
    """ Product sale price """
    actual_cost: float | None
    """ Current Product cost when `actual_cost` is requested and the Business
    User has permission to view it; otherwise `null`.
     """
    is_chain: bool
    """ Whether the Product belongs to the Chain catalog """

    def to_dict(self) -> dict[str, Any]:
        category_id = self.category_id

        title = self.title

        sale_unit_id = self.sale_unit_id

        consumable_unit_id = self.consumable_unit_id

        sale_unit_to_consumable_unit_ratio = self.sale_unit_to_consumable_unit_ratio

        loyalty_abonement_type_id: int | None
        loyalty_abonement_type_id = self.loyalty_abonement_type_id

        loyalty_certificate_type_id: int | None
        loyalty_certificate_type_id = self.loyalty_certificate_type_id

        cost = self.cost

        actual_cost: float | None
        actual_cost = self.actual_cost

        is_chain = self.is_chain

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "category_id": category_id,
                "title": title,
                "sale_unit_id": sale_unit_id,
                "consumable_unit_id": consumable_unit_id,
                "sale_unit_to_consumable_unit_ratio": sale_unit_to_consumable_unit_ratio,
                "loyalty_abonement_type_id": loyalty_abonement_type_id,
                "loyalty_certificate_type_id": loyalty_certificate_type_id,
                "cost": cost,
                "actual_cost": actual_cost,
                "is_chain": is_chain,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category_id = d.pop("category_id")

        title = d.pop("title")

        sale_unit_id = d.pop("sale_unit_id")

        consumable_unit_id = d.pop("consumable_unit_id")

        sale_unit_to_consumable_unit_ratio = d.pop("sale_unit_to_consumable_unit_ratio")

        def _parse_loyalty_abonement_type_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        loyalty_abonement_type_id = _parse_loyalty_abonement_type_id(d.pop("loyalty_abonement_type_id"))

        def _parse_loyalty_certificate_type_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        loyalty_certificate_type_id = _parse_loyalty_certificate_type_id(d.pop("loyalty_certificate_type_id"))

        cost = d.pop("cost")

        def _parse_actual_cost(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        actual_cost = _parse_actual_cost(d.pop("actual_cost"))

        is_chain = d.pop("is_chain")

        product_resource_attributes = cls(
            category_id=category_id,
            title=title,
            sale_unit_id=sale_unit_id,
            consumable_unit_id=consumable_unit_id,
            sale_unit_to_consumable_unit_ratio=sale_unit_to_consumable_unit_ratio,
            loyalty_abonement_type_id=loyalty_abonement_type_id,
            loyalty_certificate_type_id=loyalty_certificate_type_id,
            cost=cost,
            actual_cost=actual_cost,
            is_chain=is_chain,
        )

        return product_resource_attributes


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ProductResourceAttributes._lazy_fields = {
    "category_id": ("category_id", None, True),
    "title": ("title", None, True),
    "sale_unit_id": ("sale_unit_id", None, True),
    "consumable_unit_id": ("consumable_unit_id", None, True),
    "sale_unit_to_consumable_unit_ratio": ("sale_unit_to_consumable_unit_ratio", None, True),
    "loyalty_abonement_type_id": ("loyalty_abonement_type_id", None, True),
    "loyalty_certificate_type_id": ("loyalty_certificate_type_id", None, True),
    "cost": ("cost", None, True),
    "actual_cost": ("actual_cost", None, True),
    "is_chain": ("is_chain", None, True),
}


def _fill_plain(model: ProductResourceAttributes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "category_id" in json_value:
        model.category_id = json_value["category_id"]
    if "title" in json_value:
        model.title = json_value["title"]
    if "sale_unit_id" in json_value:
        model.sale_unit_id = json_value["sale_unit_id"]
    if "consumable_unit_id" in json_value:
        model.consumable_unit_id = json_value["consumable_unit_id"]
    if "sale_unit_to_consumable_unit_ratio" in json_value:
        model.sale_unit_to_consumable_unit_ratio = json_value["sale_unit_to_consumable_unit_ratio"]
    if "loyalty_abonement_type_id" in json_value:
        model.loyalty_abonement_type_id = json_value["loyalty_abonement_type_id"]
    if "loyalty_certificate_type_id" in json_value:
        model.loyalty_certificate_type_id = json_value["loyalty_certificate_type_id"]
    if "cost" in json_value:
        model.cost = json_value["cost"]
    if "actual_cost" in json_value:
        model.actual_cost = json_value["actual_cost"]
    if "is_chain" in json_value:
        model.is_chain = json_value["is_chain"]


def _fill_converted(
    model: ProductResourceAttributes, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ProductResourceAttributes | None = None
) -> ProductResourceAttributes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ProductResourceAttributes._lazy(json_value, parse_ctx)
        model = new_model(ProductResourceAttributes)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(ProductResourceAttributes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(ProductResourceAttributes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ProductResourceAttributes
        del model._raw, model._context
    return model


ProductResourceAttributes._lazy_fill = (_fill_plain, _fill_converted, _build)
