from typing import Literal

CustomFieldResourceAttributesEntitySlug = Literal["client", "record"]

CUSTOM_FIELD_RESOURCE_ATTRIBUTES_ENTITY_SLUG_VALUES: set[CustomFieldResourceAttributesEntitySlug] = {
    "client",
    "record",
}


def check_custom_field_resource_attributes_entity_slug(value: str) -> CustomFieldResourceAttributesEntitySlug:
    if value in CUSTOM_FIELD_RESOURCE_ATTRIBUTES_ENTITY_SLUG_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_FIELD_RESOURCE_ATTRIBUTES_ENTITY_SLUG_VALUES!r}"
    )
