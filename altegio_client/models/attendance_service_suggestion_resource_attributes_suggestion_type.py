from typing import Literal

AttendanceServiceSuggestionResourceAttributesSuggestionType = Literal[
    "client_popular_service", "last_client_visit_attendance_service", "master_popular_service"
]

ATTENDANCE_SERVICE_SUGGESTION_RESOURCE_ATTRIBUTES_SUGGESTION_TYPE_VALUES: set[
    AttendanceServiceSuggestionResourceAttributesSuggestionType
] = {
    "client_popular_service",
    "last_client_visit_attendance_service",
    "master_popular_service",
}


def check_attendance_service_suggestion_resource_attributes_suggestion_type(
    value: str,
) -> AttendanceServiceSuggestionResourceAttributesSuggestionType:
    if value in ATTENDANCE_SERVICE_SUGGESTION_RESOURCE_ATTRIBUTES_SUGGESTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ATTENDANCE_SERVICE_SUGGESTION_RESOURCE_ATTRIBUTES_SUGGESTION_TYPE_VALUES!r}"
    )
