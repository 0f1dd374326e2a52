from typing import Literal

ListCustomFieldsFilterparentEntityType = Literal["client", "record"]

LIST_CUSTOM_FIELDS_FILTERPARENT_ENTITY_TYPE_VALUES: set[ListCustomFieldsFilterparentEntityType] = {
    "client",
    "record",
}


def check_list_custom_fields_filterparent_entity_type(value: str) -> ListCustomFieldsFilterparentEntityType:
    if value in LIST_CUSTOM_FIELDS_FILTERPARENT_ENTITY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CUSTOM_FIELDS_FILTERPARENT_ENTITY_TYPE_VALUES!r}"
    )
