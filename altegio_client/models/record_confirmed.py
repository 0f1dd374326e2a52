from typing import Literal

RecordConfirmed = Literal[0, 1]

RECORD_CONFIRMED_VALUES: set[RecordConfirmed] = {
    0,
    1,
}


def check_record_confirmed(value: int) -> RecordConfirmed:
    if value in RECORD_CONFIRMED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RECORD_CONFIRMED_VALUES!r}")
