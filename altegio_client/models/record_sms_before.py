from typing import Literal

RecordSmsBefore = Literal[0, 1]

RECORD_SMS_BEFORE_VALUES: set[RecordSmsBefore] = {
    0,
    1,
}


def check_record_sms_before(value: int) -> RecordSmsBefore:
    if value in RECORD_SMS_BEFORE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RECORD_SMS_BEFORE_VALUES!r}")
