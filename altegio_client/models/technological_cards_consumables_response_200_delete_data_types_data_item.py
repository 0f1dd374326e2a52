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
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="TechnologicalCardsConsumablesResponse200DeleteDataTypesDataItem")


@_attrs_define
class TechnologicalCardsConsumablesResponse200DeleteDataTypesDataItem(LazyModel):
    service_id: int | Unset = UNSET
    """ Service ID """
    record_id: int | Unset = UNSET
    """ Appointment ID """
    technological_cards: list[JsonObject] | Unset = UNSET
    """ Array of technological maps """
    consumables: list[JsonObject] | Unset = UNSET
    """ Consumables """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        record_id = self.record_id

        technological_cards: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.technological_cards, Unset):
            technological_cards = []
            for technological_cards_item_data in self.technological_cards:
                technological_cards_item = technological_cards_item_data.to_dict()
                technological_cards.append(technological_cards_item)

        consumables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.consumables, Unset):
            consumables = []
            for consumables_item_data in self.consumables:
                consumables_item = consumables_item_data.to_dict()
                consumables.append(consumables_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if technological_cards is not UNSET:
            field_dict["technological_cards"] = technological_cards
        if consumables is not UNSET:
            field_dict["consumables"] = consumables

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        service_id = d.pop("service_id", UNSET)

        record_id = d.pop("record_id", UNSET)

        _technological_cards = d.pop("technological_cards", UNSET)
        technological_cards: list[JsonObject] | Unset = UNSET
        if _technological_cards is not UNSET:
            technological_cards = []
            for technological_cards_item_data in _technological_cards:
                technological_cards_item = JsonObject.from_dict(technological_cards_item_data)

                technological_cards.append(technological_cards_item)

        _consumables = d.pop("consumables", UNSET)
        consumables: list[JsonObject] | Unset = UNSET
        if _consumables is not UNSET:
            consumables = []
            for consumables_item_data in _consumables:
                consumables_item = JsonObject.from_dict(consumables_item_data)

                consumables.append(consumables_item)

        technological_cards_consumables_response_200_delete_data_types_data_item = cls(
            service_id=service_id,
            record_id=record_id,
            technological_cards=technological_cards,
            consumables=consumables,
        )

        technological_cards_consumables_response_200_delete_data_types_data_item.additional_properties = d
        return technological_cards_consumables_response_200_delete_data_types_data_item

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


def _read_technological_cards(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _technological_cards = json_value
    technological_cards: list[JsonObject] | Unset = UNSET
    if _technological_cards is not UNSET:
        technological_cards = JsonObject._lazy_list(_technological_cards, parse_ctx)

    return technological_cards


def _read_consumables(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _consumables = json_value
    consumables: list[JsonObject] | Unset = UNSET
    if _consumables is not UNSET:
        consumables = JsonObject._lazy_list(_consumables, parse_ctx)

    return consumables


_DECLARED_KEYS = frozenset(
    {
        "service_id",
        "record_id",
        "technological_cards",
        "consumables",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


TechnologicalCardsConsumablesResponse200DeleteDataTypesDataItem._lazy_fields = {
    "service_id": ("service_id", None, False),
    "record_id": ("record_id", None, False),
    "technological_cards": ("technological_cards", _read_technological_cards, False),
    "consumables": ("consumables", _read_consumables, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(
    model: TechnologicalCardsConsumablesResponse200DeleteDataTypesDataItem, json_value: dict[str, Any]
) -> None:
    get = json_value.get
    model.service_id = get("service_id", UNSET)
    model.record_id = get("record_id", UNSET)


def _fill_converted(
    model: TechnologicalCardsConsumablesResponse200DeleteDataTypesDataItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "technological_cards" not in done:
        value = get("technological_cards", UNSET)
        if value is UNSET:
            model.technological_cards = UNSET
        elif value == []:
            model.technological_cards = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.technological_cards = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "consumables" not in done:
        value = get("consumables", UNSET)
        if value is UNSET:
            model.consumables = UNSET
        elif value == []:
            model.consumables = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
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


def _build(
    json_value: Any,
    parse_ctx: ParseContext,
    model: TechnologicalCardsConsumablesResponse200DeleteDataTypesDataItem | None = None,
) -> TechnologicalCardsConsumablesResponse200DeleteDataTypesDataItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return TechnologicalCardsConsumablesResponse200DeleteDataTypesDataItem._lazy(json_value, parse_ctx)
        model = new_model(
            TechnologicalCardsConsumablesResponse200DeleteDataTypesDataItem
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
        layout = layout_of(TechnologicalCardsConsumablesResponse200DeleteDataTypesDataItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_technological_cards, value_consumables = fill(json_value, model)
    if value_technological_cards is UNSET:
        model.technological_cards = UNSET
    elif value_technological_cards == []:
        model.technological_cards = value_technological_cards  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
        )
        try:
            if _builtins.type(value_technological_cards) is not list:
                raise TypeError
            model.technological_cards = [build(item, parse_ctx) for item in value_technological_cards]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_consumables is UNSET:
        model.consumables = UNSET
    elif value_consumables == []:
        model.consumables = value_consumables  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
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
        model.__class__ = lazily_read_class(TechnologicalCardsConsumablesResponse200DeleteDataTypesDataItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = TechnologicalCardsConsumablesResponse200DeleteDataTypesDataItem
        del model._raw, model._context
    return model


TechnologicalCardsConsumablesResponse200DeleteDataTypesDataItem._lazy_fill = (_fill_plain, _fill_converted, _build)
