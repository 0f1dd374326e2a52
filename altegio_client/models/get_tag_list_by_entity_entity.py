from typing import Literal

GetTagListByEntityEntity = Literal["activity", "client", "common", "record"]

GET_TAG_LIST_BY_ENTITY_ENTITY_VALUES: set[GetTagListByEntityEntity] = {
    "activity",
    "client",
    "common",
    "record",
}


def check_get_tag_list_by_entity_entity(value: str) -> GetTagListByEntityEntity:
    if value in GET_TAG_LIST_BY_ENTITY_ENTITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_TAG_LIST_BY_ENTITY_ENTITY_VALUES!r}")
