from typing import Literal

ServiceCategoryEventResource = Literal["service_category"]

SERVICE_CATEGORY_EVENT_RESOURCE_VALUES: set[ServiceCategoryEventResource] = {
    "service_category",
}


def check_service_category_event_resource(value: str) -> ServiceCategoryEventResource:
    if value in SERVICE_CATEGORY_EVENT_RESOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SERVICE_CATEGORY_EVENT_RESOURCE_VALUES!r}")
