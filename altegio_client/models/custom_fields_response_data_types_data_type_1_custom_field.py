from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._codegen import (
    MODEL_BUILDERS,
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    model_builder,
    model_class,
    new_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_fields_response_data_types_data_type_1_custom_field_type import (
        CustomFieldsResponseDataTypesDataType1CustomFieldType,
    )


T = TypeVar("T", bound="CustomFieldsResponseDataTypesDataType1CustomField")


@_attrs_define
class CustomFieldsResponseDataTypesDataType1CustomField(LazyModel):
    """Custom fields"""

    id: int | Unset = UNSET
    """ Field ID """
    code: str | Unset = UNSET
    """ Field code by which values for appointment fields are set """
    entity_type: str | Unset = UNSET
    """ Entity type for which the field is valid (customer card, appointment window) """
    show_in_ui: bool | Unset = UNSET
    """ Whether to show fields in the interface """
    title: str | Unset = UNSET
    """ Name of add. fields """
    user_can_edit: bool | Unset = UNSET
    """ Is editing allowed """
    type: CustomFieldsResponseDataTypesDataType1CustomFieldType | Unset = UNSET
    """ Field type """
    values: str | Unset = UNSET
    """ List of valid values for type "list" """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        code = self.code

        entity_type = self.entity_type

        show_in_ui = self.show_in_ui

        title = self.title

        user_can_edit = self.user_can_edit

        type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type.to_dict()

        values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if code is not UNSET:
            field_dict["code"] = code
        if entity_type is not UNSET:
            field_dict["entity_type"] = entity_type
        if show_in_ui is not UNSET:
            field_dict["show_in_ui"] = show_in_ui
        if title is not UNSET:
            field_dict["title"] = title
        if user_can_edit is not UNSET:
            field_dict["user_can_edit"] = user_can_edit
        if type is not UNSET:
            field_dict["type"] = type
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_fields_response_data_types_data_type_1_custom_field_type import (
            CustomFieldsResponseDataTypesDataType1CustomFieldType,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        code = d.pop("code", UNSET)

        entity_type = d.pop("entity_type", UNSET)

        show_in_ui = d.pop("show_in_ui", UNSET)

        title = d.pop("title", UNSET)

        user_can_edit = d.pop("user_can_edit", UNSET)

        _type = d.pop("type", UNSET)
        type: CustomFieldsResponseDataTypesDataType1CustomFieldType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = CustomFieldsResponseDataTypesDataType1CustomFieldType.from_dict(_type)

        values = d.pop("values", UNSET)

        custom_fields_response_data_types_data_type_1_custom_field = cls(
            id=id,
            code=code,
            entity_type=entity_type,
            show_in_ui=show_in_ui,
            title=title,
            user_can_edit=user_can_edit,
            type=type,
            values=values,
        )

        custom_fields_response_data_types_data_type_1_custom_field.additional_properties = d
        return custom_fields_response_data_types_data_type_1_custom_field

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _read_type(
    json_value: Any, parse_ctx: ParseContext
) -> CustomFieldsResponseDataTypesDataType1CustomFieldType | Unset:
    CustomFieldsResponseDataTypesDataType1CustomFieldType = MODEL_CLASSES.get(
        "altegio_client.models.custom_fields_response_data_types_data_type_1_custom_field_type"
    ) or model_class(
        "altegio_client.models.custom_fields_response_data_types_data_type_1_custom_field_type",
        "CustomFieldsResponseDataTypesDataType1CustomFieldType",
    )

    _type = json_value
    type: CustomFieldsResponseDataTypesDataType1CustomFieldType | Unset
    if isinstance(_type, Unset):
        type = UNSET
    else:
        type = CustomFieldsResponseDataTypesDataType1CustomFieldType._lazy(_type, parse_ctx)

    return type


_DECLARED_KEYS = frozenset(
    {
        "id",
        "code",
        "entity_type",
        "show_in_ui",
        "title",
        "user_can_edit",
        "type",
        "values",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CustomFieldsResponseDataTypesDataType1CustomField._lazy_fields = {
    "id": ("id", None, False),
    "code": ("code", None, False),
    "entity_type": ("entity_type", None, False),
    "show_in_ui": ("show_in_ui", None, False),
    "title": ("title", None, False),
    "user_can_edit": ("user_can_edit", None, False),
    "type": ("type", _read_type, False),
    "values": ("values", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: CustomFieldsResponseDataTypesDataType1CustomField, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.code = get("code", UNSET)
    model.entity_type = get("entity_type", UNSET)
    model.show_in_ui = get("show_in_ui", UNSET)
    model.title = get("title", UNSET)
    model.user_can_edit = get("user_can_edit", UNSET)
    model.values = get("values", UNSET)


def _fill_converted(
    model: CustomFieldsResponseDataTypesDataType1CustomField,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "type" not in done:
        value = get("type", UNSET)
        if value is UNSET:
            model.type = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.custom_fields_response_data_types_data_type_1_custom_field_type"
            ) or model_builder(
                "altegio_client.models.custom_fields_response_data_types_data_type_1_custom_field_type",
                "CustomFieldsResponseDataTypesDataType1CustomFieldType",
            )
            try:
                model.type = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: CustomFieldsResponseDataTypesDataType1CustomField | None = None
) -> CustomFieldsResponseDataTypesDataType1CustomField:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CustomFieldsResponseDataTypesDataType1CustomField._lazy(json_value, parse_ctx)
        model = new_model(
            CustomFieldsResponseDataTypesDataType1CustomField
        )  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(CustomFieldsResponseDataTypesDataType1CustomField, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_type,) = fill(json_value, model)
    if value_type is UNSET:
        model.type = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.custom_fields_response_data_types_data_type_1_custom_field_type"
        ) or model_builder(
            "altegio_client.models.custom_fields_response_data_types_data_type_1_custom_field_type",
            "CustomFieldsResponseDataTypesDataType1CustomFieldType",
        )
        try:
            model.type = build(value_type, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if only_declared:  # no undeclared key, the usual case (known from the layout, see _layouts.py)
        model.additional_properties = {}
    else:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True
    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(CustomFieldsResponseDataTypesDataType1CustomField)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CustomFieldsResponseDataTypesDataType1CustomField
        del model._raw, model._context
    return model


CustomFieldsResponseDataTypesDataType1CustomField._lazy_fill = (_fill_plain, _fill_converted, _build)
