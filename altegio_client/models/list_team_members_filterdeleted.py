from typing import Literal

ListTeamMembersFilterdeleted = Literal[0, 1, 2]

LIST_TEAM_MEMBERS_FILTERDELETED_VALUES: set[ListTeamMembersFilterdeleted] = {
    0,
    1,
    2,
}


def check_list_team_members_filterdeleted(value: int) -> ListTeamMembersFilterdeleted:
    if value in LIST_TEAM_MEMBERS_FILTERDELETED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TEAM_MEMBERS_FILTERDELETED_VALUES!r}")
