from typing import Literal

ComerSlug = Literal["person", "pet", "vehicle"]

COMER_SLUG_VALUES: set[ComerSlug] = {
    "person",
    "pet",
    "vehicle",
}


def check_comer_slug(value: str) -> ComerSlug:
    if value in COMER_SLUG_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMER_SLUG_VALUES!r}")
