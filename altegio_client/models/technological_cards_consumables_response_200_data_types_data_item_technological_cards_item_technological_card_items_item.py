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
    from ..models.technological_cards_consumables_response_200_data_types_data_item_consumables_item_good import (
        TechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItemGood,
    )


T = TypeVar(
    "T",
    bound="TechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItemTechnologicalCardItemsItem",
)


@_attrs_define
class TechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItemTechnologicalCardItemsItem(
    LazyModel
):
    id: int | Unset = UNSET
    """ Consumable ID """
    technological_card_id: int | Unset = UNSET
    """ Dash ID """
    storage_id: int | Unset = UNSET
    """ Inventory ID """
    good_id: int | Unset = UNSET
    """ Item ID """
    amount: float | Unset = UNSET
    """ Quantity """
    price: float | Unset = UNSET
    """ Price """
    good: TechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItemGood | Unset = UNSET
    """ Product """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        technological_card_id = self.technological_card_id

        storage_id = self.storage_id

        good_id = self.good_id

        amount = self.amount

        price = self.price

        good: dict[str, Any] | Unset = UNSET
        if not isinstance(self.good, Unset):
            good = self.good.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if technological_card_id is not UNSET:
            field_dict["technological_card_id"] = technological_card_id
        if storage_id is not UNSET:
            field_dict["storage_id"] = storage_id
        if good_id is not UNSET:
            field_dict["good_id"] = good_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if price is not UNSET:
            field_dict["price"] = price
        if good is not UNSET:
            field_dict["good"] = good

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.technological_cards_consumables_response_200_data_types_data_item_consumables_item_good import (
            TechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItemGood,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        technological_card_id = d.pop("technological_card_id", UNSET)

        storage_id = d.pop("storage_id", UNSET)

        good_id = d.pop("good_id", UNSET)

        amount = d.pop("amount", UNSET)

        price = d.pop("price", UNSET)

        _good = d.pop("good", UNSET)
        good: TechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItemGood | Unset
        if isinstance(_good, Unset):
            good = UNSET
        else:
            good = TechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItemGood.from_dict(_good)

        technological_cards_consumables_response_200_data_types_data_item_technological_cards_item_technological_card_items_item = cls(
            id=id,
            technological_card_id=technological_card_id,
            storage_id=storage_id,
            good_id=good_id,
            amount=amount,
            price=price,
            good=good,
        )

        technological_cards_consumables_response_200_data_types_data_item_technological_cards_item_technological_card_items_item.additional_properties = d
        return technological_cards_consumables_response_200_data_types_data_item_technological_cards_item_technological_card_items_item

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


def _read_good(
    json_value: Any, parse_ctx: ParseContext
) -> TechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItemGood | Unset:
    TechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItemGood = MODEL_CLASSES.get(
        "altegio_client.models.technological_cards_consumables_response_200_data_types_data_item_consumables_item_good"
    ) or model_class(
        "altegio_client.models.technological_cards_consumables_response_200_data_types_data_item_consumables_item_good",
        "TechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItemGood",
    )

    _good = json_value
    good: TechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItemGood | Unset
    if isinstance(_good, Unset):
        good = UNSET
    else:
        good = TechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItemGood._lazy(_good, parse_ctx)

    return good


_DECLARED_KEYS = frozenset(
    {
        "id",
        "technological_card_id",
        "storage_id",
        "good_id",
        "amount",
        "price",
        "good",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


TechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItemTechnologicalCardItemsItem._lazy_fields = {
    "id": ("id", None, False),
    "technological_card_id": ("technological_card_id", None, False),
    "storage_id": ("storage_id", None, False),
    "good_id": ("good_id", None, False),
    "amount": ("amount", None, False),
    "price": ("price", None, False),
    "good": ("good", _read_good, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(
    model: TechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItemTechnologicalCardItemsItem,
    json_value: dict[str, Any],
) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.technological_card_id = get("technological_card_id", UNSET)
    model.storage_id = get("storage_id", UNSET)
    model.good_id = get("good_id", UNSET)
    model.amount = get("amount", UNSET)
    model.price = get("price", UNSET)


def _fill_converted(
    model: TechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItemTechnologicalCardItemsItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "good" not in done:
        value = get("good", UNSET)
        if value is UNSET:
            model.good = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.technological_cards_consumables_response_200_data_types_data_item_consumables_item_good"
            ) or model_builder(
                "altegio_client.models.technological_cards_consumables_response_200_data_types_data_item_consumables_item_good",
                "TechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItemGood",
            )
            try:
                model.good = build(value, parse_ctx)
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
    model: TechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItemTechnologicalCardItemsItem
    | None = None,
) -> TechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItemTechnologicalCardItemsItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return TechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItemTechnologicalCardItemsItem._lazy(
                json_value, parse_ctx
            )
        model = new_model(
            TechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItemTechnologicalCardItemsItem
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
        layout = layout_of(
            TechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItemTechnologicalCardItemsItem,
            keys,
        )
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_good,) = fill(json_value, model)
    if value_good is UNSET:
        model.good = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.technological_cards_consumables_response_200_data_types_data_item_consumables_item_good"
        ) or model_builder(
            "altegio_client.models.technological_cards_consumables_response_200_data_types_data_item_consumables_item_good",
            "TechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItemGood",
        )
        try:
            model.good = build(value_good, parse_ctx)
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
        model.__class__ = lazily_read_class(
            TechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItemTechnologicalCardItemsItem
        )
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = (
            TechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItemTechnologicalCardItemsItem
        )
        del model._raw, model._context
    return model


TechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItemTechnologicalCardItemsItem._lazy_fill = (
    _fill_plain,
    _fill_converted,
    _build,
)
