from typing import Literal

ListVoipCallsResponse200DataItemStatus = Literal[
    "busy", "cancel", "missed", "notallowed", "notavailable", "notfound", "success"
]

LIST_VOIP_CALLS_RESPONSE_200_DATA_ITEM_STATUS_VALUES: set[ListVoipCallsResponse200DataItemStatus] = {
    "busy",
    "cancel",
    "missed",
    "notallowed",
    "notavailable",
    "notfound",
    "success",
}


def check_list_voip_calls_response_200_data_item_status(value: str) -> ListVoipCallsResponse200DataItemStatus:
    if value in LIST_VOIP_CALLS_RESPONSE_200_DATA_ITEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_VOIP_CALLS_RESPONSE_200_DATA_ITEM_STATUS_VALUES!r}"
    )
