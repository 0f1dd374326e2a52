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
    from ..models.visit_details_data_types_data_items_item import (
        VisitDetailsDataTypesDataItemsItem,
    )
    from ..models.visit_details_data_types_data_kkm_transaction_details_container import (
        VisitDetailsDataTypesDataKkmTransactionDetailsContainer,
    )
    from ..models.visit_details_data_types_data_loyalty_transactions_item import (
        VisitDetailsDataTypesDataLoyaltyTransactionsItem,
    )
    from ..models.visit_details_data_types_data_payment_transactions_item import (
        VisitDetailsDataTypesDataPaymentTransactionsItem,
    )


T = TypeVar("T", bound="VisitDetailsDataTypesData")


@_attrs_define
class VisitDetailsDataTypesData(LazyModel):
    """Object with data"""

    payment_transactions: list[VisitDetailsDataTypesDataPaymentTransactionsItem] | Unset = UNSET
    """ Payment transactions """
    loyalty_transactions: list[VisitDetailsDataTypesDataLoyaltyTransactionsItem] | Unset = UNSET
    """ Loyalty transactions """
    kkm_transaction_details_container: VisitDetailsDataTypesDataKkmTransactionDetailsContainer | Unset = UNSET
    """ KKM transaction details """
    items: list[VisitDetailsDataTypesDataItemsItem] | Unset = UNSET
    """ Array of products/services """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_transactions, Unset):
            payment_transactions = []
            for payment_transactions_item_data in self.payment_transactions:
                payment_transactions_item = payment_transactions_item_data.to_dict()
                payment_transactions.append(payment_transactions_item)

        loyalty_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loyalty_transactions, Unset):
            loyalty_transactions = []
            for loyalty_transactions_item_data in self.loyalty_transactions:
                loyalty_transactions_item = loyalty_transactions_item_data.to_dict()
                loyalty_transactions.append(loyalty_transactions_item)

        kkm_transaction_details_container: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kkm_transaction_details_container, Unset):
            kkm_transaction_details_container = self.kkm_transaction_details_container.to_dict()

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_transactions is not UNSET:
            field_dict["payment_transactions"] = payment_transactions
        if loyalty_transactions is not UNSET:
            field_dict["loyalty_transactions"] = loyalty_transactions
        if kkm_transaction_details_container is not UNSET:
            field_dict["kkm_transaction_details_container"] = kkm_transaction_details_container
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.visit_details_data_types_data_items_item import (
            VisitDetailsDataTypesDataItemsItem,  # noqa: PLC0415
        )
        from ..models.visit_details_data_types_data_kkm_transaction_details_container import (
            VisitDetailsDataTypesDataKkmTransactionDetailsContainer,  # noqa: PLC0415
        )
        from ..models.visit_details_data_types_data_loyalty_transactions_item import (
            VisitDetailsDataTypesDataLoyaltyTransactionsItem,  # noqa: PLC0415
        )
        from ..models.visit_details_data_types_data_payment_transactions_item import (
            VisitDetailsDataTypesDataPaymentTransactionsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _payment_transactions = d.pop("payment_transactions", UNSET)
        payment_transactions: list[VisitDetailsDataTypesDataPaymentTransactionsItem] | Unset = UNSET
        if _payment_transactions is not UNSET:
            payment_transactions = []
            for payment_transactions_item_data in _payment_transactions:
                payment_transactions_item = VisitDetailsDataTypesDataPaymentTransactionsItem.from_dict(
                    payment_transactions_item_data
                )

                payment_transactions.append(payment_transactions_item)

        _loyalty_transactions = d.pop("loyalty_transactions", UNSET)
        loyalty_transactions: list[VisitDetailsDataTypesDataLoyaltyTransactionsItem] | Unset = UNSET
        if _loyalty_transactions is not UNSET:
            loyalty_transactions = []
            for loyalty_transactions_item_data in _loyalty_transactions:
                loyalty_transactions_item = VisitDetailsDataTypesDataLoyaltyTransactionsItem.from_dict(
                    loyalty_transactions_item_data
                )

                loyalty_transactions.append(loyalty_transactions_item)

        _kkm_transaction_details_container = d.pop("kkm_transaction_details_container", UNSET)
        kkm_transaction_details_container: VisitDetailsDataTypesDataKkmTransactionDetailsContainer | Unset
        if isinstance(_kkm_transaction_details_container, Unset):
            kkm_transaction_details_container = UNSET
        else:
            kkm_transaction_details_container = VisitDetailsDataTypesDataKkmTransactionDetailsContainer.from_dict(
                _kkm_transaction_details_container
            )

        _items = d.pop("items", UNSET)
        items: list[VisitDetailsDataTypesDataItemsItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = VisitDetailsDataTypesDataItemsItem.from_dict(items_item_data)

                items.append(items_item)

        visit_details_data_types_data = cls(
            payment_transactions=payment_transactions,
            loyalty_transactions=loyalty_transactions,
            kkm_transaction_details_container=kkm_transaction_details_container,
            items=items,
        )

        visit_details_data_types_data.additional_properties = d
        return visit_details_data_types_data

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


def _read_payment_transactions(
    json_value: Any, parse_ctx: ParseContext
) -> list[VisitDetailsDataTypesDataPaymentTransactionsItem] | Unset:
    VisitDetailsDataTypesDataPaymentTransactionsItem = MODEL_CLASSES.get(
        "altegio_client.models.visit_details_data_types_data_payment_transactions_item"
    ) or model_class(
        "altegio_client.models.visit_details_data_types_data_payment_transactions_item",
        "VisitDetailsDataTypesDataPaymentTransactionsItem",
    )

    _payment_transactions = json_value
    payment_transactions: list[VisitDetailsDataTypesDataPaymentTransactionsItem] | Unset = UNSET
    if _payment_transactions is not UNSET:
        payment_transactions = VisitDetailsDataTypesDataPaymentTransactionsItem._lazy_list(
            _payment_transactions, parse_ctx
        )

    return payment_transactions


def _read_loyalty_transactions(
    json_value: Any, parse_ctx: ParseContext
) -> list[VisitDetailsDataTypesDataLoyaltyTransactionsItem] | Unset:
    VisitDetailsDataTypesDataLoyaltyTransactionsItem = MODEL_CLASSES.get(
        "altegio_client.models.visit_details_data_types_data_loyalty_transactions_item"
    ) or model_class(
        "altegio_client.models.visit_details_data_types_data_loyalty_transactions_item",
        "VisitDetailsDataTypesDataLoyaltyTransactionsItem",
    )

    _loyalty_transactions = json_value
    loyalty_transactions: list[VisitDetailsDataTypesDataLoyaltyTransactionsItem] | Unset = UNSET
    if _loyalty_transactions is not UNSET:
        loyalty_transactions = VisitDetailsDataTypesDataLoyaltyTransactionsItem._lazy_list(
            _loyalty_transactions, parse_ctx
        )

    return loyalty_transactions


def _read_kkm_transaction_details_container(
    json_value: Any, parse_ctx: ParseContext
) -> VisitDetailsDataTypesDataKkmTransactionDetailsContainer | Unset:
    VisitDetailsDataTypesDataKkmTransactionDetailsContainer = MODEL_CLASSES.get(
        "altegio_client.models.visit_details_data_types_data_kkm_transaction_details_container"
    ) or model_class(
        "altegio_client.models.visit_details_data_types_data_kkm_transaction_details_container",
        "VisitDetailsDataTypesDataKkmTransactionDetailsContainer",
    )

    _kkm_transaction_details_container = json_value
    kkm_transaction_details_container: VisitDetailsDataTypesDataKkmTransactionDetailsContainer | Unset
    if isinstance(_kkm_transaction_details_container, Unset):
        kkm_transaction_details_container = UNSET
    else:
        kkm_transaction_details_container = VisitDetailsDataTypesDataKkmTransactionDetailsContainer._lazy(
            _kkm_transaction_details_container, parse_ctx
        )

    return kkm_transaction_details_container


def _read_items(json_value: Any, parse_ctx: ParseContext) -> list[VisitDetailsDataTypesDataItemsItem] | Unset:
    VisitDetailsDataTypesDataItemsItem = MODEL_CLASSES.get(
        "altegio_client.models.visit_details_data_types_data_items_item"
    ) or model_class(
        "altegio_client.models.visit_details_data_types_data_items_item", "VisitDetailsDataTypesDataItemsItem"
    )

    _items = json_value
    items: list[VisitDetailsDataTypesDataItemsItem] | Unset = UNSET
    if _items is not UNSET:
        items = VisitDetailsDataTypesDataItemsItem._lazy_list(_items, parse_ctx)

    return items


_DECLARED_KEYS = frozenset(
    {
        "payment_transactions",
        "loyalty_transactions",
        "kkm_transaction_details_container",
        "items",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


VisitDetailsDataTypesData._lazy_fields = {
    "payment_transactions": ("payment_transactions", _read_payment_transactions, False),
    "loyalty_transactions": ("loyalty_transactions", _read_loyalty_transactions, False),
    "kkm_transaction_details_container": (
        "kkm_transaction_details_container",
        _read_kkm_transaction_details_container,
        False,
    ),
    "items": ("items", _read_items, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: VisitDetailsDataTypesData, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: VisitDetailsDataTypesData, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "payment_transactions" not in done:
        value = get("payment_transactions", UNSET)
        if value is UNSET:
            model.payment_transactions = UNSET
        elif value == []:
            model.payment_transactions = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.visit_details_data_types_data_payment_transactions_item"
            ) or model_builder(
                "altegio_client.models.visit_details_data_types_data_payment_transactions_item",
                "VisitDetailsDataTypesDataPaymentTransactionsItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.payment_transactions = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "loyalty_transactions" not in done:
        value = get("loyalty_transactions", UNSET)
        if value is UNSET:
            model.loyalty_transactions = UNSET
        elif value == []:
            model.loyalty_transactions = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.visit_details_data_types_data_loyalty_transactions_item"
            ) or model_builder(
                "altegio_client.models.visit_details_data_types_data_loyalty_transactions_item",
                "VisitDetailsDataTypesDataLoyaltyTransactionsItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.loyalty_transactions = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "kkm_transaction_details_container" not in done:
        value = get("kkm_transaction_details_container", UNSET)
        if value is UNSET:
            model.kkm_transaction_details_container = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.visit_details_data_types_data_kkm_transaction_details_container"
            ) or model_builder(
                "altegio_client.models.visit_details_data_types_data_kkm_transaction_details_container",
                "VisitDetailsDataTypesDataKkmTransactionDetailsContainer",
            )
            try:
                model.kkm_transaction_details_container = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "items" not in done:
        value = get("items", UNSET)
        if value is UNSET:
            model.items = UNSET
        elif value == []:
            model.items = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.visit_details_data_types_data_items_item"
            ) or model_builder(
                "altegio_client.models.visit_details_data_types_data_items_item", "VisitDetailsDataTypesDataItemsItem"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.items = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: VisitDetailsDataTypesData | None = None
) -> VisitDetailsDataTypesData:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return VisitDetailsDataTypesData._lazy(json_value, parse_ctx)
        model = new_model(VisitDetailsDataTypesData)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(VisitDetailsDataTypesData, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_payment_transactions, value_loyalty_transactions, value_kkm_transaction_details_container, value_items = fill(
        json_value, model
    )
    if value_payment_transactions is UNSET:
        model.payment_transactions = UNSET
    elif value_payment_transactions == []:
        model.payment_transactions = value_payment_transactions  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.visit_details_data_types_data_payment_transactions_item"
        ) or model_builder(
            "altegio_client.models.visit_details_data_types_data_payment_transactions_item",
            "VisitDetailsDataTypesDataPaymentTransactionsItem",
        )
        try:
            if _builtins.type(value_payment_transactions) is not list:
                raise TypeError
            model.payment_transactions = [build(item, parse_ctx) for item in value_payment_transactions]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_loyalty_transactions is UNSET:
        model.loyalty_transactions = UNSET
    elif value_loyalty_transactions == []:
        model.loyalty_transactions = value_loyalty_transactions  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.visit_details_data_types_data_loyalty_transactions_item"
        ) or model_builder(
            "altegio_client.models.visit_details_data_types_data_loyalty_transactions_item",
            "VisitDetailsDataTypesDataLoyaltyTransactionsItem",
        )
        try:
            if _builtins.type(value_loyalty_transactions) is not list:
                raise TypeError
            model.loyalty_transactions = [build(item, parse_ctx) for item in value_loyalty_transactions]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_kkm_transaction_details_container is UNSET:
        model.kkm_transaction_details_container = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.visit_details_data_types_data_kkm_transaction_details_container"
        ) or model_builder(
            "altegio_client.models.visit_details_data_types_data_kkm_transaction_details_container",
            "VisitDetailsDataTypesDataKkmTransactionDetailsContainer",
        )
        try:
            model.kkm_transaction_details_container = build(value_kkm_transaction_details_container, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_items is UNSET:
        model.items = UNSET
    elif value_items == []:
        model.items = value_items  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.visit_details_data_types_data_items_item") or model_builder(
            "altegio_client.models.visit_details_data_types_data_items_item", "VisitDetailsDataTypesDataItemsItem"
        )
        try:
            if _builtins.type(value_items) is not list:
                raise TypeError
            model.items = [build(item, parse_ctx) for item in value_items]
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
        model.__class__ = lazily_read_class(VisitDetailsDataTypesData)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = VisitDetailsDataTypesData
        del model._raw, model._context
    return model


VisitDetailsDataTypesData._lazy_fill = (_fill_plain, _fill_converted, _build)
