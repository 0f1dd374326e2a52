from typing import Literal

ClientEventResource = Literal["client"]

CLIENT_EVENT_RESOURCE_VALUES: set[ClientEventResource] = {
    "client",
}


def check_client_event_resource(value: str) -> ClientEventResource:
    if value in CLIENT_EVENT_RESOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLIENT_EVENT_RESOURCE_VALUES!r}")
