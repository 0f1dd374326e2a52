from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._codegen import (
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    new_model,
)
from ..models.marketplace_webhook_event_event import (
    MarketplaceWebhookEventEvent,
    check_marketplace_webhook_event_event,
)
from ..types import UNSET

T = TypeVar("T", bound="MarketplaceWebhookEvent")


@_attrs_define
class MarketplaceWebhookEvent(LazyModel):
    """Payload Altegio sends (not callable): Webhook from Altegio About Application Events"""

    salon_id: int
    """ Location ID. """
    application_id: int
    """ Application ID. """
    event: MarketplaceWebhookEventEvent
    """ Event Slug. """
    partner_token: str
    """ Bearer token of the developer's location (to verify the origin of the webhook) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        salon_id = self.salon_id

        application_id = self.application_id

        event: str = self.event

        partner_token = self.partner_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "salon_id": salon_id,
                "application_id": application_id,
                "event": event,
                "partner_token": partner_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        salon_id = d.pop("salon_id")

        application_id = d.pop("application_id")

        event = check_marketplace_webhook_event_event(d.pop("event"))

        partner_token = d.pop("partner_token")

        marketplace_webhook_event = cls(
            salon_id=salon_id,
            application_id=application_id,
            event=event,
            partner_token=partner_token,
        )

        marketplace_webhook_event.additional_properties = d
        return marketplace_webhook_event

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


def _read_event(json_value: Any, parse_ctx: ParseContext) -> MarketplaceWebhookEventEvent:

    event = check_marketplace_webhook_event_event(json_value)

    return event


_DECLARED_KEYS = frozenset(
    {
        "salon_id",
        "application_id",
        "event",
        "partner_token",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


MarketplaceWebhookEvent._lazy_fields = {
    "salon_id": ("salon_id", None, True),
    "application_id": ("application_id", None, True),
    "event": ("event", _read_event, True),
    "partner_token": ("partner_token", None, True),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: MarketplaceWebhookEvent, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "salon_id" in json_value:
        model.salon_id = json_value["salon_id"]
    if "application_id" in json_value:
        model.application_id = json_value["application_id"]
    if "partner_token" in json_value:
        model.partner_token = json_value["partner_token"]


def _fill_converted(
    model: MarketplaceWebhookEvent, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "event" not in done:
        try:
            model.event = _read_event(json_value["event"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: MarketplaceWebhookEvent | None = None
) -> MarketplaceWebhookEvent:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return MarketplaceWebhookEvent._lazy(json_value, parse_ctx)
        model = new_model(MarketplaceWebhookEvent)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(MarketplaceWebhookEvent, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_event,) = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_event is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.event = _read_event(value_event, parse_ctx)
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
        model.__class__ = lazily_read_class(MarketplaceWebhookEvent)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = MarketplaceWebhookEvent
        del model._raw, model._context
    return model


MarketplaceWebhookEvent._lazy_fill = (_fill_plain, _fill_converted, _build)
