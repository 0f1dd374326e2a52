from typing import Literal

RecordEventStatus = Literal["create", "delete", "update"]

RECORD_EVENT_STATUS_VALUES: set[RecordEventStatus] = {
    "create",
    "delete",
    "update",
}


def check_record_event_status(value: str) -> RecordEventStatus:
    if value in RECORD_EVENT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RECORD_EVENT_STATUS_VALUES!r}")
