from typing import Literal

ListCustomFieldsIncludeItem = Literal["custom_field_type", "ui_options"]

LIST_CUSTOM_FIELDS_INCLUDE_ITEM_VALUES: set[ListCustomFieldsIncludeItem] = {
    "custom_field_type",
    "ui_options",
}


def check_list_custom_fields_include_item(value: str) -> ListCustomFieldsIncludeItem:
    if value in LIST_CUSTOM_FIELDS_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CUSTOM_FIELDS_INCLUDE_ITEM_VALUES!r}")
