from typing import Literal

ListTeamMembersIncludeItem = Literal["employee", "position"]

LIST_TEAM_MEMBERS_INCLUDE_ITEM_VALUES: set[ListTeamMembersIncludeItem] = {
    "employee",
    "position",
}


def check_list_team_members_include_item(value: str) -> ListTeamMembersIncludeItem:
    if value in LIST_TEAM_MEMBERS_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TEAM_MEMBERS_INCLUDE_ITEM_VALUES!r}")
