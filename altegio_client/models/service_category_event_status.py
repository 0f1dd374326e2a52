from typing import Literal

ServiceCategoryEventStatus = Literal["create", "delete", "update"]

SERVICE_CATEGORY_EVENT_STATUS_VALUES: set[ServiceCategoryEventStatus] = {
    "create",
    "delete",
    "update",
}


def check_service_category_event_status(value: str) -> ServiceCategoryEventStatus:
    if value in SERVICE_CATEGORY_EVENT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SERVICE_CATEGORY_EVENT_STATUS_VALUES!r}")
