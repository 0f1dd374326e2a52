from typing import Literal

AppointmentResourceAttributesAttendanceStatusSlug = Literal["absent", "attended", "confirmed", "waiting"]

APPOINTMENT_RESOURCE_ATTRIBUTES_ATTENDANCE_STATUS_SLUG_VALUES: set[
    AppointmentResourceAttributesAttendanceStatusSlug
] = {
    "absent",
    "attended",
    "confirmed",
    "waiting",
}


def check_appointment_resource_attributes_attendance_status_slug(
    value: str,
) -> AppointmentResourceAttributesAttendanceStatusSlug:
    if value in APPOINTMENT_RESOURCE_ATTRIBUTES_ATTENDANCE_STATUS_SLUG_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPOINTMENT_RESOURCE_ATTRIBUTES_ATTENDANCE_STATUS_SLUG_VALUES!r}"
    )
