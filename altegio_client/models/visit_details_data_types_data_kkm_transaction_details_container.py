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
    from ..models.visit_details_data_types_data_kkm_transaction_details_container_transactions_item import (
        VisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItem,
    )


T = TypeVar("T", bound="VisitDetailsDataTypesDataKkmTransactionDetailsContainer")


@_attrs_define
class VisitDetailsDataTypesDataKkmTransactionDetailsContainer(LazyModel):
    """KKM transaction details"""

    last_operation_type: float | Unset = UNSET
    """ Type of last KKM operation """
    transactions: list[VisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItem] | Unset = UNSET
    """ KKM transaction """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_operation_type = self.last_operation_type

        transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = []
            for transactions_item_data in self.transactions:
                transactions_item = transactions_item_data.to_dict()
                transactions.append(transactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_operation_type is not UNSET:
            field_dict["last_operation_type"] = last_operation_type
        if transactions is not UNSET:
            field_dict["transactions"] = transactions

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.visit_details_data_types_data_kkm_transaction_details_container_transactions_item import (
            VisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        last_operation_type = d.pop("last_operation_type", UNSET)

        _transactions = d.pop("transactions", UNSET)
        transactions: list[VisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItem] | Unset = UNSET
        if _transactions is not UNSET:
            transactions = []
            for transactions_item_data in _transactions:
                transactions_item = VisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItem.from_dict(
                    transactions_item_data
                )

                transactions.append(transactions_item)

        visit_details_data_types_data_kkm_transaction_details_container = cls(
            last_operation_type=last_operation_type,
            transactions=transactions,
        )

        visit_details_data_types_data_kkm_transaction_details_container.additional_properties = d
        return visit_details_data_types_data_kkm_transaction_details_container

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


def _read_transactions(
    json_value: Any, parse_ctx: ParseContext
) -> list[VisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItem] | Unset:
    VisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItem = MODEL_CLASSES.get(
        "altegio_client.models.visit_details_data_types_data_kkm_transaction_details_container_transactions_item"
    ) or model_class(
        "altegio_client.models.visit_details_data_types_data_kkm_transaction_details_container_transactions_item",
        "VisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItem",
    )

    _transactions = json_value
    transactions: list[VisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItem] | Unset = UNSET
    if _transactions is not UNSET:
        transactions = VisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItem._lazy_list(
            _transactions, parse_ctx
        )

    return transactions


_DECLARED_KEYS = frozenset(
    {
        "last_operation_type",
        "transactions",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


VisitDetailsDataTypesDataKkmTransactionDetailsContainer._lazy_fields = {
    "last_operation_type": ("last_operation_type", None, False),
    "transactions": ("transactions", _read_transactions, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: VisitDetailsDataTypesDataKkmTransactionDetailsContainer, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.last_operation_type = get("last_operation_type", UNSET)


def _fill_converted(
    model: VisitDetailsDataTypesDataKkmTransactionDetailsContainer,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "transactions" not in done:
        value = get("transactions", UNSET)
        if value is UNSET:
            model.transactions = UNSET
        elif value == []:
            model.transactions = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.visit_details_data_types_data_kkm_transaction_details_container_transactions_item"
            ) or model_builder(
                "altegio_client.models.visit_details_data_types_data_kkm_transaction_details_container_transactions_item",
                "VisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItem",
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
    json_value: Any,
    parse_ctx: ParseContext,
    model: VisitDetailsDataTypesDataKkmTransactionDetailsContainer | None = None,
) -> VisitDetailsDataTypesDataKkmTransactionDetailsContainer:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return VisitDetailsDataTypesDataKkmTransactionDetailsContainer._lazy(json_value, parse_ctx)
        model = new_model(
            VisitDetailsDataTypesDataKkmTransactionDetailsContainer
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
        layout = layout_of(VisitDetailsDataTypesDataKkmTransactionDetailsContainer, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_transactions,) = fill(json_value, model)
    if value_transactions is UNSET:
        model.transactions = UNSET
    elif value_transactions == []:
        model.transactions = value_transactions  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.visit_details_data_types_data_kkm_transaction_details_container_transactions_item"
        ) or model_builder(
            "altegio_client.models.visit_details_data_types_data_kkm_transaction_details_container_transactions_item",
            "VisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItem",
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
        model.__class__ = lazily_read_class(VisitDetailsDataTypesDataKkmTransactionDetailsContainer)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = VisitDetailsDataTypesDataKkmTransactionDetailsContainer
        del model._raw, model._context
    return model


VisitDetailsDataTypesDataKkmTransactionDetailsContainer._lazy_fill = (_fill_plain, _fill_converted, _build)
