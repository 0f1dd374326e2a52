from typing import Literal

GoodsOperationEventResource = Literal[
    "goods_operations_consumable",
    "goods_operations_move",
    "goods_operations_receipt",
    "goods_operations_sale",
    "goods_operations_stolen",
]

GOODS_OPERATION_EVENT_RESOURCE_VALUES: set[GoodsOperationEventResource] = {
    "goods_operations_consumable",
    "goods_operations_move",
    "goods_operations_receipt",
    "goods_operations_sale",
    "goods_operations_stolen",
}


def check_goods_operation_event_resource(value: str) -> GoodsOperationEventResource:
    if value in GOODS_OPERATION_EVENT_RESOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GOODS_OPERATION_EVENT_RESOURCE_VALUES!r}")
