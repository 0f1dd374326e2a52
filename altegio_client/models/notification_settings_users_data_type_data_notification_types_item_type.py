from typing import Literal

NotificationSettingsUsersDataTypeDataNotificationTypesItemType = Literal[
    "license_expire",
    "record_create_offline_admin",
    "record_create_offline_staff",
    "record_create_online_admin",
    "record_create_online_staff",
    "record_delete_admin",
    "record_delete_staff",
    "record_move_admin",
    "record_move_staff",
]

NOTIFICATION_SETTINGS_USERS_DATA_TYPE_DATA_NOTIFICATION_TYPES_ITEM_TYPE_VALUES: set[
    NotificationSettingsUsersDataTypeDataNotificationTypesItemType
] = {
    "license_expire",
    "record_create_offline_admin",
    "record_create_offline_staff",
    "record_create_online_admin",
    "record_create_online_staff",
    "record_delete_admin",
    "record_delete_staff",
    "record_move_admin",
    "record_move_staff",
}


def check_notification_settings_users_data_type_data_notification_types_item_type(
    value: str,
) -> NotificationSettingsUsersDataTypeDataNotificationTypesItemType:
    if value in NOTIFICATION_SETTINGS_USERS_DATA_TYPE_DATA_NOTIFICATION_TYPES_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTIFICATION_SETTINGS_USERS_DATA_TYPE_DATA_NOTIFICATION_TYPES_ITEM_TYPE_VALUES!r}"
    )
