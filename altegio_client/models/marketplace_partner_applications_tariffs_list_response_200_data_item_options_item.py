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

T = TypeVar("T", bound="MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem")


@_attrs_define
class MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem(LazyModel):
    id: int | Unset = UNSET
    """ Option ID """
    title: str | Unset = UNSET
    """ Option name """
    overall_price: float | Unset = UNSET
    """ Total price """
    duration_in_months: int | Unset = UNSET
    """ Duration in months """
    currency_iso: str | Unset = UNSET
    """ Currency ISO code """
    staff_amount: int | Unset = UNSET
    """ Maximum team members for this option """
    free_period_in_months: int | Unset = UNSET
    """ Free trial period in months """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        overall_price = self.overall_price

        duration_in_months = self.duration_in_months

        currency_iso = self.currency_iso

        staff_amount = self.staff_amount

        free_period_in_months = self.free_period_in_months

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if overall_price is not UNSET:
            field_dict["overall_price"] = overall_price
        if duration_in_months is not UNSET:
            field_dict["duration_in_months"] = duration_in_months
        if currency_iso is not UNSET:
            field_dict["currency_iso"] = currency_iso
        if staff_amount is not UNSET:
            field_dict["staff_amount"] = staff_amount
        if free_period_in_months is not UNSET:
            field_dict["free_period_in_months"] = free_period_in_months

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        overall_price = d.pop("overall_price", UNSET)

        duration_in_months = d.pop("duration_in_months", UNSET)

        currency_iso = d.pop("currency_iso", UNSET)

        staff_amount = d.pop("staff_amount", UNSET)

        free_period_in_months = d.pop("free_period_in_months", UNSET)

        marketplace_partner_applications_tariffs_list_response_200_data_item_options_item = cls(
            id=id,
            title=title,
            overall_price=overall_price,
            duration_in_months=duration_in_months,
            currency_iso=currency_iso,
            staff_amount=staff_amount,
            free_period_in_months=free_period_in_months,
        )

        marketplace_partner_applications_tariffs_list_response_200_data_item_options_item.additional_properties = d
        return marketplace_partner_applications_tariffs_list_response_200_data_item_options_item

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
        "overall_price",
        "duration_in_months",
        "currency_iso",
        "staff_amount",
        "free_period_in_months",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem._lazy_fields = {
    "id": ("id", None, False),
    "title": ("title", None, False),
    "overall_price": ("overall_price", None, False),
    "duration_in_months": ("duration_in_months", None, False),
    "currency_iso": ("currency_iso", None, False),
    "staff_amount": ("staff_amount", None, False),
    "free_period_in_months": ("free_period_in_months", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(
    model: MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem, json_value: dict[str, Any]
) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.title = get("title", UNSET)
    model.overall_price = get("overall_price", UNSET)
    model.duration_in_months = get("duration_in_months", UNSET)
    model.currency_iso = get("currency_iso", UNSET)
    model.staff_amount = get("staff_amount", UNSET)
    model.free_period_in_months = get("free_period_in_months", UNSET)


def _fill_converted(
    model: MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem,
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
    model: MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem | None = None,
) -> MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem._lazy(json_value, parse_ctx)
        model = new_model(
            MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem
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
        layout = layout_of(MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem, keys)
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
        model.__class__ = lazily_read_class(MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem
        del model._raw, model._context
    return model


MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem._lazy_fill = (
    _fill_plain,
    _fill_converted,
    _build,
)
