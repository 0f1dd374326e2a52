from typing import Literal

GetTimeslotSettingsResponse200DataDatesSettingsItemSettingGridBaseType = Literal["predefined", "schedule", "timeslots"]

GET_TIMESLOT_SETTINGS_RESPONSE_200_DATA_DATES_SETTINGS_ITEM_SETTING_GRID_BASE_TYPE_VALUES: set[
    GetTimeslotSettingsResponse200DataDatesSettingsItemSettingGridBaseType
] = {
    "predefined",
    "schedule",
    "timeslots",
}


def check_get_timeslot_settings_response_200_data_dates_settings_item_setting_grid_base_type(
    value: str,
) -> GetTimeslotSettingsResponse200DataDatesSettingsItemSettingGridBaseType:
    if value in GET_TIMESLOT_SETTINGS_RESPONSE_200_DATA_DATES_SETTINGS_ITEM_SETTING_GRID_BASE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_TIMESLOT_SETTINGS_RESPONSE_200_DATA_DATES_SETTINGS_ITEM_SETTING_GRID_BASE_TYPE_VALUES!r}"
    )
