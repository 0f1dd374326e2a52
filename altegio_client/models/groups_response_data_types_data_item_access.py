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

T = TypeVar("T", bound="GroupsResponseDataTypesDataItemAccess")


@_attrs_define
class GroupsResponseDataTypesDataItemAccess(LazyModel):
    """User access rights on the chain"""

    settings_access: float | str | Unset = UNSET
    """ 1 - there is access to the settings section, 0 - no access """
    clients_access: float | str | Unset = UNSET
    """ 1 - there is access to the client base, 0 - no access """
    deposits_access: float | Unset = UNSET
    """ 1 - there is access to client accounts, 0 - no access """
    deposit_types_access: float | Unset = UNSET
    """ 1 - there is access to client account types, 0 - no access """
    users_access: float | str | Unset = UNSET
    """ 1 - there is access to user management, 0 - no access """
    loyalty_access: float | str | Unset = UNSET
    """ 1 - there is access to loyalty, 0 - no access """
    loyalty_abonement_types_access: float | Unset = UNSET
    """ 1 - there is access to membership types, 0 - no access """
    loyalty_abonement_balance_edit_access: float | Unset = UNSET
    """ 1 - there is access to edit membership balance, 0 - no access """
    loyalty_abonement_period_edit_access: float | Unset = UNSET
    """ 1 - there is access to edit membership period, 0 - no access """
    loyalty_abonement_history_access: float | Unset = UNSET
    """ 1 - there is access to membership history, 0 - no access """
    loyalty_cards_manual_transactions_access: float | str | Unset = UNSET
    """ 1 - there is access to manual replenishment/withdrawal from loyalty cards, 0 - no access """
    loyalty_certificate_types_access: float | Unset = UNSET
    """ 1 - there is access to certificate types, 0 - no access """
    loyalty_programs_access: float | Unset = UNSET
    """ 1 - there is access to loyalty programs, 0 - no access """
    network_services_access: float | Unset = UNSET
    """ 1 - there is access to chain services management, 0 - no access """
    analytics_access: float | Unset = UNSET
    """ 1 - there is access to analytics, 0 - no access """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        settings_access: float | str | Unset
        if isinstance(self.settings_access, Unset):
            settings_access = UNSET
        else:
            settings_access = self.settings_access

        clients_access: float | str | Unset
        if isinstance(self.clients_access, Unset):
            clients_access = UNSET
        else:
            clients_access = self.clients_access

        deposits_access = self.deposits_access

        deposit_types_access = self.deposit_types_access

        users_access: float | str | Unset
        if isinstance(self.users_access, Unset):
            users_access = UNSET
        else:
            users_access = self.users_access

        loyalty_access: float | str | Unset
        if isinstance(self.loyalty_access, Unset):
            loyalty_access = UNSET
        else:
            loyalty_access = self.loyalty_access

        loyalty_abonement_types_access = self.loyalty_abonement_types_access

        loyalty_abonement_balance_edit_access = self.loyalty_abonement_balance_edit_access

        loyalty_abonement_period_edit_access = self.loyalty_abonement_period_edit_access

        loyalty_abonement_history_access = self.loyalty_abonement_history_access

        loyalty_cards_manual_transactions_access: float | str | Unset
        if isinstance(self.loyalty_cards_manual_transactions_access, Unset):
            loyalty_cards_manual_transactions_access = UNSET
        else:
            loyalty_cards_manual_transactions_access = self.loyalty_cards_manual_transactions_access

        loyalty_certificate_types_access = self.loyalty_certificate_types_access

        loyalty_programs_access = self.loyalty_programs_access

        network_services_access = self.network_services_access

        analytics_access = self.analytics_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if settings_access is not UNSET:
            field_dict["settings_access"] = settings_access
        if clients_access is not UNSET:
            field_dict["clients_access"] = clients_access
        if deposits_access is not UNSET:
            field_dict["deposits_access"] = deposits_access
        if deposit_types_access is not UNSET:
            field_dict["deposit_types_access"] = deposit_types_access
        if users_access is not UNSET:
            field_dict["users_access"] = users_access
        if loyalty_access is not UNSET:
            field_dict["loyalty_access"] = loyalty_access
        if loyalty_abonement_types_access is not UNSET:
            field_dict["loyalty_abonement_types_access"] = loyalty_abonement_types_access
        if loyalty_abonement_balance_edit_access is not UNSET:
            field_dict["loyalty_abonement_balance_edit_access"] = loyalty_abonement_balance_edit_access
        if loyalty_abonement_period_edit_access is not UNSET:
            field_dict["loyalty_abonement_period_edit_access"] = loyalty_abonement_period_edit_access
        if loyalty_abonement_history_access is not UNSET:
            field_dict["loyalty_abonement_history_access"] = loyalty_abonement_history_access
        if loyalty_cards_manual_transactions_access is not UNSET:
            field_dict["loyalty_cards_manual_transactions_access"] = loyalty_cards_manual_transactions_access
        if loyalty_certificate_types_access is not UNSET:
            field_dict["loyalty_certificate_types_access"] = loyalty_certificate_types_access
        if loyalty_programs_access is not UNSET:
            field_dict["loyalty_programs_access"] = loyalty_programs_access
        if network_services_access is not UNSET:
            field_dict["network_services_access"] = network_services_access
        if analytics_access is not UNSET:
            field_dict["analytics_access"] = analytics_access

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_settings_access(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        settings_access = _parse_settings_access(d.pop("settings_access", UNSET))

        def _parse_clients_access(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        clients_access = _parse_clients_access(d.pop("clients_access", UNSET))

        deposits_access = d.pop("deposits_access", UNSET)

        deposit_types_access = d.pop("deposit_types_access", UNSET)

        def _parse_users_access(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        users_access = _parse_users_access(d.pop("users_access", UNSET))

        def _parse_loyalty_access(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        loyalty_access = _parse_loyalty_access(d.pop("loyalty_access", UNSET))

        loyalty_abonement_types_access = d.pop("loyalty_abonement_types_access", UNSET)

        loyalty_abonement_balance_edit_access = d.pop("loyalty_abonement_balance_edit_access", UNSET)

        loyalty_abonement_period_edit_access = d.pop("loyalty_abonement_period_edit_access", UNSET)

        loyalty_abonement_history_access = d.pop("loyalty_abonement_history_access", UNSET)

        def _parse_loyalty_cards_manual_transactions_access(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        loyalty_cards_manual_transactions_access = _parse_loyalty_cards_manual_transactions_access(
            d.pop("loyalty_cards_manual_transactions_access", UNSET)
        )

        loyalty_certificate_types_access = d.pop("loyalty_certificate_types_access", UNSET)

        loyalty_programs_access = d.pop("loyalty_programs_access", UNSET)

        network_services_access = d.pop("network_services_access", UNSET)

        analytics_access = d.pop("analytics_access", UNSET)

        groups_response_data_types_data_item_access = cls(
            settings_access=settings_access,
            clients_access=clients_access,
            deposits_access=deposits_access,
            deposit_types_access=deposit_types_access,
            users_access=users_access,
            loyalty_access=loyalty_access,
            loyalty_abonement_types_access=loyalty_abonement_types_access,
            loyalty_abonement_balance_edit_access=loyalty_abonement_balance_edit_access,
            loyalty_abonement_period_edit_access=loyalty_abonement_period_edit_access,
            loyalty_abonement_history_access=loyalty_abonement_history_access,
            loyalty_cards_manual_transactions_access=loyalty_cards_manual_transactions_access,
            loyalty_certificate_types_access=loyalty_certificate_types_access,
            loyalty_programs_access=loyalty_programs_access,
            network_services_access=network_services_access,
            analytics_access=analytics_access,
        )

        groups_response_data_types_data_item_access.additional_properties = d
        return groups_response_data_types_data_item_access

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
        "settings_access",
        "clients_access",
        "deposits_access",
        "deposit_types_access",
        "users_access",
        "loyalty_access",
        "loyalty_abonement_types_access",
        "loyalty_abonement_balance_edit_access",
        "loyalty_abonement_period_edit_access",
        "loyalty_abonement_history_access",
        "loyalty_cards_manual_transactions_access",
        "loyalty_certificate_types_access",
        "loyalty_programs_access",
        "network_services_access",
        "analytics_access",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


GroupsResponseDataTypesDataItemAccess._lazy_fields = {
    "settings_access": ("settings_access", None, False),
    "clients_access": ("clients_access", None, False),
    "deposits_access": ("deposits_access", None, False),
    "deposit_types_access": ("deposit_types_access", None, False),
    "users_access": ("users_access", None, False),
    "loyalty_access": ("loyalty_access", None, False),
    "loyalty_abonement_types_access": ("loyalty_abonement_types_access", None, False),
    "loyalty_abonement_balance_edit_access": ("loyalty_abonement_balance_edit_access", None, False),
    "loyalty_abonement_period_edit_access": ("loyalty_abonement_period_edit_access", None, False),
    "loyalty_abonement_history_access": ("loyalty_abonement_history_access", None, False),
    "loyalty_cards_manual_transactions_access": ("loyalty_cards_manual_transactions_access", None, False),
    "loyalty_certificate_types_access": ("loyalty_certificate_types_access", None, False),
    "loyalty_programs_access": ("loyalty_programs_access", None, False),
    "network_services_access": ("network_services_access", None, False),
    "analytics_access": ("analytics_access", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: GroupsResponseDataTypesDataItemAccess, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.settings_access = get("settings_access", UNSET)
    model.clients_access = get("clients_access", UNSET)
    model.deposits_access = get("deposits_access", UNSET)
    model.deposit_types_access = get("deposit_types_access", UNSET)
    model.users_access = get("users_access", UNSET)
    model.loyalty_access = get("loyalty_access", UNSET)
    model.loyalty_abonement_types_access = get("loyalty_abonement_types_access", UNSET)
    model.loyalty_abonement_balance_edit_access = get("loyalty_abonement_balance_edit_access", UNSET)
    model.loyalty_abonement_period_edit_access = get("loyalty_abonement_period_edit_access", UNSET)
    model.loyalty_abonement_history_access = get("loyalty_abonement_history_access", UNSET)
    model.loyalty_cards_manual_transactions_access = get("loyalty_cards_manual_transactions_access", UNSET)
    model.loyalty_certificate_types_access = get("loyalty_certificate_types_access", UNSET)
    model.loyalty_programs_access = get("loyalty_programs_access", UNSET)
    model.network_services_access = get("network_services_access", UNSET)
    model.analytics_access = get("analytics_access", UNSET)


def _fill_converted(
    model: GroupsResponseDataTypesDataItemAccess,
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
    json_value: Any, parse_ctx: ParseContext, model: GroupsResponseDataTypesDataItemAccess | None = None
) -> GroupsResponseDataTypesDataItemAccess:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return GroupsResponseDataTypesDataItemAccess._lazy(json_value, parse_ctx)
        model = new_model(
            GroupsResponseDataTypesDataItemAccess
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
        layout = layout_of(GroupsResponseDataTypesDataItemAccess, keys)
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
        model.__class__ = lazily_read_class(GroupsResponseDataTypesDataItemAccess)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = GroupsResponseDataTypesDataItemAccess
        del model._raw, model._context
    return model


GroupsResponseDataTypesDataItemAccess._lazy_fill = (_fill_plain, _fill_converted, _build)
