from typing import Literal

UpdateTagBodyEntity = Literal[0, 1, 2, 3]

UPDATE_TAG_BODY_ENTITY_VALUES: set[UpdateTagBodyEntity] = {
    0,
    1,
    2,
    3,
}


def check_update_tag_body_entity(value: int) -> UpdateTagBodyEntity:
    if value in UPDATE_TAG_BODY_ENTITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_TAG_BODY_ENTITY_VALUES!r}")
