from typing import Literal

LoyaltyCardEventStatus = Literal["create", "delete", "update"]

LOYALTY_CARD_EVENT_STATUS_VALUES: set[LoyaltyCardEventStatus] = {
    "create",
    "delete",
    "update",
}


def check_loyalty_card_event_status(value: str) -> LoyaltyCardEventStatus:
    if value in LOYALTY_CARD_EVENT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOYALTY_CARD_EVENT_STATUS_VALUES!r}")
