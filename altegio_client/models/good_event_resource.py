from typing import Literal

GoodEventResource = Literal["good"]

GOOD_EVENT_RESOURCE_VALUES: set[GoodEventResource] = {
    "good",
}


def check_good_event_resource(value: str) -> GoodEventResource:
    if value in GOOD_EVENT_RESOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GOOD_EVENT_RESOURCE_VALUES!r}")
