from typing import Literal

RecordEventResource = Literal["record"]

RECORD_EVENT_RESOURCE_VALUES: set[RecordEventResource] = {
    "record",
}


def check_record_event_resource(value: str) -> RecordEventResource:
    if value in RECORD_EVENT_RESOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RECORD_EVENT_RESOURCE_VALUES!r}")
