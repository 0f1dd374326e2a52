from typing import Literal

ResourceOccupationResourceAttributesSourceType = Literal["activity", "record"]

RESOURCE_OCCUPATION_RESOURCE_ATTRIBUTES_SOURCE_TYPE_VALUES: set[ResourceOccupationResourceAttributesSourceType] = {
    "activity",
    "record",
}


def check_resource_occupation_resource_attributes_source_type(
    value: str,
) -> ResourceOccupationResourceAttributesSourceType:
    if value in RESOURCE_OCCUPATION_RESOURCE_ATTRIBUTES_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESOURCE_OCCUPATION_RESOURCE_ATTRIBUTES_SOURCE_TYPE_VALUES!r}"
    )
