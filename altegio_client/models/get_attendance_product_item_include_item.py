from typing import Literal

GetAttendanceProductItemIncludeItem = Literal[
    "good", "loyalty_abonement", "loyalty_certificate", "marks", "staff", "storage_amount"
]

GET_ATTENDANCE_PRODUCT_ITEM_INCLUDE_ITEM_VALUES: set[GetAttendanceProductItemIncludeItem] = {
    "good",
    "loyalty_abonement",
    "loyalty_certificate",
    "marks",
    "staff",
    "storage_amount",
}


def check_get_attendance_product_item_include_item(value: str) -> GetAttendanceProductItemIncludeItem:
    if value in GET_ATTENDANCE_PRODUCT_ITEM_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_ATTENDANCE_PRODUCT_ITEM_INCLUDE_ITEM_VALUES!r}")
