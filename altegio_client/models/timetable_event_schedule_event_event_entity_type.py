from typing import Literal

TimetableEventScheduleEventEventEntityType = Literal["activity", "record"]

TIMETABLE_EVENT_SCHEDULE_EVENT_EVENT_ENTITY_TYPE_VALUES: set[TimetableEventScheduleEventEventEntityType] = {
    "activity",
    "record",
}


def check_timetable_event_schedule_event_event_entity_type(value: str) -> TimetableEventScheduleEventEventEntityType:
    if value in TIMETABLE_EVENT_SCHEDULE_EVENT_EVENT_ENTITY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TIMETABLE_EVENT_SCHEDULE_EVENT_EVENT_ENTITY_TYPE_VALUES!r}"
    )
