from typing import Literal

SalonEventStatus = Literal["create", "delete", "update"]

SALON_EVENT_STATUS_VALUES: set[SalonEventStatus] = {
    "create",
    "delete",
    "update",
}


def check_salon_event_status(value: str) -> SalonEventStatus:
    if value in SALON_EVENT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SALON_EVENT_STATUS_VALUES!r}")
