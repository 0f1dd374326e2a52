from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import LazyModel, ParseContext
from ..models.list_voip_calls_body_statuses_item import (
    ListVoipCallsBodyStatusesItem,
    check_list_voip_calls_body_statuses_item,
)
from ..models.list_voip_calls_body_types_item import (
    ListVoipCallsBodyTypesItem,
    check_list_voip_calls_body_types_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListVoipCallsBody")


@_attrs_define
class ListVoipCallsBody(LazyModel):
    salon_id: int
    """ Location ID. """
    date_from: str
    """ Start date. """
    date_to: str
    """ End date. """
    phone: str | Unset = UNSET
    """ Phone number. """
    types: list[ListVoipCallsBodyTypesItem] | Unset = UNSET
    """ Call types list """
    statuses: list[ListVoipCallsBodyStatusesItem] | Unset = UNSET
    """ Call statuses list """
    page: float | Unset = UNSET
    """ Page number """
    limit: float | Unset = UNSET
    """ Amount of elements on page """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        salon_id = self.salon_id

        date_from = self.date_from

        date_to = self.date_to

        phone = self.phone

        types: list[str] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = []
            for types_item_data in self.types:
                types_item: str = types_item_data
                types.append(types_item)

        statuses: list[str] | Unset = UNSET
        if not isinstance(self.statuses, Unset):
            statuses = []
            for statuses_item_data in self.statuses:
                statuses_item: str = statuses_item_data
                statuses.append(statuses_item)

        page = self.page

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "salon_id": salon_id,
                "date_from": date_from,
                "date_to": date_to,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone
        if types is not UNSET:
            field_dict["types"] = types
        if statuses is not UNSET:
            field_dict["statuses"] = statuses
        if page is not UNSET:
            field_dict["page"] = page
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        salon_id = d.pop("salon_id")

        date_from = d.pop("date_from")

        date_to = d.pop("date_to")

        phone = d.pop("phone", UNSET)

        _types = d.pop("types", UNSET)
        types: list[ListVoipCallsBodyTypesItem] | Unset = UNSET
        if _types is not UNSET:
            types = []
            for types_item_data in _types:
                types_item = check_list_voip_calls_body_types_item(types_item_data)

                types.append(types_item)

        _statuses = d.pop("statuses", UNSET)
        statuses: list[ListVoipCallsBodyStatusesItem] | Unset = UNSET
        if _statuses is not UNSET:
            statuses = []
            for statuses_item_data in _statuses:
                statuses_item = check_list_voip_calls_body_statuses_item(statuses_item_data)

                statuses.append(statuses_item)

        page = d.pop("page", UNSET)

        limit = d.pop("limit", UNSET)

        list_voip_calls_body = cls(
            salon_id=salon_id,
            date_from=date_from,
            date_to=date_to,
            phone=phone,
            types=types,
            statuses=statuses,
            page=page,
            limit=limit,
        )

        list_voip_calls_body.additional_properties = d
        return list_voip_calls_body

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


def _read_types(json_value: Any, parse_ctx: ParseContext) -> list[ListVoipCallsBodyTypesItem] | Unset:

    _types = json_value
    types: list[ListVoipCallsBodyTypesItem] | Unset = UNSET
    if _types is not UNSET:
        types = []
        for types_item_data in _types:
            types_item = check_list_voip_calls_body_types_item(types_item_data)

            types.append(types_item)

    return types


def _read_statuses(json_value: Any, parse_ctx: ParseContext) -> list[ListVoipCallsBodyStatusesItem] | Unset:

    _statuses = json_value
    statuses: list[ListVoipCallsBodyStatusesItem] | Unset = UNSET
    if _statuses is not UNSET:
        statuses = []
        for statuses_item_data in _statuses:
            statuses_item = check_list_voip_calls_body_statuses_item(statuses_item_data)

            statuses.append(statuses_item)

    return statuses


_DECLARED_KEYS = frozenset(
    {
        "salon_id",
        "date_from",
        "date_to",
        "phone",
        "types",
        "statuses",
        "page",
        "limit",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


ListVoipCallsBody._lazy_fields = {
    "salon_id": ("salon_id", None, True),
    "date_from": ("date_from", None, True),
    "date_to": ("date_to", None, True),
    "phone": ("phone", None, False),
    "types": ("types", _read_types, False),
    "statuses": ("statuses", _read_statuses, False),
    "page": ("page", None, False),
    "limit": ("limit", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ListVoipCallsBody, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "salon_id" in json_value:
        model.salon_id = json_value["salon_id"]
    if "date_from" in json_value:
        model.date_from = json_value["date_from"]
    if "date_to" in json_value:
        model.date_to = json_value["date_to"]
    model.phone = get("phone", UNSET)
    model.page = get("page", UNSET)
    model.limit = get("limit", UNSET)


def _fill_converted(
    model: ListVoipCallsBody, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    # A field that fails to convert is left unread: reading it raises the ResponseSchemaError.
    if "types" not in done:
        try:
            model.types = _read_types(json_value.get("types", UNSET), parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    if "statuses" not in done:
        try:
            model.statuses = _read_statuses(json_value.get("statuses", UNSET), parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    return


ListVoipCallsBody._lazy_fill = (_fill_plain, _fill_converted)
