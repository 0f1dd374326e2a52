from typing import Literal

IncludeForScheduleExtendedItem = Literal[
    "days", "days.events_labels", "days.events_master", "days.events_resource_instances"
]

INCLUDE_FOR_SCHEDULE_EXTENDED_ITEM_VALUES: set[IncludeForScheduleExtendedItem] = {
    "days",
    "days.events_labels",
    "days.events_master",
    "days.events_resource_instances",
}


def check_include_for_schedule_extended_item(value: str) -> IncludeForScheduleExtendedItem:
    if value in INCLUDE_FOR_SCHEDULE_EXTENDED_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCLUDE_FOR_SCHEDULE_EXTENDED_ITEM_VALUES!r}")
