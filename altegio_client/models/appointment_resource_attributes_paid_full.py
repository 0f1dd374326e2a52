from typing import Literal

AppointmentResourceAttributesPaidFull = Literal[0, 1, 2]

APPOINTMENT_RESOURCE_ATTRIBUTES_PAID_FULL_VALUES: set[AppointmentResourceAttributesPaidFull] = {
    0,
    1,
    2,
}


def check_appointment_resource_attributes_paid_full(value: int) -> AppointmentResourceAttributesPaidFull:
    if value in APPOINTMENT_RESOURCE_ATTRIBUTES_PAID_FULL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APPOINTMENT_RESOURCE_ATTRIBUTES_PAID_FULL_VALUES!r}")
