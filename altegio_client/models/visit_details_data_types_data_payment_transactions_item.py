from __future__ import annotations

import builtins as _builtins
import datetime
import datetime as _datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
    from ..models.appointment_finance_transactions_item_expense import (
        AppointmentFinanceTransactionsItemExpense,
    )
    from ..models.json_object import JsonObject
    from ..models.transaction_account import TransactionAccount
    from ..models.visit_details_data_types_data_payment_transactions_item_client import (
        VisitDetailsDataTypesDataPaymentTransactionsItemClient,
    )


T = TypeVar("T", bound="VisitDetailsDataTypesDataPaymentTransactionsItem")


@_attrs_define
class VisitDetailsDataTypesDataPaymentTransactionsItem(LazyModel):
    id: int | Unset = UNSET
    """ Payment transaction ID """
    document_id: int | Unset = UNSET
    """ Document ID """
    date: _datetime.datetime | Unset = UNSET
    """ Transaction date """
    type_id: int | Unset = UNSET
    """ Transaction type """
    expense_id: int | Unset = UNSET
    """ Payment Item ID """
    account_id: int | Unset = UNSET
    """ Checkout ID """
    amount: float | Unset = UNSET
    """ Payment amount """
    client_id: int | Unset = UNSET
    """ Client ID """
    master_id: int | Unset = UNSET
    """ team member ID """
    supplier_id: int | Unset = UNSET
    """ Vendor ID """
    comment: str | Unset = UNSET
    """ A comment """
    item_id: int | Unset = UNSET
    """ Item ID """
    target_type_id: int | Unset = UNSET
    record_id: int | Unset = UNSET
    """ Appointment ID """
    goods_transaction_id: int | Unset = UNSET
    """ Commodity transaction ID """
    expense: AppointmentFinanceTransactionsItemExpense | Unset = UNSET
    """ Payment item """
    account: TransactionAccount | Unset = UNSET
    """ Location account """
    client: VisitDetailsDataTypesDataPaymentTransactionsItemClient | Unset = UNSET
    """ Customer """
    master: list[JsonObject] | Unset = UNSET
    """ team member """
    supplier: list[JsonObject] | Unset = UNSET
    """ The supplier """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_id = self.document_id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        type_id = self.type_id

        expense_id = self.expense_id

        account_id = self.account_id

        amount = self.amount

        client_id = self.client_id

        master_id = self.master_id

        supplier_id = self.supplier_id

        comment = self.comment

        item_id = self.item_id

        target_type_id = self.target_type_id

        record_id = self.record_id

        goods_transaction_id = self.goods_transaction_id

        expense: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense, Unset):
            expense = self.expense.to_dict()

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        master: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.master, Unset):
            master = []
            for master_item_data in self.master:
                master_item = master_item_data.to_dict()
                master.append(master_item)

        supplier: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = []
            for supplier_item_data in self.supplier:
                supplier_item = supplier_item_data.to_dict()
                supplier.append(supplier_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if date is not UNSET:
            field_dict["date"] = date
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if expense_id is not UNSET:
            field_dict["expense_id"] = expense_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if supplier_id is not UNSET:
            field_dict["supplier_id"] = supplier_id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if target_type_id is not UNSET:
            field_dict["target_type_id"] = target_type_id
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if goods_transaction_id is not UNSET:
            field_dict["goods_transaction_id"] = goods_transaction_id
        if expense is not UNSET:
            field_dict["expense"] = expense
        if account is not UNSET:
            field_dict["account"] = account
        if client is not UNSET:
            field_dict["client"] = client
        if master is not UNSET:
            field_dict["master"] = master
        if supplier is not UNSET:
            field_dict["supplier"] = supplier

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.appointment_finance_transactions_item_expense import (
            AppointmentFinanceTransactionsItemExpense,  # noqa: PLC0415
        )
        from ..models.json_object import JsonObject  # noqa: PLC0415
        from ..models.transaction_account import TransactionAccount  # noqa: PLC0415
        from ..models.visit_details_data_types_data_payment_transactions_item_client import (
            VisitDetailsDataTypesDataPaymentTransactionsItemClient,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        document_id = d.pop("document_id", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = types.parse_iso_datetime(_date)

        type_id = d.pop("type_id", UNSET)

        expense_id = d.pop("expense_id", UNSET)

        account_id = d.pop("account_id", UNSET)

        amount = d.pop("amount", UNSET)

        client_id = d.pop("client_id", UNSET)

        master_id = d.pop("master_id", UNSET)

        supplier_id = d.pop("supplier_id", UNSET)

        comment = d.pop("comment", UNSET)

        item_id = d.pop("item_id", UNSET)

        target_type_id = d.pop("target_type_id", UNSET)

        record_id = d.pop("record_id", UNSET)

        goods_transaction_id = d.pop("goods_transaction_id", UNSET)

        _expense = d.pop("expense", UNSET)
        expense: AppointmentFinanceTransactionsItemExpense | Unset
        if isinstance(_expense, Unset):
            expense = UNSET
        else:
            expense = AppointmentFinanceTransactionsItemExpense.from_dict(_expense)

        _account = d.pop("account", UNSET)
        account: TransactionAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = TransactionAccount.from_dict(_account)

        _client = d.pop("client", UNSET)
        client: VisitDetailsDataTypesDataPaymentTransactionsItemClient | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = VisitDetailsDataTypesDataPaymentTransactionsItemClient.from_dict(_client)

        _master = d.pop("master", UNSET)
        master: list[JsonObject] | Unset = UNSET
        if _master is not UNSET:
            master = []
            for master_item_data in _master:
                master_item = JsonObject.from_dict(master_item_data)

                master.append(master_item)

        _supplier = d.pop("supplier", UNSET)
        supplier: list[JsonObject] | Unset = UNSET
        if _supplier is not UNSET:
            supplier = []
            for supplier_item_data in _supplier:
                supplier_item = JsonObject.from_dict(supplier_item_data)

                supplier.append(supplier_item)

        visit_details_data_types_data_payment_transactions_item = cls(
            id=id,
            document_id=document_id,
            date=date,
            type_id=type_id,
            expense_id=expense_id,
            account_id=account_id,
            amount=amount,
            client_id=client_id,
            master_id=master_id,
            supplier_id=supplier_id,
            comment=comment,
            item_id=item_id,
            target_type_id=target_type_id,
            record_id=record_id,
            goods_transaction_id=goods_transaction_id,
            expense=expense,
            account=account,
            client=client,
            master=master,
            supplier=supplier,
        )

        visit_details_data_types_data_payment_transactions_item.additional_properties = d
        return visit_details_data_types_data_payment_transactions_item

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


def _read_expense(json_value: Any, parse_ctx: ParseContext) -> AppointmentFinanceTransactionsItemExpense | Unset:
    AppointmentFinanceTransactionsItemExpense = MODEL_CLASSES.get(
        "altegio_client.models.appointment_finance_transactions_item_expense"
    ) or model_class(
        "altegio_client.models.appointment_finance_transactions_item_expense",
        "AppointmentFinanceTransactionsItemExpense",
    )

    _expense = json_value
    expense: AppointmentFinanceTransactionsItemExpense | Unset
    if isinstance(_expense, Unset):
        expense = UNSET
    else:
        expense = AppointmentFinanceTransactionsItemExpense._lazy(_expense, parse_ctx)

    return expense


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


def _read_client(
    json_value: Any, parse_ctx: ParseContext
) -> VisitDetailsDataTypesDataPaymentTransactionsItemClient | Unset:
    VisitDetailsDataTypesDataPaymentTransactionsItemClient = MODEL_CLASSES.get(
        "altegio_client.models.visit_details_data_types_data_payment_transactions_item_client"
    ) or model_class(
        "altegio_client.models.visit_details_data_types_data_payment_transactions_item_client",
        "VisitDetailsDataTypesDataPaymentTransactionsItemClient",
    )

    _client = json_value
    client: VisitDetailsDataTypesDataPaymentTransactionsItemClient | Unset
    if isinstance(_client, Unset):
        client = UNSET
    else:
        client = VisitDetailsDataTypesDataPaymentTransactionsItemClient._lazy(_client, parse_ctx)

    return client


def _read_master(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _master = json_value
    master: list[JsonObject] | Unset = UNSET
    if _master is not UNSET:
        master = JsonObject._lazy_list(_master, parse_ctx)

    return master


def _read_supplier(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _supplier = json_value
    supplier: list[JsonObject] | Unset = UNSET
    if _supplier is not UNSET:
        supplier = JsonObject._lazy_list(_supplier, parse_ctx)

    return supplier


_DECLARED_KEYS = frozenset(
    {
        "id",
        "document_id",
        "date",
        "type_id",
        "expense_id",
        "account_id",
        "amount",
        "client_id",
        "master_id",
        "supplier_id",
        "comment",
        "item_id",
        "target_type_id",
        "record_id",
        "goods_transaction_id",
        "expense",
        "account",
        "client",
        "master",
        "supplier",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


VisitDetailsDataTypesDataPaymentTransactionsItem._lazy_fields = {
    "id": ("id", None, False),
    "document_id": ("document_id", None, False),
    "date": ("date", _read_date, False),
    "type_id": ("type_id", None, False),
    "expense_id": ("expense_id", None, False),
    "account_id": ("account_id", None, False),
    "amount": ("amount", None, False),
    "client_id": ("client_id", None, False),
    "master_id": ("master_id", None, False),
    "supplier_id": ("supplier_id", None, False),
    "comment": ("comment", None, False),
    "item_id": ("item_id", None, False),
    "target_type_id": ("target_type_id", None, False),
    "record_id": ("record_id", None, False),
    "goods_transaction_id": ("goods_transaction_id", None, False),
    "expense": ("expense", _read_expense, False),
    "account": ("account", _read_account, False),
    "client": ("client", _read_client, False),
    "master": ("master", _read_master, False),
    "supplier": ("supplier", _read_supplier, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: VisitDetailsDataTypesDataPaymentTransactionsItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.document_id = get("document_id", UNSET)
    model.type_id = get("type_id", UNSET)
    model.expense_id = get("expense_id", UNSET)
    model.account_id = get("account_id", UNSET)
    model.amount = get("amount", UNSET)
    model.client_id = get("client_id", UNSET)
    model.master_id = get("master_id", UNSET)
    model.supplier_id = get("supplier_id", UNSET)
    model.comment = get("comment", UNSET)
    model.item_id = get("item_id", UNSET)
    model.target_type_id = get("target_type_id", UNSET)
    model.record_id = get("record_id", UNSET)
    model.goods_transaction_id = get("goods_transaction_id", UNSET)


def _fill_converted(
    model: VisitDetailsDataTypesDataPaymentTransactionsItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
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

    if "expense" not in done:
        value = get("expense", UNSET)
        if value is UNSET:
            model.expense = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.appointment_finance_transactions_item_expense"
            ) or model_builder(
                "altegio_client.models.appointment_finance_transactions_item_expense",
                "AppointmentFinanceTransactionsItemExpense",
            )
            try:
                model.expense = build(value, parse_ctx)
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
            build = MODEL_BUILDERS.get(
                "altegio_client.models.visit_details_data_types_data_payment_transactions_item_client"
            ) or model_builder(
                "altegio_client.models.visit_details_data_types_data_payment_transactions_item_client",
                "VisitDetailsDataTypesDataPaymentTransactionsItemClient",
            )
            try:
                model.client = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "master" not in done:
        value = get("master", UNSET)
        if value is UNSET:
            model.master = UNSET
        elif value == []:
            model.master = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.master = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "supplier" not in done:
        value = get("supplier", UNSET)
        if value is UNSET:
            model.supplier = UNSET
        elif value == []:
            model.supplier = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.supplier = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: VisitDetailsDataTypesDataPaymentTransactionsItem | None = None
) -> VisitDetailsDataTypesDataPaymentTransactionsItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return VisitDetailsDataTypesDataPaymentTransactionsItem._lazy(json_value, parse_ctx)
        model = new_model(
            VisitDetailsDataTypesDataPaymentTransactionsItem
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
        layout = layout_of(VisitDetailsDataTypesDataPaymentTransactionsItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_date, value_expense, value_account, value_client, value_master, value_supplier = fill(json_value, model)
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

    if value_expense is UNSET:
        model.expense = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.appointment_finance_transactions_item_expense"
        ) or model_builder(
            "altegio_client.models.appointment_finance_transactions_item_expense",
            "AppointmentFinanceTransactionsItemExpense",
        )
        try:
            model.expense = build(value_expense, parse_ctx)
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
        build = MODEL_BUILDERS.get(
            "altegio_client.models.visit_details_data_types_data_payment_transactions_item_client"
        ) or model_builder(
            "altegio_client.models.visit_details_data_types_data_payment_transactions_item_client",
            "VisitDetailsDataTypesDataPaymentTransactionsItemClient",
        )
        try:
            model.client = build(value_client, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_master is UNSET:
        model.master = UNSET
    elif value_master == []:
        model.master = value_master  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
        )
        try:
            if _builtins.type(value_master) is not list:
                raise TypeError
            model.master = [build(item, parse_ctx) for item in value_master]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_supplier is UNSET:
        model.supplier = UNSET
    elif value_supplier == []:
        model.supplier = value_supplier  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
        )
        try:
            if _builtins.type(value_supplier) is not list:
                raise TypeError
            model.supplier = [build(item, parse_ctx) for item in value_supplier]
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
        model.__class__ = lazily_read_class(VisitDetailsDataTypesDataPaymentTransactionsItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = VisitDetailsDataTypesDataPaymentTransactionsItem
        del model._raw, model._context
    return model


VisitDetailsDataTypesDataPaymentTransactionsItem._lazy_fill = (_fill_plain, _fill_converted, _build)
