from typing import Literal

StaffShowRating = Literal[0, 1]

STAFF_SHOW_RATING_VALUES: set[StaffShowRating] = {
    0,
    1,
}


def check_staff_show_rating(value: int) -> StaffShowRating:
    if value in STAFF_SHOW_RATING_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STAFF_SHOW_RATING_VALUES!r}")
