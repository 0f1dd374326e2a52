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

T = TypeVar("T", bound="VisitLoyaltyApplyResponseDataTypesItemsItem")


@_attrs_define
class VisitLoyaltyApplyResponseDataTypesItemsItem(LazyModel):
    id: int | Unset = UNSET
    """ Object ID """
    item_id: int | Unset = UNSET
    """ Product/service identifier """
    item_type_id: int | Unset = UNSET
    """ Operation type identifier """
    record_id: int | Unset = UNSET
    """ Appointment ID """
    item_title: str | Unset = UNSET
    """ Product/service name """
    amount: int | Unset = UNSET
    """ Number of products/services """
    first_cost: float | Unset = UNSET
    """ Initial cost """
    manual_cost: float | Unset = UNSET
    """ Cost changed manually """
    discount: float | Unset = UNSET
    """ Discount """
    cost: float | Unset = UNSET
    """ the total cost """
    master_id: int | Unset = UNSET
    """ team member ID """
    good_id: int | Unset = UNSET
    """ Item ID """
    service_id: int | Unset = UNSET
    """ Service ID """
    event_id: int | Unset = UNSET
    """ Promotion ID """
    is_service: bool | Unset = UNSET
    """ Is a service """
    is_event: bool | Unset = UNSET
    """ Is a stock """
    is_good: bool | Unset = UNSET
    """ Is the commodity """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        item_id = self.item_id

        item_type_id = self.item_type_id

        record_id = self.record_id

        item_title = self.item_title

        amount = self.amount

        first_cost = self.first_cost

        manual_cost = self.manual_cost

        discount = self.discount

        cost = self.cost

        master_id = self.master_id

        good_id = self.good_id

        service_id = self.service_id

        event_id = self.event_id

        is_service = self.is_service

        is_event = self.is_event

        is_good = self.is_good

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if item_type_id is not UNSET:
            field_dict["item_type_id"] = item_type_id
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if item_title is not UNSET:
            field_dict["item_title"] = item_title
        if amount is not UNSET:
            field_dict["amount"] = amount
        if first_cost is not UNSET:
            field_dict["first_cost"] = first_cost
        if manual_cost is not UNSET:
            field_dict["manual_cost"] = manual_cost
        if discount is not UNSET:
            field_dict["discount"] = discount
        if cost is not UNSET:
            field_dict["cost"] = cost
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if good_id is not UNSET:
            field_dict["good_id"] = good_id
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if is_service is not UNSET:
            field_dict["is_service"] = is_service
        if is_event is not UNSET:
            field_dict["is_event"] = is_event
        if is_good is not UNSET:
            field_dict["is_good"] = is_good

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        item_id = d.pop("item_id", UNSET)

        item_type_id = d.pop("item_type_id", UNSET)

        record_id = d.pop("record_id", UNSET)

        item_title = d.pop("item_title", UNSET)

        amount = d.pop("amount", UNSET)

        first_cost = d.pop("first_cost", UNSET)

        manual_cost = d.pop("manual_cost", UNSET)

        discount = d.pop("discount", UNSET)

        cost = d.pop("cost", UNSET)

        master_id = d.pop("master_id", UNSET)

        good_id = d.pop("good_id", UNSET)

        service_id = d.pop("service_id", UNSET)

        event_id = d.pop("event_id", UNSET)

        is_service = d.pop("is_service", UNSET)

        is_event = d.pop("is_event", UNSET)

        is_good = d.pop("is_good", UNSET)

        visit_loyalty_apply_response_data_types_items_item = cls(
            id=id,
            item_id=item_id,
            item_type_id=item_type_id,
            record_id=record_id,
            item_title=item_title,
            amount=amount,
            first_cost=first_cost,
            manual_cost=manual_cost,
            discount=discount,
            cost=cost,
            master_id=master_id,
            good_id=good_id,
            service_id=service_id,
            event_id=event_id,
            is_service=is_service,
            is_event=is_event,
            is_good=is_good,
        )

        visit_loyalty_apply_response_data_types_items_item.additional_properties = d
        return visit_loyalty_apply_response_data_types_items_item

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
        "item_id",
        "item_type_id",
        "record_id",
        "item_title",
        "amount",
        "first_cost",
        "manual_cost",
        "discount",
        "cost",
        "master_id",
        "good_id",
        "service_id",
        "event_id",
        "is_service",
        "is_event",
        "is_good",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


VisitLoyaltyApplyResponseDataTypesItemsItem._lazy_fields = {
    "id": ("id", None, False),
    "item_id": ("item_id", None, False),
    "item_type_id": ("item_type_id", None, False),
    "record_id": ("record_id", None, False),
    "item_title": ("item_title", None, False),
    "amount": ("amount", None, False),
    "first_cost": ("first_cost", None, False),
    "manual_cost": ("manual_cost", None, False),
    "discount": ("discount", None, False),
    "cost": ("cost", None, False),
    "master_id": ("master_id", None, False),
    "good_id": ("good_id", None, False),
    "service_id": ("service_id", None, False),
    "event_id": ("event_id", None, False),
    "is_service": ("is_service", None, False),
    "is_event": ("is_event", None, False),
    "is_good": ("is_good", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: VisitLoyaltyApplyResponseDataTypesItemsItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.item_id = get("item_id", UNSET)
    model.item_type_id = get("item_type_id", UNSET)
    model.record_id = get("record_id", UNSET)
    model.item_title = get("item_title", UNSET)
    model.amount = get("amount", UNSET)
    model.first_cost = get("first_cost", UNSET)
    model.manual_cost = get("manual_cost", UNSET)
    model.discount = get("discount", UNSET)
    model.cost = get("cost", UNSET)
    model.master_id = get("master_id", UNSET)
    model.good_id = get("good_id", UNSET)
    model.service_id = get("service_id", UNSET)
    model.event_id = get("event_id", UNSET)
    model.is_service = get("is_service", UNSET)
    model.is_event = get("is_event", UNSET)
    model.is_good = get("is_good", UNSET)


def _fill_converted(
    model: VisitLoyaltyApplyResponseDataTypesItemsItem,
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
    json_value: Any, parse_ctx: ParseContext, model: VisitLoyaltyApplyResponseDataTypesItemsItem | None = None
) -> VisitLoyaltyApplyResponseDataTypesItemsItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return VisitLoyaltyApplyResponseDataTypesItemsItem._lazy(json_value, parse_ctx)
        model = new_model(
            VisitLoyaltyApplyResponseDataTypesItemsItem
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
        layout = layout_of(VisitLoyaltyApplyResponseDataTypesItemsItem, keys)
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
        model.__class__ = lazily_read_class(VisitLoyaltyApplyResponseDataTypesItemsItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = VisitLoyaltyApplyResponseDataTypesItemsItem
        del model._raw, model._context
    return model


VisitLoyaltyApplyResponseDataTypesItemsItem._lazy_fill = (_fill_plain, _fill_converted, _build)
