from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._codegen import (
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    model_class,
    new_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image import Image
    from ..models.image_group_image_group import ImageGroupImageGroup


T = TypeVar("T", bound="ImageGroup")


@_attrs_define
class ImageGroup(LazyModel):
    id: int
    """ image group id """
    images: Image
    image_binded: bool
    """ The status of linking images to an entity """
    image_group: ImageGroupImageGroup
    """ Image group object """
    entity: str | Unset = UNSET
    """ The name of the entity to which the group is bound """
    entity_id: int | Unset = UNSET
    """ Entity ID """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        images = self.images.to_dict()

        image_binded = self.image_binded

        image_group = self.image_group.to_dict()

        entity = self.entity

        entity_id = self.entity_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "images": images,
                "image_binded": image_binded,
                "image_group": image_group,
            }
        )
        if entity is not UNSET:
            field_dict["entity"] = entity
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image import Image  # noqa: PLC0415
        from ..models.image_group_image_group import ImageGroupImageGroup  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        images = Image.from_dict(d.pop("images"))

        image_binded = d.pop("image_binded")

        image_group = ImageGroupImageGroup.from_dict(d.pop("image_group"))

        entity = d.pop("entity", UNSET)

        entity_id = d.pop("entity_id", UNSET)

        image_group = cls(
            id=id,
            images=images,
            image_binded=image_binded,
            image_group=image_group,
            entity=entity,
            entity_id=entity_id,
        )

        image_group.additional_properties = d
        return image_group

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


def _read_images(json_value: Any, parse_ctx: ParseContext) -> Image:
    Image = MODEL_CLASSES.get("altegio_client.models.image") or model_class("altegio_client.models.image", "Image")

    images = Image._lazy(json_value, parse_ctx)

    return images


def _read_image_group(json_value: Any, parse_ctx: ParseContext) -> ImageGroupImageGroup:
    ImageGroupImageGroup = MODEL_CLASSES.get("altegio_client.models.image_group_image_group") or model_class(
        "altegio_client.models.image_group_image_group", "ImageGroupImageGroup"
    )

    image_group = ImageGroupImageGroup._lazy(json_value, parse_ctx)

    return image_group


_DECLARED_KEYS = frozenset(
    {
        "id",
        "images",
        "image_binded",
        "image_group",
        "entity",
        "entity_id",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ImageGroup._lazy_fields = {
    "id": ("id", None, True),
    "images": ("images", _read_images, True),
    "image_binded": ("image_binded", None, True),
    "image_group": ("image_group", _read_image_group, True),
    "entity": ("entity", None, False),
    "entity_id": ("entity_id", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ImageGroup, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "id" in json_value:
        model.id = json_value["id"]
    if "image_binded" in json_value:
        model.image_binded = json_value["image_binded"]
    model.entity = get("entity", UNSET)
    model.entity_id = get("entity_id", UNSET)


def _fill_converted(
    model: ImageGroup, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "images" not in done:
        try:
            model.images = _read_images(json_value["images"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "image_group" not in done:
        try:
            model.image_group = _read_image_group(json_value["image_group"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: ImageGroup | None = None) -> ImageGroup:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ImageGroup._lazy(json_value, parse_ctx)
        model = new_model(ImageGroup)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(ImageGroup, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_images, value_image_group = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_images is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.images = _read_images(value_images, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_image_group is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.image_group = _read_image_group(value_image_group, parse_ctx)
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
        model.__class__ = lazily_read_class(ImageGroup)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ImageGroup
        del model._raw, model._context
    return model


ImageGroup._lazy_fill = (_fill_plain, _fill_converted, _build)
