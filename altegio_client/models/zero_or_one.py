from typing import Literal

ZeroOrOne = Literal[0, 1]

ZERO_OR_ONE_VALUES: set[ZeroOrOne] = {
    0,
    1,
}


def check_zero_or_one(value: int) -> ZeroOrOne:
    if value in ZERO_OR_ONE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ZERO_OR_ONE_VALUES!r}")
