from typing import Literal

ListServicesIncludeItem = Literal["company_links", "resource_links", "resources", "service_composite", "trial_settings"]

LIST_SERVICES_INCLUDE_ITEM_VALUES: set[ListServicesIncludeItem] = {
    "company_links",
    "resource_links",
    "resources",
    "service_composite",
    "trial_settings",
}


def check_list_services_include_item(value: str) -> ListServicesIncludeItem:
    if value in LIST_SERVICES_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_SERVICES_INCLUDE_ITEM_VALUES!r}")
