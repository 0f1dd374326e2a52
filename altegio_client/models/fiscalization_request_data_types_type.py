from typing import Literal

FiscalizationRequestDataTypesType = Literal["return", "sale"]

FISCALIZATION_REQUEST_DATA_TYPES_TYPE_VALUES: set[FiscalizationRequestDataTypesType] = {
    "return",
    "sale",
}


def check_fiscalization_request_data_types_type(value: str) -> FiscalizationRequestDataTypesType:
    if value in FISCALIZATION_REQUEST_DATA_TYPES_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FISCALIZATION_REQUEST_DATA_TYPES_TYPE_VALUES!r}")
