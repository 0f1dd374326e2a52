from typing import Literal

IncludeForScheduleItem = Literal["days"]

INCLUDE_FOR_SCHEDULE_ITEM_VALUES: set[IncludeForScheduleItem] = {
    "days",
}


def check_include_for_schedule_item(value: str) -> IncludeForScheduleItem:
    if value in INCLUDE_FOR_SCHEDULE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCLUDE_FOR_SCHEDULE_ITEM_VALUES!r}")
