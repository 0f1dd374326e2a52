from typing import Literal

BookformCreateRequestFormPosition = Literal["left", "right"]

BOOKFORM_CREATE_REQUEST_FORM_POSITION_VALUES: set[BookformCreateRequestFormPosition] = {
    "left",
    "right",
}


def check_bookform_create_request_form_position(value: str) -> BookformCreateRequestFormPosition:
    if value in BOOKFORM_CREATE_REQUEST_FORM_POSITION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BOOKFORM_CREATE_REQUEST_FORM_POSITION_VALUES!r}")
