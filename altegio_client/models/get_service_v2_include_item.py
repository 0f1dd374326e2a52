from typing import Literal

GetServiceV2IncludeItem = Literal["company_links", "resource_links", "resources", "service_composite", "trial_settings"]

GET_SERVICE_V2_INCLUDE_ITEM_VALUES: set[GetServiceV2IncludeItem] = {
    "company_links",
    "resource_links",
    "resources",
    "service_composite",
    "trial_settings",
}


def check_get_service_v2_include_item(value: str) -> GetServiceV2IncludeItem:
    if value in GET_SERVICE_V2_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_SERVICE_V2_INCLUDE_ITEM_VALUES!r}")
