from typing import Literal

TimetableEventScheduleEventEventStatus = Literal[
    "entity_deleted",
    "entity_failed",
    "event_changed",
    "event_changed_force",
    "event_created",
    "event_deleted",
    "stable",
]

TIMETABLE_EVENT_SCHEDULE_EVENT_EVENT_STATUS_VALUES: set[TimetableEventScheduleEventEventStatus] = {
    "entity_deleted",
    "entity_failed",
    "event_changed",
    "event_changed_force",
    "event_created",
    "event_deleted",
    "stable",
}


def check_timetable_event_schedule_event_event_status(value: str) -> TimetableEventScheduleEventEventStatus:
    if value in TIMETABLE_EVENT_SCHEDULE_EVENT_EVENT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TIMETABLE_EVENT_SCHEDULE_EVENT_EVENT_STATUS_VALUES!r}"
    )
