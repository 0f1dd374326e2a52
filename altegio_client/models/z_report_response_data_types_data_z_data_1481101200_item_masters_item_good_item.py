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
    from ..models.z_report_response_data_types_data_z_data_1481101200_item_masters_item_others_transactions_item import (
        ZReportResponseDataTypesDataZData1481101200ItemMastersItemOthersTransactionsItem,
    )


T = TypeVar("T", bound="ZReportResponseDataTypesDataZData1481101200ItemMastersItemGoodItem")


@_attrs_define
class ZReportResponseDataTypesDataZData1481101200ItemMastersItemGoodItem(LazyModel):
    item_title: str | Unset = UNSET
    """ Product Name """
    first_cost: float | Unset = UNSET
    """ Initial cost """
    discount: float | Unset = UNSET
    """ Discount """
    result_cost: float | Unset = UNSET
    """ the total cost """
    transactions: list[ZReportResponseDataTypesDataZData1481101200ItemMastersItemOthersTransactionsItem] | Unset = UNSET
    """ Transactions """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_title = self.item_title

        first_cost = self.first_cost

        discount = self.discount

        result_cost = self.result_cost

        transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = []
            for transactions_item_data in self.transactions:
                transactions_item = transactions_item_data.to_dict()
                transactions.append(transactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_title is not UNSET:
            field_dict["item_title"] = item_title
        if first_cost is not UNSET:
            field_dict["first_cost"] = first_cost
        if discount is not UNSET:
            field_dict["discount"] = discount
        if result_cost is not UNSET:
            field_dict["result_cost"] = result_cost
        if transactions is not UNSET:
            field_dict["transactions"] = transactions

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.z_report_response_data_types_data_z_data_1481101200_item_masters_item_others_transactions_item import (
            ZReportResponseDataTypesDataZData1481101200ItemMastersItemOthersTransactionsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        item_title = d.pop("item_title", UNSET)

        first_cost = d.pop("first_cost", UNSET)

        discount = d.pop("discount", UNSET)

        result_cost = d.pop("result_cost", UNSET)

        _transactions = d.pop("transactions", UNSET)
        transactions: list[ZReportResponseDataTypesDataZData1481101200ItemMastersItemOthersTransactionsItem] | Unset = (
            UNSET
        )
        if _transactions is not UNSET:
            transactions = []
            for transactions_item_data in _transactions:
                transactions_item = (
                    ZReportResponseDataTypesDataZData1481101200ItemMastersItemOthersTransactionsItem.from_dict(
                        transactions_item_data
                    )
                )

                transactions.append(transactions_item)

        z_report_response_data_types_data_z_data_1481101200_item_masters_item_good_item = cls(
            item_title=item_title,
            first_cost=first_cost,
            discount=discount,
            result_cost=result_cost,
            transactions=transactions,
        )

        z_report_response_data_types_data_z_data_1481101200_item_masters_item_good_item.additional_properties = d
        return z_report_response_data_types_data_z_data_1481101200_item_masters_item_good_item

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
) -> list[ZReportResponseDataTypesDataZData1481101200ItemMastersItemOthersTransactionsItem] | Unset:
    ZReportResponseDataTypesDataZData1481101200ItemMastersItemOthersTransactionsItem = MODEL_CLASSES.get(
        "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item_masters_item_others_transactions_item"
    ) or model_class(
        "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item_masters_item_others_transactions_item",
        "ZReportResponseDataTypesDataZData1481101200ItemMastersItemOthersTransactionsItem",
    )

    _transactions = json_value
    transactions: list[ZReportResponseDataTypesDataZData1481101200ItemMastersItemOthersTransactionsItem] | Unset = UNSET
    if _transactions is not UNSET:
        transactions = ZReportResponseDataTypesDataZData1481101200ItemMastersItemOthersTransactionsItem._lazy_list(
            _transactions, parse_ctx
        )

    return transactions


_DECLARED_KEYS = frozenset(
    {
        "item_title",
        "first_cost",
        "discount",
        "result_cost",
        "transactions",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ZReportResponseDataTypesDataZData1481101200ItemMastersItemGoodItem._lazy_fields = {
    "item_title": ("item_title", None, False),
    "first_cost": ("first_cost", None, False),
    "discount": ("discount", None, False),
    "result_cost": ("result_cost", None, False),
    "transactions": ("transactions", _read_transactions, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(
    model: ZReportResponseDataTypesDataZData1481101200ItemMastersItemGoodItem, json_value: dict[str, Any]
) -> None:
    get = json_value.get
    model.item_title = get("item_title", UNSET)
    model.first_cost = get("first_cost", UNSET)
    model.discount = get("discount", UNSET)
    model.result_cost = get("result_cost", UNSET)


def _fill_converted(
    model: ZReportResponseDataTypesDataZData1481101200ItemMastersItemGoodItem,
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
                "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item_masters_item_others_transactions_item"
            ) or model_builder(
                "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item_masters_item_others_transactions_item",
                "ZReportResponseDataTypesDataZData1481101200ItemMastersItemOthersTransactionsItem",
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
    model: ZReportResponseDataTypesDataZData1481101200ItemMastersItemGoodItem | None = None,
) -> ZReportResponseDataTypesDataZData1481101200ItemMastersItemGoodItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ZReportResponseDataTypesDataZData1481101200ItemMastersItemGoodItem._lazy(json_value, parse_ctx)
        model = new_model(
            ZReportResponseDataTypesDataZData1481101200ItemMastersItemGoodItem
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
        layout = layout_of(ZReportResponseDataTypesDataZData1481101200ItemMastersItemGoodItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_transactions,) = fill(json_value, model)
    if value_transactions is UNSET:
        model.transactions = UNSET
    elif value_transactions == []:
        model.transactions = value_transactions  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item_masters_item_others_transactions_item"
        ) or model_builder(
            "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item_masters_item_others_transactions_item",
            "ZReportResponseDataTypesDataZData1481101200ItemMastersItemOthersTransactionsItem",
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
        model.__class__ = lazily_read_class(ZReportResponseDataTypesDataZData1481101200ItemMastersItemGoodItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ZReportResponseDataTypesDataZData1481101200ItemMastersItemGoodItem
        del model._raw, model._context
    return model


ZReportResponseDataTypesDataZData1481101200ItemMastersItemGoodItem._lazy_fill = (_fill_plain, _fill_converted, _build)
