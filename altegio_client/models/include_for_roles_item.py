from typing import Literal

IncludeForRolesItem = Literal["user_permissions"]

INCLUDE_FOR_ROLES_ITEM_VALUES: set[IncludeForRolesItem] = {
    "user_permissions",
}


def check_include_for_roles_item(value: str) -> IncludeForRolesItem:
    if value in INCLUDE_FOR_ROLES_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCLUDE_FOR_ROLES_ITEM_VALUES!r}")
