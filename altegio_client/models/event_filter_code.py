from typing import Literal

EventFilterCode = Literal["resource", "service", "service_category", "staff"]

EVENT_FILTER_CODE_VALUES: set[EventFilterCode] = {
    "resource",
    "service",
    "service_category",
    "staff",
}


def check_event_filter_code(value: str) -> EventFilterCode:
    if value in EVENT_FILTER_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EVENT_FILTER_CODE_VALUES!r}")
