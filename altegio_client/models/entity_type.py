from typing import Literal

EntityType = Literal["activity", "record"]

ENTITY_TYPE_VALUES: set[EntityType] = {
    "activity",
    "record",
}


def check_entity_type(value: str) -> EntityType:
    if value in ENTITY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ENTITY_TYPE_VALUES!r}")
