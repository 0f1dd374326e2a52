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

T = TypeVar("T", bound="GetChainClientAccountHistoryResponse200DataItemDepositTransaction")


@_attrs_define
class GetChainClientAccountHistoryResponse200DataItemDepositTransaction(LazyModel):
    """Client account transaction details"""

    id: int | Unset = UNSET
    """ Transaction ID """
    salon_id: int | Unset = UNSET
    """ Location ID where transaction occurred """
    salon_group_id: int | Unset = UNSET
    """ Chain ID """
    user_id: int | Unset = UNSET
    """ User ID associated with the client account """
    amount: float | Unset = UNSET
    """ Transaction amount (positive for top-up, negative for withdrawal) """
    balance_after: float | Unset = UNSET
    """ Personal account balance after this transaction """
    reserved_balance_after: float | Unset = UNSET
    """ Personal account reserved balance after this transaction """
    date_create: _datetime.datetime | Unset = UNSET
    """ Transaction creation date and time """
    comment: str | Unset = UNSET
    """ Transaction comment """
    deleted: bool | Unset = UNSET
    """ Whether transaction has been deleted """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        salon_id = self.salon_id

        salon_group_id = self.salon_group_id

        user_id = self.user_id

        amount = self.amount

        balance_after = self.balance_after

        reserved_balance_after = self.reserved_balance_after

        date_create: str | Unset = UNSET
        if not isinstance(self.date_create, Unset):
            date_create = self.date_create.isoformat()

        comment = self.comment

        deleted = self.deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if balance_after is not UNSET:
            field_dict["balance_after"] = balance_after
        if reserved_balance_after is not UNSET:
            field_dict["reserved_balance_after"] = reserved_balance_after
        if date_create is not UNSET:
            field_dict["date_create"] = date_create
        if comment is not UNSET:
            field_dict["comment"] = comment
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        salon_group_id = d.pop("salon_group_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        amount = d.pop("amount", UNSET)

        balance_after = d.pop("balance_after", UNSET)

        reserved_balance_after = d.pop("reserved_balance_after", UNSET)

        _date_create = d.pop("date_create", UNSET)
        date_create: datetime.datetime | Unset
        if isinstance(_date_create, Unset):
            date_create = UNSET
        else:
            date_create = types.parse_iso_datetime(_date_create)

        comment = d.pop("comment", UNSET)

        deleted = d.pop("deleted", UNSET)

        get_chain_client_account_history_response_200_data_item_deposit_transaction = cls(
            id=id,
            salon_id=salon_id,
            salon_group_id=salon_group_id,
            user_id=user_id,
            amount=amount,
            balance_after=balance_after,
            reserved_balance_after=reserved_balance_after,
            date_create=date_create,
            comment=comment,
            deleted=deleted,
        )

        get_chain_client_account_history_response_200_data_item_deposit_transaction.additional_properties = d
        return get_chain_client_account_history_response_200_data_item_deposit_transaction

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


def _read_date_create(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    date_create: datetime.datetime | Unset
    if isinstance(json_value, Unset):
        date_create = UNSET
    else:
        try:
            date_create = datetime_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            date_create = types.parse_iso_datetime(json_value)

    return date_create


ISO_PARSERS[_read_date_create] = datetime_from_iso


_DECLARED_KEYS = frozenset(
    {
        "id",
        "salon_id",
        "salon_group_id",
        "user_id",
        "amount",
        "balance_after",
        "reserved_balance_after",
        "date_create",
        "comment",
        "deleted",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


GetChainClientAccountHistoryResponse200DataItemDepositTransaction._lazy_fields = {
    "id": ("id", None, False),
    "salon_id": ("salon_id", None, False),
    "salon_group_id": ("salon_group_id", None, False),
    "user_id": ("user_id", None, False),
    "amount": ("amount", None, False),
    "balance_after": ("balance_after", None, False),
    "reserved_balance_after": ("reserved_balance_after", None, False),
    "date_create": ("date_create", _read_date_create, False),
    "comment": ("comment", None, False),
    "deleted": ("deleted", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(
    model: GetChainClientAccountHistoryResponse200DataItemDepositTransaction, json_value: dict[str, Any]
) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.salon_id = get("salon_id", UNSET)
    model.salon_group_id = get("salon_group_id", UNSET)
    model.user_id = get("user_id", UNSET)
    model.amount = get("amount", UNSET)
    model.balance_after = get("balance_after", UNSET)
    model.reserved_balance_after = get("reserved_balance_after", UNSET)
    model.comment = get("comment", UNSET)
    model.deleted = get("deleted", UNSET)


def _fill_converted(
    model: GetChainClientAccountHistoryResponse200DataItemDepositTransaction,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "date_create" not in done:
        value = get("date_create", UNSET)
        if value is UNSET:
            model.date_create = UNSET
        else:
            try:
                try:
                    model.date_create = datetime_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.date_create = types.parse_iso_datetime(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any,
    parse_ctx: ParseContext,
    model: GetChainClientAccountHistoryResponse200DataItemDepositTransaction | None = None,
) -> GetChainClientAccountHistoryResponse200DataItemDepositTransaction:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return GetChainClientAccountHistoryResponse200DataItemDepositTransaction._lazy(json_value, parse_ctx)
        model = new_model(
            GetChainClientAccountHistoryResponse200DataItemDepositTransaction
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
        layout = layout_of(GetChainClientAccountHistoryResponse200DataItemDepositTransaction, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_date_create,) = fill(json_value, model)
    if value_date_create is UNSET:
        model.date_create = UNSET
    else:
        try:
            try:
                model.date_create = datetime_from_iso(value_date_create)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.date_create = types.parse_iso_datetime(value_date_create)
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
        model.__class__ = lazily_read_class(GetChainClientAccountHistoryResponse200DataItemDepositTransaction)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = GetChainClientAccountHistoryResponse200DataItemDepositTransaction
        del model._raw, model._context
    return model


GetChainClientAccountHistoryResponse200DataItemDepositTransaction._lazy_fill = (_fill_plain, _fill_converted, _build)
