from typing import Literal

AppointmentResourceAttributesAttendanceStatus = Literal[-1, 0, 1, 2]

APPOINTMENT_RESOURCE_ATTRIBUTES_ATTENDANCE_STATUS_VALUES: set[AppointmentResourceAttributesAttendanceStatus] = {
    -1,
    0,
    1,
    2,
}


def check_appointment_resource_attributes_attendance_status(
    value: int,
) -> AppointmentResourceAttributesAttendanceStatus:
    if value in APPOINTMENT_RESOURCE_ATTRIBUTES_ATTENDANCE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPOINTMENT_RESOURCE_ATTRIBUTES_ATTENDANCE_STATUS_VALUES!r}"
    )
