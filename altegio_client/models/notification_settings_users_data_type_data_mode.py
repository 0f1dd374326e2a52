from typing import Literal

NotificationSettingsUsersDataTypeDataMode = Literal["admin", "disabled", "staff"]

NOTIFICATION_SETTINGS_USERS_DATA_TYPE_DATA_MODE_VALUES: set[NotificationSettingsUsersDataTypeDataMode] = {
    "admin",
    "disabled",
    "staff",
}


def check_notification_settings_users_data_type_data_mode(value: str) -> NotificationSettingsUsersDataTypeDataMode:
    if value in NOTIFICATION_SETTINGS_USERS_DATA_TYPE_DATA_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTIFICATION_SETTINGS_USERS_DATA_TYPE_DATA_MODE_VALUES!r}"
    )
