from typing import Literal

EventIncludeItem = Literal["duration_details", "labels", "master", "resource_instances", "service", "staff"]

EVENT_INCLUDE_ITEM_VALUES: set[EventIncludeItem] = {
    "duration_details",
    "labels",
    "master",
    "resource_instances",
    "service",
    "staff",
}


def check_event_include_item(value: str) -> EventIncludeItem:
    if value in EVENT_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EVENT_INCLUDE_ITEM_VALUES!r}")
