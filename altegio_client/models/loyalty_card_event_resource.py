from typing import Literal

LoyaltyCardEventResource = Literal["loyalty_card"]

LOYALTY_CARD_EVENT_RESOURCE_VALUES: set[LoyaltyCardEventResource] = {
    "loyalty_card",
}


def check_loyalty_card_event_resource(value: str) -> LoyaltyCardEventResource:
    if value in LOYALTY_CARD_EVENT_RESOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOYALTY_CARD_EVENT_RESOURCE_VALUES!r}")
