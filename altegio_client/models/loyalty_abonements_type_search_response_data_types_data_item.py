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
from ..types import UNSET, Unset

T = TypeVar("T", bound="LoyaltyAbonementsTypeSearchResponseDataTypesDataItem")


@_attrs_define
class LoyaltyAbonementsTypeSearchResponseDataTypesDataItem(LazyModel):
    id: int | Unset = UNSET
    """ Membership type ID """
    salon_group_id: int | Unset = UNSET
    """ Identifier of the chain in which the membership type is valid """
    title: str | Unset = UNSET
    """ Membership type name """
    period: float | Unset = UNSET
    """ Subscription expiration date (0 if not set) """
    period_unit_id: int | Unset = UNSET
    """ Subscription validity period unit (list of possible values, if not set - 0) """
    allow_freeze: bool | Unset = UNSET
    """ Is it possible to freeze memberships? true - allowed, false - not allowed """
    freeze_limit: float | Unset = UNSET
    """ Maximum total freezing period (days) """
    is_allow_empty_code: bool | Unset = UNSET
    """ Allow the sale of a membership without a code? true - allow, false - do not allow """
    is_united_balance: bool | Unset = UNSET
    """ Total or separate membership balance: true - total, false - separate """
    united_balance_services_count: float | Unset = UNSET
    """ Number of visits for total balance """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        salon_group_id = self.salon_group_id

        title = self.title

        period = self.period

        period_unit_id = self.period_unit_id

        allow_freeze = self.allow_freeze

        freeze_limit = self.freeze_limit

        is_allow_empty_code = self.is_allow_empty_code

        is_united_balance = self.is_united_balance

        united_balance_services_count = self.united_balance_services_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if title is not UNSET:
            field_dict["title"] = title
        if period is not UNSET:
            field_dict["period"] = period
        if period_unit_id is not UNSET:
            field_dict["period_unit_id"] = period_unit_id
        if allow_freeze is not UNSET:
            field_dict["allow_freeze"] = allow_freeze
        if freeze_limit is not UNSET:
            field_dict["freeze_limit"] = freeze_limit
        if is_allow_empty_code is not UNSET:
            field_dict["is_allow_empty_code"] = is_allow_empty_code
        if is_united_balance is not UNSET:
            field_dict["is_united_balance"] = is_united_balance
        if united_balance_services_count is not UNSET:
            field_dict["united_balance_services_count"] = united_balance_services_count

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        salon_group_id = d.pop("salon_group_id", UNSET)

        title = d.pop("title", UNSET)

        period = d.pop("period", UNSET)

        period_unit_id = d.pop("period_unit_id", UNSET)

        allow_freeze = d.pop("allow_freeze", UNSET)

        freeze_limit = d.pop("freeze_limit", UNSET)

        is_allow_empty_code = d.pop("is_allow_empty_code", UNSET)

        is_united_balance = d.pop("is_united_balance", UNSET)

        united_balance_services_count = d.pop("united_balance_services_count", UNSET)

        loyalty_abonements_type_search_response_data_types_data_item = cls(
            id=id,
            salon_group_id=salon_group_id,
            title=title,
            period=period,
            period_unit_id=period_unit_id,
            allow_freeze=allow_freeze,
            freeze_limit=freeze_limit,
            is_allow_empty_code=is_allow_empty_code,
            is_united_balance=is_united_balance,
            united_balance_services_count=united_balance_services_count,
        )

        loyalty_abonements_type_search_response_data_types_data_item.additional_properties = d
        return loyalty_abonements_type_search_response_data_types_data_item

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
        "id",
        "salon_group_id",
        "title",
        "period",
        "period_unit_id",
        "allow_freeze",
        "freeze_limit",
        "is_allow_empty_code",
        "is_united_balance",
        "united_balance_services_count",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


LoyaltyAbonementsTypeSearchResponseDataTypesDataItem._lazy_fields = {
    "id": ("id", None, False),
    "salon_group_id": ("salon_group_id", None, False),
    "title": ("title", None, False),
    "period": ("period", None, False),
    "period_unit_id": ("period_unit_id", None, False),
    "allow_freeze": ("allow_freeze", None, False),
    "freeze_limit": ("freeze_limit", None, False),
    "is_allow_empty_code": ("is_allow_empty_code", None, False),
    "is_united_balance": ("is_united_balance", None, False),
    "united_balance_services_count": ("united_balance_services_count", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: LoyaltyAbonementsTypeSearchResponseDataTypesDataItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.salon_group_id = get("salon_group_id", UNSET)
    model.title = get("title", UNSET)
    model.period = get("period", UNSET)
    model.period_unit_id = get("period_unit_id", UNSET)
    model.allow_freeze = get("allow_freeze", UNSET)
    model.freeze_limit = get("freeze_limit", UNSET)
    model.is_allow_empty_code = get("is_allow_empty_code", UNSET)
    model.is_united_balance = get("is_united_balance", UNSET)
    model.united_balance_services_count = get("united_balance_services_count", UNSET)


def _fill_converted(
    model: LoyaltyAbonementsTypeSearchResponseDataTypesDataItem,
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
    json_value: Any, parse_ctx: ParseContext, model: LoyaltyAbonementsTypeSearchResponseDataTypesDataItem | None = None
) -> LoyaltyAbonementsTypeSearchResponseDataTypesDataItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return LoyaltyAbonementsTypeSearchResponseDataTypesDataItem._lazy(json_value, parse_ctx)
        model = new_model(
            LoyaltyAbonementsTypeSearchResponseDataTypesDataItem
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
        layout = layout_of(LoyaltyAbonementsTypeSearchResponseDataTypesDataItem, keys)
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
        model.__class__ = lazily_read_class(LoyaltyAbonementsTypeSearchResponseDataTypesDataItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = LoyaltyAbonementsTypeSearchResponseDataTypesDataItem
        del model._raw, model._context
    return model


LoyaltyAbonementsTypeSearchResponseDataTypesDataItem._lazy_fill = (_fill_plain, _fill_converted, _build)
