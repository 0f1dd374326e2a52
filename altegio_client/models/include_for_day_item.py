from typing import Literal

IncludeForDayItem = Literal["events", "events_labels", "events_master", "events_resource_instances"]

INCLUDE_FOR_DAY_ITEM_VALUES: set[IncludeForDayItem] = {
    "events",
    "events_labels",
    "events_master",
    "events_resource_instances",
}


def check_include_for_day_item(value: str) -> IncludeForDayItem:
    if value in INCLUDE_FOR_DAY_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCLUDE_FOR_DAY_ITEM_VALUES!r}")
