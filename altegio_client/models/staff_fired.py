from typing import Literal

StaffFired = Literal[0, 1]

STAFF_FIRED_VALUES: set[StaffFired] = {
    0,
    1,
}


def check_staff_fired(value: int) -> StaffFired:
    if value in STAFF_FIRED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STAFF_FIRED_VALUES!r}")
