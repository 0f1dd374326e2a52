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
    from ..models.event_appointment_create_request_client import (
        EventAppointmentCreateRequestClient,
    )
    from ..models.event_appointment_create_request_comer import (
        EventAppointmentCreateRequestComer,
    )


T = TypeVar("T", bound="EventAppointmentCreateRequest")


@_attrs_define
class EventAppointmentCreateRequest(LazyModel):
    client: EventAppointmentCreateRequestClient
    clients_count: int
    """ Number of places reserved by the Appointment """
    client_id: int | None | Unset = UNSET
    """ Deprecated wire field for an existing Booking User ID; use `client.id` """
    comer_id: int | None | Unset = UNSET
    """ Walk-in visitor ID """
    comer: EventAppointmentCreateRequestComer | Unset = UNSET
    is_trial_service: bool | Unset = UNSET
    """ Whether this is a trial Service Appointment """

    def to_dict(self) -> dict[str, Any]:
        client = self.client.to_dict()

        clients_count = self.clients_count

        client_id: int | None | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        comer_id: int | None | Unset
        if isinstance(self.comer_id, Unset):
            comer_id = UNSET
        else:
            comer_id = self.comer_id

        comer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.comer, Unset):
            comer = self.comer.to_dict()

        is_trial_service = self.is_trial_service

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "client": client,
                "clients_count": clients_count,
            }
        )
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if comer_id is not UNSET:
            field_dict["comer_id"] = comer_id
        if comer is not UNSET:
            field_dict["comer"] = comer
        if is_trial_service is not UNSET:
            field_dict["is_trial_service"] = is_trial_service

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_appointment_create_request_client import (
            EventAppointmentCreateRequestClient,  # noqa: PLC0415
        )
        from ..models.event_appointment_create_request_comer import (
            EventAppointmentCreateRequestComer,  # noqa: PLC0415
        )

        d = dict(src_dict)
        client = EventAppointmentCreateRequestClient.from_dict(d.pop("client"))

        clients_count = d.pop("clients_count")

        def _parse_client_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        client_id = _parse_client_id(d.pop("client_id", UNSET))

        def _parse_comer_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        comer_id = _parse_comer_id(d.pop("comer_id", UNSET))

        _comer = d.pop("comer", UNSET)
        comer: EventAppointmentCreateRequestComer | Unset
        if isinstance(_comer, Unset):
            comer = UNSET
        else:
            comer = EventAppointmentCreateRequestComer.from_dict(_comer)

        is_trial_service = d.pop("is_trial_service", UNSET)

        event_appointment_create_request = cls(
            client=client,
            clients_count=clients_count,
            client_id=client_id,
            comer_id=comer_id,
            comer=comer,
            is_trial_service=is_trial_service,
        )

        return event_appointment_create_request


def _read_client(json_value: Any, parse_ctx: ParseContext) -> EventAppointmentCreateRequestClient:
    EventAppointmentCreateRequestClient = MODEL_CLASSES.get(
        "altegio_client.models.event_appointment_create_request_client"
    ) or model_class(
        "altegio_client.models.event_appointment_create_request_client", "EventAppointmentCreateRequestClient"
    )

    client = EventAppointmentCreateRequestClient._lazy(json_value, parse_ctx)

    return client


def _read_comer(json_value: Any, parse_ctx: ParseContext) -> EventAppointmentCreateRequestComer | Unset:
    EventAppointmentCreateRequestComer = MODEL_CLASSES.get(
        "altegio_client.models.event_appointment_create_request_comer"
    ) or model_class(
        "altegio_client.models.event_appointment_create_request_comer", "EventAppointmentCreateRequestComer"
    )

    _comer = json_value
    comer: EventAppointmentCreateRequestComer | Unset
    if isinstance(_comer, Unset):
        comer = UNSET
    else:
        comer = EventAppointmentCreateRequestComer._lazy(_comer, parse_ctx)

    return comer


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


EventAppointmentCreateRequest._lazy_fields = {
    "client": ("client", _read_client, True),
    "clients_count": ("clients_count", None, True),
    "client_id": ("client_id", None, False),
    "comer_id": ("comer_id", None, False),
    "comer": ("comer", _read_comer, False),
    "is_trial_service": ("is_trial_service", None, False),
}


def _fill_plain(model: EventAppointmentCreateRequest, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "clients_count" in json_value:
        model.clients_count = json_value["clients_count"]
    model.client_id = get("client_id", UNSET)
    model.comer_id = get("comer_id", UNSET)
    model.is_trial_service = get("is_trial_service", UNSET)


def _fill_converted(
    model: EventAppointmentCreateRequest, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "client" not in done:
        try:
            model.client = _read_client(json_value["client"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "comer" not in done:
        value = get("comer", UNSET)
        if value is UNSET:
            model.comer = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.event_appointment_create_request_comer") or model_builder(
                "altegio_client.models.event_appointment_create_request_comer", "EventAppointmentCreateRequestComer"
            )
            try:
                model.comer = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: EventAppointmentCreateRequest | None = None
) -> EventAppointmentCreateRequest:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return EventAppointmentCreateRequest._lazy(json_value, parse_ctx)
        model = new_model(EventAppointmentCreateRequest)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(EventAppointmentCreateRequest, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_client, value_comer = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_client is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.client = _read_client(value_client, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_comer is UNSET:
        model.comer = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.event_appointment_create_request_comer") or model_builder(
            "altegio_client.models.event_appointment_create_request_comer", "EventAppointmentCreateRequestComer"
        )
        try:
            model.comer = build(value_comer, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(EventAppointmentCreateRequest)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = EventAppointmentCreateRequest
        del model._raw, model._context
    return model


EventAppointmentCreateRequest._lazy_fill = (_fill_plain, _fill_converted, _build)
