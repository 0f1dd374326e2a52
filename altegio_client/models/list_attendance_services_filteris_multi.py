from typing import Literal

ListAttendanceServicesFilterisMulti = Literal[0, 1]

LIST_ATTENDANCE_SERVICES_FILTERIS_MULTI_VALUES: set[ListAttendanceServicesFilterisMulti] = {
    0,
    1,
}


def check_list_attendance_services_filteris_multi(value: int) -> ListAttendanceServicesFilterisMulti:
    if value in LIST_ATTENDANCE_SERVICES_FILTERIS_MULTI_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ATTENDANCE_SERVICES_FILTERIS_MULTI_VALUES!r}")
