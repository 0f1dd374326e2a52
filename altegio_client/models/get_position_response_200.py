from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
    from ..models.json_object import JsonObject
    from ..models.team_member_position_resource import TeamMemberPositionResource


T = TypeVar("T", bound="GetPositionResponse200")


@_attrs_define
class GetPositionResponse200(LazyModel):
    data: TeamMemberPositionResource
    meta: list[JsonObject]

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        meta = []
        for meta_item_data in self.meta:
            meta_item = meta_item_data.to_dict()
            meta.append(meta_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415
        from ..models.team_member_position_resource import TeamMemberPositionResource  # noqa: PLC0415

        d = dict(src_dict)
        data = TeamMemberPositionResource.from_dict(d.pop("data"))

        meta = []
        _meta = d.pop("meta")
        for meta_item_data in _meta:
            meta_item = JsonObject.from_dict(meta_item_data)

            meta.append(meta_item)

        get_position_response_200 = cls(
            data=data,
            meta=meta,
        )

        return get_position_response_200


def _read_data(json_value: Any, parse_ctx: ParseContext) -> TeamMemberPositionResource:
    TeamMemberPositionResource = MODEL_CLASSES.get(
        "altegio_client.models.team_member_position_resource"
    ) or model_class("altegio_client.models.team_member_position_resource", "TeamMemberPositionResource")

    data = TeamMemberPositionResource._lazy(json_value, parse_ctx)

    return data


def _read_meta(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject]:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    meta = JsonObject._lazy_list(json_value, parse_ctx)

    return meta


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


GetPositionResponse200._lazy_fields = {
    "data": ("data", _read_data, True),
    "meta": ("meta", _read_meta, True),
}


def _fill_plain(model: GetPositionResponse200, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: GetPositionResponse200, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "data" not in done:
        try:
            model.data = _read_data(json_value["data"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "meta" not in done:
        try:
            model.meta = _read_meta(json_value["meta"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: GetPositionResponse200 | None = None
) -> GetPositionResponse200:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return GetPositionResponse200._lazy(json_value, parse_ctx)
        model = new_model(GetPositionResponse200)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(GetPositionResponse200, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_data, value_meta = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_data is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.data = _read_data(value_data, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_meta is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.meta = _read_meta(value_meta, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(GetPositionResponse200)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = GetPositionResponse200
        del model._raw, model._context
    return model


GetPositionResponse200._lazy_fill = (_fill_plain, _fill_converted, _build)
