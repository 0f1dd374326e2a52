from typing import Literal

ListVoipCallsStatusesItem = Literal["busy", "cancel", "missed", "notallowed", "notavailable", "notfound", "success"]

LIST_VOIP_CALLS_STATUSES_ITEM_VALUES: set[ListVoipCallsStatusesItem] = {
    "busy",
    "cancel",
    "missed",
    "notallowed",
    "notavailable",
    "notfound",
    "success",
}


def check_list_voip_calls_statuses_item(value: str) -> ListVoipCallsStatusesItem:
    if value in LIST_VOIP_CALLS_STATUSES_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_VOIP_CALLS_STATUSES_ITEM_VALUES!r}")
