from typing import Literal

StaffEventStatus = Literal["create", "delete", "update"]

STAFF_EVENT_STATUS_VALUES: set[StaffEventStatus] = {
    "create",
    "delete",
    "update",
}


def check_staff_event_status(value: str) -> StaffEventStatus:
    if value in STAFF_EVENT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STAFF_EVENT_STATUS_VALUES!r}")
