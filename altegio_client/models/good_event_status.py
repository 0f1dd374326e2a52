from typing import Literal

GoodEventStatus = Literal["create", "delete", "update"]

GOOD_EVENT_STATUS_VALUES: set[GoodEventStatus] = {
    "create",
    "delete",
    "update",
}


def check_good_event_status(value: str) -> GoodEventStatus:
    if value in GOOD_EVENT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GOOD_EVENT_STATUS_VALUES!r}")
