from typing import Literal

StaffEventResource = Literal["staff"]

STAFF_EVENT_RESOURCE_VALUES: set[StaffEventResource] = {
    "staff",
}


def check_staff_event_resource(value: str) -> StaffEventResource:
    if value in STAFF_EVENT_RESOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STAFF_EVENT_RESOURCE_VALUES!r}")
