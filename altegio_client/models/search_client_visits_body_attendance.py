from typing import Literal

SearchClientVisitsBodyAttendance = Literal[-1, 0, 1, 2]

SEARCH_CLIENT_VISITS_BODY_ATTENDANCE_VALUES: set[SearchClientVisitsBodyAttendance] = {
    -1,
    0,
    1,
    2,
}


def check_search_client_visits_body_attendance(value: int) -> SearchClientVisitsBodyAttendance:
    if value in SEARCH_CLIENT_VISITS_BODY_ATTENDANCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_CLIENT_VISITS_BODY_ATTENDANCE_VALUES!r}")
