from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from .._codegen import (
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    model_class,
    new_model,
)
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.tag_attributes import TagAttributes


T = TypeVar("T", bound="ListTagsResponse200DataItem")


@_attrs_define
class ListTagsResponse200DataItem(LazyModel):
    type: Literal["tag"]
    id: str
    attributes: TagAttributes
    """ Tag attributes (v2 API JSON:API format) """

    def to_dict(self) -> dict[str, Any]:
        type = self.type

        id = self.id

        attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type,
                "id": id,
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tag_attributes import TagAttributes  # noqa: PLC0415

        d = dict(src_dict)
        type = cast(Literal["tag"], d.pop("type"))
        if type != "tag":
            raise ValueError(f"type must match const 'tag', got '{type}'")

        id = d.pop("id")

        attributes = TagAttributes.from_dict(d.pop("attributes"))

        list_tags_response_200_data_item = cls(
            type=type,
            id=id,
            attributes=attributes,
        )

        return list_tags_response_200_data_item


def _read_type(json_value: Any, parse_ctx: ParseContext) -> Literal["tag"]:

    type = cast(Literal["tag"], json_value)
    if type != "tag":
        raise ValueError(f"type must match const 'tag', got '{type}'")
    return type


def _read_attributes(json_value: Any, parse_ctx: ParseContext) -> TagAttributes:
    TagAttributes = MODEL_CLASSES.get("altegio_client.models.tag_attributes") or model_class(
        "altegio_client.models.tag_attributes", "TagAttributes"
    )

    attributes = TagAttributes._lazy(json_value, parse_ctx)

    return attributes


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ListTagsResponse200DataItem._lazy_fields = {
    "type": ("type", _read_type, True),
    "id": ("id", None, True),
    "attributes": ("attributes", _read_attributes, True),
}


def _fill_plain(model: ListTagsResponse200DataItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "id" in json_value:
        model.id = json_value["id"]


def _fill_converted(
    model: ListTagsResponse200DataItem, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "type" not in done:
        try:
            model.type = _read_type(json_value["type"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "attributes" not in done:
        try:
            model.attributes = _read_attributes(json_value["attributes"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ListTagsResponse200DataItem | None = None
) -> ListTagsResponse200DataItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ListTagsResponse200DataItem._lazy(json_value, parse_ctx)
        model = new_model(ListTagsResponse200DataItem)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(ListTagsResponse200DataItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_type, value_attributes = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_type is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.type = _read_type(value_type, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_attributes is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.attributes = _read_attributes(value_attributes, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(ListTagsResponse200DataItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ListTagsResponse200DataItem
        del model._raw, model._context
    return model


ListTagsResponse200DataItem._lazy_fill = (_fill_plain, _fill_converted, _build)
