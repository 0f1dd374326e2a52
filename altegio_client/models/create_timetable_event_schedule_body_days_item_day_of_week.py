from typing import Literal

CreateTimetableEventScheduleBodyDaysItemDayOfWeek = Literal["fri", "mon", "sat", "sun", "thu", "tue", "wed"]

CREATE_TIMETABLE_EVENT_SCHEDULE_BODY_DAYS_ITEM_DAY_OF_WEEK_VALUES: set[
    CreateTimetableEventScheduleBodyDaysItemDayOfWeek
] = {
    "fri",
    "mon",
    "sat",
    "sun",
    "thu",
    "tue",
    "wed",
}


def check_create_timetable_event_schedule_body_days_item_day_of_week(
    value: str,
) -> CreateTimetableEventScheduleBodyDaysItemDayOfWeek:
    if value in CREATE_TIMETABLE_EVENT_SCHEDULE_BODY_DAYS_ITEM_DAY_OF_WEEK_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_TIMETABLE_EVENT_SCHEDULE_BODY_DAYS_ITEM_DAY_OF_WEEK_VALUES!r}"
    )
