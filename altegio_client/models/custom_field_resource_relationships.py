from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

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
    from ..models.to_many_relationship import ToManyRelationship
    from ..models.to_one_relationship import ToOneRelationship


T = TypeVar("T", bound="CustomFieldResourceRelationships")


@_attrs_define
class CustomFieldResourceRelationships(LazyModel):
    """Present when related data is requested through `include`"""

    custom_field_type: ToOneRelationship | Unset = UNSET
    type: ToOneRelationship | Unset = UNSET
    ui_options: ToManyRelationship | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        custom_field_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_field_type, Unset):
            custom_field_type = self.custom_field_type.to_dict()

        type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type.to_dict()

        ui_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ui_options, Unset):
            ui_options = self.ui_options.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if custom_field_type is not UNSET:
            field_dict["custom_field_type"] = custom_field_type
        if type is not UNSET:
            field_dict["type"] = type
        if ui_options is not UNSET:
            field_dict["ui_options"] = ui_options

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.to_many_relationship import ToManyRelationship  # noqa: PLC0415
        from ..models.to_one_relationship import ToOneRelationship  # noqa: PLC0415

        d = dict(src_dict)
        _custom_field_type = d.pop("custom_field_type", UNSET)
        custom_field_type: ToOneRelationship | Unset
        if isinstance(_custom_field_type, Unset):
            custom_field_type = UNSET
        else:
            custom_field_type = ToOneRelationship.from_dict(_custom_field_type)

        _type = d.pop("type", UNSET)
        type: ToOneRelationship | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = ToOneRelationship.from_dict(_type)

        _ui_options = d.pop("ui_options", UNSET)
        ui_options: ToManyRelationship | Unset
        if isinstance(_ui_options, Unset):
            ui_options = UNSET
        else:
            ui_options = ToManyRelationship.from_dict(_ui_options)

        custom_field_resource_relationships = cls(
            custom_field_type=custom_field_type,
            type=type,
            ui_options=ui_options,
        )

        return custom_field_resource_relationships


def _read_custom_field_type(json_value: Any, parse_ctx: ParseContext) -> ToOneRelationship | Unset:
    ToOneRelationship = MODEL_CLASSES.get("altegio_client.models.to_one_relationship") or model_class(
        "altegio_client.models.to_one_relationship", "ToOneRelationship"
    )

    _custom_field_type = json_value
    custom_field_type: ToOneRelationship | Unset
    if isinstance(_custom_field_type, Unset):
        custom_field_type = UNSET
    else:
        custom_field_type = ToOneRelationship._lazy(_custom_field_type, parse_ctx)

    return custom_field_type


def _read_type(json_value: Any, parse_ctx: ParseContext) -> ToOneRelationship | Unset:
    ToOneRelationship = MODEL_CLASSES.get("altegio_client.models.to_one_relationship") or model_class(
        "altegio_client.models.to_one_relationship", "ToOneRelationship"
    )

    _type = json_value
    type: ToOneRelationship | Unset
    if isinstance(_type, Unset):
        type = UNSET
    else:
        type = ToOneRelationship._lazy(_type, parse_ctx)

    return type


def _read_ui_options(json_value: Any, parse_ctx: ParseContext) -> ToManyRelationship | Unset:
    ToManyRelationship = MODEL_CLASSES.get("altegio_client.models.to_many_relationship") or model_class(
        "altegio_client.models.to_many_relationship", "ToManyRelationship"
    )

    _ui_options = json_value
    ui_options: ToManyRelationship | Unset
    if isinstance(_ui_options, Unset):
        ui_options = UNSET
    else:
        ui_options = ToManyRelationship._lazy(_ui_options, parse_ctx)

    return ui_options


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CustomFieldResourceRelationships._lazy_fields = {
    "custom_field_type": ("custom_field_type", _read_custom_field_type, False),
    "type": ("type", _read_type, False),
    "ui_options": ("ui_options", _read_ui_options, False),
}


def _fill_plain(model: CustomFieldResourceRelationships, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: CustomFieldResourceRelationships, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "custom_field_type" not in done:
        value = get("custom_field_type", UNSET)
        if value is UNSET:
            model.custom_field_type = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
                "altegio_client.models.to_one_relationship", "ToOneRelationship"
            )
            try:
                model.custom_field_type = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "type" not in done:
        value = get("type", UNSET)
        if value is UNSET:
            model.type = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
                "altegio_client.models.to_one_relationship", "ToOneRelationship"
            )
            try:
                model.type = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "ui_options" not in done:
        value = get("ui_options", UNSET)
        if value is UNSET:
            model.ui_options = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
                "altegio_client.models.to_many_relationship", "ToManyRelationship"
            )
            try:
                model.ui_options = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: CustomFieldResourceRelationships | None = None
) -> CustomFieldResourceRelationships:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CustomFieldResourceRelationships._lazy(json_value, parse_ctx)
        model = new_model(
            CustomFieldResourceRelationships
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
        layout = layout_of(CustomFieldResourceRelationships, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_custom_field_type, value_type, value_ui_options = fill(json_value, model)
    if value_custom_field_type is UNSET:
        model.custom_field_type = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
            "altegio_client.models.to_one_relationship", "ToOneRelationship"
        )
        try:
            model.custom_field_type = build(value_custom_field_type, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_type is UNSET:
        model.type = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
            "altegio_client.models.to_one_relationship", "ToOneRelationship"
        )
        try:
            model.type = build(value_type, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_ui_options is UNSET:
        model.ui_options = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
            "altegio_client.models.to_many_relationship", "ToManyRelationship"
        )
        try:
            model.ui_options = build(value_ui_options, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(CustomFieldResourceRelationships)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CustomFieldResourceRelationships
        del model._raw, model._context
    return model


CustomFieldResourceRelationships._lazy_fill = (_fill_plain, _fill_converted, _build)
