from typing import Literal

IncludeItem = Literal[
    "acceptance_free",
    "attendance_document",
    "attendance_good_items",
    "attendance_service_items",
    "client",
    "client.custom_field_values",
    "client_notification_settings",
    "client_schedule",
    "comer",
    "custom_field_values",
    "duration_details",
    "fast_payment_settings",
    "goods",
    "labels",
    "resource_instances",
    "services",
    "staff",
    "transactions",
]

INCLUDE_ITEM_VALUES: set[IncludeItem] = {
    "acceptance_free",
    "attendance_document",
    "attendance_good_items",
    "attendance_service_items",
    "client",
    "client.custom_field_values",
    "client_notification_settings",
    "client_schedule",
    "comer",
    "custom_field_values",
    "duration_details",
    "fast_payment_settings",
    "goods",
    "labels",
    "resource_instances",
    "services",
    "staff",
    "transactions",
}


def check_include_item(value: str) -> IncludeItem:
    if value in INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCLUDE_ITEM_VALUES!r}")
