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
    from ..models.response_meta_date_paginator_object_date_cursor_current import (
        ResponseMetaDatePaginatorObjectDateCursorCurrent,
    )
    from ..models.response_meta_date_paginator_object_date_cursor_next import (
        ResponseMetaDatePaginatorObjectDateCursorNext,
    )
    from ..models.response_meta_date_paginator_object_date_cursor_previous import (
        ResponseMetaDatePaginatorObjectDateCursorPrevious,
    )


T = TypeVar("T", bound="ResponseMetaDatePaginatorObjectDateCursor")


@_attrs_define
class ResponseMetaDatePaginatorObjectDateCursor(LazyModel):
    """Pagination information."""

    previous: ResponseMetaDatePaginatorObjectDateCursorPrevious | Unset = UNSET
    """ Information about the previous page. """
    current: ResponseMetaDatePaginatorObjectDateCursorCurrent | Unset = UNSET
    """ Information about the current page. """
    next: ResponseMetaDatePaginatorObjectDateCursorNext | Unset = UNSET
    """ Information about the previous page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        previous: dict[str, Any] | Unset = UNSET
        if not isinstance(self.previous, Unset):
            previous = self.previous.to_dict()

        current: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current, Unset):
            current = self.current.to_dict()

        next: dict[str, Any] | Unset = UNSET
        if not isinstance(self.next, Unset):
            next = self.next.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if previous is not UNSET:
            field_dict["previous"] = previous
        if current is not UNSET:
            field_dict["current"] = current
        if next is not UNSET:
            field_dict["next"] = next

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_meta_date_paginator_object_date_cursor_current import (
            ResponseMetaDatePaginatorObjectDateCursorCurrent,  # noqa: PLC0415
        )
        from ..models.response_meta_date_paginator_object_date_cursor_next import (
            ResponseMetaDatePaginatorObjectDateCursorNext,  # noqa: PLC0415
        )
        from ..models.response_meta_date_paginator_object_date_cursor_previous import (
            ResponseMetaDatePaginatorObjectDateCursorPrevious,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _previous = d.pop("previous", UNSET)
        previous: ResponseMetaDatePaginatorObjectDateCursorPrevious | Unset
        if isinstance(_previous, Unset):
            previous = UNSET
        else:
            previous = ResponseMetaDatePaginatorObjectDateCursorPrevious.from_dict(_previous)

        _current = d.pop("current", UNSET)
        current: ResponseMetaDatePaginatorObjectDateCursorCurrent | Unset
        if isinstance(_current, Unset):
            current = UNSET
        else:
            current = ResponseMetaDatePaginatorObjectDateCursorCurrent.from_dict(_current)

        _next = d.pop("next", UNSET)
        next: ResponseMetaDatePaginatorObjectDateCursorNext | Unset
        if isinstance(_next, Unset):
            next = UNSET
        else:
            next = ResponseMetaDatePaginatorObjectDateCursorNext.from_dict(_next)

        response_meta_date_paginator_object_date_cursor = cls(
            previous=previous,
            current=current,
            next=next,
        )

        response_meta_date_paginator_object_date_cursor.additional_properties = d
        return response_meta_date_paginator_object_date_cursor

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


def _read_previous(
    json_value: Any, parse_ctx: ParseContext
) -> ResponseMetaDatePaginatorObjectDateCursorPrevious | Unset:
    ResponseMetaDatePaginatorObjectDateCursorPrevious = MODEL_CLASSES.get(
        "altegio_client.models.response_meta_date_paginator_object_date_cursor_previous"
    ) or model_class(
        "altegio_client.models.response_meta_date_paginator_object_date_cursor_previous",
        "ResponseMetaDatePaginatorObjectDateCursorPrevious",
    )

    _previous = json_value
    previous: ResponseMetaDatePaginatorObjectDateCursorPrevious | Unset
    if isinstance(_previous, Unset):
        previous = UNSET
    else:
        previous = ResponseMetaDatePaginatorObjectDateCursorPrevious._lazy(_previous, parse_ctx)

    return previous


def _read_current(json_value: Any, parse_ctx: ParseContext) -> ResponseMetaDatePaginatorObjectDateCursorCurrent | Unset:
    ResponseMetaDatePaginatorObjectDateCursorCurrent = MODEL_CLASSES.get(
        "altegio_client.models.response_meta_date_paginator_object_date_cursor_current"
    ) or model_class(
        "altegio_client.models.response_meta_date_paginator_object_date_cursor_current",
        "ResponseMetaDatePaginatorObjectDateCursorCurrent",
    )

    _current = json_value
    current: ResponseMetaDatePaginatorObjectDateCursorCurrent | Unset
    if isinstance(_current, Unset):
        current = UNSET
    else:
        current = ResponseMetaDatePaginatorObjectDateCursorCurrent._lazy(_current, parse_ctx)

    return current


def _read_next(json_value: Any, parse_ctx: ParseContext) -> ResponseMetaDatePaginatorObjectDateCursorNext | Unset:
    ResponseMetaDatePaginatorObjectDateCursorNext = MODEL_CLASSES.get(
        "altegio_client.models.response_meta_date_paginator_object_date_cursor_next"
    ) or model_class(
        "altegio_client.models.response_meta_date_paginator_object_date_cursor_next",
        "ResponseMetaDatePaginatorObjectDateCursorNext",
    )

    _next = json_value
    next: ResponseMetaDatePaginatorObjectDateCursorNext | Unset
    if isinstance(_next, Unset):
        next = UNSET
    else:
        next = ResponseMetaDatePaginatorObjectDateCursorNext._lazy(_next, parse_ctx)

    return next


_DECLARED_KEYS = frozenset(
    {
        "previous",
        "current",
        "next",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ResponseMetaDatePaginatorObjectDateCursor._lazy_fields = {
    "previous": ("previous", _read_previous, False),
    "current": ("current", _read_current, False),
    "next": ("next", _read_next, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ResponseMetaDatePaginatorObjectDateCursor, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: ResponseMetaDatePaginatorObjectDateCursor,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "previous" not in done:
        value = get("previous", UNSET)
        if value is UNSET:
            model.previous = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.response_meta_date_paginator_object_date_cursor_previous"
            ) or model_builder(
                "altegio_client.models.response_meta_date_paginator_object_date_cursor_previous",
                "ResponseMetaDatePaginatorObjectDateCursorPrevious",
            )
            try:
                model.previous = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "current" not in done:
        value = get("current", UNSET)
        if value is UNSET:
            model.current = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.response_meta_date_paginator_object_date_cursor_current"
            ) or model_builder(
                "altegio_client.models.response_meta_date_paginator_object_date_cursor_current",
                "ResponseMetaDatePaginatorObjectDateCursorCurrent",
            )
            try:
                model.current = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "next" not in done:
        value = get("next", UNSET)
        if value is UNSET:
            model.next = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.response_meta_date_paginator_object_date_cursor_next"
            ) or model_builder(
                "altegio_client.models.response_meta_date_paginator_object_date_cursor_next",
                "ResponseMetaDatePaginatorObjectDateCursorNext",
            )
            try:
                model.next = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ResponseMetaDatePaginatorObjectDateCursor | None = None
) -> ResponseMetaDatePaginatorObjectDateCursor:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ResponseMetaDatePaginatorObjectDateCursor._lazy(json_value, parse_ctx)
        model = new_model(
            ResponseMetaDatePaginatorObjectDateCursor
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
        layout = layout_of(ResponseMetaDatePaginatorObjectDateCursor, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_previous, value_current, value_next = fill(json_value, model)
    if value_previous is UNSET:
        model.previous = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.response_meta_date_paginator_object_date_cursor_previous"
        ) or model_builder(
            "altegio_client.models.response_meta_date_paginator_object_date_cursor_previous",
            "ResponseMetaDatePaginatorObjectDateCursorPrevious",
        )
        try:
            model.previous = build(value_previous, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_current is UNSET:
        model.current = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.response_meta_date_paginator_object_date_cursor_current"
        ) or model_builder(
            "altegio_client.models.response_meta_date_paginator_object_date_cursor_current",
            "ResponseMetaDatePaginatorObjectDateCursorCurrent",
        )
        try:
            model.current = build(value_current, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_next is UNSET:
        model.next = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.response_meta_date_paginator_object_date_cursor_next"
        ) or model_builder(
            "altegio_client.models.response_meta_date_paginator_object_date_cursor_next",
            "ResponseMetaDatePaginatorObjectDateCursorNext",
        )
        try:
            model.next = build(value_next, parse_ctx)
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
        model.__class__ = lazily_read_class(ResponseMetaDatePaginatorObjectDateCursor)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ResponseMetaDatePaginatorObjectDateCursor
        del model._raw, model._context
    return model


ResponseMetaDatePaginatorObjectDateCursor._lazy_fill = (_fill_plain, _fill_converted, _build)
