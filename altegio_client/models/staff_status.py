from typing import Literal

StaffStatus = Literal[0, 1]

STAFF_STATUS_VALUES: set[StaffStatus] = {
    0,
    1,
}


def check_staff_status(value: int) -> StaffStatus:
    if value in STAFF_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STAFF_STATUS_VALUES!r}")
