from typing import Literal

TimetableEventScheduleOriginalEntityType = Literal["activity", "record"]

TIMETABLE_EVENT_SCHEDULE_ORIGINAL_ENTITY_TYPE_VALUES: set[TimetableEventScheduleOriginalEntityType] = {
    "activity",
    "record",
}


def check_timetable_event_schedule_original_entity_type(value: str) -> TimetableEventScheduleOriginalEntityType:
    if value in TIMETABLE_EVENT_SCHEDULE_ORIGINAL_ENTITY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TIMETABLE_EVENT_SCHEDULE_ORIGINAL_ENTITY_TYPE_VALUES!r}"
    )
