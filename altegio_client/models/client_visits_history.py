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
    from ..models.client_visits_history_goods_transaction import (
        ClientVisitsHistoryGoodsTransaction,
    )
    from ..models.client_visits_history_record import ClientVisitsHistoryRecord


T = TypeVar("T", bound="ClientVisitsHistory")


@_attrs_define
class ClientVisitsHistory(LazyModel):
    """Data on customer visits, including appointments and product sales.

    Example:
        {'goods_transactions': [{'id': 123, 'comment': 'Comment to the sale of goods', 'date':
            '2026-01-31T12:34:56-05:00', 'visit_id': 0, 'record_id': 0, 'goods': [{'id': 123, 'title': 'My product',
            'amount': -1, 'unit': 'PCS.', 'cost_per_unit': 1000, 'first_cost': -1000, 'discount_percent': 0, 'cost_to_pay':
            1000, 'paid_sum': 1000, 'payment_status': 'paid_full'}], 'staff': {'id': 123, 'name': 'James Smith',
            'company_id': 123, 'specialization': 'Master', 'avatar': 'https://app.alteg.io/images/no-master-sm.png',
            'avatar_big': 'https://app.alteg.io/images/no-master.png', 'position': {'id': 123, 'title': 'team member'}},
            'company': {'id': 123, 'title': 'My branch office.'}}], 'records': [{'id': 123, 'comment': 'Comment to post',
            'date': '2026-01-31T12:34:56-05:00', 'visit_id': 123, 'attendance': 1, 'services': [{'id': 123, 'title': 'My
            service', 'first_cost': 1000, 'discount_percent': 0, 'cost_to_pay': 1000, 'paid_sum': 1000, 'payment_status':
            'paid_full', 'consumables': [{'title': 'My consumable', 'amount': 1, 'cost_per_unit': 1000, 'unit': 'PCS.'}]}],
            'staff': {'id': 123, 'name': 'James Smith', 'company_id': 123, 'specialization': 'Master', 'avatar':
            'https://app.alteg.io/images/no-master-sm.png', 'avatar_big': 'https://app.alteg.io/images/no-master.png',
            'position': {'id': 123, 'title': 'team member'}}, 'company': {'id': 123, 'title': 'My branch office.'}, 'tips':
            {'has_tips': False, 'sum': None}, 'comer': {'id': 123, 'title': 'James Smith', 'slug': 'person'}}]}

    """

    goods_transactions: list[ClientVisitsHistoryGoodsTransaction] | Unset = UNSET
    """ List of product sales transactions. """
    records: list[ClientVisitsHistoryRecord] | Unset = UNSET
    """ List of customer appointments. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        goods_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goods_transactions, Unset):
            goods_transactions = []
            for goods_transactions_item_data in self.goods_transactions:
                goods_transactions_item = goods_transactions_item_data.to_dict()
                goods_transactions.append(goods_transactions_item)

        records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.records, Unset):
            records = []
            for records_item_data in self.records:
                records_item = records_item_data.to_dict()
                records.append(records_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if goods_transactions is not UNSET:
            field_dict["goods_transactions"] = goods_transactions
        if records is not UNSET:
            field_dict["records"] = records

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client_visits_history_goods_transaction import (
            ClientVisitsHistoryGoodsTransaction,  # noqa: PLC0415
        )
        from ..models.client_visits_history_record import ClientVisitsHistoryRecord  # noqa: PLC0415

        d = dict(src_dict)
        _goods_transactions = d.pop("goods_transactions", UNSET)
        goods_transactions: list[ClientVisitsHistoryGoodsTransaction] | Unset = UNSET
        if _goods_transactions is not UNSET:
            goods_transactions = []
            for goods_transactions_item_data in _goods_transactions:
                goods_transactions_item = ClientVisitsHistoryGoodsTransaction.from_dict(goods_transactions_item_data)

                goods_transactions.append(goods_transactions_item)

        _records = d.pop("records", UNSET)
        records: list[ClientVisitsHistoryRecord] | Unset = UNSET
        if _records is not UNSET:
            records = []
            for records_item_data in _records:
                records_item = ClientVisitsHistoryRecord.from_dict(records_item_data)

                records.append(records_item)

        client_visits_history = cls(
            goods_transactions=goods_transactions,
            records=records,
        )

        client_visits_history.additional_properties = d
        return client_visits_history

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


def _read_goods_transactions(
    json_value: Any, parse_ctx: ParseContext
) -> list[ClientVisitsHistoryGoodsTransaction] | Unset:
    ClientVisitsHistoryGoodsTransaction = MODEL_CLASSES.get(
        "altegio_client.models.client_visits_history_goods_transaction"
    ) or model_class(
        "altegio_client.models.client_visits_history_goods_transaction", "ClientVisitsHistoryGoodsTransaction"
    )

    _goods_transactions = json_value
    goods_transactions: list[ClientVisitsHistoryGoodsTransaction] | Unset = UNSET
    if _goods_transactions is not UNSET:
        goods_transactions = ClientVisitsHistoryGoodsTransaction._lazy_list(_goods_transactions, parse_ctx)

    return goods_transactions


def _read_records(json_value: Any, parse_ctx: ParseContext) -> list[ClientVisitsHistoryRecord] | Unset:
    ClientVisitsHistoryRecord = MODEL_CLASSES.get("altegio_client.models.client_visits_history_record") or model_class(
        "altegio_client.models.client_visits_history_record", "ClientVisitsHistoryRecord"
    )

    _records = json_value
    records: list[ClientVisitsHistoryRecord] | Unset = UNSET
    if _records is not UNSET:
        records = ClientVisitsHistoryRecord._lazy_list(_records, parse_ctx)

    return records


_DECLARED_KEYS = frozenset(
    {
        "goods_transactions",
        "records",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ClientVisitsHistory._lazy_fields = {
    "goods_transactions": ("goods_transactions", _read_goods_transactions, False),
    "records": ("records", _read_records, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ClientVisitsHistory, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: ClientVisitsHistory, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "goods_transactions" not in done:
        value = get("goods_transactions", UNSET)
        if value is UNSET:
            model.goods_transactions = UNSET
        elif value == []:
            model.goods_transactions = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.client_visits_history_goods_transaction"
            ) or model_builder(
                "altegio_client.models.client_visits_history_goods_transaction", "ClientVisitsHistoryGoodsTransaction"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.goods_transactions = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "records" not in done:
        value = get("records", UNSET)
        if value is UNSET:
            model.records = UNSET
        elif value == []:
            model.records = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.client_visits_history_record") or model_builder(
                "altegio_client.models.client_visits_history_record", "ClientVisitsHistoryRecord"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.records = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: ClientVisitsHistory | None = None) -> ClientVisitsHistory:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ClientVisitsHistory._lazy(json_value, parse_ctx)
        model = new_model(ClientVisitsHistory)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(ClientVisitsHistory, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_goods_transactions, value_records = fill(json_value, model)
    if value_goods_transactions is UNSET:
        model.goods_transactions = UNSET
    elif value_goods_transactions == []:
        model.goods_transactions = value_goods_transactions  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.client_visits_history_goods_transaction") or model_builder(
            "altegio_client.models.client_visits_history_goods_transaction", "ClientVisitsHistoryGoodsTransaction"
        )
        try:
            if _builtins.type(value_goods_transactions) is not list:
                raise TypeError
            model.goods_transactions = [build(item, parse_ctx) for item in value_goods_transactions]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_records is UNSET:
        model.records = UNSET
    elif value_records == []:
        model.records = value_records  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.client_visits_history_record") or model_builder(
            "altegio_client.models.client_visits_history_record", "ClientVisitsHistoryRecord"
        )
        try:
            if _builtins.type(value_records) is not list:
                raise TypeError
            model.records = [build(item, parse_ctx) for item in value_records]
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
        model.__class__ = lazily_read_class(ClientVisitsHistory)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ClientVisitsHistory
        del model._raw, model._context
    return model


ClientVisitsHistory._lazy_fill = (_fill_plain, _fill_converted, _build)
