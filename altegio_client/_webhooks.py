"""Typed webhook events: what Altegio posts to a partner's URL.

The developers bundle documents eleven resource events (``SalonEvent`` ... ``FinancesOperationEvent``,
told apart by ``resource``) and the marketplace notification (``event``: ``uninstall`` or
``freeze``). The overlays lift their payloads into component schemas, so each is a generated
model; :func:`parse_webhook` picks the right one. A resource this SDK does not know yet gives
an :class:`UnknownWebhook` (Altegio adds resources over time) rather than an error; fields the
model does not know survive in ``additional_properties``.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Mapping
from typing import Any

from ._exceptions import AltegioError

__all__ = ["UnknownWebhook", "WebhookParseError", "parse_webhook"]

#: ``resource`` value -> generated model (module, class), imported on first use.
RESOURCE_MODELS: dict[str, tuple[str, str]] = {
    "salon": ("salon_event", "SalonEvent"),
    "staff": ("staff_event", "StaffEvent"),
    "service": ("service_event", "ServiceEvent"),
    "service_category": ("service_category_event", "ServiceCategoryEvent"),
    "client": ("client_event", "ClientEvent"),
    "record": ("record_event", "RecordEvent"),
    "loyalty_card": ("loyalty_card_event", "LoyaltyCardEvent"),
    "schedule": ("schedule_event", "ScheduleEvent"),
    "good": ("good_event", "GoodEvent"),
    "goods_operations_sale": ("goods_operation_event", "GoodsOperationEvent"),
    "goods_operations_receipt": ("goods_operation_event", "GoodsOperationEvent"),
    "goods_operations_consumable": ("goods_operation_event", "GoodsOperationEvent"),
    "goods_operations_stolen": ("goods_operation_event", "GoodsOperationEvent"),
    "goods_operations_move": ("goods_operation_event", "GoodsOperationEvent"),
    "finances_operation": ("finances_operation_event", "FinancesOperationEvent"),
}
MARKETPLACE_MODEL = ("marketplace_webhook_event", "MarketplaceWebhookEvent")


class WebhookParseError(AltegioError):
    """The body is not a webhook payload (not JSON, not an object, or a known event missing fields)."""


class UnknownWebhook:
    """An event whose ``resource`` this version of the SDK does not know; ``payload`` is the raw JSON."""

    __slots__ = ("payload", "resource")

    def __init__(self, resource: str | None, payload: dict[str, Any]) -> None:
        self.resource = resource
        self.payload = payload

    def __repr__(self) -> str:
        return f"UnknownWebhook(resource={self.resource!r}, keys={sorted(self.payload)!r})"


def _model(module: str, name: str) -> Any:
    return getattr(importlib.import_module(f"altegio_client.models.{module}"), name)


def parse_webhook(body: bytes | str | Mapping[str, Any]) -> Any:
    """The typed event for a webhook body (raw bytes, text or already-decoded JSON).

    Returns a generated model (``RecordEvent``, ``MarketplaceWebhookEvent``, ...) or an
    :class:`UnknownWebhook`; raises :class:`WebhookParseError` for a body that is not an event.
    """
    if isinstance(body, (bytes, str)):
        try:
            payload = json.loads(body)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise WebhookParseError(f"webhook body is not JSON: {exc}") from exc
    else:
        payload = dict(body)
    if not isinstance(payload, dict):
        raise WebhookParseError(f"webhook body is a JSON {type(payload).__name__}, not an object")
    resource = payload.get("resource")
    if isinstance(resource, str):
        target = RESOURCE_MODELS.get(resource)
        if target is None:
            return UnknownWebhook(resource, payload)
    elif "event" in payload and "application_id" in payload:
        target = MARKETPLACE_MODEL
    else:
        return UnknownWebhook(None, payload)
    try:
        return _model(*target).from_dict(payload)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise WebhookParseError(f"{target[1]} payload does not match its schema: {type(exc).__name__}: {exc}") from exc
