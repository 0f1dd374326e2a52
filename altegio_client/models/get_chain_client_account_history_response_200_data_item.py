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
    from ..models.get_chain_client_account_history_response_200_data_item_deposit_transaction import (
        GetChainClientAccountHistoryResponse200DataItemDepositTransaction,
    )
    from ..models.get_chain_client_account_history_response_200_data_item_deposit_transaction_type import (
        GetChainClientAccountHistoryResponse200DataItemDepositTransactionType,
    )


T = TypeVar("T", bound="GetChainClientAccountHistoryResponse200DataItem")


@_attrs_define
class GetChainClientAccountHistoryResponse200DataItem(LazyModel):
    deposit_transaction: GetChainClientAccountHistoryResponse200DataItemDepositTransaction | Unset = UNSET
    """ Client account transaction details """
    deposit_transaction_type: GetChainClientAccountHistoryResponse200DataItemDepositTransactionType | Unset = UNSET
    """ Transaction type information """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deposit_transaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deposit_transaction, Unset):
            deposit_transaction = self.deposit_transaction.to_dict()

        deposit_transaction_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deposit_transaction_type, Unset):
            deposit_transaction_type = self.deposit_transaction_type.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deposit_transaction is not UNSET:
            field_dict["deposit_transaction"] = deposit_transaction
        if deposit_transaction_type is not UNSET:
            field_dict["deposit_transaction_type"] = deposit_transaction_type

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_chain_client_account_history_response_200_data_item_deposit_transaction import (
            GetChainClientAccountHistoryResponse200DataItemDepositTransaction,  # noqa: PLC0415
        )
        from ..models.get_chain_client_account_history_response_200_data_item_deposit_transaction_type import (
            GetChainClientAccountHistoryResponse200DataItemDepositTransactionType,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _deposit_transaction = d.pop("deposit_transaction", UNSET)
        deposit_transaction: GetChainClientAccountHistoryResponse200DataItemDepositTransaction | Unset
        if isinstance(_deposit_transaction, Unset):
            deposit_transaction = UNSET
        else:
            deposit_transaction = GetChainClientAccountHistoryResponse200DataItemDepositTransaction.from_dict(
                _deposit_transaction
            )

        _deposit_transaction_type = d.pop("deposit_transaction_type", UNSET)
        deposit_transaction_type: GetChainClientAccountHistoryResponse200DataItemDepositTransactionType | Unset
        if isinstance(_deposit_transaction_type, Unset):
            deposit_transaction_type = UNSET
        else:
            deposit_transaction_type = GetChainClientAccountHistoryResponse200DataItemDepositTransactionType.from_dict(
                _deposit_transaction_type
            )

        get_chain_client_account_history_response_200_data_item = cls(
            deposit_transaction=deposit_transaction,
            deposit_transaction_type=deposit_transaction_type,
        )

        get_chain_client_account_history_response_200_data_item.additional_properties = d
        return get_chain_client_account_history_response_200_data_item

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


def _read_deposit_transaction(
    json_value: Any, parse_ctx: ParseContext
) -> GetChainClientAccountHistoryResponse200DataItemDepositTransaction | Unset:
    GetChainClientAccountHistoryResponse200DataItemDepositTransaction = MODEL_CLASSES.get(
        "altegio_client.models.get_chain_client_account_history_response_200_data_item_deposit_transaction"
    ) or model_class(
        "altegio_client.models.get_chain_client_account_history_response_200_data_item_deposit_transaction",
        "GetChainClientAccountHistoryResponse200DataItemDepositTransaction",
    )

    _deposit_transaction = json_value
    deposit_transaction: GetChainClientAccountHistoryResponse200DataItemDepositTransaction | Unset
    if isinstance(_deposit_transaction, Unset):
        deposit_transaction = UNSET
    else:
        deposit_transaction = GetChainClientAccountHistoryResponse200DataItemDepositTransaction._lazy(
            _deposit_transaction, parse_ctx
        )

    return deposit_transaction


def _read_deposit_transaction_type(
    json_value: Any, parse_ctx: ParseContext
) -> GetChainClientAccountHistoryResponse200DataItemDepositTransactionType | Unset:
    GetChainClientAccountHistoryResponse200DataItemDepositTransactionType = MODEL_CLASSES.get(
        "altegio_client.models.get_chain_client_account_history_response_200_data_item_deposit_transaction_type"
    ) or model_class(
        "altegio_client.models.get_chain_client_account_history_response_200_data_item_deposit_transaction_type",
        "GetChainClientAccountHistoryResponse200DataItemDepositTransactionType",
    )

    _deposit_transaction_type = json_value
    deposit_transaction_type: GetChainClientAccountHistoryResponse200DataItemDepositTransactionType | Unset
    if isinstance(_deposit_transaction_type, Unset):
        deposit_transaction_type = UNSET
    else:
        deposit_transaction_type = GetChainClientAccountHistoryResponse200DataItemDepositTransactionType._lazy(
            _deposit_transaction_type, parse_ctx
        )

    return deposit_transaction_type


_DECLARED_KEYS = frozenset(
    {
        "deposit_transaction",
        "deposit_transaction_type",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


GetChainClientAccountHistoryResponse200DataItem._lazy_fields = {
    "deposit_transaction": ("deposit_transaction", _read_deposit_transaction, False),
    "deposit_transaction_type": ("deposit_transaction_type", _read_deposit_transaction_type, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: GetChainClientAccountHistoryResponse200DataItem, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: GetChainClientAccountHistoryResponse200DataItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "deposit_transaction" not in done:
        value = get("deposit_transaction", UNSET)
        if value is UNSET:
            model.deposit_transaction = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.get_chain_client_account_history_response_200_data_item_deposit_transaction"
            ) or model_builder(
                "altegio_client.models.get_chain_client_account_history_response_200_data_item_deposit_transaction",
                "GetChainClientAccountHistoryResponse200DataItemDepositTransaction",
            )
            try:
                model.deposit_transaction = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "deposit_transaction_type" not in done:
        value = get("deposit_transaction_type", UNSET)
        if value is UNSET:
            model.deposit_transaction_type = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.get_chain_client_account_history_response_200_data_item_deposit_transaction_type"
            ) or model_builder(
                "altegio_client.models.get_chain_client_account_history_response_200_data_item_deposit_transaction_type",
                "GetChainClientAccountHistoryResponse200DataItemDepositTransactionType",
            )
            try:
                model.deposit_transaction_type = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: GetChainClientAccountHistoryResponse200DataItem | None = None
) -> GetChainClientAccountHistoryResponse200DataItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return GetChainClientAccountHistoryResponse200DataItem._lazy(json_value, parse_ctx)
        model = new_model(
            GetChainClientAccountHistoryResponse200DataItem
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
        layout = layout_of(GetChainClientAccountHistoryResponse200DataItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_deposit_transaction, value_deposit_transaction_type = fill(json_value, model)
    if value_deposit_transaction is UNSET:
        model.deposit_transaction = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.get_chain_client_account_history_response_200_data_item_deposit_transaction"
        ) or model_builder(
            "altegio_client.models.get_chain_client_account_history_response_200_data_item_deposit_transaction",
            "GetChainClientAccountHistoryResponse200DataItemDepositTransaction",
        )
        try:
            model.deposit_transaction = build(value_deposit_transaction, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_deposit_transaction_type is UNSET:
        model.deposit_transaction_type = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.get_chain_client_account_history_response_200_data_item_deposit_transaction_type"
        ) or model_builder(
            "altegio_client.models.get_chain_client_account_history_response_200_data_item_deposit_transaction_type",
            "GetChainClientAccountHistoryResponse200DataItemDepositTransactionType",
        )
        try:
            model.deposit_transaction_type = build(value_deposit_transaction_type, parse_ctx)
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
        model.__class__ = lazily_read_class(GetChainClientAccountHistoryResponse200DataItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = GetChainClientAccountHistoryResponse200DataItem
        del model._raw, model._context
    return model


GetChainClientAccountHistoryResponse200DataItem._lazy_fill = (_fill_plain, _fill_converted, _build)
