from typing import Literal

SalonActive = Literal[0, 1]

SALON_ACTIVE_VALUES: set[SalonActive] = {
    0,
    1,
}


def check_salon_active(value: int) -> SalonActive:
    if value in SALON_ACTIVE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SALON_ACTIVE_VALUES!r}")
