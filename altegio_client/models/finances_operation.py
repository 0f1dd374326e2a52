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
    MODEL_BUILDERS,
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    model_builder,
    model_class,
    new_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.finances_operation_account import FinancesOperationAccount
    from ..models.finances_operation_client import FinancesOperationClient
    from ..models.finances_operation_expense import FinancesOperationExpense
    from ..models.finances_operation_master import FinancesOperationMaster
    from ..models.finances_operation_record import FinancesOperationRecord
    from ..models.finances_operation_supplier import FinancesOperationSupplier


T = TypeVar("T", bound="FinancesOperation")


@_attrs_define
class FinancesOperation(LazyModel):
    """Financial transaction data sent in webhook notifications. Includes default relations (expense, master, supplier,
    account, client) and webhook-specific includes (record, client.email). May optionally include
    payment_system_transaction_ids if the feature is enabled for the location.

    """

    id: int | Unset = UNSET
    """ Transaction ID. """
    document_id: int | Unset = UNSET
    date: _datetime.datetime | None | Unset = UNSET
    amount: float | Unset = UNSET
    comment: str | Unset = UNSET
    last_change_date: _datetime.datetime | None | Unset = UNSET
    record_id: int | Unset = UNSET
    visit_id: int | Unset = UNSET
    sold_item_id: int | Unset = UNSET
    sold_item_type: str | Unset = UNSET
    expense: FinancesOperationExpense | Unset = UNSET
    """ Expense category. """
    master: FinancesOperationMaster | Unset = UNSET
    """ Team member. """
    supplier: FinancesOperationSupplier | Unset = UNSET
    """ Supplier. """
    account: FinancesOperationAccount | Unset = UNSET
    """ Payment account. """
    client: FinancesOperationClient | Unset = UNSET
    """ Client with email included. """
    record: FinancesOperationRecord | Unset = UNSET
    """ Linked appointment (compact). """
    payment_system_transaction_ids: list[str] | Unset = UNSET
    """ Payment system transaction IDs (optional, feature-flagged). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_id = self.document_id

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = self.date.isoformat()
        else:
            date = self.date

        amount = self.amount

        comment = self.comment

        last_change_date: None | str | Unset
        if isinstance(self.last_change_date, Unset):
            last_change_date = UNSET
        elif isinstance(self.last_change_date, datetime.datetime):
            last_change_date = self.last_change_date.isoformat()
        else:
            last_change_date = self.last_change_date

        record_id = self.record_id

        visit_id = self.visit_id

        sold_item_id = self.sold_item_id

        sold_item_type = self.sold_item_type

        expense: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense, Unset):
            expense = self.expense.to_dict()

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

        record: dict[str, Any] | Unset = UNSET
        if not isinstance(self.record, Unset):
            record = self.record.to_dict()

        payment_system_transaction_ids: list[str] | Unset = UNSET
        if not isinstance(self.payment_system_transaction_ids, Unset):
            payment_system_transaction_ids = self.payment_system_transaction_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if date is not UNSET:
            field_dict["date"] = date
        if amount is not UNSET:
            field_dict["amount"] = amount
        if comment is not UNSET:
            field_dict["comment"] = comment
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
        if expense is not UNSET:
            field_dict["expense"] = expense
        if master is not UNSET:
            field_dict["master"] = master
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if account is not UNSET:
            field_dict["account"] = account
        if client is not UNSET:
            field_dict["client"] = client
        if record is not UNSET:
            field_dict["record"] = record
        if payment_system_transaction_ids is not UNSET:
            field_dict["payment_system_transaction_ids"] = payment_system_transaction_ids

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.finances_operation_account import FinancesOperationAccount  # noqa: PLC0415
        from ..models.finances_operation_client import FinancesOperationClient  # noqa: PLC0415
        from ..models.finances_operation_expense import FinancesOperationExpense  # noqa: PLC0415
        from ..models.finances_operation_master import FinancesOperationMaster  # noqa: PLC0415
        from ..models.finances_operation_record import FinancesOperationRecord  # noqa: PLC0415
        from ..models.finances_operation_supplier import FinancesOperationSupplier  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        document_id = d.pop("document_id", UNSET)

        def _parse_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = types.parse_iso_datetime(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        amount = d.pop("amount", UNSET)

        comment = d.pop("comment", UNSET)

        def _parse_last_change_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_change_date_type_0 = types.parse_iso_datetime(data)

                return last_change_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_change_date = _parse_last_change_date(d.pop("last_change_date", UNSET))

        record_id = d.pop("record_id", UNSET)

        visit_id = d.pop("visit_id", UNSET)

        sold_item_id = d.pop("sold_item_id", UNSET)

        sold_item_type = d.pop("sold_item_type", UNSET)

        _expense = d.pop("expense", UNSET)
        expense: FinancesOperationExpense | Unset
        if isinstance(_expense, Unset):
            expense = UNSET
        else:
            expense = FinancesOperationExpense.from_dict(_expense)

        _master = d.pop("master", UNSET)
        master: FinancesOperationMaster | Unset
        if isinstance(_master, Unset):
            master = UNSET
        else:
            master = FinancesOperationMaster.from_dict(_master)

        _supplier = d.pop("supplier", UNSET)
        supplier: FinancesOperationSupplier | Unset
        if isinstance(_supplier, Unset):
            supplier = UNSET
        else:
            supplier = FinancesOperationSupplier.from_dict(_supplier)

        _account = d.pop("account", UNSET)
        account: FinancesOperationAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = FinancesOperationAccount.from_dict(_account)

        _client = d.pop("client", UNSET)
        client: FinancesOperationClient | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = FinancesOperationClient.from_dict(_client)

        _record = d.pop("record", UNSET)
        record: FinancesOperationRecord | Unset
        if isinstance(_record, Unset):
            record = UNSET
        else:
            record = FinancesOperationRecord.from_dict(_record)

        payment_system_transaction_ids = cast(list[str], d.pop("payment_system_transaction_ids", UNSET))

        finances_operation = cls(
            id=id,
            document_id=document_id,
            date=date,
            amount=amount,
            comment=comment,
            last_change_date=last_change_date,
            record_id=record_id,
            visit_id=visit_id,
            sold_item_id=sold_item_id,
            sold_item_type=sold_item_type,
            expense=expense,
            master=master,
            supplier=supplier,
            account=account,
            client=client,
            record=record,
            payment_system_transaction_ids=payment_system_transaction_ids,
        )

        finances_operation.additional_properties = d
        return finances_operation

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


def _read_date(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | None | Unset:

    def _parse_date(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            date_type_0 = types.parse_iso_datetime(data)

            return date_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    date = _parse_date(json_value)

    return date


def _read_last_change_date(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | None | Unset:

    def _parse_last_change_date(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            last_change_date_type_0 = types.parse_iso_datetime(data)

            return last_change_date_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    last_change_date = _parse_last_change_date(json_value)

    return last_change_date


def _read_expense(json_value: Any, parse_ctx: ParseContext) -> FinancesOperationExpense | Unset:
    FinancesOperationExpense = MODEL_CLASSES.get("altegio_client.models.finances_operation_expense") or model_class(
        "altegio_client.models.finances_operation_expense", "FinancesOperationExpense"
    )

    _expense = json_value
    expense: FinancesOperationExpense | Unset
    if isinstance(_expense, Unset):
        expense = UNSET
    else:
        expense = FinancesOperationExpense._lazy(_expense, parse_ctx)

    return expense


def _read_master(json_value: Any, parse_ctx: ParseContext) -> FinancesOperationMaster | Unset:
    FinancesOperationMaster = MODEL_CLASSES.get("altegio_client.models.finances_operation_master") or model_class(
        "altegio_client.models.finances_operation_master", "FinancesOperationMaster"
    )

    _master = json_value
    master: FinancesOperationMaster | Unset
    if isinstance(_master, Unset):
        master = UNSET
    else:
        master = FinancesOperationMaster._lazy(_master, parse_ctx)

    return master


def _read_supplier(json_value: Any, parse_ctx: ParseContext) -> FinancesOperationSupplier | Unset:
    FinancesOperationSupplier = MODEL_CLASSES.get("altegio_client.models.finances_operation_supplier") or model_class(
        "altegio_client.models.finances_operation_supplier", "FinancesOperationSupplier"
    )

    _supplier = json_value
    supplier: FinancesOperationSupplier | Unset
    if isinstance(_supplier, Unset):
        supplier = UNSET
    else:
        supplier = FinancesOperationSupplier._lazy(_supplier, parse_ctx)

    return supplier


def _read_account(json_value: Any, parse_ctx: ParseContext) -> FinancesOperationAccount | Unset:
    FinancesOperationAccount = MODEL_CLASSES.get("altegio_client.models.finances_operation_account") or model_class(
        "altegio_client.models.finances_operation_account", "FinancesOperationAccount"
    )

    _account = json_value
    account: FinancesOperationAccount | Unset
    if isinstance(_account, Unset):
        account = UNSET
    else:
        account = FinancesOperationAccount._lazy(_account, parse_ctx)

    return account


def _read_client(json_value: Any, parse_ctx: ParseContext) -> FinancesOperationClient | Unset:
    FinancesOperationClient = MODEL_CLASSES.get("altegio_client.models.finances_operation_client") or model_class(
        "altegio_client.models.finances_operation_client", "FinancesOperationClient"
    )

    _client = json_value
    client: FinancesOperationClient | Unset
    if isinstance(_client, Unset):
        client = UNSET
    else:
        client = FinancesOperationClient._lazy(_client, parse_ctx)

    return client


def _read_record(json_value: Any, parse_ctx: ParseContext) -> FinancesOperationRecord | Unset:
    FinancesOperationRecord = MODEL_CLASSES.get("altegio_client.models.finances_operation_record") or model_class(
        "altegio_client.models.finances_operation_record", "FinancesOperationRecord"
    )

    _record = json_value
    record: FinancesOperationRecord | Unset
    if isinstance(_record, Unset):
        record = UNSET
    else:
        record = FinancesOperationRecord._lazy(_record, parse_ctx)

    return record


_DECLARED_KEYS = frozenset(
    {
        "id",
        "document_id",
        "date",
        "amount",
        "comment",
        "last_change_date",
        "record_id",
        "visit_id",
        "sold_item_id",
        "sold_item_type",
        "expense",
        "master",
        "supplier",
        "account",
        "client",
        "record",
        "payment_system_transaction_ids",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


FinancesOperation._lazy_fields = {
    "id": ("id", None, False),
    "document_id": ("document_id", None, False),
    "date": ("date", _read_date, False),
    "amount": ("amount", None, False),
    "comment": ("comment", None, False),
    "last_change_date": ("last_change_date", _read_last_change_date, False),
    "record_id": ("record_id", None, False),
    "visit_id": ("visit_id", None, False),
    "sold_item_id": ("sold_item_id", None, False),
    "sold_item_type": ("sold_item_type", None, False),
    "expense": ("expense", _read_expense, False),
    "master": ("master", _read_master, False),
    "supplier": ("supplier", _read_supplier, False),
    "account": ("account", _read_account, False),
    "client": ("client", _read_client, False),
    "record": ("record", _read_record, False),
    "payment_system_transaction_ids": ("payment_system_transaction_ids", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: FinancesOperation, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.document_id = get("document_id", UNSET)
    model.amount = get("amount", UNSET)
    model.comment = get("comment", UNSET)
    model.record_id = get("record_id", UNSET)
    model.visit_id = get("visit_id", UNSET)
    model.sold_item_id = get("sold_item_id", UNSET)
    model.sold_item_type = get("sold_item_type", UNSET)
    model.payment_system_transaction_ids = get("payment_system_transaction_ids", UNSET)


def _fill_converted(
    model: FinancesOperation, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "date" not in done:
        value = get("date", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.date = UNSET
        else:
            try:
                model.date = _read_date(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "last_change_date" not in done:
        value = get("last_change_date", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.last_change_date = UNSET
        else:
            try:
                model.last_change_date = _read_last_change_date(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "expense" not in done:
        value = get("expense", UNSET)
        if value is UNSET:
            model.expense = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.finances_operation_expense") or model_builder(
                "altegio_client.models.finances_operation_expense", "FinancesOperationExpense"
            )
            try:
                model.expense = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "master" not in done:
        value = get("master", UNSET)
        if value is UNSET:
            model.master = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.finances_operation_master") or model_builder(
                "altegio_client.models.finances_operation_master", "FinancesOperationMaster"
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
            build = MODEL_BUILDERS.get("altegio_client.models.finances_operation_supplier") or model_builder(
                "altegio_client.models.finances_operation_supplier", "FinancesOperationSupplier"
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
            build = MODEL_BUILDERS.get("altegio_client.models.finances_operation_account") or model_builder(
                "altegio_client.models.finances_operation_account", "FinancesOperationAccount"
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
            build = MODEL_BUILDERS.get("altegio_client.models.finances_operation_client") or model_builder(
                "altegio_client.models.finances_operation_client", "FinancesOperationClient"
            )
            try:
                model.client = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "record" not in done:
        value = get("record", UNSET)
        if value is UNSET:
            model.record = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.finances_operation_record") or model_builder(
                "altegio_client.models.finances_operation_record", "FinancesOperationRecord"
            )
            try:
                model.record = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: FinancesOperation | None = None) -> FinancesOperation:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return FinancesOperation._lazy(json_value, parse_ctx)
        model = new_model(FinancesOperation)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(FinancesOperation, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (
        value_date,
        value_last_change_date,
        value_expense,
        value_master,
        value_supplier,
        value_account,
        value_client,
        value_record,
    ) = fill(json_value, model)
    if value_date is UNSET:  # what every optional field's converter returns for it
        model.date = UNSET
    else:
        try:
            model.date = _read_date(value_date, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_last_change_date is UNSET:  # what every optional field's converter returns for it
        model.last_change_date = UNSET
    else:
        try:
            model.last_change_date = _read_last_change_date(value_last_change_date, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_expense is UNSET:
        model.expense = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.finances_operation_expense") or model_builder(
            "altegio_client.models.finances_operation_expense", "FinancesOperationExpense"
        )
        try:
            model.expense = build(value_expense, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_master is UNSET:
        model.master = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.finances_operation_master") or model_builder(
            "altegio_client.models.finances_operation_master", "FinancesOperationMaster"
        )
        try:
            model.master = build(value_master, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_supplier is UNSET:
        model.supplier = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.finances_operation_supplier") or model_builder(
            "altegio_client.models.finances_operation_supplier", "FinancesOperationSupplier"
        )
        try:
            model.supplier = build(value_supplier, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_account is UNSET:
        model.account = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.finances_operation_account") or model_builder(
            "altegio_client.models.finances_operation_account", "FinancesOperationAccount"
        )
        try:
            model.account = build(value_account, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_client is UNSET:
        model.client = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.finances_operation_client") or model_builder(
            "altegio_client.models.finances_operation_client", "FinancesOperationClient"
        )
        try:
            model.client = build(value_client, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_record is UNSET:
        model.record = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.finances_operation_record") or model_builder(
            "altegio_client.models.finances_operation_record", "FinancesOperationRecord"
        )
        try:
            model.record = build(value_record, parse_ctx)
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
        model.__class__ = lazily_read_class(FinancesOperation)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = FinancesOperation
        del model._raw, model._context
    return model


FinancesOperation._lazy_fill = (_fill_plain, _fill_converted, _build)
