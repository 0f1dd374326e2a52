from typing import Literal

CustomFieldResourceAttributesParentEntityType = Literal["client", "record"]

CUSTOM_FIELD_RESOURCE_ATTRIBUTES_PARENT_ENTITY_TYPE_VALUES: set[CustomFieldResourceAttributesParentEntityType] = {
    "client",
    "record",
}


def check_custom_field_resource_attributes_parent_entity_type(
    value: str,
) -> CustomFieldResourceAttributesParentEntityType:
    if value in CUSTOM_FIELD_RESOURCE_ATTRIBUTES_PARENT_ENTITY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_FIELD_RESOURCE_ATTRIBUTES_PARENT_ENTITY_TYPE_VALUES!r}"
    )
