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
    from ..models.company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item_chain import (
        CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemChain,
    )
    from ..models.company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item_deposit import (
        CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDeposit,
    )
    from ..models.storage_operation_good_transaction_response_200_data_types_data_type import (
        StorageOperationGoodTransactionResponse200DataTypesDataType,
    )


T = TypeVar("T", bound="CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItem")


@_attrs_define
class CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItem(LazyModel):
    id: int | Unset = UNSET
    """ Loyalty transaction ID """
    document_id: int | Unset = UNSET
    """ Document ID """
    sale_item_id: int | Unset = UNSET
    """ Sold unit ID """
    sale_item_type: str | Unset = UNSET
    """ Unit sold type """
    amount: float | Unset = UNSET
    """ Transaction amount """
    type_id: int | Unset = UNSET
    """ Transaction type identifier """
    created_at: _datetime.datetime | Unset = UNSET
    """ date of creation """
    deposit_transaction_id: int | Unset = UNSET
    """ Transaction ID (depends on type) """
    chain: CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemChain | Unset = UNSET
    """ Location chain """
    type: StorageOperationGoodTransactionResponse200DataTypesDataType | Unset = UNSET
    """ Transaction type """
    deposit: CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDeposit | Unset = UNSET
    """ Withdrawal from personal account """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_id = self.document_id

        sale_item_id = self.sale_item_id

        sale_item_type = self.sale_item_type

        amount = self.amount

        type_id = self.type_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        deposit_transaction_id = self.deposit_transaction_id

        chain: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chain, Unset):
            chain = self.chain.to_dict()

        type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type.to_dict()

        deposit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deposit, Unset):
            deposit = self.deposit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if sale_item_id is not UNSET:
            field_dict["sale_item_id"] = sale_item_id
        if sale_item_type is not UNSET:
            field_dict["sale_item_type"] = sale_item_type
        if amount is not UNSET:
            field_dict["amount"] = amount
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if deposit_transaction_id is not UNSET:
            field_dict["deposit_transaction_id"] = deposit_transaction_id
        if chain is not UNSET:
            field_dict["chain"] = chain
        if type is not UNSET:
            field_dict["type"] = type
        if deposit is not UNSET:
            field_dict["deposit"] = deposit

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item_chain import (
            CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemChain,  # noqa: PLC0415
        )
        from ..models.company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item_deposit import (
            CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDeposit,  # noqa: PLC0415
        )
        from ..models.storage_operation_good_transaction_response_200_data_types_data_type import (
            StorageOperationGoodTransactionResponse200DataTypesDataType,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        document_id = d.pop("document_id", UNSET)

        sale_item_id = d.pop("sale_item_id", UNSET)

        sale_item_type = d.pop("sale_item_type", UNSET)

        amount = d.pop("amount", UNSET)

        type_id = d.pop("type_id", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = types.parse_iso_datetime(_created_at)

        deposit_transaction_id = d.pop("deposit_transaction_id", UNSET)

        _chain = d.pop("chain", UNSET)
        chain: CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemChain | Unset
        if isinstance(_chain, Unset):
            chain = UNSET
        else:
            chain = CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemChain.from_dict(_chain)

        _type = d.pop("type", UNSET)
        type: StorageOperationGoodTransactionResponse200DataTypesDataType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = StorageOperationGoodTransactionResponse200DataTypesDataType.from_dict(_type)

        _deposit = d.pop("deposit", UNSET)
        deposit: CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDeposit | Unset
        if isinstance(_deposit, Unset):
            deposit = UNSET
        else:
            deposit = CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDeposit.from_dict(
                _deposit
            )

        company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item = cls(
            id=id,
            document_id=document_id,
            sale_item_id=sale_item_id,
            sale_item_type=sale_item_type,
            amount=amount,
            type_id=type_id,
            created_at=created_at,
            deposit_transaction_id=deposit_transaction_id,
            chain=chain,
            type=type,
            deposit=deposit,
        )

        company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item.additional_properties = d
        return company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item

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


def _read_created_at(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    created_at: datetime.datetime | Unset
    if isinstance(json_value, Unset):
        created_at = UNSET
    else:
        try:
            created_at = datetime_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            created_at = types.parse_iso_datetime(json_value)

    return created_at


ISO_PARSERS[_read_created_at] = datetime_from_iso


def _read_chain(
    json_value: Any, parse_ctx: ParseContext
) -> CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemChain | Unset:
    CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemChain = MODEL_CLASSES.get(
        "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item_chain"
    ) or model_class(
        "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item_chain",
        "CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemChain",
    )

    _chain = json_value
    chain: CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemChain | Unset
    if isinstance(_chain, Unset):
        chain = UNSET
    else:
        chain = CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemChain._lazy(
            _chain, parse_ctx
        )

    return chain


def _read_type(
    json_value: Any, parse_ctx: ParseContext
) -> StorageOperationGoodTransactionResponse200DataTypesDataType | Unset:
    StorageOperationGoodTransactionResponse200DataTypesDataType = MODEL_CLASSES.get(
        "altegio_client.models.storage_operation_good_transaction_response_200_data_types_data_type"
    ) or model_class(
        "altegio_client.models.storage_operation_good_transaction_response_200_data_types_data_type",
        "StorageOperationGoodTransactionResponse200DataTypesDataType",
    )

    _type = json_value
    type: StorageOperationGoodTransactionResponse200DataTypesDataType | Unset
    if isinstance(_type, Unset):
        type = UNSET
    else:
        type = StorageOperationGoodTransactionResponse200DataTypesDataType._lazy(_type, parse_ctx)

    return type


def _read_deposit(
    json_value: Any, parse_ctx: ParseContext
) -> CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDeposit | Unset:
    CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDeposit = MODEL_CLASSES.get(
        "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item_deposit"
    ) or model_class(
        "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item_deposit",
        "CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDeposit",
    )

    _deposit = json_value
    deposit: CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDeposit | Unset
    if isinstance(_deposit, Unset):
        deposit = UNSET
    else:
        deposit = CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDeposit._lazy(
            _deposit, parse_ctx
        )

    return deposit


_DECLARED_KEYS = frozenset(
    {
        "id",
        "document_id",
        "sale_item_id",
        "sale_item_type",
        "amount",
        "type_id",
        "created_at",
        "deposit_transaction_id",
        "chain",
        "type",
        "deposit",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItem._lazy_fields = {
    "id": ("id", None, False),
    "document_id": ("document_id", None, False),
    "sale_item_id": ("sale_item_id", None, False),
    "sale_item_type": ("sale_item_type", None, False),
    "amount": ("amount", None, False),
    "type_id": ("type_id", None, False),
    "created_at": ("created_at", _read_created_at, False),
    "deposit_transaction_id": ("deposit_transaction_id", None, False),
    "chain": ("chain", _read_chain, False),
    "type": ("type", _read_type, False),
    "deposit": ("deposit", _read_deposit, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(
    model: CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItem, json_value: dict[str, Any]
) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.document_id = get("document_id", UNSET)
    model.sale_item_id = get("sale_item_id", UNSET)
    model.sale_item_type = get("sale_item_type", UNSET)
    model.amount = get("amount", UNSET)
    model.type_id = get("type_id", UNSET)
    model.deposit_transaction_id = get("deposit_transaction_id", UNSET)


def _fill_converted(
    model: CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "created_at" not in done:
        value = get("created_at", UNSET)
        if value is UNSET:
            model.created_at = UNSET
        else:
            try:
                try:
                    model.created_at = datetime_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.created_at = types.parse_iso_datetime(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "chain" not in done:
        value = get("chain", UNSET)
        if value is UNSET:
            model.chain = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item_chain"
            ) or model_builder(
                "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item_chain",
                "CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemChain",
            )
            try:
                model.chain = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "type" not in done:
        value = get("type", UNSET)
        if value is UNSET:
            model.type = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.storage_operation_good_transaction_response_200_data_types_data_type"
            ) or model_builder(
                "altegio_client.models.storage_operation_good_transaction_response_200_data_types_data_type",
                "StorageOperationGoodTransactionResponse200DataTypesDataType",
            )
            try:
                model.type = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "deposit" not in done:
        value = get("deposit", UNSET)
        if value is UNSET:
            model.deposit = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item_deposit"
            ) or model_builder(
                "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item_deposit",
                "CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDeposit",
            )
            try:
                model.deposit = build(value, parse_ctx)
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
    model: CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItem | None = None,
) -> CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItem._lazy(
                json_value, parse_ctx
            )
        model = new_model(
            CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItem
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
        layout = layout_of(CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_created_at, value_chain, value_type, value_deposit = fill(json_value, model)
    if value_created_at is UNSET:
        model.created_at = UNSET
    else:
        try:
            try:
                model.created_at = datetime_from_iso(value_created_at)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.created_at = types.parse_iso_datetime(value_created_at)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_chain is UNSET:
        model.chain = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item_chain"
        ) or model_builder(
            "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item_chain",
            "CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemChain",
        )
        try:
            model.chain = build(value_chain, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_type is UNSET:
        model.type = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.storage_operation_good_transaction_response_200_data_types_data_type"
        ) or model_builder(
            "altegio_client.models.storage_operation_good_transaction_response_200_data_types_data_type",
            "StorageOperationGoodTransactionResponse200DataTypesDataType",
        )
        try:
            model.type = build(value_type, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_deposit is UNSET:
        model.deposit = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item_deposit"
        ) or model_builder(
            "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item_deposit",
            "CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDeposit",
        )
        try:
            model.deposit = build(value_deposit, parse_ctx)
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
        model.__class__ = lazily_read_class(
            CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItem
        )
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItem
        del model._raw, model._context
    return model


CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItem._lazy_fill = (
    _fill_plain,
    _fill_converted,
    _build,
)
