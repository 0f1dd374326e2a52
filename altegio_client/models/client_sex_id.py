from typing import Literal

ClientSexId = Literal[0, 1, 2]

CLIENT_SEX_ID_VALUES: set[ClientSexId] = {
    0,
    1,
    2,
}


def check_client_sex_id(value: int) -> ClientSexId:
    if value in CLIENT_SEX_ID_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLIENT_SEX_ID_VALUES!r}")
