from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .._codegen import (
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    new_model,
)
from ..models.attendance_service_suggestion_resource_attributes_suggestion_type import (
    AttendanceServiceSuggestionResourceAttributesSuggestionType,
    check_attendance_service_suggestion_resource_attributes_suggestion_type,
)
from ..types import UNSET

T = TypeVar("T", bound="AttendanceServiceSuggestionResourceAttributes")


@_attrs_define
class AttendanceServiceSuggestionResourceAttributes(LazyModel):
    service_id: int
    """ Suggested Service ID """
    suggestion_type: AttendanceServiceSuggestionResourceAttributesSuggestionType
    """ Suggestion reason. Enum values are literal wire values; `client`
    identifies a Booking User and `master` identifies a Team Member.
     """
    record_id: int | None
    """ Source Appointment ID when the suggestion is based on a prior visit """

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        suggestion_type: str = self.suggestion_type

        record_id: int | None
        record_id = self.record_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "service_id": service_id,
                "suggestion_type": suggestion_type,
                "record_id": record_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service_id = d.pop("service_id")

        suggestion_type = check_attendance_service_suggestion_resource_attributes_suggestion_type(
            d.pop("suggestion_type")
        )

        def _parse_record_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        record_id = _parse_record_id(d.pop("record_id"))

        attendance_service_suggestion_resource_attributes = cls(
            service_id=service_id,
            suggestion_type=suggestion_type,
            record_id=record_id,
        )

        return attendance_service_suggestion_resource_attributes


def _read_suggestion_type(
    json_value: Any, parse_ctx: ParseContext
) -> AttendanceServiceSuggestionResourceAttributesSuggestionType:

    suggestion_type = check_attendance_service_suggestion_resource_attributes_suggestion_type(json_value)

    return suggestion_type


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


AttendanceServiceSuggestionResourceAttributes._lazy_fields = {
    "service_id": ("service_id", None, True),
    "suggestion_type": ("suggestion_type", _read_suggestion_type, True),
    "record_id": ("record_id", None, True),
}


def _fill_plain(model: AttendanceServiceSuggestionResourceAttributes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "service_id" in json_value:
        model.service_id = json_value["service_id"]
    if "record_id" in json_value:
        model.record_id = json_value["record_id"]


def _fill_converted(
    model: AttendanceServiceSuggestionResourceAttributes,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "suggestion_type" not in done:
        try:
            model.suggestion_type = _read_suggestion_type(json_value["suggestion_type"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: AttendanceServiceSuggestionResourceAttributes | None = None
) -> AttendanceServiceSuggestionResourceAttributes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return AttendanceServiceSuggestionResourceAttributes._lazy(json_value, parse_ctx)
        model = new_model(
            AttendanceServiceSuggestionResourceAttributes
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
        layout = layout_of(AttendanceServiceSuggestionResourceAttributes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_suggestion_type,) = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_suggestion_type is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.suggestion_type = _read_suggestion_type(value_suggestion_type, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(AttendanceServiceSuggestionResourceAttributes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = AttendanceServiceSuggestionResourceAttributes
        del model._raw, model._context
    return model


AttendanceServiceSuggestionResourceAttributes._lazy_fill = (_fill_plain, _fill_converted, _build)
