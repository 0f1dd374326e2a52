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

T = TypeVar("T", bound="UserPermissionsResponseDataTypesDataLoyalty")


@_attrs_define
class UserPermissionsResponseDataTypesDataLoyalty(LazyModel):
    """Section Loyalty"""

    loyalty_access: bool | Unset = UNSET
    """ true - there is access to loyalty, false - no access """
    has_loyalty_access: bool | Unset = UNSET
    """ true - there is access to loyalty, false - no access """
    loyalty_cards_manual_transactions_access: bool | Unset = UNSET
    """ true - there is access to manual replenishment/withdrawal from loyalty cards, false - no access """
    has_loyalty_cards_manual_transactions_access: bool | Unset = UNSET
    """ true - there is access to manual replenishment/withdrawal from loyalty cards, false - no access """
    loyalty_certificate_and_abonement_manual_transactions_access: bool | Unset = UNSET
    """ true - there is access to payment with a certificate and a membership without a code, false - no access """
    loyalty_abonement_balance_edit_access: bool | Unset = UNSET
    """ true - there is access to edit membership balance, false - no access """
    loyalty_abonement_history_access: bool | Unset = UNSET
    """ true - there is access to membership history, false - no access """
    loyalty_abonement_period_edit_access: bool | Unset = UNSET
    """ true - there is access to edit membership period, false - no access """
    loyalty_cards_issue_and_removal_access: bool | Unset = UNSET
    """ true - there is access to issue and remove loyalty cards, false - no access """
    loyalty_certificate_balance_edit_access: bool | Unset = UNSET
    """ true - there is access to edit gift card balance, false - no access """
    loyalty_certificate_period_edit_access: bool | Unset = UNSET
    """ true - there is access to edit gift card period, false - no access """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        loyalty_access = self.loyalty_access

        has_loyalty_access = self.has_loyalty_access

        loyalty_cards_manual_transactions_access = self.loyalty_cards_manual_transactions_access

        has_loyalty_cards_manual_transactions_access = self.has_loyalty_cards_manual_transactions_access

        loyalty_certificate_and_abonement_manual_transactions_access = (
            self.loyalty_certificate_and_abonement_manual_transactions_access
        )

        loyalty_abonement_balance_edit_access = self.loyalty_abonement_balance_edit_access

        loyalty_abonement_history_access = self.loyalty_abonement_history_access

        loyalty_abonement_period_edit_access = self.loyalty_abonement_period_edit_access

        loyalty_cards_issue_and_removal_access = self.loyalty_cards_issue_and_removal_access

        loyalty_certificate_balance_edit_access = self.loyalty_certificate_balance_edit_access

        loyalty_certificate_period_edit_access = self.loyalty_certificate_period_edit_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if loyalty_access is not UNSET:
            field_dict["loyalty_access"] = loyalty_access
        if has_loyalty_access is not UNSET:
            field_dict["has_loyalty_access"] = has_loyalty_access
        if loyalty_cards_manual_transactions_access is not UNSET:
            field_dict["loyalty_cards_manual_transactions_access"] = loyalty_cards_manual_transactions_access
        if has_loyalty_cards_manual_transactions_access is not UNSET:
            field_dict["has_loyalty_cards_manual_transactions_access"] = has_loyalty_cards_manual_transactions_access
        if loyalty_certificate_and_abonement_manual_transactions_access is not UNSET:
            field_dict["loyalty_certificate_and_abonement_manual_transactions_access"] = (
                loyalty_certificate_and_abonement_manual_transactions_access
            )
        if loyalty_abonement_balance_edit_access is not UNSET:
            field_dict["loyalty_abonement_balance_edit_access"] = loyalty_abonement_balance_edit_access
        if loyalty_abonement_history_access is not UNSET:
            field_dict["loyalty_abonement_history_access"] = loyalty_abonement_history_access
        if loyalty_abonement_period_edit_access is not UNSET:
            field_dict["loyalty_abonement_period_edit_access"] = loyalty_abonement_period_edit_access
        if loyalty_cards_issue_and_removal_access is not UNSET:
            field_dict["loyalty_cards_issue_and_removal_access"] = loyalty_cards_issue_and_removal_access
        if loyalty_certificate_balance_edit_access is not UNSET:
            field_dict["loyalty_certificate_balance_edit_access"] = loyalty_certificate_balance_edit_access
        if loyalty_certificate_period_edit_access is not UNSET:
            field_dict["loyalty_certificate_period_edit_access"] = loyalty_certificate_period_edit_access

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        loyalty_access = d.pop("loyalty_access", UNSET)

        has_loyalty_access = d.pop("has_loyalty_access", UNSET)

        loyalty_cards_manual_transactions_access = d.pop("loyalty_cards_manual_transactions_access", UNSET)

        has_loyalty_cards_manual_transactions_access = d.pop("has_loyalty_cards_manual_transactions_access", UNSET)

        loyalty_certificate_and_abonement_manual_transactions_access = d.pop(
            "loyalty_certificate_and_abonement_manual_transactions_access", UNSET
        )

        loyalty_abonement_balance_edit_access = d.pop("loyalty_abonement_balance_edit_access", UNSET)

        loyalty_abonement_history_access = d.pop("loyalty_abonement_history_access", UNSET)

        loyalty_abonement_period_edit_access = d.pop("loyalty_abonement_period_edit_access", UNSET)

        loyalty_cards_issue_and_removal_access = d.pop("loyalty_cards_issue_and_removal_access", UNSET)

        loyalty_certificate_balance_edit_access = d.pop("loyalty_certificate_balance_edit_access", UNSET)

        loyalty_certificate_period_edit_access = d.pop("loyalty_certificate_period_edit_access", UNSET)

        user_permissions_response_data_types_data_loyalty = cls(
            loyalty_access=loyalty_access,
            has_loyalty_access=has_loyalty_access,
            loyalty_cards_manual_transactions_access=loyalty_cards_manual_transactions_access,
            has_loyalty_cards_manual_transactions_access=has_loyalty_cards_manual_transactions_access,
            loyalty_certificate_and_abonement_manual_transactions_access=loyalty_certificate_and_abonement_manual_transactions_access,
            loyalty_abonement_balance_edit_access=loyalty_abonement_balance_edit_access,
            loyalty_abonement_history_access=loyalty_abonement_history_access,
            loyalty_abonement_period_edit_access=loyalty_abonement_period_edit_access,
            loyalty_cards_issue_and_removal_access=loyalty_cards_issue_and_removal_access,
            loyalty_certificate_balance_edit_access=loyalty_certificate_balance_edit_access,
            loyalty_certificate_period_edit_access=loyalty_certificate_period_edit_access,
        )

        user_permissions_response_data_types_data_loyalty.additional_properties = d
        return user_permissions_response_data_types_data_loyalty

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
        "loyalty_access",
        "has_loyalty_access",
        "loyalty_cards_manual_transactions_access",
        "has_loyalty_cards_manual_transactions_access",
        "loyalty_certificate_and_abonement_manual_transactions_access",
        "loyalty_abonement_balance_edit_access",
        "loyalty_abonement_history_access",
        "loyalty_abonement_period_edit_access",
        "loyalty_cards_issue_and_removal_access",
        "loyalty_certificate_balance_edit_access",
        "loyalty_certificate_period_edit_access",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


