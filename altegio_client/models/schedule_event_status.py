from typing import Literal

ScheduleEventStatus = Literal["create", "delete", "update"]

SCHEDULE_EVENT_STATUS_VALUES: set[ScheduleEventStatus] = {
    "create",
    "delete",
    "update",
}


def check_schedule_event_status(value: str) -> ScheduleEventStatus:
    if value in SCHEDULE_EVENT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SCHEDULE_EVENT_STATUS_VALUES!r}")
