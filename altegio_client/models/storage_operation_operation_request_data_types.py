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
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    datetime_from_iso,
    layout_of,
    lazily_read_class,
    model_class,
    new_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="StorageOperationOperationRequestDataTypes")


@_attrs_define
class StorageOperationOperationRequestDataTypes(LazyModel):
    """Create an inventory operation

    Example:
        {'type_id': 1, 'comment': 'test document comment', 'create_date': '2026-09-21T23:00:00.000-05:00', 'master_id':
            0, 'storage_id': 91271, 'transactions': [{'good_id': 232674, 'operation_unit_type': 1, 'amount': 1,
            'cost_per_unit': 100, 'discount': 10, 'cost': 90, 'client_id': 0, 'supplier_id': 0, 'comment': 'test transaction
            comment'}]}

    """

    type_id: int
    """ Document type (Sale 1, Usage / Material Consumption 2, Product Receipt / Incoming 3, Inventory Write-off /
    Product Disposal 4, Internal Transfer 5) """
    create_date: _datetime.datetime
    """ Document creation date """
    storage_id: int
    """ Inventory ID """
    goods_transactions: list[JsonObject]
    """ An array of objects containing transaction parameters, similar to a request to create a product transaction
    """
    comment: str | Unset = UNSET
    """ A comment """
    master_id: int | Unset = UNSET
    """ team member ID """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_id = self.type_id

        create_date = self.create_date.isoformat()

        storage_id = self.storage_id

        goods_transactions = []
        for goods_transactions_item_data in self.goods_transactions:
            goods_transactions_item = goods_transactions_item_data.to_dict()
            goods_transactions.append(goods_transactions_item)

        comment = self.comment

        master_id = self.master_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type_id": type_id,
                "create_date": create_date,
                "storage_id": storage_id,
                "goods_transactions": goods_transactions,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment
        if master_id is not UNSET:
            field_dict["master_id"] = master_id

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        type_id = d.pop("type_id")

        create_date = types.parse_iso_datetime(d.pop("create_date"))

        storage_id = d.pop("storage_id")

        goods_transactions = []
        _goods_transactions = d.pop("goods_transactions")
        for goods_transactions_item_data in _goods_transactions:
            goods_transactions_item = JsonObject.from_dict(goods_transactions_item_data)

            goods_transactions.append(goods_transactions_item)

        comment = d.pop("comment", UNSET)

        master_id = d.pop("master_id", UNSET)

        storage_operation_operation_request_data_types = cls(
            type_id=type_id,
            create_date=create_date,
            storage_id=storage_id,
            goods_transactions=goods_transactions,
            comment=comment,
            master_id=master_id,
        )

        storage_operation_operation_request_data_types.additional_properties = d
        return storage_operation_operation_request_data_types

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


def _read_create_date(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime:

    try:
        create_date = datetime_from_iso(json_value)
    except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
        create_date = types.parse_iso_datetime(json_value)

    return create_date


ISO_PARSERS[_read_create_date] = datetime_from_iso


def _read_goods_transactions(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject]:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    goods_transactions = JsonObject._lazy_list(json_value, parse_ctx)

    return goods_transactions


_DECLARED_KEYS = frozenset(
    {
        "type_id",
        "create_date",
        "storage_id",
        "goods_transactions",
        "comment",
        "master_id",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


StorageOperationOperationRequestDataTypes._lazy_fields = {
    "type_id": ("type_id", None, True),
    "create_date": ("create_date", _read_create_date, True),
    "storage_id": ("storage_id", None, True),
    "goods_transactions": ("goods_transactions", _read_goods_transactions, True),
    "comment": ("comment", None, False),
    "master_id": ("master_id", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: StorageOperationOperationRequestDataTypes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "type_id" in json_value:
        model.type_id = json_value["type_id"]
    if "storage_id" in json_value:
        model.storage_id = json_value["storage_id"]
    model.comment = get("comment", UNSET)
    model.master_id = get("master_id", UNSET)


def _fill_converted(
    model: StorageOperationOperationRequestDataTypes,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "create_date" not in done:
        try:
            model.create_date = _read_create_date(json_value["create_date"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "goods_transactions" not in done:
        try:
            model.goods_transactions = _read_goods_transactions(json_value["goods_transactions"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: StorageOperationOperationRequestDataTypes | None = None
) -> StorageOperationOperationRequestDataTypes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return StorageOperationOperationRequestDataTypes._lazy(json_value, parse_ctx)
        model = new_model(
            StorageOperationOperationRequestDataTypes
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
        layout = layout_of(StorageOperationOperationRequestDataTypes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_create_date, value_goods_transactions = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_create_date is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.create_date = _read_create_date(value_create_date, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_goods_transactions is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.goods_transactions = _read_goods_transactions(value_goods_transactions, parse_ctx)
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
        model.__class__ = lazily_read_class(StorageOperationOperationRequestDataTypes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = StorageOperationOperationRequestDataTypes
        del model._raw, model._context
    return model


StorageOperationOperationRequestDataTypes._lazy_fill = (_fill_plain, _fill_converted, _build)
