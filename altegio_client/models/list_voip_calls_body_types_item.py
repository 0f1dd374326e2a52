from typing import Literal

ListVoipCallsBodyTypesItem = Literal["incoming", "internal", "outgoing"]

LIST_VOIP_CALLS_BODY_TYPES_ITEM_VALUES: set[ListVoipCallsBodyTypesItem] = {
    "incoming",
    "internal",
    "outgoing",
}


def check_list_voip_calls_body_types_item(value: str) -> ListVoipCallsBodyTypesItem:
    if value in LIST_VOIP_CALLS_BODY_TYPES_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_VOIP_CALLS_BODY_TYPES_ITEM_VALUES!r}")
