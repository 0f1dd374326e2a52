from typing import Literal

GoodsOperationEventStatus = Literal["create", "delete", "update"]

GOODS_OPERATION_EVENT_STATUS_VALUES: set[GoodsOperationEventStatus] = {
    "create",
    "delete",
    "update",
}


def check_goods_operation_event_status(value: str) -> GoodsOperationEventStatus:
    if value in GOODS_OPERATION_EVENT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GOODS_OPERATION_EVENT_STATUS_VALUES!r}")
