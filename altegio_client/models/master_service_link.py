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

T = TypeVar("T", bound="MasterServiceLink")


@_attrs_define
class MasterServiceLink(LazyModel):
    """
    Example:
        {'service_id': 123, 'master_id': 123, 'length': 3600, 'technological_card_id': 123, 'api_id': '', 'is_online':
            True, 'is_offline_records_allowed': True, 'price': None}

    """

    service_id: int | Unset = UNSET
    """ ID of service. """
    master_id: int | Unset = UNSET
    """ ID of team member. """
    length: float | Unset = UNSET
    """ Duration of service provision by the specified team member in seconds. """
    technological_card_id: int | Unset = UNSET
    """ ID of technological card. """
    api_id: str | Unset = UNSET
    """ External API identifier. """
    is_online: bool | Unset = UNSET
    """ Whether the service is available for online booking. """
    is_offline_records_allowed: bool | Unset = UNSET
    """ Whether offline appointments are allowed for this service-team member link. """
    price: float | None | Unset = UNSET
    """ Custom price for this team member providing the service. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        master_id = self.master_id

        length = self.length

        technological_card_id = self.technological_card_id

        api_id = self.api_id

        is_online = self.is_online

        is_offline_records_allowed = self.is_offline_records_allowed

        price: float | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if length is not UNSET:
            field_dict["length"] = length
        if technological_card_id is not UNSET:
            field_dict["technological_card_id"] = technological_card_id
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if is_online is not UNSET:
            field_dict["is_online"] = is_online
        if is_offline_records_allowed is not UNSET:
            field_dict["is_offline_records_allowed"] = is_offline_records_allowed
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service_id = d.pop("service_id", UNSET)

        master_id = d.pop("master_id", UNSET)

        length = d.pop("length", UNSET)

        technological_card_id = d.pop("technological_card_id", UNSET)

        api_id = d.pop("api_id", UNSET)

        is_online = d.pop("is_online", UNSET)

        is_offline_records_allowed = d.pop("is_offline_records_allowed", UNSET)

        def _parse_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        master_service_link = cls(
            service_id=service_id,
            master_id=master_id,
            length=length,
            technological_card_id=technological_card_id,
            api_id=api_id,
            is_online=is_online,
            is_offline_records_allowed=is_offline_records_allowed,
            price=price,
        )

        master_service_link.additional_properties = d
        return master_service_link

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
        "service_id",
        "master_id",
        "length",
        "technological_card_id",
        "api_id",
        "is_online",
        "is_offline_records_allowed",
        "price",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


MasterServiceLink._lazy_fields = {
    "service_id": ("service_id", None, False),
    "master_id": ("master_id", None, False),
    "length": ("length", None, False),
    "technological_card_id": ("technological_card_id", None, False),
    "api_id": ("api_id", None, False),
    "is_online": ("is_online", None, False),
    "is_offline_records_allowed": ("is_offline_records_allowed", None, False),
    "price": ("price", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: MasterServiceLink, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.service_id = get("service_id", UNSET)
    model.master_id = get("master_id", UNSET)
    model.length = get("length", UNSET)
    model.technological_card_id = get("technological_card_id", UNSET)
    model.api_id = get("api_id", UNSET)
    model.is_online = get("is_online", UNSET)
    model.is_offline_records_allowed = get("is_offline_records_allowed", UNSET)
    model.price = get("price", UNSET)


def _fill_converted(
    model: MasterServiceLink, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: MasterServiceLink | None = None) -> MasterServiceLink:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return MasterServiceLink._lazy(json_value, parse_ctx)
        model = new_model(MasterServiceLink)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(MasterServiceLink, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    fill(json_value, model)
    if only_declared:  # no undeclared key, the usual case (known from the layout, see _layouts.py)
        model.additional_properties = {}
    else:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True
    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(MasterServiceLink)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = MasterServiceLink
        del model._raw, model._context
    return model


MasterServiceLink._lazy_fill = (_fill_plain, _fill_converted, _build)
