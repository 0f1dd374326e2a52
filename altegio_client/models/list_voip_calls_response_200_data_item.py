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
from ..models.list_voip_calls_response_200_data_item_status import (
    ListVoipCallsResponse200DataItemStatus,
    check_list_voip_calls_response_200_data_item_status,
)
from ..models.list_voip_calls_response_200_data_item_type import (
    ListVoipCallsResponse200DataItemType,
    check_list_voip_calls_response_200_data_item_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListVoipCallsResponse200DataItem")


@_attrs_define
class ListVoipCallsResponse200DataItem(LazyModel):
    id: int | Unset = UNSET
    """ Call ID """
    client_id: int | Unset = UNSET
    """ Client ID (if there is a client in Clients Base) """
    caller_phone: str | Unset = UNSET
    """ Phone number """
    record_link: str | Unset = UNSET
    """ Link to call recording (if available) """
    duration: int | Unset = UNSET
    """ Call duration in seconds """
    status: ListVoipCallsResponse200DataItemStatus | Unset = UNSET
    """ Call status """
    type: ListVoipCallsResponse200DataItemType | Unset = UNSET
    """ Call type """
    call_date: str | Unset = UNSET
    """ Date and time of call """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_id = self.client_id

        caller_phone = self.caller_phone

        record_link = self.record_link

        duration = self.duration

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        type: str | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type

        call_date = self.call_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if caller_phone is not UNSET:
            field_dict["caller_phone"] = caller_phone
        if record_link is not UNSET:
            field_dict["record_link"] = record_link
        if duration is not UNSET:
            field_dict["duration"] = duration
        if status is not UNSET:
            field_dict["status"] = status
        if type is not UNSET:
            field_dict["type"] = type
        if call_date is not UNSET:
            field_dict["call_date"] = call_date

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        client_id = d.pop("client_id", UNSET)

        caller_phone = d.pop("caller_phone", UNSET)

        record_link = d.pop("record_link", UNSET)

        duration = d.pop("duration", UNSET)

        _status = d.pop("status", UNSET)
        status: ListVoipCallsResponse200DataItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_list_voip_calls_response_200_data_item_status(_status)

        _type = d.pop("type", UNSET)
        type: ListVoipCallsResponse200DataItemType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = check_list_voip_calls_response_200_data_item_type(_type)

        call_date = d.pop("call_date", UNSET)

        list_voip_calls_response_200_data_item = cls(
            id=id,
            client_id=client_id,
            caller_phone=caller_phone,
            record_link=record_link,
            duration=duration,
            status=status,
            type=type,
            call_date=call_date,
        )

        list_voip_calls_response_200_data_item.additional_properties = d
        return list_voip_calls_response_200_data_item

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


def _read_status(json_value: Any, parse_ctx: ParseContext) -> ListVoipCallsResponse200DataItemStatus | Unset:

    _status = json_value
    status: ListVoipCallsResponse200DataItemStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = check_list_voip_calls_response_200_data_item_status(_status)

    return status


def _read_type(json_value: Any, parse_ctx: ParseContext) -> ListVoipCallsResponse200DataItemType | Unset:

    _type = json_value
    type: ListVoipCallsResponse200DataItemType | Unset
    if isinstance(_type, Unset):
        type = UNSET
    else:
        type = check_list_voip_calls_response_200_data_item_type(_type)

    return type


_DECLARED_KEYS = frozenset(
    {
        "id",
        "client_id",
        "caller_phone",
        "record_link",
        "duration",
        "status",
        "type",
        "call_date",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ListVoipCallsResponse200DataItem._lazy_fields = {
    "id": ("id", None, False),
    "client_id": ("client_id", None, False),
    "caller_phone": ("caller_phone", None, False),
    "record_link": ("record_link", None, False),
    "duration": ("duration", None, False),
    "status": ("status", _read_status, False),
    "type": ("type", _read_type, False),
    "call_date": ("call_date", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ListVoipCallsResponse200DataItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.client_id = get("client_id", UNSET)
    model.caller_phone = get("caller_phone", UNSET)
    model.record_link = get("record_link", UNSET)
    model.duration = get("duration", UNSET)
    model.call_date = get("call_date", UNSET)


def _fill_converted(
    model: ListVoipCallsResponse200DataItem, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "status" not in done:
        value = get("status", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.status = UNSET
        else:
            try:
                model.status = _read_status(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "type" not in done:
        value = get("type", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.type = UNSET
        else:
            try:
                model.type = _read_type(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ListVoipCallsResponse200DataItem | None = None
) -> ListVoipCallsResponse200DataItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ListVoipCallsResponse200DataItem._lazy(json_value, parse_ctx)
        model = new_model(
            ListVoipCallsResponse200DataItem
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
        layout = layout_of(ListVoipCallsResponse200DataItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_status, value_type = fill(json_value, model)
    if value_status is UNSET:  # what every optional field's converter returns for it
        model.status = UNSET
    else:
        try:
            model.status = _read_status(value_status, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_type is UNSET:  # what every optional field's converter returns for it
        model.type = UNSET
    else:
        try:
            model.type = _read_type(value_type, parse_ctx)
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
        model.__class__ = lazily_read_class(ListVoipCallsResponse200DataItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ListVoipCallsResponse200DataItem
        del model._raw, model._context
    return model


ListVoipCallsResponse200DataItem._lazy_fill = (_fill_plain, _fill_converted, _build)
