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
    from ..models.loyalty_cards_response_data_types_programs_item_loyalty_type import (
        LoyaltyCardsResponseDataTypesProgramsItemLoyaltyType,
    )
    from ..models.loyalty_cards_response_data_types_programs_item_rules_item import (
        LoyaltyCardsResponseDataTypesProgramsItemRulesItem,
    )


T = TypeVar("T", bound="LoyaltyCardsResponseDataTypesProgramsItem")


@_attrs_define
class LoyaltyCardsResponseDataTypesProgramsItem(LazyModel):
    id: int | Unset = UNSET
    """ Promotion ID """
    title: str | Unset = UNSET
    """ Share name """
    value: int | Unset = UNSET
    """ The value from which the rule will work """
    loyalty_type_id: int | Unset = UNSET
    """ Promotion type ID """
    item_type_id: int | Unset = UNSET
    """ Is cashback earned on products? """
    value_unit_id: int | Unset = UNSET
    """ Bonus field. Discount % or Fixed. sum """
    group_id: int | Unset = UNSET
    """ ID of the chain where the promotion was created """
    loyalty_type: LoyaltyCardsResponseDataTypesProgramsItemLoyaltyType | Unset = UNSET
    """ Object with information about the promotion """
    rules: list[LoyaltyCardsResponseDataTypesProgramsItemRulesItem] | Unset = UNSET
    """ An array with information about the rules configured in the promotion """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        value = self.value

        loyalty_type_id = self.loyalty_type_id

        item_type_id = self.item_type_id

        value_unit_id = self.value_unit_id

        group_id = self.group_id

        loyalty_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_type, Unset):
            loyalty_type = self.loyalty_type.to_dict()

        rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = []
            for rules_item_data in self.rules:
                rules_item = rules_item_data.to_dict()
                rules.append(rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if value is not UNSET:
            field_dict["value"] = value
        if loyalty_type_id is not UNSET:
            field_dict["loyalty_type_id"] = loyalty_type_id
        if item_type_id is not UNSET:
            field_dict["item_type_id"] = item_type_id
        if value_unit_id is not UNSET:
            field_dict["value_unit_id"] = value_unit_id
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if loyalty_type is not UNSET:
            field_dict["loyalty_type"] = loyalty_type
        if rules is not UNSET:
            field_dict["rules"] = rules

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.loyalty_cards_response_data_types_programs_item_loyalty_type import (
            LoyaltyCardsResponseDataTypesProgramsItemLoyaltyType,  # noqa: PLC0415
        )
        from ..models.loyalty_cards_response_data_types_programs_item_rules_item import (
            LoyaltyCardsResponseDataTypesProgramsItemRulesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        value = d.pop("value", UNSET)

        loyalty_type_id = d.pop("loyalty_type_id", UNSET)

        item_type_id = d.pop("item_type_id", UNSET)

        value_unit_id = d.pop("value_unit_id", UNSET)

        group_id = d.pop("group_id", UNSET)

        _loyalty_type = d.pop("loyalty_type", UNSET)
        loyalty_type: LoyaltyCardsResponseDataTypesProgramsItemLoyaltyType | Unset
        if isinstance(_loyalty_type, Unset):
            loyalty_type = UNSET
        else:
            loyalty_type = LoyaltyCardsResponseDataTypesProgramsItemLoyaltyType.from_dict(_loyalty_type)

        _rules = d.pop("rules", UNSET)
        rules: list[LoyaltyCardsResponseDataTypesProgramsItemRulesItem] | Unset = UNSET
        if _rules is not UNSET:
            rules = []
            for rules_item_data in _rules:
                rules_item = LoyaltyCardsResponseDataTypesProgramsItemRulesItem.from_dict(rules_item_data)

                rules.append(rules_item)

        loyalty_cards_response_data_types_programs_item = cls(
            id=id,
            title=title,
            value=value,
            loyalty_type_id=loyalty_type_id,
            item_type_id=item_type_id,
            value_unit_id=value_unit_id,
            group_id=group_id,
            loyalty_type=loyalty_type,
            rules=rules,
        )

        loyalty_cards_response_data_types_programs_item.additional_properties = d
        return loyalty_cards_response_data_types_programs_item

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


def _read_loyalty_type(
    json_value: Any, parse_ctx: ParseContext
) -> LoyaltyCardsResponseDataTypesProgramsItemLoyaltyType | Unset:
    LoyaltyCardsResponseDataTypesProgramsItemLoyaltyType = MODEL_CLASSES.get(
        "altegio_client.models.loyalty_cards_response_data_types_programs_item_loyalty_type"
    ) or model_class(
        "altegio_client.models.loyalty_cards_response_data_types_programs_item_loyalty_type",
        "LoyaltyCardsResponseDataTypesProgramsItemLoyaltyType",
    )

    _loyalty_type = json_value
    loyalty_type: LoyaltyCardsResponseDataTypesProgramsItemLoyaltyType | Unset
    if isinstance(_loyalty_type, Unset):
        loyalty_type = UNSET
    else:
        loyalty_type = LoyaltyCardsResponseDataTypesProgramsItemLoyaltyType._lazy(_loyalty_type, parse_ctx)

    return loyalty_type


def _read_rules(
    json_value: Any, parse_ctx: ParseContext
) -> list[LoyaltyCardsResponseDataTypesProgramsItemRulesItem] | Unset:
    LoyaltyCardsResponseDataTypesProgramsItemRulesItem = MODEL_CLASSES.get(
        "altegio_client.models.loyalty_cards_response_data_types_programs_item_rules_item"
    ) or model_class(
        "altegio_client.models.loyalty_cards_response_data_types_programs_item_rules_item",
        "LoyaltyCardsResponseDataTypesProgramsItemRulesItem",
    )

    _rules = json_value
    rules: list[LoyaltyCardsResponseDataTypesProgramsItemRulesItem] | Unset = UNSET
    if _rules is not UNSET:
        rules = LoyaltyCardsResponseDataTypesProgramsItemRulesItem._lazy_list(_rules, parse_ctx)

    return rules


_DECLARED_KEYS = frozenset(
    {
        "id",
        "title",
        "value",
        "loyalty_type_id",
        "item_type_id",
        "value_unit_id",
        "group_id",
        "loyalty_type",
        "rules",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


LoyaltyCardsResponseDataTypesProgramsItem._lazy_fields = {
    "id": ("id", None, False),
    "title": ("title", None, False),
    "value": ("value", None, False),
    "loyalty_type_id": ("loyalty_type_id", None, False),
    "item_type_id": ("item_type_id", None, False),
    "value_unit_id": ("value_unit_id", None, False),
    "group_id": ("group_id", None, False),
    "loyalty_type": ("loyalty_type", _read_loyalty_type, False),
    "rules": ("rules", _read_rules, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: LoyaltyCardsResponseDataTypesProgramsItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.title = get("title", UNSET)
    model.value = get("value", UNSET)
    model.loyalty_type_id = get("loyalty_type_id", UNSET)
    model.item_type_id = get("item_type_id", UNSET)
    model.value_unit_id = get("value_unit_id", UNSET)
    model.group_id = get("group_id", UNSET)


def _fill_converted(
    model: LoyaltyCardsResponseDataTypesProgramsItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "loyalty_type" not in done:
        value = get("loyalty_type", UNSET)
        if value is UNSET:
            model.loyalty_type = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.loyalty_cards_response_data_types_programs_item_loyalty_type"
            ) or model_builder(
                "altegio_client.models.loyalty_cards_response_data_types_programs_item_loyalty_type",
                "LoyaltyCardsResponseDataTypesProgramsItemLoyaltyType",
            )
            try:
                model.loyalty_type = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "rules" not in done:
        value = get("rules", UNSET)
        if value is UNSET:
            model.rules = UNSET
        elif value == []:
            model.rules = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.loyalty_cards_response_data_types_programs_item_rules_item"
            ) or model_builder(
                "altegio_client.models.loyalty_cards_response_data_types_programs_item_rules_item",
                "LoyaltyCardsResponseDataTypesProgramsItemRulesItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.rules = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: LoyaltyCardsResponseDataTypesProgramsItem | None = None
) -> LoyaltyCardsResponseDataTypesProgramsItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return LoyaltyCardsResponseDataTypesProgramsItem._lazy(json_value, parse_ctx)
        model = new_model(
            LoyaltyCardsResponseDataTypesProgramsItem
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
        layout = layout_of(LoyaltyCardsResponseDataTypesProgramsItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_loyalty_type, value_rules = fill(json_value, model)
    if value_loyalty_type is UNSET:
        model.loyalty_type = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.loyalty_cards_response_data_types_programs_item_loyalty_type"
        ) or model_builder(
            "altegio_client.models.loyalty_cards_response_data_types_programs_item_loyalty_type",
            "LoyaltyCardsResponseDataTypesProgramsItemLoyaltyType",
        )
        try:
            model.loyalty_type = build(value_loyalty_type, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_rules is UNSET:
        model.rules = UNSET
    elif value_rules == []:
        model.rules = value_rules  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.loyalty_cards_response_data_types_programs_item_rules_item"
        ) or model_builder(
            "altegio_client.models.loyalty_cards_response_data_types_programs_item_rules_item",
            "LoyaltyCardsResponseDataTypesProgramsItemRulesItem",
        )
        try:
            if _builtins.type(value_rules) is not list:
                raise TypeError
            model.rules = [build(item, parse_ctx) for item in value_rules]
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
        model.__class__ = lazily_read_class(LoyaltyCardsResponseDataTypesProgramsItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = LoyaltyCardsResponseDataTypesProgramsItem
        del model._raw, model._context
    return model


LoyaltyCardsResponseDataTypesProgramsItem._lazy_fill = (_fill_plain, _fill_converted, _build)
