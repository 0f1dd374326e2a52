from typing import Literal

ClientCommentContainerType = Literal["default", "file"]

CLIENT_COMMENT_CONTAINER_TYPE_VALUES: set[ClientCommentContainerType] = {
    "default",
    "file",
}


def check_client_comment_container_type(value: str) -> ClientCommentContainerType:
    if value in CLIENT_COMMENT_CONTAINER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLIENT_COMMENT_CONTAINER_TYPE_VALUES!r}")
