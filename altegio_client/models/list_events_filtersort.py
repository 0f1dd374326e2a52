from typing import Literal

ListEventsFiltersort = Literal["asc", "desc"]

LIST_EVENTS_FILTERSORT_VALUES: set[ListEventsFiltersort] = {
    "asc",
    "desc",
}


def check_list_events_filtersort(value: str) -> ListEventsFiltersort:
    if value in LIST_EVENTS_FILTERSORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EVENTS_FILTERSORT_VALUES!r}")
