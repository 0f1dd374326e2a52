from typing import Literal

GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSettingGridBaseType = Literal[
    "predefined", "schedule", "timeslots"
]

GET_TIMESLOT_SETTINGS_RESPONSE_200_DATA_WEEKDAYS_SETTINGS_ITEM_SETTING_GRID_BASE_TYPE_VALUES: set[
    GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSettingGridBaseType
] = {
    "predefined",
    "schedule",
    "timeslots",
}


def check_get_timeslot_settings_response_200_data_weekdays_settings_item_setting_grid_base_type(
    value: str,
) -> GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSettingGridBaseType:
    if value in GET_TIMESLOT_SETTINGS_RESPONSE_200_DATA_WEEKDAYS_SETTINGS_ITEM_SETTING_GRID_BASE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_TIMESLOT_SETTINGS_RESPONSE_200_DATA_WEEKDAYS_SETTINGS_ITEM_SETTING_GRID_BASE_TYPE_VALUES!r}"
    )
