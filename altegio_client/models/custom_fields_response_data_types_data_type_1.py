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
    from ..models.custom_fields_response_data_types_data_type_1_custom_field import (
        CustomFieldsResponseDataTypesDataType1CustomField,
    )


T = TypeVar("T", bound="CustomFieldsResponseDataTypesDataType1")


@_attrs_define
class CustomFieldsResponseDataTypesDataType1(LazyModel):
    id: int | Unset = UNSET
    """ Field ID """
    salon_id: int | Unset = UNSET
    """ location ID """
    custom_field: CustomFieldsResponseDataTypesDataType1CustomField | Unset = UNSET
    """ Custom fields """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        salon_id = self.salon_id

        custom_field: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_field, Unset):
            custom_field = self.custom_field.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if custom_field is not UNSET:
            field_dict["custom_field"] = custom_field

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_fields_response_data_types_data_type_1_custom_field import (
            CustomFieldsResponseDataTypesDataType1CustomField,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        _custom_field = d.pop("custom_field", UNSET)
        custom_field: CustomFieldsResponseDataTypesDataType1CustomField | Unset
        if isinstance(_custom_field, Unset):
            custom_field = UNSET
        else:
            custom_field = CustomFieldsResponseDataTypesDataType1CustomField.from_dict(_custom_field)

        custom_fields_response_data_types_data_type_1 = cls(
            id=id,
            salon_id=salon_id,
            custom_field=custom_field,
        )

        custom_fields_response_data_types_data_type_1.additional_properties = d
        return custom_fields_response_data_types_data_type_1

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


def _read_custom_field(
    json_value: Any, parse_ctx: ParseContext
) -> CustomFieldsResponseDataTypesDataType1CustomField | Unset:
    CustomFieldsResponseDataTypesDataType1CustomField = MODEL_CLASSES.get(
        "altegio_client.models.custom_fields_response_data_types_data_type_1_custom_field"
    ) or model_class(
        "altegio_client.models.custom_fields_response_data_types_data_type_1_custom_field",
        "CustomFieldsResponseDataTypesDataType1CustomField",
    )

    _custom_field = json_value
    custom_field: CustomFieldsResponseDataTypesDataType1CustomField | Unset
    if isinstance(_custom_field, Unset):
        custom_field = UNSET
    else:
        custom_field = CustomFieldsResponseDataTypesDataType1CustomField._lazy(_custom_field, parse_ctx)

    return custom_field


_DECLARED_KEYS = frozenset(
    {
        "id",
        "salon_id",
        "custom_field",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CustomFieldsResponseDataTypesDataType1._lazy_fields = {
    "id": ("id", None, False),
    "salon_id": ("salon_id", None, False),
    "custom_field": ("custom_field", _read_custom_field, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: CustomFieldsResponseDataTypesDataType1, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.salon_id = get("salon_id", UNSET)


def _fill_converted(
    model: CustomFieldsResponseDataTypesDataType1,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "custom_field" not in done:
        value = get("custom_field", UNSET)
        if value is UNSET:
            model.custom_field = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.custom_fields_response_data_types_data_type_1_custom_field"
            ) or model_builder(
                "altegio_client.models.custom_fields_response_data_types_data_type_1_custom_field",
                "CustomFieldsResponseDataTypesDataType1CustomField",
            )
            try:
                model.custom_field = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: CustomFieldsResponseDataTypesDataType1 | None = None
) -> CustomFieldsResponseDataTypesDataType1:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CustomFieldsResponseDataTypesDataType1._lazy(json_value, parse_ctx)
        model = new_model(
            CustomFieldsResponseDataTypesDataType1
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
        layout = layout_of(CustomFieldsResponseDataTypesDataType1, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_custom_field,) = fill(json_value, model)
    if value_custom_field is UNSET:
        model.custom_field = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.custom_fields_response_data_types_data_type_1_custom_field"
        ) or model_builder(
            "altegio_client.models.custom_fields_response_data_types_data_type_1_custom_field",
            "CustomFieldsResponseDataTypesDataType1CustomField",
        )
        try:
            model.custom_field = build(value_custom_field, parse_ctx)
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
        model.__class__ = lazily_read_class(CustomFieldsResponseDataTypesDataType1)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CustomFieldsResponseDataTypesDataType1
        del model._raw, model._context
    return model


CustomFieldsResponseDataTypesDataType1._lazy_fill = (_fill_plain, _fill_converted, _build)
