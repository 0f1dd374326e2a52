from typing import Literal

FinancesOperationEventStatus = Literal["create", "delete", "update"]

FINANCES_OPERATION_EVENT_STATUS_VALUES: set[FinancesOperationEventStatus] = {
    "create",
    "delete",
    "update",
}


def check_finances_operation_event_status(value: str) -> FinancesOperationEventStatus:
    if value in FINANCES_OPERATION_EVENT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FINANCES_OPERATION_EVENT_STATUS_VALUES!r}")
