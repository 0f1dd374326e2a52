from typing import Literal

GetTeamMemberScheduleListIncludeItem = Literal["busy_intervals", "off_day_type"]

GET_TEAM_MEMBER_SCHEDULE_LIST_INCLUDE_ITEM_VALUES: set[GetTeamMemberScheduleListIncludeItem] = {
    "busy_intervals",
    "off_day_type",
}


def check_get_team_member_schedule_list_include_item(value: str) -> GetTeamMemberScheduleListIncludeItem:
    if value in GET_TEAM_MEMBER_SCHEDULE_LIST_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_TEAM_MEMBER_SCHEDULE_LIST_INCLUDE_ITEM_VALUES!r}"
    )
