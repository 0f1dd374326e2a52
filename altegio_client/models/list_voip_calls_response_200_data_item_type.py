from typing import Literal

ListVoipCallsResponse200DataItemType = Literal["incoming", "internal", "outgoing"]

LIST_VOIP_CALLS_RESPONSE_200_DATA_ITEM_TYPE_VALUES: set[ListVoipCallsResponse200DataItemType] = {
    "incoming",
    "internal",
    "outgoing",
}


def check_list_voip_calls_response_200_data_item_type(value: str) -> ListVoipCallsResponse200DataItemType:
    if value in LIST_VOIP_CALLS_RESPONSE_200_DATA_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_VOIP_CALLS_RESPONSE_200_DATA_ITEM_TYPE_VALUES!r}"
    )
