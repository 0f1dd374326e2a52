from typing import Literal

ListEventsFilterincludeDeleted = Literal[0, 1]

LIST_EVENTS_FILTERINCLUDE_DELETED_VALUES: set[ListEventsFilterincludeDeleted] = {
    0,
    1,
}


def check_list_events_filterinclude_deleted(value: int) -> ListEventsFilterincludeDeleted:
    if value in LIST_EVENTS_FILTERINCLUDE_DELETED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EVENTS_FILTERINCLUDE_DELETED_VALUES!r}")
