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
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="CreateEventDuplicationStrategyBody")


@_attrs_define
class CreateEventDuplicationStrategyBody(LazyModel):
    title: str
    """ Name """
    repeat_mode_id: int
    """ Repeat Mode """
    days: list[JsonObject] | Unset = UNSET
    """ Recurrence Days for Weekly Mode """
    interval: float | Unset = UNSET
    """ Break in searching for dates """
    content_type: float | Unset = UNSET
    """ Duplicate appointments? 1 - no, 2 - yes """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        repeat_mode_id = self.repeat_mode_id

        days: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = []
            for days_item_data in self.days:
                days_item = days_item_data.to_dict()
                days.append(days_item)

        interval = self.interval

        content_type = self.content_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "repeat_mode_id": repeat_mode_id,
            }
        )
        if days is not UNSET:
            field_dict["days"] = days
        if interval is not UNSET:
            field_dict["interval"] = interval
        if content_type is not UNSET:
            field_dict["content_type"] = content_type

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        repeat_mode_id = d.pop("repeat_mode_id")

        _days = d.pop("days", UNSET)
        days: list[JsonObject] | Unset = UNSET
        if _days is not UNSET:
            days = []
            for days_item_data in _days:
                days_item = JsonObject.from_dict(days_item_data)

                days.append(days_item)

        interval = d.pop("interval", UNSET)

        content_type = d.pop("content_type", UNSET)

        create_event_duplication_strategy_body = cls(
            title=title,
            repeat_mode_id=repeat_mode_id,
            days=days,
            interval=interval,
            content_type=content_type,
        )

        create_event_duplication_strategy_body.additional_properties = d
        return create_event_duplication_strategy_body

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


def _read_days(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _days = json_value
    days: list[JsonObject] | Unset = UNSET
    if _days is not UNSET:
        days = JsonObject._lazy_list(_days, parse_ctx)

    return days


_DECLARED_KEYS = frozenset(
    {
        "title",
        "repeat_mode_id",
        "days",
        "interval",
        "content_type",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CreateEventDuplicationStrategyBody._lazy_fields = {
    "title": ("title", None, True),
    "repeat_mode_id": ("repeat_mode_id", None, True),
    "days": ("days", _read_days, False),
    "interval": ("interval", None, False),
    "content_type": ("content_type", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: CreateEventDuplicationStrategyBody, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "title" in json_value:
        model.title = json_value["title"]
    if "repeat_mode_id" in json_value:
        model.repeat_mode_id = json_value["repeat_mode_id"]
    model.interval = get("interval", UNSET)
    model.content_type = get("content_type", UNSET)


def _fill_converted(
    model: CreateEventDuplicationStrategyBody, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "days" not in done:
        value = get("days", UNSET)
        if value is UNSET:
            model.days = UNSET
        elif value == []:
            model.days = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.days = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: CreateEventDuplicationStrategyBody | None = None
) -> CreateEventDuplicationStrategyBody:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CreateEventDuplicationStrategyBody._lazy(json_value, parse_ctx)
        model = new_model(
            CreateEventDuplicationStrategyBody
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
        layout = layout_of(CreateEventDuplicationStrategyBody, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_days,) = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_days is UNSET:
        model.days = UNSET
    elif value_days == []:
        model.days = value_days  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
        )
        try:
            if _builtins.type(value_days) is not list:
                raise TypeError
            model.days = [build(item, parse_ctx) for item in value_days]
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
        model.__class__ = lazily_read_class(CreateEventDuplicationStrategyBody)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CreateEventDuplicationStrategyBody
        del model._raw, model._context
    return model


CreateEventDuplicationStrategyBody._lazy_fill = (_fill_plain, _fill_converted, _build)
