from typing import Literal

ServiceEventStatus = Literal["create", "delete", "update"]

SERVICE_EVENT_STATUS_VALUES: set[ServiceEventStatus] = {
    "create",
    "delete",
    "update",
}


def check_service_event_status(value: str) -> ServiceEventStatus:
    if value in SERVICE_EVENT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SERVICE_EVENT_STATUS_VALUES!r}")
