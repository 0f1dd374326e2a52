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

T = TypeVar("T", bound="VisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem")


@_attrs_define
class VisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem(LazyModel):
    id: int | Unset = UNSET
    """ Inventory transaction ID """
    title: str | Unset = UNSET
    """ Barcode """
    barcode: str | Unset = UNSET
    """ Barcode """
    article: str | Unset = UNSET
    """ vendor code """
    amount: str | Unset = UNSET
    """ Sum """
    cost_per_unit: str | Unset = UNSET
    """ Unit price """
    price: str | Unset = UNSET
    """ Price """
    cost: str | Unset = UNSET
    """ Selling price """
    operation_unit_type: float | Unset = UNSET
    """ Unit type: 1 - for sale, 2 - for write-off """
    master_id: str | Unset = UNSET
    """ team member ID """
    storage_id: str | Unset = UNSET
    """ Inventory ID """
    good_id: str | Unset = UNSET
    """ Item ID """
    discount: str | Unset = UNSET
    """ Discount """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        barcode = self.barcode

        article = self.article

        amount = self.amount

        cost_per_unit = self.cost_per_unit

        price = self.price

        cost = self.cost

        operation_unit_type = self.operation_unit_type

        master_id = self.master_id

        storage_id = self.storage_id

        good_id = self.good_id

        discount = self.discount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if article is not UNSET:
            field_dict["article"] = article
        if amount is not UNSET:
            field_dict["amount"] = amount
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = cost_per_unit
        if price is not UNSET:
            field_dict["price"] = price
        if cost is not UNSET:
            field_dict["cost"] = cost
        if operation_unit_type is not UNSET:
            field_dict["operation_unit_type"] = operation_unit_type
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if storage_id is not UNSET:
            field_dict["storage_id"] = storage_id
        if good_id is not UNSET:
            field_dict["good_id"] = good_id
        if discount is not UNSET:
            field_dict["discount"] = discount

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        barcode = d.pop("barcode", UNSET)

        article = d.pop("article", UNSET)

        amount = d.pop("amount", UNSET)

        cost_per_unit = d.pop("cost_per_unit", UNSET)

        price = d.pop("price", UNSET)

        cost = d.pop("cost", UNSET)

        operation_unit_type = d.pop("operation_unit_type", UNSET)

        master_id = d.pop("master_id", UNSET)

        storage_id = d.pop("storage_id", UNSET)

        good_id = d.pop("good_id", UNSET)

        discount = d.pop("discount", UNSET)

        visits_visitid_recordid_request_data_types_goods_transactions_item = cls(
            id=id,
            title=title,
            barcode=barcode,
            article=article,
            amount=amount,
            cost_per_unit=cost_per_unit,
            price=price,
            cost=cost,
            operation_unit_type=operation_unit_type,
            master_id=master_id,
            storage_id=storage_id,
            good_id=good_id,
            discount=discount,
        )

        visits_visitid_recordid_request_data_types_goods_transactions_item.additional_properties = d
        return visits_visitid_recordid_request_data_types_goods_transactions_item

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
        "barcode",
        "article",
        "amount",
        "cost_per_unit",
        "price",
        "cost",
        "operation_unit_type",
        "master_id",
        "storage_id",
        "good_id",
        "discount",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


VisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem._lazy_fields = {
    "id": ("id", None, False),
    "title": ("title", None, False),
    "barcode": ("barcode", None, False),
    "article": ("article", None, False),
    "amount": ("amount", None, False),
    "cost_per_unit": ("cost_per_unit", None, False),
    "price": ("price", None, False),
    "cost": ("cost", None, False),
    "operation_unit_type": ("operation_unit_type", None, False),
    "master_id": ("master_id", None, False),
    "storage_id": ("storage_id", None, False),
    "good_id": ("good_id", None, False),
    "discount": ("discount", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: VisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.title = get("title", UNSET)
    model.barcode = get("barcode", UNSET)
    model.article = get("article", UNSET)
    model.amount = get("amount", UNSET)
    model.cost_per_unit = get("cost_per_unit", UNSET)
    model.price = get("price", UNSET)
    model.cost = get("cost", UNSET)
    model.operation_unit_type = get("operation_unit_type", UNSET)
    model.master_id = get("master_id", UNSET)
    model.storage_id = get("storage_id", UNSET)
    model.good_id = get("good_id", UNSET)
    model.discount = get("discount", UNSET)


def _fill_converted(
    model: VisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem,
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
    json_value: Any,
    parse_ctx: ParseContext,
    model: VisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem | None = None,
) -> VisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return VisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem._lazy(json_value, parse_ctx)
        model = new_model(
            VisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem
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
        layout = layout_of(VisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem, keys)
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
        model.__class__ = lazily_read_class(VisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = VisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem
        del model._raw, model._context
    return model


VisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem._lazy_fill = (_fill_plain, _fill_converted, _build)
