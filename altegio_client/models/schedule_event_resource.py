from typing import Literal

ScheduleEventResource = Literal["schedule"]

SCHEDULE_EVENT_RESOURCE_VALUES: set[ScheduleEventResource] = {
    "schedule",
}


def check_schedule_event_resource(value: str) -> ScheduleEventResource:
    if value in SCHEDULE_EVENT_RESOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SCHEDULE_EVENT_RESOURCE_VALUES!r}")
