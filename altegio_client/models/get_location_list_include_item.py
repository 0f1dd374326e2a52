from typing import Literal

GetLocationListIncludeItem = Literal["accounts", "expenses", "positions", "staff", "storages"]

GET_LOCATION_LIST_INCLUDE_ITEM_VALUES: set[GetLocationListIncludeItem] = {
    "accounts",
    "expenses",
    "positions",
    "staff",
    "storages",
}


def check_get_location_list_include_item(value: str) -> GetLocationListIncludeItem:
    if value in GET_LOCATION_LIST_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_LOCATION_LIST_INCLUDE_ITEM_VALUES!r}")
