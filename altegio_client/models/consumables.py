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
    from ..models.consumables_consumables_item import ConsumablesConsumablesItem


T = TypeVar("T", bound="Consumables")


@_attrs_define
class Consumables(LazyModel):
    consumables: list[ConsumablesConsumablesItem] | Unset = UNSET
    """ List of consumables """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        consumables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.consumables, Unset):
            consumables = []
            for consumables_item_data in self.consumables:
                consumables_item = consumables_item_data.to_dict()
                consumables.append(consumables_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if consumables is not UNSET:
            field_dict["consumables"] = consumables

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.consumables_consumables_item import ConsumablesConsumablesItem  # noqa: PLC0415

        d = dict(src_dict)
        _consumables = d.pop("consumables", UNSET)
        consumables: list[ConsumablesConsumablesItem] | Unset = UNSET
        if _consumables is not UNSET:
            consumables = []
            for consumables_item_data in _consumables:
                consumables_item = ConsumablesConsumablesItem.from_dict(consumables_item_data)

                consumables.append(consumables_item)

        consumables = cls(
            consumables=consumables,
        )

        consumables.additional_properties = d
        return consumables

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


def _read_consumables(json_value: Any, parse_ctx: ParseContext) -> list[ConsumablesConsumablesItem] | Unset:
    ConsumablesConsumablesItem = MODEL_CLASSES.get("altegio_client.models.consumables_consumables_item") or model_class(
        "altegio_client.models.consumables_consumables_item", "ConsumablesConsumablesItem"
    )

    _consumables = json_value
    consumables: list[ConsumablesConsumablesItem] | Unset = UNSET
    if _consumables is not UNSET:
        consumables = ConsumablesConsumablesItem._lazy_list(_consumables, parse_ctx)

    return consumables


_DECLARED_KEYS = frozenset(
    {
        "consumables",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


Consumables._lazy_fields = {
    "consumables": ("consumables", _read_consumables, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: Consumables, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: Consumables, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "consumables" not in done:
        value = get("consumables", UNSET)
        if value is UNSET:
            model.consumables = UNSET
        elif value == []:
            model.consumables = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.consumables_consumables_item") or model_builder(
                "altegio_client.models.consumables_consumables_item", "ConsumablesConsumablesItem"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.consumables = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: Consumables | None = None) -> Consumables:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return Consumables._lazy(json_value, parse_ctx)
        model = new_model(Consumables)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(Consumables, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_consumables,) = fill(json_value, model)
    if value_consumables is UNSET:
        model.consumables = UNSET
    elif value_consumables == []:
        model.consumables = value_consumables  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.consumables_consumables_item") or model_builder(
            "altegio_client.models.consumables_consumables_item", "ConsumablesConsumablesItem"
        )
        try:
            if _builtins.type(value_consumables) is not list:
                raise TypeError
            model.consumables = [build(item, parse_ctx) for item in value_consumables]
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
        model.__class__ = lazily_read_class(Consumables)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = Consumables
        del model._raw, model._context
    return model


Consumables._lazy_fill = (_fill_plain, _fill_converted, _build)
