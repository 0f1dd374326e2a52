from typing import Literal

ServiceEventResource = Literal["service"]

SERVICE_EVENT_RESOURCE_VALUES: set[ServiceEventResource] = {
    "service",
}


def check_service_event_resource(value: str) -> ServiceEventResource:
    if value in SERVICE_EVENT_RESOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SERVICE_EVENT_RESOURCE_VALUES!r}")
