from typing import Literal

EventAppointmentCreateRequestClientGenderType1 = Literal[0, 1, 2]

EVENT_APPOINTMENT_CREATE_REQUEST_CLIENT_GENDER_TYPE_1_VALUES: set[EventAppointmentCreateRequestClientGenderType1] = {
    0,
    1,
    2,
}


def check_event_appointment_create_request_client_gender_type_1(
    value: int,
) -> EventAppointmentCreateRequestClientGenderType1:
    if value in EVENT_APPOINTMENT_CREATE_REQUEST_CLIENT_GENDER_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVENT_APPOINTMENT_CREATE_REQUEST_CLIENT_GENDER_TYPE_1_VALUES!r}"
    )
