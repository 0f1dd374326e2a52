from typing import Literal

GetTeamMemberScheduleListResponse200DataItemBusyIntervalsItemEntityType = Literal["activity", "record"]

GET_TEAM_MEMBER_SCHEDULE_LIST_RESPONSE_200_DATA_ITEM_BUSY_INTERVALS_ITEM_ENTITY_TYPE_VALUES: set[
    GetTeamMemberScheduleListResponse200DataItemBusyIntervalsItemEntityType
] = {
    "activity",
    "record",
}


def check_get_team_member_schedule_list_response_200_data_item_busy_intervals_item_entity_type(
    value: str,
) -> GetTeamMemberScheduleListResponse200DataItemBusyIntervalsItemEntityType:
    if value in GET_TEAM_MEMBER_SCHEDULE_LIST_RESPONSE_200_DATA_ITEM_BUSY_INTERVALS_ITEM_ENTITY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_TEAM_MEMBER_SCHEDULE_LIST_RESPONSE_200_DATA_ITEM_BUSY_INTERVALS_ITEM_ENTITY_TYPE_VALUES!r}"
    )
