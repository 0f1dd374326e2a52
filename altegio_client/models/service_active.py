from typing import Literal

ServiceActive = Literal[0, 1]

SERVICE_ACTIVE_VALUES: set[ServiceActive] = {
    0,
    1,
}


def check_service_active(value: int) -> ServiceActive:
    if value in SERVICE_ACTIVE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SERVICE_ACTIVE_VALUES!r}")
