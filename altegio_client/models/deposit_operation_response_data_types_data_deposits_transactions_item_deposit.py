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

T = TypeVar("T", bound="DepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit")


@_attrs_define
class DepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit(LazyModel):
    """Personal account"""

    id: int | Unset = UNSET
    """ Personal account ID """
    deposit_type_id: int | Unset = UNSET
    """ Personal account type identifier """
    salon_group_id: int | Unset = UNSET
    """ Chain ID """
    initial_balance: float | Unset = UNSET
    """ Starting balance """
    balance: float | Unset = UNSET
    """ Available balance (current balance minus reserved balance) """
    reserved_balance: float | Unset = UNSET
    """ Amount currently reserved by active holds """
    blocked: bool | Unset = UNSET
    """ Is the personal account blocked """
    date_create: str | Unset = UNSET
    """ date of creation """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        deposit_type_id = self.deposit_type_id

        salon_group_id = self.salon_group_id

        initial_balance = self.initial_balance

        balance = self.balance

        reserved_balance = self.reserved_balance

        blocked = self.blocked

        date_create = self.date_create

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if deposit_type_id is not UNSET:
            field_dict["deposit_type_id"] = deposit_type_id
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if initial_balance is not UNSET:
            field_dict["initial_balance"] = initial_balance
        if balance is not UNSET:
            field_dict["balance"] = balance
        if reserved_balance is not UNSET:
            field_dict["reserved_balance"] = reserved_balance
        if blocked is not UNSET:
            field_dict["blocked"] = blocked
        if date_create is not UNSET:
            field_dict["date_create"] = date_create

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        deposit_type_id = d.pop("deposit_type_id", UNSET)

        salon_group_id = d.pop("salon_group_id", UNSET)

        initial_balance = d.pop("initial_balance", UNSET)

        balance = d.pop("balance", UNSET)

        reserved_balance = d.pop("reserved_balance", UNSET)

        blocked = d.pop("blocked", UNSET)

        date_create = d.pop("date_create", UNSET)

        deposit_operation_response_data_types_data_deposits_transactions_item_deposit = cls(
            id=id,
            deposit_type_id=deposit_type_id,
            salon_group_id=salon_group_id,
            initial_balance=initial_balance,
            balance=balance,
            reserved_balance=reserved_balance,
            blocked=blocked,
            date_create=date_create,
        )

        deposit_operation_response_data_types_data_deposits_transactions_item_deposit.additional_properties = d
        return deposit_operation_response_data_types_data_deposits_transactions_item_deposit

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
        "deposit_type_id",
        "salon_group_id",
        "initial_balance",
        "balance",
        "reserved_balance",
        "blocked",
        "date_create",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


DepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit._lazy_fields = {
    "id": ("id", None, False),
    "deposit_type_id": ("deposit_type_id", None, False),
    "salon_group_id": ("salon_group_id", None, False),
    "initial_balance": ("initial_balance", None, False),
    "balance": ("balance", None, False),
    "reserved_balance": ("reserved_balance", None, False),
    "blocked": ("blocked", None, False),
    "date_create": ("date_create", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(
    model: DepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit, json_value: dict[str, Any]
) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.deposit_type_id = get("deposit_type_id", UNSET)
    model.salon_group_id = get("salon_group_id", UNSET)
    model.initial_balance = get("initial_balance", UNSET)
    model.balance = get("balance", UNSET)
    model.reserved_balance = get("reserved_balance", UNSET)
    model.blocked = get("blocked", UNSET)
    model.date_create = get("date_create", UNSET)


def _fill_converted(
    model: DepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit,
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
    json_value: Any,
    parse_ctx: ParseContext,
    model: DepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit | None = None,
) -> DepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return DepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit._lazy(json_value, parse_ctx)
        model = new_model(
            DepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit
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
        layout = layout_of(DepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit, keys)
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
        model.__class__ = lazily_read_class(DepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = DepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit
        del model._raw, model._context
    return model


DepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit._lazy_fill = (_fill_plain, _fill_converted, _build)
