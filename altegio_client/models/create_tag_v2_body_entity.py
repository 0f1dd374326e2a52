from typing import Literal

CreateTagV2BodyEntity = Literal[0, 1, 2, 3]

CREATE_TAG_V2_BODY_ENTITY_VALUES: set[CreateTagV2BodyEntity] = {
    0,
    1,
    2,
    3,
}


def check_create_tag_v2_body_entity(value: int) -> CreateTagV2BodyEntity:
    if value in CREATE_TAG_V2_BODY_ENTITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_TAG_V2_BODY_ENTITY_VALUES!r}")
