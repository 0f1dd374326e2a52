from typing import Literal

ListVoipCallsTypesItem = Literal["incoming", "internal", "outgoing"]

LIST_VOIP_CALLS_TYPES_ITEM_VALUES: set[ListVoipCallsTypesItem] = {
    "incoming",
    "internal",
    "outgoing",
}


def check_list_voip_calls_types_item(value: str) -> ListVoipCallsTypesItem:
    if value in LIST_VOIP_CALLS_TYPES_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_VOIP_CALLS_TYPES_ITEM_VALUES!r}")
