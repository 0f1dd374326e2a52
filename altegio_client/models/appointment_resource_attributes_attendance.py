from typing import Literal

AppointmentResourceAttributesAttendance = Literal[-1, 0, 1, 2]

APPOINTMENT_RESOURCE_ATTRIBUTES_ATTENDANCE_VALUES: set[AppointmentResourceAttributesAttendance] = {
    -1,
    0,
    1,
    2,
}


def check_appointment_resource_attributes_attendance(value: int) -> AppointmentResourceAttributesAttendance:
    if value in APPOINTMENT_RESOURCE_ATTRIBUTES_ATTENDANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPOINTMENT_RESOURCE_ATTRIBUTES_ATTENDANCE_VALUES!r}"
    )
