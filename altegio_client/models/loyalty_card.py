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

T = TypeVar("T", bound="LoyaltyCard")


@_attrs_define
class LoyaltyCard(LazyModel):
    """Loyalty card"""

    id: int | Unset = UNSET
    """ Loyalty card ID """
    balance: float | Unset = UNSET
    """ Card balance """
    points: float | Unset = UNSET
    """ Points """
    paid_amount: float | Unset = UNSET
    """ \\"Paid\\" amount """
    sold_amount: float | Unset = UNSET
    """ \\"Sold\\" amount """
    visits_count: float | Unset = UNSET
    """ Visits count """
    number: str | Unset = UNSET
    """ Loyalty card number """
    type_id: int | Unset = UNSET
    """ Loyalty card type ID """
    salon_group_id: int | Unset = UNSET
    """ Chain ID """
    max_discount_percent: float | Unset = UNSET
    """ Maximum discount percent """
    max_discount_amount: float | Unset = UNSET
    """ Maximum discount amount """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        balance = self.balance

        points = self.points

        paid_amount = self.paid_amount

        sold_amount = self.sold_amount

        visits_count = self.visits_count

        number = self.number

        type_id = self.type_id

        salon_group_id = self.salon_group_id

        max_discount_percent = self.max_discount_percent

        max_discount_amount = self.max_discount_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if balance is not UNSET:
            field_dict["balance"] = balance
        if points is not UNSET:
            field_dict["points"] = points
        if paid_amount is not UNSET:
            field_dict["paid_amount"] = paid_amount
        if sold_amount is not UNSET:
            field_dict["sold_amount"] = sold_amount
        if visits_count is not UNSET:
            field_dict["visits_count"] = visits_count
        if number is not UNSET:
            field_dict["number"] = number
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if max_discount_percent is not UNSET:
            field_dict["max_discount_percent"] = max_discount_percent
        if max_discount_amount is not UNSET:
            field_dict["max_discount_amount"] = max_discount_amount

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        balance = d.pop("balance", UNSET)

        points = d.pop("points", UNSET)

        paid_amount = d.pop("paid_amount", UNSET)

        sold_amount = d.pop("sold_amount", UNSET)

        visits_count = d.pop("visits_count", UNSET)

        number = d.pop("number", UNSET)

        type_id = d.pop("type_id", UNSET)

        salon_group_id = d.pop("salon_group_id", UNSET)

        max_discount_percent = d.pop("max_discount_percent", UNSET)

        max_discount_amount = d.pop("max_discount_amount", UNSET)

        loyalty_card = cls(
            id=id,
            balance=balance,
            points=points,
            paid_amount=paid_amount,
            sold_amount=sold_amount,
            visits_count=visits_count,
            number=number,
            type_id=type_id,
            salon_group_id=salon_group_id,
            max_discount_percent=max_discount_percent,
            max_discount_amount=max_discount_amount,
        )

        loyalty_card.additional_properties = d
        return loyalty_card

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
        "balance",
        "points",
        "paid_amount",
        "sold_amount",
        "visits_count",
        "number",
        "type_id",
        "salon_group_id",
        "max_discount_percent",
        "max_discount_amount",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


LoyaltyCard._lazy_fields = {
    "id": ("id", None, False),
    "balance": ("balance", None, False),
    "points": ("points", None, False),
    "paid_amount": ("paid_amount", None, False),
    "sold_amount": ("sold_amount", None, False),
    "visits_count": ("visits_count", None, False),
    "number": ("number", None, False),
    "type_id": ("type_id", None, False),
    "salon_group_id": ("salon_group_id", None, False),
    "max_discount_percent": ("max_discount_percent", None, False),
    "max_discount_amount": ("max_discount_amount", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: LoyaltyCard, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.balance = get("balance", UNSET)
    model.points = get("points", UNSET)
    model.paid_amount = get("paid_amount", UNSET)
    model.sold_amount = get("sold_amount", UNSET)
    model.visits_count = get("visits_count", UNSET)
    model.number = get("number", UNSET)
    model.type_id = get("type_id", UNSET)
    model.salon_group_id = get("salon_group_id", UNSET)
    model.max_discount_percent = get("max_discount_percent", UNSET)
    model.max_discount_amount = get("max_discount_amount", UNSET)


def _fill_converted(
    model: LoyaltyCard, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: LoyaltyCard | None = None) -> LoyaltyCard:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return LoyaltyCard._lazy(json_value, parse_ctx)
        model = new_model(LoyaltyCard)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(LoyaltyCard, keys)
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
        model.__class__ = lazily_read_class(LoyaltyCard)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = LoyaltyCard
        del model._raw, model._context
    return model


LoyaltyCard._lazy_fill = (_fill_plain, _fill_converted, _build)
