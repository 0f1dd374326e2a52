from typing import Literal

UserPermissionTypeSlug = Literal[
    "allowed_id",
    "allowed_ids",
    "allowed_ip",
    "has_access",
    "has_allowed_ids",
    "has_group_access",
    "has_limited_access",
    "has_limited_by_own_access",
    "has_limited_today",
    "last_days_count",
]

USER_PERMISSION_TYPE_SLUG_VALUES: set[UserPermissionTypeSlug] = {
    "allowed_id",
    "allowed_ids",
    "allowed_ip",
    "has_access",
    "has_allowed_ids",
    "has_group_access",
    "has_limited_access",
    "has_limited_by_own_access",
    "has_limited_today",
    "last_days_count",
}


def check_user_permission_type_slug(value: str) -> UserPermissionTypeSlug:
    if value in USER_PERMISSION_TYPE_SLUG_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_PERMISSION_TYPE_SLUG_VALUES!r}")
