from typing import Literal

CreateTimetableEventScheduleBodyOriginalEntityType = Literal["activity", "record"]

CREATE_TIMETABLE_EVENT_SCHEDULE_BODY_ORIGINAL_ENTITY_TYPE_VALUES: set[
    CreateTimetableEventScheduleBodyOriginalEntityType
] = {
    "activity",
    "record",
}


def check_create_timetable_event_schedule_body_original_entity_type(
    value: str,
) -> CreateTimetableEventScheduleBodyOriginalEntityType:
    if value in CREATE_TIMETABLE_EVENT_SCHEDULE_BODY_ORIGINAL_ENTITY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_TIMETABLE_EVENT_SCHEDULE_BODY_ORIGINAL_ENTITY_TYPE_VALUES!r}"
    )
