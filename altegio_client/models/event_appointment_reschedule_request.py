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
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventAppointmentRescheduleRequest")


@_attrs_define
class EventAppointmentRescheduleRequest(LazyModel):
    reschedule_activity_id: int
    """ Literal wire field for the destination Event ID """
    with_comer: bool | Unset = UNSET
    """ Whether to retain the linked walk-in visitor """
    comment: None | str | Unset = UNSET
    """ Appointment comment """
    clients_count: int | None | Unset = UNSET
    """ Number of places reserved by the Appointment """

    def to_dict(self) -> dict[str, Any]:
        reschedule_activity_id = self.reschedule_activity_id

        with_comer = self.with_comer

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        clients_count: int | None | Unset
        if isinstance(self.clients_count, Unset):
            clients_count = UNSET
        else:
            clients_count = self.clients_count

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reschedule_activity_id": reschedule_activity_id,
            }
        )
        if with_comer is not UNSET:
            field_dict["with_comer"] = with_comer
        if comment is not UNSET:
            field_dict["comment"] = comment
        if clients_count is not UNSET:
            field_dict["clients_count"] = clients_count

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reschedule_activity_id = d.pop("reschedule_activity_id")

        with_comer = d.pop("with_comer", UNSET)

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        def _parse_clients_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        clients_count = _parse_clients_count(d.pop("clients_count", UNSET))

        event_appointment_reschedule_request = cls(
            reschedule_activity_id=reschedule_activity_id,
            with_comer=with_comer,
            comment=comment,
            clients_count=clients_count,
        )

        return event_appointment_reschedule_request


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


EventAppointmentRescheduleRequest._lazy_fields = {
    "reschedule_activity_id": ("reschedule_activity_id", None, True),
    "with_comer": ("with_comer", None, False),
    "comment": ("comment", None, False),
    "clients_count": ("clients_count", None, False),
}


def _fill_plain(model: EventAppointmentRescheduleRequest, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "reschedule_activity_id" in json_value:
        model.reschedule_activity_id = json_value["reschedule_activity_id"]
    model.with_comer = get("with_comer", UNSET)
    model.comment = get("comment", UNSET)
    model.clients_count = get("clients_count", UNSET)


def _fill_converted(
    model: EventAppointmentRescheduleRequest, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: EventAppointmentRescheduleRequest | None = None
) -> EventAppointmentRescheduleRequest:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return EventAppointmentRescheduleRequest._lazy(json_value, parse_ctx)
        model = new_model(
            EventAppointmentRescheduleRequest
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
        layout = layout_of(EventAppointmentRescheduleRequest, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(EventAppointmentRescheduleRequest)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = EventAppointmentRescheduleRequest
        del model._raw, model._context
    return model


EventAppointmentRescheduleRequest._lazy_fill = (_fill_plain, _fill_converted, _build)
