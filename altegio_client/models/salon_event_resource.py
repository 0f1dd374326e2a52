from typing import Literal

SalonEventResource = Literal["salon"]

SALON_EVENT_RESOURCE_VALUES: set[SalonEventResource] = {
    "salon",
}


def check_salon_event_resource(value: str) -> SalonEventResource:
    if value in SALON_EVENT_RESOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SALON_EVENT_RESOURCE_VALUES!r}")
