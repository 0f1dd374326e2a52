from typing import Literal

ListTeamMembersFilterisAssistant = Literal[0, 1, 2]

LIST_TEAM_MEMBERS_FILTERIS_ASSISTANT_VALUES: set[ListTeamMembersFilterisAssistant] = {
    0,
    1,
    2,
}


def check_list_team_members_filteris_assistant(value: int) -> ListTeamMembersFilterisAssistant:
    if value in LIST_TEAM_MEMBERS_FILTERIS_ASSISTANT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TEAM_MEMBERS_FILTERIS_ASSISTANT_VALUES!r}")
