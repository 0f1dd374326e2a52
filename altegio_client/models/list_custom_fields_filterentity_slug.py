from typing import Literal

ListCustomFieldsFilterentitySlug = Literal["client", "record"]

LIST_CUSTOM_FIELDS_FILTERENTITY_SLUG_VALUES: set[ListCustomFieldsFilterentitySlug] = {
    "client",
    "record",
}


def check_list_custom_fields_filterentity_slug(value: str) -> ListCustomFieldsFilterentitySlug:
    if value in LIST_CUSTOM_FIELDS_FILTERENTITY_SLUG_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CUSTOM_FIELDS_FILTERENTITY_SLUG_VALUES!r}")
