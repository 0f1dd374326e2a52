from typing import Literal

FinancesOperationEventResource = Literal["finances_operation"]

FINANCES_OPERATION_EVENT_RESOURCE_VALUES: set[FinancesOperationEventResource] = {
    "finances_operation",
}


def check_finances_operation_event_resource(value: str) -> FinancesOperationEventResource:
    if value in FINANCES_OPERATION_EVENT_RESOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FINANCES_OPERATION_EVENT_RESOURCE_VALUES!r}")
