from typing import Literal

StaffHidden = Literal[0, 1]

STAFF_HIDDEN_VALUES: set[StaffHidden] = {
    0,
    1,
}


def check_staff_hidden(value: int) -> StaffHidden:
    if value in STAFF_HIDDEN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STAFF_HIDDEN_VALUES!r}")
