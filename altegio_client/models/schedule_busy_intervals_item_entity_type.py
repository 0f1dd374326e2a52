from typing import Literal

ScheduleBusyIntervalsItemEntityType = Literal["activity", "record"]

SCHEDULE_BUSY_INTERVALS_ITEM_ENTITY_TYPE_VALUES: set[ScheduleBusyIntervalsItemEntityType] = {
    "activity",
    "record",
}


def check_schedule_busy_intervals_item_entity_type(value: str) -> ScheduleBusyIntervalsItemEntityType:
    if value in SCHEDULE_BUSY_INTERVALS_ITEM_ENTITY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SCHEDULE_BUSY_INTERVALS_ITEM_ENTITY_TYPE_VALUES!r}")
