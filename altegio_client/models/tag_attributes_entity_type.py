from typing import Literal

TagAttributesEntityType = Literal["activity", "client", "common", "record"]

TAG_ATTRIBUTES_ENTITY_TYPE_VALUES: set[TagAttributesEntityType] = {
    "activity",
    "client",
    "common",
    "record",
}


def check_tag_attributes_entity_type(value: str) -> TagAttributesEntityType:
    if value in TAG_ATTRIBUTES_ENTITY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TAG_ATTRIBUTES_ENTITY_TYPE_VALUES!r}")
