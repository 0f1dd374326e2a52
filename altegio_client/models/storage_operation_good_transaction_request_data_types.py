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
from ..types import UNSET, Unset

T = TypeVar("T", bound="StorageOperationGoodTransactionRequestDataTypes")


@_attrs_define
class StorageOperationGoodTransactionRequestDataTypes(LazyModel):
    """Create Transaction

    Example:
        {'document_id': 22254960, 'good_id': 232674, 'amount': 1, 'cost_per_unit': 100, 'discount': 10, 'cost': 90,
            'operation_unit_type': 1, 'master_id': 26781, 'client_id': 0, 'supplier_id': 0, 'comment': 'Transaction
            comment'}

    """

    document_id: int
    """ Document ID """
    good_id: int
    """ Item ID """
    amount: float
    """ Quantity """
    cost_per_unit: float
    """ Unit cost """
    discount: float
    """ Discount in % """
    cost: float
    """ Total transaction amount """
    operation_unit_type: float
    """ unit type: 1 - for sale, 2 - for write-off """
    master_id: int | Unset = UNSET
    """ ID of the team member who sold the product """
    client_id: int | Unset = UNSET
    """ ID of the customer who bought the product """
    supplier_id: int | Unset = UNSET
    """ Vendor ID """
    comment: str | Unset = UNSET
    """ A comment """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_id = self.document_id

        good_id = self.good_id

        amount = self.amount

        cost_per_unit = self.cost_per_unit

        discount = self.discount

        cost = self.cost

        operation_unit_type = self.operation_unit_type

        master_id = self.master_id

        client_id = self.client_id

        supplier_id = self.supplier_id

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "document_id": document_id,
                "good_id": good_id,
                "amount": amount,
                "cost_per_unit": cost_per_unit,
                "discount": discount,
                "cost": cost,
                "operation_unit_type": operation_unit_type,
            }
        )
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if supplier_id is not UNSET:
            field_dict["supplier_id"] = supplier_id
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_id = d.pop("document_id")

        good_id = d.pop("good_id")

        amount = d.pop("amount")

        cost_per_unit = d.pop("cost_per_unit")

        discount = d.pop("discount")

        cost = d.pop("cost")

        operation_unit_type = d.pop("operation_unit_type")

        master_id = d.pop("master_id", UNSET)

        client_id = d.pop("client_id", UNSET)

        supplier_id = d.pop("supplier_id", UNSET)

        comment = d.pop("comment", UNSET)

        storage_operation_good_transaction_request_data_types = cls(
            document_id=document_id,
            good_id=good_id,
            amount=amount,
            cost_per_unit=cost_per_unit,
            discount=discount,
            cost=cost,
            operation_unit_type=operation_unit_type,
            master_id=master_id,
            client_id=client_id,
            supplier_id=supplier_id,
            comment=comment,
        )

        storage_operation_good_transaction_request_data_types.additional_properties = d
        return storage_operation_good_transaction_request_data_types

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


_DECLARED_KEYS = frozenset(
    {
        "document_id",
        "good_id",
        "amount",
        "cost_per_unit",
        "discount",
        "cost",
        "operation_unit_type",
        "master_id",
        "client_id",
        "supplier_id",
        "comment",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


StorageOperationGoodTransactionRequestDataTypes._lazy_fields = {
    "document_id": ("document_id", None, True),
    "good_id": ("good_id", None, True),
    "amount": ("amount", None, True),
    "cost_per_unit": ("cost_per_unit", None, True),
    "discount": ("discount", None, True),
    "cost": ("cost", None, True),
    "operation_unit_type": ("operation_unit_type", None, True),
    "master_id": ("master_id", None, False),
    "client_id": ("client_id", None, False),
    "supplier_id": ("supplier_id", None, False),
    "comment": ("comment", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: StorageOperationGoodTransactionRequestDataTypes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "document_id" in json_value:
        model.document_id = json_value["document_id"]
    if "good_id" in json_value:
        model.good_id = json_value["good_id"]
    if "amount" in json_value:
        model.amount = json_value["amount"]
    if "cost_per_unit" in json_value:
        model.cost_per_unit = json_value["cost_per_unit"]
    if "discount" in json_value:
        model.discount = json_value["discount"]
    if "cost" in json_value:
        model.cost = json_value["cost"]
    if "operation_unit_type" in json_value:
        model.operation_unit_type = json_value["operation_unit_type"]
    model.master_id = get("master_id", UNSET)
    model.client_id = get("client_id", UNSET)
    model.supplier_id = get("supplier_id", UNSET)
    model.comment = get("comment", UNSET)


def _fill_converted(
    model: StorageOperationGoodTransactionRequestDataTypes,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: StorageOperationGoodTransactionRequestDataTypes | None = None
) -> StorageOperationGoodTransactionRequestDataTypes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return StorageOperationGoodTransactionRequestDataTypes._lazy(json_value, parse_ctx)
        model = new_model(
            StorageOperationGoodTransactionRequestDataTypes
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
        layout = layout_of(StorageOperationGoodTransactionRequestDataTypes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if only_declared:  # no undeclared key, the usual case (known from the layout, see _layouts.py)
        model.additional_properties = {}
    else:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True
    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(StorageOperationGoodTransactionRequestDataTypes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = StorageOperationGoodTransactionRequestDataTypes
        del model._raw, model._context
    return model


StorageOperationGoodTransactionRequestDataTypes._lazy_fill = (_fill_plain, _fill_converted, _build)
