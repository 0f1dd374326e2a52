from typing import Literal

ListAttendanceServicesFilterisAvailableForTimetable = Literal[0, 1]

LIST_ATTENDANCE_SERVICES_FILTERIS_AVAILABLE_FOR_TIMETABLE_VALUES: set[
    ListAttendanceServicesFilterisAvailableForTimetable
] = {
    0,
    1,
}


def check_list_attendance_services_filteris_available_for_timetable(
    value: int,
) -> ListAttendanceServicesFilterisAvailableForTimetable:
    if value in LIST_ATTENDANCE_SERVICES_FILTERIS_AVAILABLE_FOR_TIMETABLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ATTENDANCE_SERVICES_FILTERIS_AVAILABLE_FOR_TIMETABLE_VALUES!r}"
    )
