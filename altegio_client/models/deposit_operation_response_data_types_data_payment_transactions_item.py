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
    from ..models.deposit_operation_response_data_types_data_payment_transactions_item_type import (
        DepositOperationResponseDataTypesDataPaymentTransactionsItemType,
    )


T = TypeVar("T", bound="DepositOperationResponseDataTypesDataPaymentTransactionsItem")


@_attrs_define
class DepositOperationResponseDataTypesDataPaymentTransactionsItem(LazyModel):
    id: int | Unset = UNSET
    """ Payment transaction ID """
    document_id: int | Unset = UNSET
    """ Document ID """
    date: _datetime.datetime | Unset = UNSET
    """ date of payment """
    type_id: int | Unset = UNSET
    """ Document type identifier """
    expense_id: int | Unset = UNSET
    """ Payment Item ID """
    account_id: int | Unset = UNSET
    """ Checkout ID """
    amount: float | Unset = UNSET
    """ Transaction amount """
    client_id: int | Unset = UNSET
    """ Client ID """
    master_id: int | Unset = UNSET
    """ team member ID """
    supplier_id: int | Unset = UNSET
    """ Vendor ID """
    comment: str | Unset = UNSET
    """ A comment """
    item_id: int | Unset = UNSET
    target_type_id: int | Unset = UNSET
    record_id: int | Unset = UNSET
    """ Appointment ID """
    goods_transaction_id: int | Unset = UNSET
    """ Commodity transaction ID """
    type: DepositOperationResponseDataTypesDataPaymentTransactionsItemType | Unset = UNSET
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

        type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type.to_dict()

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
        if type is not UNSET:
            field_dict["type"] = type

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deposit_operation_response_data_types_data_payment_transactions_item_type import (
            DepositOperationResponseDataTypesDataPaymentTransactionsItemType,  # noqa: PLC0415
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

        _type = d.pop("type", UNSET)
        type: DepositOperationResponseDataTypesDataPaymentTransactionsItemType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = DepositOperationResponseDataTypesDataPaymentTransactionsItemType.from_dict(_type)

        deposit_operation_response_data_types_data_payment_transactions_item = cls(
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
            type=type,
        )

        deposit_operation_response_data_types_data_payment_transactions_item.additional_properties = d
        return deposit_operation_response_data_types_data_payment_transactions_item

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


def _read_type(
    json_value: Any, parse_ctx: ParseContext
) -> DepositOperationResponseDataTypesDataPaymentTransactionsItemType | Unset:
    DepositOperationResponseDataTypesDataPaymentTransactionsItemType = MODEL_CLASSES.get(
        "altegio_client.models.deposit_operation_response_data_types_data_payment_transactions_item_type"
    ) or model_class(
        "altegio_client.models.deposit_operation_response_data_types_data_payment_transactions_item_type",
        "DepositOperationResponseDataTypesDataPaymentTransactionsItemType",
    )

    _type = json_value
    type: DepositOperationResponseDataTypesDataPaymentTransactionsItemType | Unset
    if isinstance(_type, Unset):
        type = UNSET
    else:
        type = DepositOperationResponseDataTypesDataPaymentTransactionsItemType._lazy(_type, parse_ctx)

    return type


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
        "type",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


DepositOperationResponseDataTypesDataPaymentTransactionsItem._lazy_fields = {
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
    "type": ("type", _read_type, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(
    model: DepositOperationResponseDataTypesDataPaymentTransactionsItem, json_value: dict[str, Any]
) -> None:
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
    model: DepositOperationResponseDataTypesDataPaymentTransactionsItem,
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

    if "type" not in done:
        value = get("type", UNSET)
        if value is UNSET:
            model.type = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.deposit_operation_response_data_types_data_payment_transactions_item_type"
            ) or model_builder(
                "altegio_client.models.deposit_operation_response_data_types_data_payment_transactions_item_type",
                "DepositOperationResponseDataTypesDataPaymentTransactionsItemType",
            )
            try:
                model.type = build(value, parse_ctx)
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
    model: DepositOperationResponseDataTypesDataPaymentTransactionsItem | None = None,
) -> DepositOperationResponseDataTypesDataPaymentTransactionsItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return DepositOperationResponseDataTypesDataPaymentTransactionsItem._lazy(json_value, parse_ctx)
        model = new_model(
            DepositOperationResponseDataTypesDataPaymentTransactionsItem
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
        layout = layout_of(DepositOperationResponseDataTypesDataPaymentTransactionsItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_date, value_type = fill(json_value, model)
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

    if value_type is UNSET:
        model.type = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.deposit_operation_response_data_types_data_payment_transactions_item_type"
        ) or model_builder(
            "altegio_client.models.deposit_operation_response_data_types_data_payment_transactions_item_type",
            "DepositOperationResponseDataTypesDataPaymentTransactionsItemType",
        )
        try:
            model.type = build(value_type, parse_ctx)
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
        model.__class__ = lazily_read_class(DepositOperationResponseDataTypesDataPaymentTransactionsItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = DepositOperationResponseDataTypesDataPaymentTransactionsItem
        del model._raw, model._context
    return model


DepositOperationResponseDataTypesDataPaymentTransactionsItem._lazy_fill = (_fill_plain, _fill_converted, _build)
