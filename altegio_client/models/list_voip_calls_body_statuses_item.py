from typing import Literal

ListVoipCallsBodyStatusesItem = Literal["busy", "cancel", "missed", "notallowed", "notavailable", "notfound", "success"]

LIST_VOIP_CALLS_BODY_STATUSES_ITEM_VALUES: set[ListVoipCallsBodyStatusesItem] = {
    "busy",
    "cancel",
    "missed",
    "notallowed",
    "notavailable",
    "notfound",
    "success",
}


def check_list_voip_calls_body_statuses_item(value: str) -> ListVoipCallsBodyStatusesItem:
    if value in LIST_VOIP_CALLS_BODY_STATUSES_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_VOIP_CALLS_BODY_STATUSES_ITEM_VALUES!r}")
