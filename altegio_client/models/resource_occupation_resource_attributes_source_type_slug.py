from typing import Literal

ResourceOccupationResourceAttributesSourceTypeSlug = Literal["activity", "record"]

RESOURCE_OCCUPATION_RESOURCE_ATTRIBUTES_SOURCE_TYPE_SLUG_VALUES: set[
    ResourceOccupationResourceAttributesSourceTypeSlug
] = {
    "activity",
    "record",
}


def check_resource_occupation_resource_attributes_source_type_slug(
    value: str,
) -> ResourceOccupationResourceAttributesSourceTypeSlug:
    if value in RESOURCE_OCCUPATION_RESOURCE_ATTRIBUTES_SOURCE_TYPE_SLUG_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESOURCE_OCCUPATION_RESOURCE_ATTRIBUTES_SOURCE_TYPE_SLUG_VALUES!r}"
    )
