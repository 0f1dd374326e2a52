from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._codegen import (
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    new_model,
)
from ..models.client_visits_history_record_service_payment_status import (
    ClientVisitsHistoryRecordServicePaymentStatus,
    check_client_visits_history_record_service_payment_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientVisitsHistoryGoodsTransactionGood")


@_attrs_define
class ClientVisitsHistoryGoodsTransactionGood(LazyModel):
    """Data of the product sold.

    Example:
        {'id': 123, 'title': 'My product', 'amount': -1, 'unit': 'PCS.', 'cost_per_unit': 1000, 'first_cost': -1000,
            'discount_percent': 0, 'cost_to_pay': 1000, 'paid_sum': 1000, 'payment_status': 'paid_full'}

    """

    id: int | Unset = UNSET
    """ Product ID. """
    title: str | Unset = UNSET
    """ Name of product. """
    amount: float | Unset = UNSET
    """ Number of products sold. """
    unit: str | Unset = UNSET
    """ Unit of measure for the product sold. """
    cost_per_unit: float | Unset = UNSET
    """ Unit price without discount. """
    first_cost: float | Unset = UNSET
    """ Price of the whole product without discount. """
    discount_percent: float | Unset = UNSET
    """ Percent discount. """
    cost_to_pay: float | Unset = UNSET
    """ Price of the product including the discount. """
    paid_sum: float | Unset = UNSET
    """ Price of the product including the discount. """
    payment_status: ClientVisitsHistoryRecordServicePaymentStatus | Unset = UNSET
    """ Visit payment status:
      `not_paid` - the visit is not paid, no payments were made for the visit;
      `paid_not_full` - the visit is partially paid;
      `paid_full` - the visit is paid in full, there is no overpayment;
      `paid_over` - there is an overpayment for the visit.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        amount = self.amount

        unit = self.unit

        cost_per_unit = self.cost_per_unit

        first_cost = self.first_cost

        discount_percent = self.discount_percent

        cost_to_pay = self.cost_to_pay

        paid_sum = self.paid_sum

        payment_status: str | Unset = UNSET
        if not isinstance(self.payment_status, Unset):
            payment_status = self.payment_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if amount is not UNSET:
            field_dict["amount"] = amount
        if unit is not UNSET:
            field_dict["unit"] = unit
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = cost_per_unit
        if first_cost is not UNSET:
            field_dict["first_cost"] = first_cost
        if discount_percent is not UNSET:
            field_dict["discount_percent"] = discount_percent
        if cost_to_pay is not UNSET:
            field_dict["cost_to_pay"] = cost_to_pay
        if paid_sum is not UNSET:
            field_dict["paid_sum"] = paid_sum
        if payment_status is not UNSET:
            field_dict["payment_status"] = payment_status

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        amount = d.pop("amount", UNSET)

        unit = d.pop("unit", UNSET)

        cost_per_unit = d.pop("cost_per_unit", UNSET)

        first_cost = d.pop("first_cost", UNSET)

        discount_percent = d.pop("discount_percent", UNSET)

        cost_to_pay = d.pop("cost_to_pay", UNSET)

        paid_sum = d.pop("paid_sum", UNSET)

        _payment_status = d.pop("payment_status", UNSET)
        payment_status: ClientVisitsHistoryRecordServicePaymentStatus | Unset
        if isinstance(_payment_status, Unset):
            payment_status = UNSET
        else:
            payment_status = check_client_visits_history_record_service_payment_status(_payment_status)

        client_visits_history_goods_transaction_good = cls(
            id=id,
            title=title,
            amount=amount,
            unit=unit,
            cost_per_unit=cost_per_unit,
            first_cost=first_cost,
            discount_percent=discount_percent,
            cost_to_pay=cost_to_pay,
            paid_sum=paid_sum,
            payment_status=payment_status,
        )

        client_visits_history_goods_transaction_good.additional_properties = d
        return client_visits_history_goods_transaction_good

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


def _read_payment_status(
    json_value: Any, parse_ctx: ParseContext
) -> ClientVisitsHistoryRecordServicePaymentStatus | Unset:

    _payment_status = json_value
    payment_status: ClientVisitsHistoryRecordServicePaymentStatus | Unset
    if isinstance(_payment_status, Unset):
        payment_status = UNSET
    else:
        payment_status = check_client_visits_history_record_service_payment_status(_payment_status)

    return payment_status


_DECLARED_KEYS = frozenset(
    {
        "id",
        "title",
        "amount",
        "unit",
        "cost_per_unit",
        "first_cost",
        "discount_percent",
        "cost_to_pay",
        "paid_sum",
        "payment_status",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ClientVisitsHistoryGoodsTransactionGood._lazy_fields = {
    "id": ("id", None, False),
    "title": ("title", None, False),
    "amount": ("amount", None, False),
    "unit": ("unit", None, False),
    "cost_per_unit": ("cost_per_unit", None, False),
    "first_cost": ("first_cost", None, False),
    "discount_percent": ("discount_percent", None, False),
    "cost_to_pay": ("cost_to_pay", None, False),
    "paid_sum": ("paid_sum", None, False),
    "payment_status": ("payment_status", _read_payment_status, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ClientVisitsHistoryGoodsTransactionGood, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.title = get("title", UNSET)
    model.amount = get("amount", UNSET)
    model.unit = get("unit", UNSET)
    model.cost_per_unit = get("cost_per_unit", UNSET)
    model.first_cost = get("first_cost", UNSET)
    model.discount_percent = get("discount_percent", UNSET)
    model.cost_to_pay = get("cost_to_pay", UNSET)
    model.paid_sum = get("paid_sum", UNSET)


def _fill_converted(
    model: ClientVisitsHistoryGoodsTransactionGood,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "payment_status" not in done:
        value = get("payment_status", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.payment_status = UNSET
        else:
            try:
                model.payment_status = _read_payment_status(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ClientVisitsHistoryGoodsTransactionGood | None = None
) -> ClientVisitsHistoryGoodsTransactionGood:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ClientVisitsHistoryGoodsTransactionGood._lazy(json_value, parse_ctx)
        model = new_model(
            ClientVisitsHistoryGoodsTransactionGood
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
        layout = layout_of(ClientVisitsHistoryGoodsTransactionGood, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_payment_status,) = fill(json_value, model)
    if value_payment_status is UNSET:  # what every optional field's converter returns for it
        model.payment_status = UNSET
    else:
        try:
            model.payment_status = _read_payment_status(value_payment_status, parse_ctx)
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
        model.__class__ = lazily_read_class(ClientVisitsHistoryGoodsTransactionGood)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ClientVisitsHistoryGoodsTransactionGood
        del model._raw, model._context
    return model


ClientVisitsHistoryGoodsTransactionGood._lazy_fill = (_fill_plain, _fill_converted, _build)
