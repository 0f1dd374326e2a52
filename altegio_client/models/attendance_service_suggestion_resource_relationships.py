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
    from ..models.to_one_relationship import ToOneRelationship


T = TypeVar("T", bound="AttendanceServiceSuggestionResourceRelationships")


@_attrs_define
class AttendanceServiceSuggestionResourceRelationships(LazyModel):
    """Present when related data is requested through `include`"""

    attendance_service: ToOneRelationship | Unset = UNSET
    record: ToOneRelationship | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        attendance_service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attendance_service, Unset):
            attendance_service = self.attendance_service.to_dict()

        record: dict[str, Any] | Unset = UNSET
        if not isinstance(self.record, Unset):
            record = self.record.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if attendance_service is not UNSET:
            field_dict["attendance_service"] = attendance_service
        if record is not UNSET:
            field_dict["record"] = record

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.to_one_relationship import ToOneRelationship  # noqa: PLC0415

        d = dict(src_dict)
        _attendance_service = d.pop("attendance_service", UNSET)
        attendance_service: ToOneRelationship | Unset
        if isinstance(_attendance_service, Unset):
            attendance_service = UNSET
        else:
            attendance_service = ToOneRelationship.from_dict(_attendance_service)

        _record = d.pop("record", UNSET)
        record: ToOneRelationship | Unset
        if isinstance(_record, Unset):
            record = UNSET
        else:
            record = ToOneRelationship.from_dict(_record)

        attendance_service_suggestion_resource_relationships = cls(
            attendance_service=attendance_service,
            record=record,
        )

        return attendance_service_suggestion_resource_relationships


def _read_attendance_service(json_value: Any, parse_ctx: ParseContext) -> ToOneRelationship | Unset:
    ToOneRelationship = MODEL_CLASSES.get("altegio_client.models.to_one_relationship") or model_class(
        "altegio_client.models.to_one_relationship", "ToOneRelationship"
    )

    _attendance_service = json_value
    attendance_service: ToOneRelationship | Unset
    if isinstance(_attendance_service, Unset):
        attendance_service = UNSET
    else:
        attendance_service = ToOneRelationship._lazy(_attendance_service, parse_ctx)

    return attendance_service


def _read_record(json_value: Any, parse_ctx: ParseContext) -> ToOneRelationship | Unset:
    ToOneRelationship = MODEL_CLASSES.get("altegio_client.models.to_one_relationship") or model_class(
        "altegio_client.models.to_one_relationship", "ToOneRelationship"
    )

    _record = json_value
    record: ToOneRelationship | Unset
    if isinstance(_record, Unset):
        record = UNSET
    else:
        record = ToOneRelationship._lazy(_record, parse_ctx)

    return record


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


AttendanceServiceSuggestionResourceRelationships._lazy_fields = {
    "attendance_service": ("attendance_service", _read_attendance_service, False),
    "record": ("record", _read_record, False),
}


def _fill_plain(model: AttendanceServiceSuggestionResourceRelationships, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: AttendanceServiceSuggestionResourceRelationships,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "attendance_service" not in done:
        value = get("attendance_service", UNSET)
        if value is UNSET:
            model.attendance_service = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
                "altegio_client.models.to_one_relationship", "ToOneRelationship"
            )
            try:
                model.attendance_service = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "record" not in done:
        value = get("record", UNSET)
        if value is UNSET:
            model.record = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
                "altegio_client.models.to_one_relationship", "ToOneRelationship"
            )
            try:
                model.record = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: AttendanceServiceSuggestionResourceRelationships | None = None
) -> AttendanceServiceSuggestionResourceRelationships:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return AttendanceServiceSuggestionResourceRelationships._lazy(json_value, parse_ctx)
        model = new_model(
            AttendanceServiceSuggestionResourceRelationships
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
        layout = layout_of(AttendanceServiceSuggestionResourceRelationships, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_attendance_service, value_record = fill(json_value, model)
    if value_attendance_service is UNSET:
        model.attendance_service = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
            "altegio_client.models.to_one_relationship", "ToOneRelationship"
        )
        try:
            model.attendance_service = build(value_attendance_service, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_record is UNSET:
        model.record = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
            "altegio_client.models.to_one_relationship", "ToOneRelationship"
        )
        try:
            model.record = build(value_record, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(AttendanceServiceSuggestionResourceRelationships)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = AttendanceServiceSuggestionResourceRelationships
        del model._raw, model._context
    return model


AttendanceServiceSuggestionResourceRelationships._lazy_fill = (_fill_plain, _fill_converted, _build)
