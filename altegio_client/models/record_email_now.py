from typing import Literal

RecordEmailNow = Literal[0, 1]

RECORD_EMAIL_NOW_VALUES: set[RecordEmailNow] = {
    0,
    1,
}


def check_record_email_now(value: int) -> RecordEmailNow:
    if value in RECORD_EMAIL_NOW_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RECORD_EMAIL_NOW_VALUES!r}")
