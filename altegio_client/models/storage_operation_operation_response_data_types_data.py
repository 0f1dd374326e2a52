from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.storage_operation_operation_response_data_types_data_document import (
        StorageOperationOperationResponseDataTypesDataDocument,
    )
    from ..models.storage_operation_operation_response_data_types_data_transactions_item import (
        StorageOperationOperationResponseDataTypesDataTransactionsItem,
    )


T = TypeVar("T", bound="StorageOperationOperationResponseDataTypesData")


@_attrs_define
class StorageOperationOperationResponseDataTypesData(LazyModel):
    """Object with data"""

    document: StorageOperationOperationResponseDataTypesDataDocument | Unset = UNSET
    """ Document """
    transactions: list[StorageOperationOperationResponseDataTypesDataTransactionsItem] | Unset = UNSET
    """ transaction """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = self.document.to_dict()

        transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = []
            for transactions_item_data in self.transactions:
                transactions_item = transactions_item_data.to_dict()
                transactions.append(transactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if document is not UNSET:
            field_dict["document"] = document
        if transactions is not UNSET:
            field_dict["transactions"] = transactions

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.storage_operation_operation_response_data_types_data_document import (
            StorageOperationOperationResponseDataTypesDataDocument,  # noqa: PLC0415
        )
        from ..models.storage_operation_operation_response_data_types_data_transactions_item import (
            StorageOperationOperationResponseDataTypesDataTransactionsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _document = d.pop("document", UNSET)
        document: StorageOperationOperationResponseDataTypesDataDocument | Unset
        if isinstance(_document, Unset):
            document = UNSET
        else:
            document = StorageOperationOperationResponseDataTypesDataDocument.from_dict(_document)

        _transactions = d.pop("transactions", UNSET)
        transactions: list[StorageOperationOperationResponseDataTypesDataTransactionsItem] | Unset = UNSET
        if _transactions is not UNSET:
            transactions = []
            for transactions_item_data in _transactions:
                transactions_item = StorageOperationOperationResponseDataTypesDataTransactionsItem.from_dict(
                    transactions_item_data
                )

                transactions.append(transactions_item)

        storage_operation_operation_response_data_types_data = cls(
            document=document,
            transactions=transactions,
        )

        storage_operation_operation_response_data_types_data.additional_properties = d
        return storage_operation_operation_response_data_types_data

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


def _read_document(
    json_value: Any, parse_ctx: ParseContext
) -> StorageOperationOperationResponseDataTypesDataDocument | Unset:
    StorageOperationOperationResponseDataTypesDataDocument = MODEL_CLASSES.get(
        "altegio_client.models.storage_operation_operation_response_data_types_data_document"
    ) or model_class(
        "altegio_client.models.storage_operation_operation_response_data_types_data_document",
        "StorageOperationOperationResponseDataTypesDataDocument",
    )

    _document = json_value
    document: StorageOperationOperationResponseDataTypesDataDocument | Unset
    if isinstance(_document, Unset):
        document = UNSET
    else:
        document = StorageOperationOperationResponseDataTypesDataDocument._lazy(_document, parse_ctx)

    return document


def _read_transactions(
    json_value: Any, parse_ctx: ParseContext
) -> list[StorageOperationOperationResponseDataTypesDataTransactionsItem] | Unset:
    StorageOperationOperationResponseDataTypesDataTransactionsItem = MODEL_CLASSES.get(
        "altegio_client.models.storage_operation_operation_response_data_types_data_transactions_item"
    ) or model_class(
        "altegio_client.models.storage_operation_operation_response_data_types_data_transactions_item",
        "StorageOperationOperationResponseDataTypesDataTransactionsItem",
    )

    _transactions = json_value
    transactions: list[StorageOperationOperationResponseDataTypesDataTransactionsItem] | Unset = UNSET
    if _transactions is not UNSET:
        transactions = StorageOperationOperationResponseDataTypesDataTransactionsItem._lazy_list(
            _transactions, parse_ctx
        )

    return transactions


_DECLARED_KEYS = frozenset(
    {
        "document",
        "transactions",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


StorageOperationOperationResponseDataTypesData._lazy_fields = {
    "document": ("document", _read_document, False),
    "transactions": ("transactions", _read_transactions, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: StorageOperationOperationResponseDataTypesData, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: StorageOperationOperationResponseDataTypesData,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "document" not in done:
        value = get("document", UNSET)
        if value is UNSET:
            model.document = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.storage_operation_operation_response_data_types_data_document"
            ) or model_builder(
                "altegio_client.models.storage_operation_operation_response_data_types_data_document",
                "StorageOperationOperationResponseDataTypesDataDocument",
            )
            try:
                model.document = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "transactions" not in done:
        value = get("transactions", UNSET)
        if value is UNSET:
            model.transactions = UNSET
        elif value == []:
            model.transactions = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.storage_operation_operation_response_data_types_data_transactions_item"
            ) or model_builder(
                "altegio_client.models.storage_operation_operation_response_data_types_data_transactions_item",
                "StorageOperationOperationResponseDataTypesDataTransactionsItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.transactions = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: StorageOperationOperationResponseDataTypesData | None = None
) -> StorageOperationOperationResponseDataTypesData:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return StorageOperationOperationResponseDataTypesData._lazy(json_value, parse_ctx)
        model = new_model(
            StorageOperationOperationResponseDataTypesData
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
        layout = layout_of(StorageOperationOperationResponseDataTypesData, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_document, value_transactions = fill(json_value, model)
    if value_document is UNSET:
        model.document = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.storage_operation_operation_response_data_types_data_document"
        ) or model_builder(
            "altegio_client.models.storage_operation_operation_response_data_types_data_document",
            "StorageOperationOperationResponseDataTypesDataDocument",
        )
        try:
            model.document = build(value_document, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_transactions is UNSET:
        model.transactions = UNSET
    elif value_transactions == []:
        model.transactions = value_transactions  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.storage_operation_operation_response_data_types_data_transactions_item"
        ) or model_builder(
            "altegio_client.models.storage_operation_operation_response_data_types_data_transactions_item",
            "StorageOperationOperationResponseDataTypesDataTransactionsItem",
        )
        try:
            if _builtins.type(value_transactions) is not list:
                raise TypeError
            model.transactions = [build(item, parse_ctx) for item in value_transactions]
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
        model.__class__ = lazily_read_class(StorageOperationOperationResponseDataTypesData)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = StorageOperationOperationResponseDataTypesData
        del model._raw, model._context
    return model


StorageOperationOperationResponseDataTypesData._lazy_fill = (_fill_plain, _fill_converted, _build)
