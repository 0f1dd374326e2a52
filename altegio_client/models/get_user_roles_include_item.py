from typing import Literal

GetUserRolesIncludeItem = Literal["user_permissions"]

GET_USER_ROLES_INCLUDE_ITEM_VALUES: set[GetUserRolesIncludeItem] = {
    "user_permissions",
}


def check_get_user_roles_include_item(value: str) -> GetUserRolesIncludeItem:
    if value in GET_USER_ROLES_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_USER_ROLES_INCLUDE_ITEM_VALUES!r}")
