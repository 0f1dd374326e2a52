from typing import Literal

BookformUpdateRequestFormPosition = Literal["left", "right"]

BOOKFORM_UPDATE_REQUEST_FORM_POSITION_VALUES: set[BookformUpdateRequestFormPosition] = {
    "left",
    "right",
}


def check_bookform_update_request_form_position(value: str) -> BookformUpdateRequestFormPosition:
    if value in BOOKFORM_UPDATE_REQUEST_FORM_POSITION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BOOKFORM_UPDATE_REQUEST_FORM_POSITION_VALUES!r}")
