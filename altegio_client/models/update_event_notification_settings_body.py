from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._codegen import (
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    new_model,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateEventNotificationSettingsBody")


@_attrs_define
class UpdateEventNotificationSettingsBody(LazyModel):
    """
    Example:
        {'urls': ['https://dev.tools.test.com/test/Hooks'], 'active': 0, 'salon': 1, 'service_category': 0, 'service':
            1, 'good': 1, 'master': 1, 'client': 1, 'record': 1, 'goods_operations_sale': 1, 'goods_operations_receipt': 1,
            'goods_operations_consumable': 1, 'goods_operations_stolen': 1, 'goods_operations_move': 1,
            'finances_operation': 1, 'self_sending': 0}

    """

    urls: list[Any]
    """ List of addresses to send notifications to """
    active: float
    """ 1 - notifications are active, 0 - not active """
    salon: float | Unset = UNSET
    """ 1 - send events by location entity, 0 - do not send """
    service_category: float | Unset = UNSET
    """ 1 - send events by service category entity, 0 - do not send """
    service: float | Unset = UNSET
    """ 1 - send events by service entity, 0 - do not send """
    good: float | Unset = UNSET
    """ 1 - send events by product entity, 0 - don't send """
    master: float | Unset = UNSET
    """ 1 - send events by team member entity, 0 - don't send """
    client: float | Unset = UNSET
    """ 1 - send events by client entity, 0 - don't send """
    record: float | Unset = UNSET
    """ 1 - send events by appointment entity, 0 - do not send """
    goods_operations_sale: float | Unset = UNSET
    """ 1 - send events by the product sale entity, 0 - do not send """
    goods_operations_receipt: float | Unset = UNSET
    """ 1 - send events by the entity arrival of products, 0 - do not send """
    goods_operations_consumable: float | Unset = UNSET
    """ 1 - send events by the consumable write-off entity, 0 - do not send """
    goods_operations_stolen: float | Unset = UNSET
    """ 1 - send events by the product write-off entity, 0 - do not send """
    goods_operations_move: float | Unset = UNSET
    """ 1 - send events by the product movement entity, 0 - no send """
    finances_operation: float | Unset = UNSET
    """ 1 - send events by entity financial operation, 0 - no send """
    self_sending: float | Unset = UNSET
    """ 1 - The webhook creator will receive events triggered by their own actions, 0 - The webhook creator will not
    receive events triggered by their own actions """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        urls = self.urls

        active = self.active

        salon = self.salon

        service_category = self.service_category

        service = self.service

        good = self.good

        master = self.master

        client = self.client

        record = self.record

        goods_operations_sale = self.goods_operations_sale

        goods_operations_receipt = self.goods_operations_receipt

        goods_operations_consumable = self.goods_operations_consumable

        goods_operations_stolen = self.goods_operations_stolen

        goods_operations_move = self.goods_operations_move

        finances_operation = self.finances_operation

        self_sending = self.self_sending

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "urls": urls,
                "active": active,
            }
        )
        if salon is not UNSET:
            field_dict["salon"] = salon
        if service_category is not UNSET:
            field_dict["service_category"] = service_category
        if service is not UNSET:
            field_dict["service"] = service
        if good is not UNSET:
            field_dict["good"] = good
        if master is not UNSET:
            field_dict["master"] = master
        if client is not UNSET:
            field_dict["client"] = client
        if record is not UNSET:
            field_dict["record"] = record
        if goods_operations_sale is not UNSET:
            field_dict["goods_operations_sale"] = goods_operations_sale
        if goods_operations_receipt is not UNSET:
            field_dict["goods_operations_receipt"] = goods_operations_receipt
        if goods_operations_consumable is not UNSET:
            field_dict["goods_operations_consumable"] = goods_operations_consumable
        if goods_operations_stolen is not UNSET:
            field_dict["goods_operations_stolen"] = goods_operations_stolen
        if goods_operations_move is not UNSET:
            field_dict["goods_operations_move"] = goods_operations_move
        if finances_operation is not UNSET:
            field_dict["finances_operation"] = finances_operation
        if self_sending is not UNSET:
            field_dict["self_sending"] = self_sending

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        urls = cast(list[Any], d.pop("urls"))

        active = d.pop("active")

        salon = d.pop("salon", UNSET)

        service_category = d.pop("service_category", UNSET)

        service = d.pop("service", UNSET)

        good = d.pop("good", UNSET)

        master = d.pop("master", UNSET)

        client = d.pop("client", UNSET)

        record = d.pop("record", UNSET)

        goods_operations_sale = d.pop("goods_operations_sale", UNSET)

        goods_operations_receipt = d.pop("goods_operations_receipt", UNSET)

        goods_operations_consumable = d.pop("goods_operations_consumable", UNSET)

        goods_operations_stolen = d.pop("goods_operations_stolen", UNSET)

        goods_operations_move = d.pop("goods_operations_move", UNSET)

        finances_operation = d.pop("finances_operation", UNSET)

        self_sending = d.pop("self_sending", UNSET)

        update_event_notification_settings_body = cls(
            urls=urls,
            active=active,
            salon=salon,
            service_category=service_category,
            service=service,
            good=good,
            master=master,
            client=client,
            record=record,
            goods_operations_sale=goods_operations_sale,
            goods_operations_receipt=goods_operations_receipt,
            goods_operations_consumable=goods_operations_consumable,
            goods_operations_stolen=goods_operations_stolen,
            goods_operations_move=goods_operations_move,
            finances_operation=finances_operation,
            self_sending=self_sending,
        )

        update_event_notification_settings_body.additional_properties = d
        return update_event_notification_settings_body

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


