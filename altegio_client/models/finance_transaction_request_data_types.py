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

T = TypeVar("T", bound="FinanceTransactionRequestDataTypes")


@_attrs_define
class FinanceTransactionRequestDataTypes(LazyModel):
    """Create a Financial Transaction

    Example:
        {'expense_id': 2640, 'amount': 100, 'account_id': 39105, 'client_id': 4240788, 'supplier_id': 0, 'master_id': 0,
            'comment': 'Test transaction comment', 'date': '2026-08-29T10:00:00-05:00'}

    """

    expense_id: int | Unset = UNSET
    """ Payment item """
    amount: float | Unset = UNSET
    """ Transaction amount """
    account_id: int | Unset = UNSET
    """ Checkout ID """
    client_id: int | Unset = UNSET
    """ Client ID """
    supplier_id: int | Unset = UNSET
    """ Supplier ID """
    master_id: int | Unset = UNSET
    """ team member ID """
    comment: float | Unset = UNSET
    """ A comment """
    date: _datetime.datetime | Unset = UNSET
    """ Transaction creation date """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expense_id = self.expense_id

        amount = self.amount

        account_id = self.account_id

        client_id = self.client_id

        supplier_id = self.supplier_id

        master_id = self.master_id

        comment = self.comment

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expense_id is not UNSET:
            field_dict["expense_id"] = expense_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if supplier_id is not UNSET:
            field_dict["supplier_id"] = supplier_id
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expense_id = d.pop("expense_id", UNSET)

        amount = d.pop("amount", UNSET)

        account_id = d.pop("account_id", UNSET)

        client_id = d.pop("client_id", UNSET)

        supplier_id = d.pop("supplier_id", UNSET)

        master_id = d.pop("master_id", UNSET)

        comment = d.pop("comment", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = types.parse_iso_datetime(_date)

        finance_transaction_request_data_types = cls(
            expense_id=expense_id,
            amount=amount,
            account_id=account_id,
            client_id=client_id,
            supplier_id=supplier_id,
            master_id=master_id,
            comment=comment,
            date=date,
        )

        finance_transaction_request_data_types.additional_properties = d
        return finance_transaction_request_data_types

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
        "expense_id",
        "amount",
        "account_id",
        "client_id",
        "supplier_id",
        "master_id",
        "comment",
        "date",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


FinanceTransactionRequestDataTypes._lazy_fields = {
    "expense_id": ("expense_id", None, False),
    "amount": ("amount", None, False),
    "account_id": ("account_id", None, False),
    "client_id": ("client_id", None, False),
    "supplier_id": ("supplier_id", None, False),
    "master_id": ("master_id", None, False),
    "comment": ("comment", None, False),
    "date": ("date", _read_date, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: FinanceTransactionRequestDataTypes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.expense_id = get("expense_id", UNSET)
    model.amount = get("amount", UNSET)
    model.account_id = get("account_id", UNSET)
    model.client_id = get("client_id", UNSET)
    model.supplier_id = get("supplier_id", UNSET)
    model.master_id = get("master_id", UNSET)
    model.comment = get("comment", UNSET)


def _fill_converted(
    model: FinanceTransactionRequestDataTypes, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
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
    json_value: Any, parse_ctx: ParseContext, model: FinanceTransactionRequestDataTypes | None = None
) -> FinanceTransactionRequestDataTypes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return FinanceTransactionRequestDataTypes._lazy(json_value, parse_ctx)
        model = new_model(
            FinanceTransactionRequestDataTypes
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
        layout = layout_of(FinanceTransactionRequestDataTypes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_date,) = fill(json_value, model)
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
        model.__class__ = lazily_read_class(FinanceTransactionRequestDataTypes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = FinanceTransactionRequestDataTypes
        del model._raw, model._context
    return model


FinanceTransactionRequestDataTypes._lazy_fill = (_fill_plain, _fill_converted, _build)
