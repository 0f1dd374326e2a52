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

T = TypeVar("T", bound="GetMarketplaceIntegrationStatusResponse200DataPaymentsItem")


@_attrs_define
class GetMarketplaceIntegrationStatusResponse200DataPaymentsItem(LazyModel):
    payment_sum: float | Unset = UNSET
    """ The payment amount for the period. """
    id: int | Unset = UNSET
    """ Payment ID. """
    payment_date: str | Unset = UNSET
    """ The date of payment. """
    is_refunded: bool | Unset = UNSET
    """ Was there a refund? """
    period_from: str | Unset = UNSET
    """ Subscription start date """
    period_to: str | Unset = UNSET
    """ Subscription end date """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_sum = self.payment_sum

        id = self.id

        payment_date = self.payment_date

        is_refunded = self.is_refunded

        period_from = self.period_from

        period_to = self.period_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_sum is not UNSET:
            field_dict["payment_sum"] = payment_sum
        if id is not UNSET:
            field_dict["id"] = id
        if payment_date is not UNSET:
            field_dict["payment_date"] = payment_date
        if is_refunded is not UNSET:
            field_dict["is_refunded"] = is_refunded
        if period_from is not UNSET:
            field_dict["period_from"] = period_from
        if period_to is not UNSET:
            field_dict["period_to"] = period_to

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payment_sum = d.pop("payment_sum", UNSET)

        id = d.pop("id", UNSET)

        payment_date = d.pop("payment_date", UNSET)

        is_refunded = d.pop("is_refunded", UNSET)

        period_from = d.pop("period_from", UNSET)

        period_to = d.pop("period_to", UNSET)

        get_marketplace_integration_status_response_200_data_payments_item = cls(
            payment_sum=payment_sum,
            id=id,
            payment_date=payment_date,
            is_refunded=is_refunded,
            period_from=period_from,
            period_to=period_to,
        )

        get_marketplace_integration_status_response_200_data_payments_item.additional_properties = d
        return get_marketplace_integration_status_response_200_data_payments_item

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
        "payment_sum",
        "id",
        "payment_date",
        "is_refunded",
        "period_from",
        "period_to",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


GetMarketplaceIntegrationStatusResponse200DataPaymentsItem._lazy_fields = {
    "payment_sum": ("payment_sum", None, False),
    "id": ("id", None, False),
    "payment_date": ("payment_date", None, False),
    "is_refunded": ("is_refunded", None, False),
    "period_from": ("period_from", None, False),
    "period_to": ("period_to", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: GetMarketplaceIntegrationStatusResponse200DataPaymentsItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.payment_sum = get("payment_sum", UNSET)
    model.id = get("id", UNSET)
    model.payment_date = get("payment_date", UNSET)
    model.is_refunded = get("is_refunded", UNSET)
    model.period_from = get("period_from", UNSET)
    model.period_to = get("period_to", UNSET)


def _fill_converted(
    model: GetMarketplaceIntegrationStatusResponse200DataPaymentsItem,
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
    model: GetMarketplaceIntegrationStatusResponse200DataPaymentsItem | None = None,
) -> GetMarketplaceIntegrationStatusResponse200DataPaymentsItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return GetMarketplaceIntegrationStatusResponse200DataPaymentsItem._lazy(json_value, parse_ctx)
        model = new_model(
            GetMarketplaceIntegrationStatusResponse200DataPaymentsItem
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
        layout = layout_of(GetMarketplaceIntegrationStatusResponse200DataPaymentsItem, keys)
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
        model.__class__ = lazily_read_class(GetMarketplaceIntegrationStatusResponse200DataPaymentsItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = GetMarketplaceIntegrationStatusResponse200DataPaymentsItem
        del model._raw, model._context
    return model


GetMarketplaceIntegrationStatusResponse200DataPaymentsItem._lazy_fill = (_fill_plain, _fill_converted, _build)
