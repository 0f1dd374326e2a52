from typing import Literal

ListAttendanceServiceSuggestionsIncludeItem = Literal["attendance_service", "record"]

LIST_ATTENDANCE_SERVICE_SUGGESTIONS_INCLUDE_ITEM_VALUES: set[ListAttendanceServiceSuggestionsIncludeItem] = {
    "attendance_service",
    "record",
}


def check_list_attendance_service_suggestions_include_item(value: str) -> ListAttendanceServiceSuggestionsIncludeItem:
    if value in LIST_ATTENDANCE_SERVICE_SUGGESTIONS_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ATTENDANCE_SERVICE_SUGGESTIONS_INCLUDE_ITEM_VALUES!r}"
    )
