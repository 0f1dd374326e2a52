from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
    from ..models.event_resource import EventResource
    from ..models.included_resource import IncludedResource


T = TypeVar("T", bound="EventItemResponse")


@_attrs_define
class EventItemResponse(LazyModel):
    data: EventResource
    meta: list[Any]
    """ Empty JSON array returned for an Event item """
    included: list[IncludedResource] | Unset = UNSET
    """ Resources requested through `include`, when available """

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        meta = self.meta

        included: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.included, Unset):
            included = []
            for included_item_data in self.included:
                included_item = included_item_data.to_dict()
                included.append(included_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
                "meta": meta,
            }
        )
        if included is not UNSET:
            field_dict["included"] = included

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_resource import EventResource  # noqa: PLC0415
        from ..models.included_resource import IncludedResource  # noqa: PLC0415

        d = dict(src_dict)
        data = EventResource.from_dict(d.pop("data"))

        meta = cast(list[Any], d.pop("meta"))

        _included = d.pop("included", UNSET)
        included: list[IncludedResource] | Unset = UNSET
        if _included is not UNSET:
            included = []
            for included_item_data in _included:
                included_item = IncludedResource.from_dict(included_item_data)

                included.append(included_item)

        event_item_response = cls(
            data=data,
            meta=meta,
            included=included,
        )

        return event_item_response


def _read_data(json_value: Any, parse_ctx: ParseContext) -> EventResource:
    EventResource = MODEL_CLASSES.get("altegio_client.models.event_resource") or model_class(
        "altegio_client.models.event_resource", "EventResource"
    )

    data = EventResource._lazy(json_value, parse_ctx)

    return data


def _read_included(json_value: Any, parse_ctx: ParseContext) -> list[IncludedResource] | Unset:
    IncludedResource = MODEL_CLASSES.get("altegio_client.models.included_resource") or model_class(
        "altegio_client.models.included_resource", "IncludedResource"
    )

    _included = json_value
    included: list[IncludedResource] | Unset = UNSET
    if _included is not UNSET:
        included = IncludedResource._lazy_list(_included, parse_ctx)

    return included


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


EventItemResponse._lazy_fields = {
    "data": ("data", _read_data, True),
    "meta": ("meta", None, True),
    "included": ("included", _read_included, False),
}


def _fill_plain(model: EventItemResponse, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "meta" in json_value:
        model.meta = json_value["meta"]


def _fill_converted(
    model: EventItemResponse, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "data" not in done:
        try:
            model.data = _read_data(json_value["data"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "included" not in done:
        value = get("included", UNSET)
        if value is UNSET:
            model.included = UNSET
        elif value == []:
            model.included = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.included_resource") or model_builder(
                "altegio_client.models.included_resource", "IncludedResource"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.included = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: EventItemResponse | None = None) -> EventItemResponse:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return EventItemResponse._lazy(json_value, parse_ctx)
        model = new_model(EventItemResponse)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(EventItemResponse, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_data, value_included = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_data is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.data = _read_data(value_data, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_included is UNSET:
        model.included = UNSET
    elif value_included == []:
        model.included = value_included  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.included_resource") or model_builder(
            "altegio_client.models.included_resource", "IncludedResource"
        )
        try:
            if _builtins.type(value_included) is not list:
                raise TypeError
            model.included = [build(item, parse_ctx) for item in value_included]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(EventItemResponse)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = EventItemResponse
        del model._raw, model._context
    return model


EventItemResponse._lazy_fill = (_fill_plain, _fill_converted, _build)
