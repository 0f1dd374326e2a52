from typing import Literal

ListTagsEntity = Literal["0", "1", "2", "3", "activity", "client", "common", "record"]

LIST_TAGS_ENTITY_VALUES: set[ListTagsEntity] = {
    "0",
    "1",
    "2",
    "3",
    "activity",
    "client",
    "common",
    "record",
}


def check_list_tags_entity(value: str) -> ListTagsEntity:
    if value in LIST_TAGS_ENTITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TAGS_ENTITY_VALUES!r}")
