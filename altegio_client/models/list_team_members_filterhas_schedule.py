from typing import Literal

ListTeamMembersFilterhasSchedule = Literal[0, 1, 2]

LIST_TEAM_MEMBERS_FILTERHAS_SCHEDULE_VALUES: set[ListTeamMembersFilterhasSchedule] = {
    0,
    1,
    2,
}


def check_list_team_members_filterhas_schedule(value: int) -> ListTeamMembersFilterhasSchedule:
    if value in LIST_TEAM_MEMBERS_FILTERHAS_SCHEDULE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TEAM_MEMBERS_FILTERHAS_SCHEDULE_VALUES!r}")
