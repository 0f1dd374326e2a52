from typing import Literal

MarketplaceWebhookEventEvent = Literal["freeze", "uninstall"]

MARKETPLACE_WEBHOOK_EVENT_EVENT_VALUES: set[MarketplaceWebhookEventEvent] = {
    "freeze",
    "uninstall",
}


def check_marketplace_webhook_event_event(value: str) -> MarketplaceWebhookEventEvent:
    if value in MARKETPLACE_WEBHOOK_EVENT_EVENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MARKETPLACE_WEBHOOK_EVENT_EVENT_VALUES!r}")
