from typing import Literal

PositionServicesBindingType = Literal[0, 2]

POSITION_SERVICES_BINDING_TYPE_VALUES: set[PositionServicesBindingType] = {
    0,
    2,
}


def check_position_services_binding_type(value: int) -> PositionServicesBindingType:
    if value in POSITION_SERVICES_BINDING_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {POSITION_SERVICES_BINDING_TYPE_VALUES!r}")
