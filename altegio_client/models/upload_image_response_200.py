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
    from ..models.image_group import ImageGroup


T = TypeVar("T", bound="UploadImageResponse200")


@_attrs_define
class UploadImageResponse200(LazyModel):
    ImageGroup: ImageGroup | Unset = UNSET
    image_group: ImageGroup | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_group import ImageGroup  # noqa: PLC0415

        ImageGroup: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ImageGroup, Unset):
            ImageGroup = self.ImageGroup.to_dict()

        image_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_group, Unset):
            image_group = self.image_group.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ImageGroup is not UNSET:
            field_dict["ImageGroup"] = ImageGroup
        if image_group is not UNSET:
            field_dict["image_group"] = image_group

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_group import ImageGroup  # noqa: PLC0415

        d = dict(src_dict)
        _ImageGroup = d.pop("ImageGroup", UNSET)
        ImageGroup: ImageGroup | Unset
        if isinstance(_ImageGroup, Unset):
            ImageGroup = UNSET
        else:
            ImageGroup = ImageGroup.from_dict(_ImageGroup)

        _image_group = d.pop("image_group", UNSET)
        image_group: ImageGroup | Unset
        if isinstance(_image_group, Unset):
            image_group = UNSET
        else:
            image_group = ImageGroup.from_dict(_image_group)

        upload_image_response_200 = cls(
            ImageGroup=ImageGroup,
            image_group=image_group,
        )

        upload_image_response_200.additional_properties = d
        return upload_image_response_200

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


def _read_ImageGroup(json_value: Any, parse_ctx: ParseContext) -> ImageGroup | Unset:
    ImageGroup = MODEL_CLASSES.get("altegio_client.models.image_group") or model_class(
        "altegio_client.models.image_group", "ImageGroup"
    )

    _ImageGroup = json_value
    ImageGroup: ImageGroup | Unset
    if isinstance(_ImageGroup, Unset):
        ImageGroup = UNSET
    else:
        ImageGroup = ImageGroup._lazy(_ImageGroup, parse_ctx)

    return ImageGroup


def _read_image_group(json_value: Any, parse_ctx: ParseContext) -> ImageGroup | Unset:
    ImageGroup = MODEL_CLASSES.get("altegio_client.models.image_group") or model_class(
        "altegio_client.models.image_group", "ImageGroup"
    )

    _image_group = json_value
    image_group: ImageGroup | Unset
    if isinstance(_image_group, Unset):
        image_group = UNSET
    else:
        image_group = ImageGroup._lazy(_image_group, parse_ctx)

    return image_group


_DECLARED_KEYS = frozenset(
    {
        "ImageGroup",
        "image_group",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


UploadImageResponse200._lazy_fields = {
    "ImageGroup": ("ImageGroup", _read_ImageGroup, False),
    "image_group": ("image_group", _read_image_group, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: UploadImageResponse200, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: UploadImageResponse200, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "ImageGroup" not in done:
        value = get("ImageGroup", UNSET)
        if value is UNSET:
            model.ImageGroup = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.image_group") or model_builder(
                "altegio_client.models.image_group", "ImageGroup"
            )
            try:
                model.ImageGroup = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "image_group" not in done:
        value = get("image_group", UNSET)
        if value is UNSET:
            model.image_group = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.image_group") or model_builder(
                "altegio_client.models.image_group", "ImageGroup"
            )
            try:
                model.image_group = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: UploadImageResponse200 | None = None
) -> UploadImageResponse200:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return UploadImageResponse200._lazy(json_value, parse_ctx)
        model = new_model(UploadImageResponse200)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(UploadImageResponse200, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_ImageGroup, value_image_group = fill(json_value, model)
    if value_ImageGroup is UNSET:
        model.ImageGroup = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.image_group") or model_builder(
            "altegio_client.models.image_group", "ImageGroup"
        )
        try:
            model.ImageGroup = build(value_ImageGroup, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_image_group is UNSET:
        model.image_group = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.image_group") or model_builder(
            "altegio_client.models.image_group", "ImageGroup"
        )
        try:
            model.image_group = build(value_image_group, parse_ctx)
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
        model.__class__ = lazily_read_class(UploadImageResponse200)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = UploadImageResponse200
        del model._raw, model._context
    return model


UploadImageResponse200._lazy_fill = (_fill_plain, _fill_converted, _build)