_DECLARED_KEYS = frozenset(
    {
        "urls",
        "active",
        "salon",
        "service_category",
        "service",
        "good",
        "master",
        "client",
        "record",
        "goods_operations_sale",
        "goods_operations_receipt",
        "goods_operations_consumable",
        "goods_operations_stolen",
        "goods_operations_move",
        "finances_operation",
        "self_sending",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


UpdateEventNotificationSettingsBody._lazy_fields = {
    "urls": ("urls", None, True),
    "active": ("active", None, True),
    "salon": ("salon", None, False),
    "service_category": ("service_category", None, False),
    "service": ("service", None, False),
    "good": ("good", None, False),
    "master": ("master", None, False),
    "client": ("client", None, False),
    "record": ("record", None, False),
    "goods_operations_sale": ("goods_operations_sale", None, False),
    "goods_operations_receipt": ("goods_operations_receipt", None, False),
    "goods_operations_consumable": ("goods_operations_consumable", None, False),
    "goods_operations_stolen": ("goods_operations_stolen", None, False),
    "goods_operations_move": ("goods_operations_move", None, False),
    "finances_operation": ("finances_operation", None, False),
    "self_sending": ("self_sending", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: UpdateEventNotificationSettingsBody, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "urls" in json_value:
        model.urls = json_value["urls"]
    if "active" in json_value:
        model.active = json_value["active"]
    model.salon = get("salon", UNSET)
    model.service_category = get("service_category", UNSET)
    model.service = get("service", UNSET)
    model.good = get("good", UNSET)
    model.master = get("master", UNSET)
    model.client = get("client", UNSET)
    model.record = get("record", UNSET)
    model.goods_operations_sale = get("goods_operations_sale", UNSET)
    model.goods_operations_receipt = get("goods_operations_receipt", UNSET)
    model.goods_operations_consumable = get("goods_operations_consumable", UNSET)
    model.goods_operations_stolen = get("goods_operations_stolen", UNSET)
    model.goods_operations_move = get("goods_operations_move", UNSET)
    model.finances_operation = get("finances_operation", UNSET)
    model.self_sending = get("self_sending", UNSET)


def _fill_converted(
    model: UpdateEventNotificationSettingsBody,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: UpdateEventNotificationSettingsBody | None = None
) -> UpdateEventNotificationSettingsBody:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return UpdateEventNotificationSettingsBody._lazy(json_value, parse_ctx)
        model = new_model(
            UpdateEventNotificationSettingsBody
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
        layout = layout_of(UpdateEventNotificationSettingsBody, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if only_declared:  # no undeclared key, the usual case (known from the layout, see _layouts.py)
        model.additional_properties = {}
    else:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True
    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(UpdateEventNotificationSettingsBody)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = UpdateEventNotificationSettingsBody
        del model._raw, model._context
    return model


UpdateEventNotificationSettingsBody._lazy_fill = (_fill_plain, _fill_converted, _build)
