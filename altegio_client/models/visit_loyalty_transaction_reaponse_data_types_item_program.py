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

T = TypeVar("T", bound="VisitLoyaltyTransactionReaponseDataTypesItemProgram")


@_attrs_define
class VisitLoyaltyTransactionReaponseDataTypesItemProgram(LazyModel):
    """Promotion Information"""

    id: int | Unset = UNSET
    """ Promotion ID """
    title: str | Unset = UNSET
    """ Share name """
    value: int | Unset = UNSET
    """ Discount value """
    loyalty_type_id: int | Unset = UNSET
    """ Promotion type ID """
    item_type_id: int | Unset = UNSET
    """ Is cashback earned on products? """
    value_unit_id: int | Unset = UNSET
    """ Bonus field. Discount % or Fixed. sum """
    group_id: int | Unset = UNSET
    """ ID of the chain where the action was created """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        value = self.value

        loyalty_type_id = self.loyalty_type_id

        item_type_id = self.item_type_id

        value_unit_id = self.value_unit_id

        group_id = self.group_id

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

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        value = d.pop("value", UNSET)

        loyalty_type_id = d.pop("loyalty_type_id", UNSET)

        item_type_id = d.pop("item_type_id", UNSET)

        value_unit_id = d.pop("value_unit_id", UNSET)

        group_id = d.pop("group_id", UNSET)

        visit_loyalty_transaction_reaponse_data_types_item_program = cls(
            id=id,
            title=title,
            value=value,
            loyalty_type_id=loyalty_type_id,
            item_type_id=item_type_id,
            value_unit_id=value_unit_id,
            group_id=group_id,
        )

        visit_loyalty_transaction_reaponse_data_types_item_program.additional_properties = d
        return visit_loyalty_transaction_reaponse_data_types_item_program

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
        "value",
        "loyalty_type_id",
        "item_type_id",
        "value_unit_id",
        "group_id",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


VisitLoyaltyTransactionReaponseDataTypesItemProgram._lazy_fields = {
    "id": ("id", None, False),
    "title": ("title", None, False),
    "value": ("value", None, False),
    "loyalty_type_id": ("loyalty_type_id", None, False),
    "item_type_id": ("item_type_id", None, False),
    "value_unit_id": ("value_unit_id", None, False),
    "group_id": ("group_id", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: VisitLoyaltyTransactionReaponseDataTypesItemProgram, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.title = get("title", UNSET)
    model.value = get("value", UNSET)
    model.loyalty_type_id = get("loyalty_type_id", UNSET)
    model.item_type_id = get("item_type_id", UNSET)
    model.value_unit_id = get("value_unit_id", UNSET)
    model.group_id = get("group_id", UNSET)


def _fill_converted(
    model: VisitLoyaltyTransactionReaponseDataTypesItemProgram,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: VisitLoyaltyTransactionReaponseDataTypesItemProgram | None = None
) -> VisitLoyaltyTransactionReaponseDataTypesItemProgram:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return VisitLoyaltyTransactionReaponseDataTypesItemProgram._lazy(json_value, parse_ctx)
        model = new_model(
            VisitLoyaltyTransactionReaponseDataTypesItemProgram
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
        layout = layout_of(VisitLoyaltyTransactionReaponseDataTypesItemProgram, keys)
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
        model.__class__ = lazily_read_class(VisitLoyaltyTransactionReaponseDataTypesItemProgram)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = VisitLoyaltyTransactionReaponseDataTypesItemProgram
        del model._raw, model._context
    return model


VisitLoyaltyTransactionReaponseDataTypesItemProgram._lazy_fill = (_fill_plain, _fill_converted, _build)
