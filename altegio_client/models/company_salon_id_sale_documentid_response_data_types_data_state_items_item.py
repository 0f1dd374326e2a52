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

T = TypeVar("T", bound="CompanySalonIdSaleDocumentidResponseDataTypesDataStateItemsItem")


@_attrs_define
class CompanySalonIdSaleDocumentidResponseDataTypesDataStateItemsItem(LazyModel):
    """Selling unit"""

    id: int | Unset = UNSET
    """ Selling unit ID """
    type: str | Unset = UNSET
    """ Type (service/product) """
    title: str | Unset = UNSET
    """ Name """
    amount: float | Unset = UNSET
    """ Quantity """
    default_cost_per_unit: float | Unset = UNSET
    """ Unit price """
    default_cost_total: float | Unset = UNSET
    """ Total default price """
    client_discount_percent: float | Unset = UNSET
    """ Discount percentage """
    cost_to_pay_total: float | Unset = UNSET
    """ Payable price """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type = self.type

        title = self.title

        amount = self.amount

        default_cost_per_unit = self.default_cost_per_unit

        default_cost_total = self.default_cost_total

        client_discount_percent = self.client_discount_percent

        cost_to_pay_total = self.cost_to_pay_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type is not UNSET:
            field_dict["type"] = type
        if title is not UNSET:
            field_dict["title"] = title
        if amount is not UNSET:
            field_dict["amount"] = amount
        if default_cost_per_unit is not UNSET:
            field_dict["default_cost_per_unit"] = default_cost_per_unit
        if default_cost_total is not UNSET:
            field_dict["default_cost_total"] = default_cost_total
        if client_discount_percent is not UNSET:
            field_dict["client_discount_percent"] = client_discount_percent
        if cost_to_pay_total is not UNSET:
            field_dict["cost_to_pay_total"] = cost_to_pay_total

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type = d.pop("type", UNSET)

        title = d.pop("title", UNSET)

        amount = d.pop("amount", UNSET)

        default_cost_per_unit = d.pop("default_cost_per_unit", UNSET)

        default_cost_total = d.pop("default_cost_total", UNSET)

        client_discount_percent = d.pop("client_discount_percent", UNSET)

        cost_to_pay_total = d.pop("cost_to_pay_total", UNSET)

        company_salon_id_sale_documentid_response_data_types_data_state_items_item = cls(
            id=id,
            type=type,
            title=title,
            amount=amount,
            default_cost_per_unit=default_cost_per_unit,
            default_cost_total=default_cost_total,
            client_discount_percent=client_discount_percent,
            cost_to_pay_total=cost_to_pay_total,
        )

        company_salon_id_sale_documentid_response_data_types_data_state_items_item.additional_properties = d
        return company_salon_id_sale_documentid_response_data_types_data_state_items_item

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
        "type",
        "title",
        "amount",
        "default_cost_per_unit",
        "default_cost_total",
        "client_discount_percent",
        "cost_to_pay_total",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CompanySalonIdSaleDocumentidResponseDataTypesDataStateItemsItem._lazy_fields = {
    "id": ("id", None, False),
    "type": ("type", None, False),
    "title": ("title", None, False),
    "amount": ("amount", None, False),
    "default_cost_per_unit": ("default_cost_per_unit", None, False),
    "default_cost_total": ("default_cost_total", None, False),
    "client_discount_percent": ("client_discount_percent", None, False),
    "cost_to_pay_total": ("cost_to_pay_total", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(
    model: CompanySalonIdSaleDocumentidResponseDataTypesDataStateItemsItem, json_value: dict[str, Any]
) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.type = get("type", UNSET)
    model.title = get("title", UNSET)
    model.amount = get("amount", UNSET)
    model.default_cost_per_unit = get("default_cost_per_unit", UNSET)
    model.default_cost_total = get("default_cost_total", UNSET)
    model.client_discount_percent = get("client_discount_percent", UNSET)
    model.cost_to_pay_total = get("cost_to_pay_total", UNSET)


def _fill_converted(
    model: CompanySalonIdSaleDocumentidResponseDataTypesDataStateItemsItem,
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
    model: CompanySalonIdSaleDocumentidResponseDataTypesDataStateItemsItem | None = None,
) -> CompanySalonIdSaleDocumentidResponseDataTypesDataStateItemsItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CompanySalonIdSaleDocumentidResponseDataTypesDataStateItemsItem._lazy(json_value, parse_ctx)
        model = new_model(
            CompanySalonIdSaleDocumentidResponseDataTypesDataStateItemsItem
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
        layout = layout_of(CompanySalonIdSaleDocumentidResponseDataTypesDataStateItemsItem, keys)
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
        model.__class__ = lazily_read_class(CompanySalonIdSaleDocumentidResponseDataTypesDataStateItemsItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CompanySalonIdSaleDocumentidResponseDataTypesDataStateItemsItem
        del model._raw, model._context
    return model


CompanySalonIdSaleDocumentidResponseDataTypesDataStateItemsItem._lazy_fill = (_fill_plain, _fill_converted, _build)