UserPermissionsResponseDataTypesDataLoyalty._lazy_fields = {
    "loyalty_access": ("loyalty_access", None, False),
    "has_loyalty_access": ("has_loyalty_access", None, False),
    "loyalty_cards_manual_transactions_access": ("loyalty_cards_manual_transactions_access", None, False),
    "has_loyalty_cards_manual_transactions_access": ("has_loyalty_cards_manual_transactions_access", None, False),
    "loyalty_certificate_and_abonement_manual_transactions_access": (
        "loyalty_certificate_and_abonement_manual_transactions_access",
        None,
        False,
    ),
    "loyalty_abonement_balance_edit_access": ("loyalty_abonement_balance_edit_access", None, False),
    "loyalty_abonement_history_access": ("loyalty_abonement_history_access", None, False),
    "loyalty_abonement_period_edit_access": ("loyalty_abonement_period_edit_access", None, False),
    "loyalty_cards_issue_and_removal_access": ("loyalty_cards_issue_and_removal_access", None, False),
    "loyalty_certificate_balance_edit_access": ("loyalty_certificate_balance_edit_access", None, False),
    "loyalty_certificate_period_edit_access": ("loyalty_certificate_period_edit_access", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: UserPermissionsResponseDataTypesDataLoyalty, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.loyalty_access = get("loyalty_access", UNSET)
    model.has_loyalty_access = get("has_loyalty_access", UNSET)
    model.loyalty_cards_manual_transactions_access = get("loyalty_cards_manual_transactions_access", UNSET)
    model.has_loyalty_cards_manual_transactions_access = get("has_loyalty_cards_manual_transactions_access", UNSET)
    model.loyalty_certificate_and_abonement_manual_transactions_access = get(
        "loyalty_certificate_and_abonement_manual_transactions_access", UNSET
    )
    model.loyalty_abonement_balance_edit_access = get("loyalty_abonement_balance_edit_access", UNSET)
    model.loyalty_abonement_history_access = get("loyalty_abonement_history_access", UNSET)
    model.loyalty_abonement_period_edit_access = get("loyalty_abonement_period_edit_access", UNSET)
    model.loyalty_cards_issue_and_removal_access = get("loyalty_cards_issue_and_removal_access", UNSET)
    model.loyalty_certificate_balance_edit_access = get("loyalty_certificate_balance_edit_access", UNSET)
    model.loyalty_certificate_period_edit_access = get("loyalty_certificate_period_edit_access", UNSET)


def _fill_converted(
    model: UserPermissionsResponseDataTypesDataLoyalty,
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
    json_value: Any, parse_ctx: ParseContext, model: UserPermissionsResponseDataTypesDataLoyalty | None = None
) -> UserPermissionsResponseDataTypesDataLoyalty:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return UserPermissionsResponseDataTypesDataLoyalty._lazy(json_value, parse_ctx)
        model = new_model(
            UserPermissionsResponseDataTypesDataLoyalty
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
        layout = layout_of(UserPermissionsResponseDataTypesDataLoyalty, keys)
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
        model.__class__ = lazily_read_class(UserPermissionsResponseDataTypesDataLoyalty)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = UserPermissionsResponseDataTypesDataLoyalty
        del model._raw, model._context
    return model


UserPermissionsResponseDataTypesDataLoyalty._lazy_fill = (_fill_plain, _fill_converted, _build)
