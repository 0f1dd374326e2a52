from __future__ import annotations

import builtins as _builtins
import datetime
import datetime as _datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._codegen import (
    ISO_PARSERS,
    MODEL_BUILDERS,
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    datetime_from_iso,
    layout_of,
    lazily_read_class,
    model_builder,
    model_class,
    new_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transaction_account import TransactionAccount
    from ..models.transaction_client import TransactionClient
    from ..models.transaction_expense import TransactionExpense
    from ..models.transaction_master import TransactionMaster
    from ..models.transaction_supplier import TransactionSupplier


T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction(LazyModel):
    id: int | Unset = UNSET
    """ Transaction ID """
    document_id: int | Unset = UNSET
    """ Document ID """
    expense: TransactionExpense | Unset = UNSET
    """ Payment type """
    date: _datetime.datetime | Unset = UNSET
    """ Transaction creation date """
    amount: float | Unset = UNSET
    """ Transaction amount """
    comment: str | Unset = UNSET
    """ A comment """
    master: TransactionMaster | Unset = UNSET
    """ Team Member """
    supplier: TransactionSupplier | Unset = UNSET
    """ counterparty """
    account: TransactionAccount | Unset = UNSET
    """ Location account """
    client: TransactionClient | Unset = UNSET
    """ Customer """
    last_change_date: _datetime.datetime | Unset = UNSET
    """ Last modified date """
    record_id: int | Unset = UNSET
    """ Appointment ID """
    visit_id: int | Unset = UNSET
    """ Visit ID """
    sold_item_id: int | Unset = UNSET
    """ Identifier of the sold product/service """
    sold_item_type: float | str | Unset = UNSET
    """ Sale entity type (product/service) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_id = self.document_id

        expense: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense, Unset):
            expense = self.expense.to_dict()

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        amount = self.amount

        comment = self.comment

        master: dict[str, Any] | Unset = UNSET
        if not isinstance(self.master, Unset):
            master = self.master.to_dict()

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        last_change_date: str | Unset = UNSET
        if not isinstance(self.last_change_date, Unset):
            last_change_date = self.last_change_date.isoformat()

        record_id = self.record_id

        visit_id = self.visit_id

        sold_item_id = self.sold_item_id

        sold_item_type: float | str | Unset
        if isinstance(self.sold_item_type, Unset):
            sold_item_type = UNSET
        else:
            sold_item_type = self.sold_item_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if expense is not UNSET:
            field_dict["expense"] = expense
        if date is not UNSET:
            field_dict["date"] = date
        if amount is not UNSET:
            field_dict["amount"] = amount
        if comment is not UNSET:
            field_dict["comment"] = comment
        if master is not UNSET:
            field_dict["master"] = master
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if account is not UNSET:
            field_dict["account"] = account
        if client is not UNSET:
            field_dict["client"] = client
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id
        if sold_item_id is not UNSET:
            field_dict["sold_item_id"] = sold_item_id
        if sold_item_type is not UNSET:
            field_dict["sold_item_type"] = sold_item_type

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transaction_account import TransactionAccount  # noqa: PLC0415
        from ..models.transaction_client import TransactionClient  # noqa: PLC0415
        from ..models.transaction_expense import TransactionExpense  # noqa: PLC0415
        from ..models.transaction_master import TransactionMaster  # noqa: PLC0415
        from ..models.transaction_supplier import TransactionSupplier  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        document_id = d.pop("document_id", UNSET)

        _expense = d.pop("expense", UNSET)
        expense: TransactionExpense | Unset
        if isinstance(_expense, Unset):
            expense = UNSET
        else:
            expense = TransactionExpense.from_dict(_expense)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = types.parse_iso_datetime(_date)

        amount = d.pop("amount", UNSET)

        comment = d.pop("comment", UNSET)

        _master = d.pop("master", UNSET)
        master: TransactionMaster | Unset
        if isinstance(_master, Unset):
            master = UNSET
        else:
            master = TransactionMaster.from_dict(_master)

        _supplier = d.pop("supplier", UNSET)
        supplier: TransactionSupplier | Unset
        if isinstance(_supplier, Unset):
            supplier = UNSET
        else:
            supplier = TransactionSupplier.from_dict(_supplier)

        _account = d.pop("account", UNSET)
        account: TransactionAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = TransactionAccount.from_dict(_account)

        _client = d.pop("client", UNSET)
        client: TransactionClient | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = TransactionClient.from_dict(_client)

        _last_change_date = d.pop("last_change_date", UNSET)
        last_change_date: datetime.datetime | Unset
        if isinstance(_last_change_date, Unset):
            last_change_date = UNSET
        else:
            last_change_date = types.parse_iso_datetime(_last_change_date)

        record_id = d.pop("record_id", UNSET)

        visit_id = d.pop("visit_id", UNSET)

        sold_item_id = d.pop("sold_item_id", UNSET)

        def _parse_sold_item_type(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        sold_item_type = _parse_sold_item_type(d.pop("sold_item_type", UNSET))

        transaction = cls(
            id=id,
            document_id=document_id,
            expense=expense,
            date=date,
            amount=amount,
            comment=comment,
            master=master,
            supplier=supplier,
            account=account,
            client=client,
            last_change_date=last_change_date,
            record_id=record_id,
            visit_id=visit_id,
            sold_item_id=sold_item_id,
            sold_item_type=sold_item_type,
        )

        transaction.additional_properties = d
        return transaction

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


def _read_expense(json_value: Any, parse_ctx: ParseContext) -> TransactionExpense | Unset:
    TransactionExpense = MODEL_CLASSES.get("altegio_client.models.transaction_expense") or model_class(
        "altegio_client.models.transaction_expense", "TransactionExpense"
    )

    _expense = json_value
    expense: TransactionExpense | Unset
    if isinstance(_expense, Unset):
        expense = UNSET
    else:
        expense = TransactionExpense._lazy(_expense, parse_ctx)

    return expense


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


def _read_master(json_value: Any, parse_ctx: ParseContext) -> TransactionMaster | Unset:
    TransactionMaster = MODEL_CLASSES.get("altegio_client.models.transaction_master") or model_class(
        "altegio_client.models.transaction_master", "TransactionMaster"
    )

    _master = json_value
    master: TransactionMaster | Unset
    if isinstance(_master, Unset):
        master = UNSET
    else:
        master = TransactionMaster._lazy(_master, parse_ctx)

    return master


def _read_supplier(json_value: Any, parse_ctx: ParseContext) -> TransactionSupplier | Unset:
    TransactionSupplier = MODEL_CLASSES.get("altegio_client.models.transaction_supplier") or model_class(
        "altegio_client.models.transaction_supplier", "TransactionSupplier"
    )

    _supplier = json_value
    supplier: TransactionSupplier | Unset
    if isinstance(_supplier, Unset):
        supplier = UNSET
    else:
        supplier = TransactionSupplier._lazy(_supplier, parse_ctx)

    return supplier


def _read_account(json_value: Any, parse_ctx: ParseContext) -> TransactionAccount | Unset:
    TransactionAccount = MODEL_CLASSES.get("altegio_client.models.transaction_account") or model_class(
        "altegio_client.models.transaction_account", "TransactionAccount"
    )

    _account = json_value
    account: TransactionAccount | Unset
    if isinstance(_account, Unset):
        account = UNSET
    else:
        account = TransactionAccount._lazy(_account, parse_ctx)

    return account


def _read_client(json_value: Any, parse_ctx: ParseContext) -> TransactionClient | Unset:
    TransactionClient = MODEL_CLASSES.get("altegio_client.models.transaction_client") or model_class(
        "altegio_client.models.transaction_client", "TransactionClient"
    )

    _client = json_value
    client: TransactionClient | Unset
    if isinstance(_client, Unset):
        client = UNSET
    else:
        client = TransactionClient._lazy(_client, parse_ctx)

    return client


def _read_last_change_date(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    last_change_date: datetime.datetime | Unset
    if isinstance(json_value, Unset):
        last_change_date = UNSET
    else:
        try:
            last_change_date = datetime_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            last_change_date = types.parse_iso_datetime(json_value)

    return last_change_date


ISO_PARSERS[_read_last_change_date] = datetime_from_iso


_DECLARED_KEYS = frozenset(
    {
        "id",
        "document_id",
        "expense",
        "date",
        "amount",
        "comment",
        "master",
        "supplier",
        "account",
        "client",
        "last_change_date",
        "record_id",
        "visit_id",
        "sold_item_id",
        "sold_item_type",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


Transaction._lazy_fields = {
    "id": ("id", None, False),
    "document_id": ("document_id", None, False),
    "expense": ("expense", _read_expense, False),
    "date": ("date", _read_date, False),
    "amount": ("amount", None, False),
    "comment": ("comment", None, False),
    "master": ("master", _read_master, False),
    "supplier": ("supplier", _read_supplier, False),
    "account": ("account", _read_account, False),
    "client": ("client", _read_client, False),
    "last_change_date": ("last_change_date", _read_last_change_date, False),
    "record_id": ("record_id", None, False),
    "visit_id": ("visit_id", None, False),
    "sold_item_id": ("sold_item_id", None, False),
    "sold_item_type": ("sold_item_type", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: Transaction, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.document_id = get("document_id", UNSET)
    model.amount = get("amount", UNSET)
    model.comment = get("comment", UNSET)
    model.record_id = get("record_id", UNSET)
    model.visit_id = get("visit_id", UNSET)
    model.sold_item_id = get("sold_item_id", UNSET)
    model.sold_item_type = get("sold_item_type", UNSET)


def _fill_converted(
    model: Transaction, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "expense" not in done:
        value = get("expense", UNSET)
        if value is UNSET:
            model.expense = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.transaction_expense") or model_builder(
                "altegio_client.models.transaction_expense", "TransactionExpense"
            )
            try:
                model.expense = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

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

    if "master" not in done:
        value = get("master", UNSET)
        if value is UNSET:
            model.master = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.transaction_master") or model_builder(
                "altegio_client.models.transaction_master", "TransactionMaster"
            )
            try:
                model.master = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "supplier" not in done:
        value = get("supplier", UNSET)
        if value is UNSET:
            model.supplier = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.transaction_supplier") or model_builder(
                "altegio_client.models.transaction_supplier", "TransactionSupplier"
            )
            try:
                model.supplier = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "account" not in done:
        value = get("account", UNSET)
        if value is UNSET:
            model.account = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.transaction_account") or model_builder(
                "altegio_client.models.transaction_account", "TransactionAccount"
            )
            try:
                model.account = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "client" not in done:
        value = get("client", UNSET)
        if value is UNSET:
            model.client = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.transaction_client") or model_builder(
                "altegio_client.models.transaction_client", "TransactionClient"
            )
            try:
                model.client = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "last_change_date" not in done:
        value = get("last_change_date", UNSET)
        if value is UNSET:
            model.last_change_date = UNSET
        else:
            try:
                try:
                    model.last_change_date = datetime_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.last_change_date = types.parse_iso_datetime(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: Transaction | None = None) -> Transaction:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return Transaction._lazy(json_value, parse_ctx)
        model = new_model(Transaction)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(Transaction, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_expense, value_date, value_master, value_supplier, value_account, value_client, value_last_change_date = fill(
        json_value, model
    )
    if value_expense is UNSET:
        model.expense = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.transaction_expense") or model_builder(
            "altegio_client.models.transaction_expense", "TransactionExpense"
        )
        try:
            model.expense = build(value_expense, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
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

    if value_master is UNSET:
        model.master = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.transaction_master") or model_builder(
            "altegio_client.models.transaction_master", "TransactionMaster"
        )
        try:
            model.master = build(value_master, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_supplier is UNSET:
        model.supplier = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.transaction_supplier") or model_builder(
            "altegio_client.models.transaction_supplier", "TransactionSupplier"
        )
        try:
            model.supplier = build(value_supplier, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_account is UNSET:
        model.account = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.transaction_account") or model_builder(
            "altegio_client.models.transaction_account", "TransactionAccount"
        )
        try:
            model.account = build(value_account, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_client is UNSET:
        model.client = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.transaction_client") or model_builder(
            "altegio_client.models.transaction_client", "TransactionClient"
        )
        try:
            model.client = build(value_client, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_last_change_date is UNSET:
        model.last_change_date = UNSET
    else:
        try:
            try:
                model.last_change_date = datetime_from_iso(value_last_change_date)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.last_change_date = types.parse_iso_datetime(value_last_change_date)
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
        model.__class__ = lazily_read_class(Transaction)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = Transaction
        del model._raw, model._context
    return model


Transaction._lazy_fill = (_fill_plain, _fill_converted, _build)
