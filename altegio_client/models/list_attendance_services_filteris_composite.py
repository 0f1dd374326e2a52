from typing import Literal

ListAttendanceServicesFilterisComposite = Literal[0, 1]

LIST_ATTENDANCE_SERVICES_FILTERIS_COMPOSITE_VALUES: set[ListAttendanceServicesFilterisComposite] = {
    0,
    1,
}


def check_list_attendance_services_filteris_composite(value: int) -> ListAttendanceServicesFilterisComposite:
    if value in LIST_ATTENDANCE_SERVICES_FILTERIS_COMPOSITE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ATTENDANCE_SERVICES_FILTERIS_COMPOSITE_VALUES!r}"
    )
