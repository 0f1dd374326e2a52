from __future__ import annotations

import builtins as _builtins
import datetime
import datetime as _datetime
from collections.abc import Container, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._codegen import (
    ISO_PARSERS,
    LazyModel,
    ParseContext,
    datetime_from_iso,
    layout_of,
    lazily_read_class,
    new_model,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoipIntegrationHistoryRequestDataTypes")


@_attrs_define
class VoipIntegrationHistoryRequestDataTypes(LazyModel):
    """Save Call Information

    Example:
        {'command': 'history', 'type': 'incoming', 'crm_token': '7cf262d6-1656-43f9-86ac-2826bdc125d2', 'phone':
            '+13155550175', 'user': 'external_user_id', 'diversion': '+13155550176', 'duration': 90, 'link':
            'https://external.call.storage/call_record.mp3', 'call_id': 'external_call_id', 'status': 'success', 'date':
            '2026-09-01T14:40:28-05:00'}

    """

    command: str
    """ Operation type: 'history' """
    type: str
    """ Operation type ("incoming", "outgoing", "internal") """
    crm_token: str
    """ CRM-token from the VoIP Integration in the client's chain section """
    phone: str
    """ Caller number """
    diversion: str
    """ The number through which the call came """
    user: str | Unset = UNSET
    """ SIP subscriber ID """
    duration: float | Unset = UNSET
    """ Call duration (in seconds) """
    link: str | Unset = UNSET
    """ Call recording link """
    call_id: str | Unset = UNSET
    """ Call ID in voip system """
    status: str | Unset = UNSET
    """ Call status 'success'|'missed' """
    date: _datetime.datetime | Unset = UNSET
    """ Date and time of the call (ISO8601) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command = self.command

        type = self.type

        crm_token = self.crm_token

        phone = self.phone

        diversion = self.diversion

        user = self.user

        duration = self.duration

        link = self.link

        call_id = self.call_id

        status = self.status

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command": command,
                "type": type,
                "crm_token": crm_token,
                "phone": phone,
                "diversion": diversion,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user
        if duration is not UNSET:
            field_dict["duration"] = duration
        if link is not UNSET:
            field_dict["link"] = link
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if status is not UNSET:
            field_dict["status"] = status
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        command = d.pop("command")

        type = d.pop("type")

        crm_token = d.pop("crm_token")

        phone = d.pop("phone")

        diversion = d.pop("diversion")

        user = d.pop("user", UNSET)

        duration = d.pop("duration", UNSET)

        link = d.pop("link", UNSET)

        call_id = d.pop("call_id", UNSET)

        status = d.pop("status", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = types.parse_iso_datetime(_date)

        voip_integration_history_request_data_types = cls(
            command=command,
            type=type,
            crm_token=crm_token,
            phone=phone,
            diversion=diversion,
            user=user,
            duration=duration,
            link=link,
            call_id=call_id,
            status=status,
            date=date,
        )

        voip_integration_history_request_data_types.additional_properties = d
        return voip_integration_history_request_data_types

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


def _read_date(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    date: datetime.datetime | Unset
    if isinstance(json_value, Unset):
        date = UNSET
    else:
        try:
            date = datetime_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            date = types.parse_iso_datetime(json_value)

    return date


ISO_PARSERS[_read_date] = datetime_from_iso


_DECLARED_KEYS = frozenset(
    {
        "command",
        "type",
        "crm_token",
        "phone",
        "diversion",
        "user",
        "duration",
        "link",
        "call_id",
        "status",
        "date",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


VoipIntegrationHistoryRequestDataTypes._lazy_fields = {
    "command": ("command", None, True),
    "type": ("type", None, True),
    "crm_token": ("crm_token", None, True),
    "phone": ("phone", None, True),
    "diversion": ("diversion", None, True),
    "user": ("user", None, False),
    "duration": ("duration", None, False),
    "link": ("link", None, False),
    "call_id": ("call_id", None, False),
    "status": ("status", None, False),
    "date": ("date", _read_date, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: VoipIntegrationHistoryRequestDataTypes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "command" in json_value:
        model.command = json_value["command"]
    if "type" in json_value:
        model.type = json_value["type"]
    if "crm_token" in json_value:
        model.crm_token = json_value["crm_token"]
    if "phone" in json_value:
        model.phone = json_value["phone"]
    if "diversion" in json_value:
        model.diversion = json_value["diversion"]
    model.user = get("user", UNSET)
    model.duration = get("duration", UNSET)
    model.link = get("link", UNSET)
    model.call_id = get("call_id", UNSET)
    model.status = get("status", UNSET)


def _fill_converted(
    model: VoipIntegrationHistoryRequestDataTypes,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "date" not in done:
        value = get("date", UNSET)
        if value is UNSET:
            model.date = UNSET
        else:
            try:
                try:
                    model.date = datetime_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.date = types.parse_iso_datetime(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: VoipIntegrationHistoryRequestDataTypes | None = None
) -> VoipIntegrationHistoryRequestDataTypes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return VoipIntegrationHistoryRequestDataTypes._lazy(json_value, parse_ctx)
        model = new_model(
            VoipIntegrationHistoryRequestDataTypes
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
        layout = layout_of(VoipIntegrationHistoryRequestDataTypes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_date,) = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_date is UNSET:
        model.date = UNSET
    else:
        try:
            try:
                model.date = datetime_from_iso(value_date)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.date = types.parse_iso_datetime(value_date)
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
        model.__class__ = lazily_read_class(VoipIntegrationHistoryRequestDataTypes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = VoipIntegrationHistoryRequestDataTypes
        del model._raw, model._context
    return model


VoipIntegrationHistoryRequestDataTypes._lazy_fill = (_fill_plain, _fill_converted, _build)
