from typing import Literal

ListTeamMembersFilterfired = Literal[0, 1, 2]

LIST_TEAM_MEMBERS_FILTERFIRED_VALUES: set[ListTeamMembersFilterfired] = {
    0,
    1,
    2,
}


def check_list_team_members_filterfired(value: int) -> ListTeamMembersFilterfired:
    if value in LIST_TEAM_MEMBERS_FILTERFIRED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TEAM_MEMBERS_FILTERFIRED_VALUES!r}")
