from typing import Literal

ListTeamMembersFilteruserLinked = Literal[0, 1, 2]

LIST_TEAM_MEMBERS_FILTERUSER_LINKED_VALUES: set[ListTeamMembersFilteruserLinked] = {
    0,
    1,
    2,
}


def check_list_team_members_filteruser_linked(value: int) -> ListTeamMembersFilteruserLinked:
    if value in LIST_TEAM_MEMBERS_FILTERUSER_LINKED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TEAM_MEMBERS_FILTERUSER_LINKED_VALUES!r}")
