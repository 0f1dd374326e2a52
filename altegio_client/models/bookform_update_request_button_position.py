from typing import Literal

BookformUpdateRequestButtonPosition = Literal["bottom left", "bottom right", "top left", "top right"]

BOOKFORM_UPDATE_REQUEST_BUTTON_POSITION_VALUES: set[BookformUpdateRequestButtonPosition] = {
    "bottom left",
    "bottom right",
    "top left",
    "top right",
}


def check_bookform_update_request_button_position(value: str) -> BookformUpdateRequestButtonPosition:
    if value in BOOKFORM_UPDATE_REQUEST_BUTTON_POSITION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BOOKFORM_UPDATE_REQUEST_BUTTON_POSITION_VALUES!r}")
