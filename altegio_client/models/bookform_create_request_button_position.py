from typing import Literal

BookformCreateRequestButtonPosition = Literal["bottom left", "bottom right", "top left ", "top right"]

BOOKFORM_CREATE_REQUEST_BUTTON_POSITION_VALUES: set[BookformCreateRequestButtonPosition] = {
    "bottom left",
    "bottom right",
    "top left ",
    "top right",
}


def check_bookform_create_request_button_position(value: str) -> BookformCreateRequestButtonPosition:
    if value in BOOKFORM_CREATE_REQUEST_BUTTON_POSITION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BOOKFORM_CREATE_REQUEST_BUTTON_POSITION_VALUES!r}")
