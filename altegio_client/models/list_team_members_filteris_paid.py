from typing import Literal

ListTeamMembersFilterisPaid = Literal[0, 1, 2]

LIST_TEAM_MEMBERS_FILTERIS_PAID_VALUES: set[ListTeamMembersFilterisPaid] = {
    0,
    1,
    2,
}


def check_list_team_members_filteris_paid(value: int) -> ListTeamMembersFilterisPaid:
    if value in LIST_TEAM_MEMBERS_FILTERIS_PAID_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TEAM_MEMBERS_FILTERIS_PAID_VALUES!r}")
