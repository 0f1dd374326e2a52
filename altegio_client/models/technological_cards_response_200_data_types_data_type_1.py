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
    from ..models.technological_cards_response_200_data_types_data_type_1_technological_card_items_item import (
        TechnologicalCardsResponse200DataTypesDataType1TechnologicalCardItemsItem,
    )


T = TypeVar("T", bound="TechnologicalCardsResponse200DataTypesDataType1")


@_attrs_define
class TechnologicalCardsResponse200DataTypesDataType1(LazyModel):
    id: int | Unset = UNSET
    """ Tech ID. cards """
    title: str | Unset = UNSET
    """ The name of those cards """
    technological_card_items: (
        list[TechnologicalCardsResponse200DataTypesDataType1TechnologicalCardItemsItem] | Unset
    ) = UNSET
    """ List of consumables kart """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        technological_card_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.technological_card_items, Unset):
            technological_card_items = []
            for technological_card_items_item_data in self.technological_card_items:
                technological_card_items_item = technological_card_items_item_data.to_dict()
                technological_card_items.append(technological_card_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if technological_card_items is not UNSET:
            field_dict["technological_card_items"] = technological_card_items

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.technological_cards_response_200_data_types_data_type_1_technological_card_items_item import (
            TechnologicalCardsResponse200DataTypesDataType1TechnologicalCardItemsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        _technological_card_items = d.pop("technological_card_items", UNSET)
        technological_card_items: (
            list[TechnologicalCardsResponse200DataTypesDataType1TechnologicalCardItemsItem] | Unset
        ) = UNSET
        if _technological_card_items is not UNSET:
            technological_card_items = []
            for technological_card_items_item_data in _technological_card_items:
                technological_card_items_item = (
                    TechnologicalCardsResponse200DataTypesDataType1TechnologicalCardItemsItem.from_dict(
                        technological_card_items_item_data
                    )
                )

                technological_card_items.append(technological_card_items_item)

        technological_cards_response_200_data_types_data_type_1 = cls(
            id=id,
            title=title,
            technological_card_items=technological_card_items,
        )

        technological_cards_response_200_data_types_data_type_1.additional_properties = d
        return technological_cards_response_200_data_types_data_type_1

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


def _read_technological_card_items(
    json_value: Any, parse_ctx: ParseContext
) -> list[TechnologicalCardsResponse200DataTypesDataType1TechnologicalCardItemsItem] | Unset:
    TechnologicalCardsResponse200DataTypesDataType1TechnologicalCardItemsItem = MODEL_CLASSES.get(
        "altegio_client.models.technological_cards_response_200_data_types_data_type_1_technological_card_items_item"
    ) or model_class(
        "altegio_client.models.technological_cards_response_200_data_types_data_type_1_technological_card_items_item",
        "TechnologicalCardsResponse200DataTypesDataType1TechnologicalCardItemsItem",
    )

    _technological_card_items = json_value
    technological_card_items: (
        list[TechnologicalCardsResponse200DataTypesDataType1TechnologicalCardItemsItem] | Unset
    ) = UNSET
    if _technological_card_items is not UNSET:
        technological_card_items = TechnologicalCardsResponse200DataTypesDataType1TechnologicalCardItemsItem._lazy_list(
            _technological_card_items, parse_ctx
        )

    return technological_card_items


_DECLARED_KEYS = frozenset(
    {
        "id",
        "title",
        "technological_card_items",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


TechnologicalCardsResponse200DataTypesDataType1._lazy_fields = {
    "id": ("id", None, False),
    "title": ("title", None, False),
    "technological_card_items": ("technological_card_items", _read_technological_card_items, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: TechnologicalCardsResponse200DataTypesDataType1, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.title = get("title", UNSET)


def _fill_converted(
    model: TechnologicalCardsResponse200DataTypesDataType1,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "technological_card_items" not in done:
        value = get("technological_card_items", UNSET)
        if value is UNSET:
            model.technological_card_items = UNSET
        elif value == []:
            model.technological_card_items = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.technological_cards_response_200_data_types_data_type_1_technological_card_items_item"
            ) or model_builder(
                "altegio_client.models.technological_cards_response_200_data_types_data_type_1_technological_card_items_item",
                "TechnologicalCardsResponse200DataTypesDataType1TechnologicalCardItemsItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.technological_card_items = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: TechnologicalCardsResponse200DataTypesDataType1 | None = None
) -> TechnologicalCardsResponse200DataTypesDataType1:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return TechnologicalCardsResponse200DataTypesDataType1._lazy(json_value, parse_ctx)
        model = new_model(
            TechnologicalCardsResponse200DataTypesDataType1
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
        layout = layout_of(TechnologicalCardsResponse200DataTypesDataType1, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_technological_card_items,) = fill(json_value, model)
    if value_technological_card_items is UNSET:
        model.technological_card_items = UNSET
    elif value_technological_card_items == []:
        model.technological_card_items = (
            value_technological_card_items  # the JSON's own empty list: one allocation fewer
        )
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.technological_cards_response_200_data_types_data_type_1_technological_card_items_item"
        ) or model_builder(
            "altegio_client.models.technological_cards_response_200_data_types_data_type_1_technological_card_items_item",
            "TechnologicalCardsResponse200DataTypesDataType1TechnologicalCardItemsItem",
        )
        try:
            if _builtins.type(value_technological_card_items) is not list:
                raise TypeError
            model.technological_card_items = [build(item, parse_ctx) for item in value_technological_card_items]
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
        model.__class__ = lazily_read_class(TechnologicalCardsResponse200DataTypesDataType1)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = TechnologicalCardsResponse200DataTypesDataType1
        del model._raw, model._context
    return model


TechnologicalCardsResponse200DataTypesDataType1._lazy_fill = (_fill_plain, _fill_converted, _build)
