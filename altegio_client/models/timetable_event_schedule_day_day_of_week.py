from typing import Literal

TimetableEventScheduleDayDayOfWeek = Literal["fri", "mon", "sat", "sun", "thu", "tue", "wed"]

TIMETABLE_EVENT_SCHEDULE_DAY_DAY_OF_WEEK_VALUES: set[TimetableEventScheduleDayDayOfWeek] = {
    "fri",
    "mon",
    "sat",
    "sun",
    "thu",
    "tue",
    "wed",
}


def check_timetable_event_schedule_day_day_of_week(value: str) -> TimetableEventScheduleDayDayOfWeek:
    if value in TIMETABLE_EVENT_SCHEDULE_DAY_DAY_OF_WEEK_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TIMETABLE_EVENT_SCHEDULE_DAY_DAY_OF_WEEK_VALUES!r}")
