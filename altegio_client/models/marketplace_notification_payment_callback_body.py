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

T = TypeVar("T", bound="MarketplaceNotificationPaymentCallbackBody")


@_attrs_define
class MarketplaceNotificationPaymentCallbackBody(LazyModel):
    salon_id: int
    """ Location ID. """
    application_id: int
    """ Application ID. """
    currency_iso: str
    """ Currency ISO (e.g.: USD, EUR, BYN) """
    payment_sum: float
    """ Payment amount. """
    payment_date: str
    """ Date and time of payment. """
    period_from: str
    """ Date from which the paid period begins (inclusive). """
    period_to: str
    """ Date from which the paid period ends (inclusive). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        salon_id = self.salon_id

        application_id = self.application_id

        currency_iso = self.currency_iso

        payment_sum = self.payment_sum

        payment_date = self.payment_date

        period_from = self.period_from

        period_to = self.period_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "salon_id": salon_id,
                "application_id": application_id,
                "currency_iso": currency_iso,
                "payment_sum": payment_sum,
                "payment_date": payment_date,
                "period_from": period_from,
                "period_to": period_to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        salon_id = d.pop("salon_id")

        application_id = d.pop("application_id")

        currency_iso = d.pop("currency_iso")

        payment_sum = d.pop("payment_sum")

        payment_date = d.pop("payment_date")

        period_from = d.pop("period_from")

        period_to = d.pop("period_to")

        marketplace_notification_payment_callback_body = cls(
            salon_id=salon_id,
            application_id=application_id,
            currency_iso=currency_iso,
            payment_sum=payment_sum,
            payment_date=payment_date,
            period_from=period_from,
            period_to=period_to,
        )

        marketplace_notification_payment_callback_body.additional_properties = d
        return marketplace_notification_payment_callback_body

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
        "salon_id",
        "application_id",
        "currency_iso",
        "payment_sum",
        "payment_date",
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


MarketplaceNotificationPaymentCallbackBody._lazy_fields = {
    "salon_id": ("salon_id", None, True),
    "application_id": ("application_id", None, True),
    "currency_iso": ("currency_iso", None, True),
    "payment_sum": ("payment_sum", None, True),
    "payment_date": ("payment_date", None, True),
    "period_from": ("period_from", None, True),
    "period_to": ("period_to", None, True),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: MarketplaceNotificationPaymentCallbackBody, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "salon_id" in json_value:
        model.salon_id = json_value["salon_id"]
    if "application_id" in json_value:
        model.application_id = json_value["application_id"]
    if "currency_iso" in json_value:
        model.currency_iso = json_value["currency_iso"]
    if "payment_sum" in json_value:
        model.payment_sum = json_value["payment_sum"]
    if "payment_date" in json_value:
        model.payment_date = json_value["payment_date"]
    if "period_from" in json_value:
        model.period_from = json_value["period_from"]
    if "period_to" in json_value:
        model.period_to = json_value["period_to"]


def _fill_converted(
    model: MarketplaceNotificationPaymentCallbackBody,
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
    json_value: Any, parse_ctx: ParseContext, model: MarketplaceNotificationPaymentCallbackBody | None = None
) -> MarketplaceNotificationPaymentCallbackBody:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return MarketplaceNotificationPaymentCallbackBody._lazy(json_value, parse_ctx)
        model = new_model(
            MarketplaceNotificationPaymentCallbackBody
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
        layout = layout_of(MarketplaceNotificationPaymentCallbackBody, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if only_declared:  # no undeclared key, the usual case (known from the layout, see _layouts.py)
        model.additional_properties = {}
    else:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True
    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(MarketplaceNotificationPaymentCallbackBody)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = MarketplaceNotificationPaymentCallbackBody
        del model._raw, model._context
    return model


MarketplaceNotificationPaymentCallbackBody._lazy_fill = (_fill_plain, _fill_converted, _build)
