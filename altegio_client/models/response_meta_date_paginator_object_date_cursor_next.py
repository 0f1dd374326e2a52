from __future__ import annotations

import builtins as _builtins
import datetime
import datetime as _datetime
from collections.abc import Container, Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._codegen import (
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    new_model,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseMetaDatePaginatorObjectDateCursorNext")


@_attrs_define
class ResponseMetaDatePaginatorObjectDateCursorNext(LazyModel):
    """Information about the previous page."""

    to: _datetime.date | None | Unset = UNSET
    """ Up to which date, inclusive, the data on the next page is filtered. """
    from_: _datetime.date | None | Unset = UNSET
    """ From what date the data on the next page is filtered. """
    count: float | None | Unset = UNSET
    """ Number of items on the next page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        elif isinstance(self.to, datetime.date):
            to = self.to.isoformat()
        else:
            to = self.to

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, datetime.date):
            from_ = self.from_.isoformat()
        else:
            from_ = self.from_

        count: float | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if to is not UNSET:
            field_dict["to"] = to
        if from_ is not UNSET:
            field_dict["from"] = from_
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_to(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_type_0 = types.parse_iso_date(data)

                return to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        to = _parse_to(d.pop("to", UNSET))

        def _parse_from_(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_type_0 = types.parse_iso_date(data)

                return from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        from_ = _parse_from_(d.pop("from", UNSET))

        def _parse_count(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        count = _parse_count(d.pop("count", UNSET))

        response_meta_date_paginator_object_date_cursor_next = cls(
            to=to,
            from_=from_,
            count=count,
        )

        response_meta_date_paginator_object_date_cursor_next.additional_properties = d
        return response_meta_date_paginator_object_date_cursor_next

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


def _read_to(json_value: Any, parse_ctx: ParseContext) -> datetime.date | None | Unset:

    def _parse_to(data: object) -> datetime.date | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            to_type_0 = types.parse_iso_date(data)

            return to_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.date | None | Unset, data)

    to = _parse_to(json_value)

    return to


def _read_from_(json_value: Any, parse_ctx: ParseContext) -> datetime.date | None | Unset:

    def _parse_from_(data: object) -> datetime.date | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            from_type_0 = types.parse_iso_date(data)

            return from_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.date | None | Unset, data)

    from_ = _parse_from_(json_value)

    return from_


_DECLARED_KEYS = frozenset(
    {
        "to",
        "from",
        "count",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ResponseMetaDatePaginatorObjectDateCursorNext._lazy_fields = {
    "to": ("to", _read_to, False),
    "from_": ("from", _read_from_, False),
    "count": ("count", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ResponseMetaDatePaginatorObjectDateCursorNext, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.count = get("count", UNSET)


def _fill_converted(
    model: ResponseMetaDatePaginatorObjectDateCursorNext,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "to" not in done:
        value = get("to", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.to = UNSET
        else:
            try:
                model.to = _read_to(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "from_" not in done:
        value = get("from", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.from_ = UNSET
        else:
            try:
                model.from_ = _read_from_(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ResponseMetaDatePaginatorObjectDateCursorNext | None = None
) -> ResponseMetaDatePaginatorObjectDateCursorNext:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ResponseMetaDatePaginatorObjectDateCursorNext._lazy(json_value, parse_ctx)
        model = new_model(
            ResponseMetaDatePaginatorObjectDateCursorNext
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
        layout = layout_of(ResponseMetaDatePaginatorObjectDateCursorNext, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_to, value_from_ = fill(json_value, model)
    if value_to is UNSET:  # what every optional field's converter returns for it
        model.to = UNSET
    else:
        try:
            model.to = _read_to(value_to, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_from_ is UNSET:  # what every optional field's converter returns for it
        model.from_ = UNSET
    else:
        try:
            model.from_ = _read_from_(value_from_, parse_ctx)
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
        model.__class__ = lazily_read_class(ResponseMetaDatePaginatorObjectDateCursorNext)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ResponseMetaDatePaginatorObjectDateCursorNext
        del model._raw, model._context
    return model


ResponseMetaDatePaginatorObjectDateCursorNext._lazy_fill = (_fill_plain, _fill_converted, _build)
