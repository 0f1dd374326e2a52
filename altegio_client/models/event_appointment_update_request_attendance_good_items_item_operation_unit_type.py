from typing import Literal

EventAppointmentUpdateRequestAttendanceGoodItemsItemOperationUnitType = Literal["consumable", "sale"]

EVENT_APPOINTMENT_UPDATE_REQUEST_ATTENDANCE_GOOD_ITEMS_ITEM_OPERATION_UNIT_TYPE_VALUES: set[
    EventAppointmentUpdateRequestAttendanceGoodItemsItemOperationUnitType
] = {
    "consumable",
    "sale",
}


def check_event_appointment_update_request_attendance_good_items_item_operation_unit_type(
    value: str,
) -> EventAppointmentUpdateRequestAttendanceGoodItemsItemOperationUnitType:
    if value in EVENT_APPOINTMENT_UPDATE_REQUEST_ATTENDANCE_GOOD_ITEMS_ITEM_OPERATION_UNIT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVENT_APPOINTMENT_UPDATE_REQUEST_ATTENDANCE_GOOD_ITEMS_ITEM_OPERATION_UNIT_TYPE_VALUES!r}"
    )
