from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._codegen import (
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    new_model,
)

T = TypeVar("T", bound="StorageAmountResourceAttributes")


@_attrs_define
class StorageAmountResourceAttributes(LazyModel):
    good_id: int
    """ Product ID """
    storage_id: int
    """ Storage ID """
    sale_amount: float
    """ Available amount measured in Sale Units """
    consumable_amount: float
    """ Available amount measured in Consumable Units """

    def to_dict(self) -> dict[str, Any]:
        good_id = self.good_id

        storage_id = self.storage_id

        sale_amount = self.sale_amount

        consumable_amount = self.consumable_amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "good_id": good_id,
                "storage_id": storage_id,
                "sale_amount": sale_amount,
                "consumable_amount": consumable_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        good_id = d.pop("good_id")

        storage_id = d.pop("storage_id")

        sale_amount = d.pop("sale_amount")

        consumable_amount = d.pop("consumable_amount")

        storage_amount_resource_attributes = cls(
            good_id=good_id,
            storage_id=storage_id,
            sale_amount=sale_amount,
            consumable_amount=consumable_amount,
        )

        return storage_amount_resource_attributes


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


StorageAmountResourceAttributes._lazy_fields = {
    "good_id": ("good_id", None, True),
    "storage_id": ("storage_id", None, True),
    "sale_amount": ("sale_amount", None, True),
    "consumable_amount": ("consumable_amount", None, True),
}


def _fill_plain(model: StorageAmountResourceAttributes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "good_id" in json_value:
        model.good_id = json_value["good_id"]
    if "storage_id" in json_value:
        model.storage_id = json_value["storage_id"]
    if "sale_amount" in json_value:
        model.sale_amount = json_value["sale_amount"]
    if "consumable_amount" in json_value:
        model.consumable_amount = json_value["consumable_amount"]


def _fill_converted(
    model: StorageAmountResourceAttributes, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: StorageAmountResourceAttributes | None = None
) -> StorageAmountResourceAttributes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return StorageAmountResourceAttributes._lazy(json_value, parse_ctx)
        model = new_model(
            StorageAmountResourceAttributes
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
        layout = layout_of(StorageAmountResourceAttributes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(StorageAmountResourceAttributes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = StorageAmountResourceAttributes
        del model._raw, model._context
    return model


StorageAmountResourceAttributes._lazy_fill = (_fill_plain, _fill_converted, _build)
