from typing import Literal

ClientEventStatus = Literal["create", "delete", "update"]

CLIENT_EVENT_STATUS_VALUES: set[ClientEventStatus] = {
    "create",
    "delete",
    "update",
}


def check_client_event_status(value: str) -> ClientEventStatus:
    if value in CLIENT_EVENT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLIENT_EVENT_STATUS_VALUES!r}")
