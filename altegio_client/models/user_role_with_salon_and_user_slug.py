from typing import Literal

UserRoleWithSalonAndUserSlug = Literal[
    "accountant", "administrator", "free_readonly", "free_readonly_admin", "manager", "owner", "staff_member", "worker"
]

USER_ROLE_WITH_SALON_AND_USER_SLUG_VALUES: set[UserRoleWithSalonAndUserSlug] = {
    "accountant",
    "administrator",
    "free_readonly",
    "free_readonly_admin",
    "manager",
    "owner",
    "staff_member",
    "worker",
}


def check_user_role_with_salon_and_user_slug(value: str) -> UserRoleWithSalonAndUserSlug:
    if value in USER_ROLE_WITH_SALON_AND_USER_SLUG_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_ROLE_WITH_SALON_AND_USER_SLUG_VALUES!r}")
