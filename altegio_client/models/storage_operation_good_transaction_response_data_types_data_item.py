from __future__ import annotations

import builtins as _builtins
import datetime
import datetime as _datetime
from collections.abc import Container, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._codegen import (
    ISO_PARSERS,
    LazyModel,
    ParseContext,
    datetime_from_iso,
    layout_of,
    lazily_read_class,
    new_model,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StorageOperationGoodTransactionResponseDataTypesDataItem")


@_attrs_define
class StorageOperationGoodTransactionResponseDataTypesDataItem(LazyModel):
    id: int | Unset = UNSET
    """ Transaction ID """
    document_id: int | Unset = UNSET
    """ Document ID """
    type_id: int | Unset = UNSET
    """ Transaction type identifier """
    company_id: int | Unset = UNSET
    """ location ID """
    good_id: int | Unset = UNSET
    """ Item ID """
    amount: float | Unset = UNSET
    """ Quantity of products """
    cost_per_unit: float | Unset = UNSET
    """ Unit price """
    discount: float | Unset = UNSET
    """ Discount """
    cost: float | Unset = UNSET
    """ The total cost of the products """
    unit_id: int | Unset = UNSET
    """ Unit ID """
    operation_unit_type: float | Unset = UNSET
    """ Unit type: 1 - for sale, 2 - for write-off """
    storage_id: int | Unset = UNSET
    """ Inventory ID """
    supplier_id: int | Unset = UNSET
    """ Vendor ID """
    record_id: int | Unset = UNSET
    """ Appointment ID """
    client_id: int | Unset = UNSET
    """ Client ID """
    master_id: int | Unset = UNSET
    """ team member ID """
    create_date: _datetime.datetime | Unset = UNSET
    """ date of creation """
    comment: str | Unset = UNSET
    """ A comment """
    service_id: int | Unset = UNSET
    """ Service ID """
    user_id: int | Unset = UNSET
    """ User ID """
    deleted: bool | Unset = UNSET
    """ Has the transaction been deleted? """
    pkg_amount: float | Unset = UNSET
    """ Amount in a package """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_id = self.document_id

        type_id = self.type_id

        company_id = self.company_id

        good_id = self.good_id

        amount = self.amount

        cost_per_unit = self.cost_per_unit

        discount = self.discount

        cost = self.cost

        unit_id = self.unit_id

        operation_unit_type = self.operation_unit_type

        storage_id = self.storage_id

        supplier_id = self.supplier_id

        record_id = self.record_id

        client_id = self.client_id

        master_id = self.master_id

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = self.create_date.isoformat()

        comment = self.comment

        service_id = self.service_id

        user_id = self.user_id

        deleted = self.deleted

        pkg_amount = self.pkg_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if good_id is not UNSET:
            field_dict["good_id"] = good_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = cost_per_unit
        if discount is not UNSET:
            field_dict["discount"] = discount
        if cost is not UNSET:
            field_dict["cost"] = cost
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if operation_unit_type is not UNSET:
            field_dict["operation_unit_type"] = operation_unit_type
        if storage_id is not UNSET:
            field_dict["storage_id"] = storage_id
        if supplier_id is not UNSET:
            field_dict["supplier_id"] = supplier_id
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if pkg_amount is not UNSET:
            field_dict["pkg_amount"] = pkg_amount

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        document_id = d.pop("document_id", UNSET)

        type_id = d.pop("type_id", UNSET)

        company_id = d.pop("company_id", UNSET)

        good_id = d.pop("good_id", UNSET)

        amount = d.pop("amount", UNSET)

        cost_per_unit = d.pop("cost_per_unit", UNSET)

        discount = d.pop("discount", UNSET)

        cost = d.pop("cost", UNSET)

        unit_id = d.pop("unit_id", UNSET)

        operation_unit_type = d.pop("operation_unit_type", UNSET)

        storage_id = d.pop("storage_id", UNSET)

        supplier_id = d.pop("supplier_id", UNSET)

        record_id = d.pop("record_id", UNSET)

        client_id = d.pop("client_id", UNSET)

        master_id = d.pop("master_id", UNSET)

        _create_date = d.pop("create_date", UNSET)
        create_date: datetime.datetime | Unset
        if isinstance(_create_date, Unset):
            create_date = UNSET
        else:
            create_date = types.parse_iso_datetime(_create_date)

        comment = d.pop("comment", UNSET)

        service_id = d.pop("service_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        deleted = d.pop("deleted", UNSET)

        pkg_amount = d.pop("pkg_amount", UNSET)

        storage_operation_good_transaction_response_data_types_data_item = cls(
            id=id,
            document_id=document_id,
            type_id=type_id,
            company_id=company_id,
            good_id=good_id,
            amount=amount,
            cost_per_unit=cost_per_unit,
            discount=discount,
            cost=cost,
            unit_id=unit_id,
            operation_unit_type=operation_unit_type,
            storage_id=storage_id,
            supplier_id=supplier_id,
            record_id=record_id,
            client_id=client_id,
            master_id=master_id,
            create_date=create_date,
            comment=comment,
            service_id=service_id,
            user_id=user_id,
            deleted=deleted,
            pkg_amount=pkg_amount,
        )

        storage_operation_good_transaction_response_data_types_data_item.additional_properties = d
        return storage_operation_good_transaction_response_data_types_data_item

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


def _read_create_date(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    create_date: datetime.datetime | Unset
    if isinstance(json_value, Unset):
        create_date = UNSET
    else:
        try:
            create_date = datetime_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            create_date = types.parse_iso_datetime(json_value)

    return create_date


ISO_PARSERS[_read_create_date] = datetime_from_iso


_DECLARED_KEYS = frozenset(
    {
        "id",
        "document_id",
        "type_id",
        "company_id",
        "good_id",
        "amount",
        "cost_per_unit",
        "discount",
        "cost",
        "unit_id",
        "operation_unit_type",
        "storage_id",
        "supplier_id",
        "record_id",
        "client_id",
        "master_id",
        "create_date",
        "comment",
        "service_id",
        "user_id",
        "deleted",
        "pkg_amount",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


StorageOperationGoodTransactionResponseDataTypesDataItem._lazy_fields = {
    "id": ("id", None, False),
    "document_id": ("document_id", None, False),
    "type_id": ("type_id", None, False),
    "company_id": ("company_id", None, False),
    "good_id": ("good_id", None, False),
    "amount": ("amount", None, False),
    "cost_per_unit": ("cost_per_unit", None, False),
    "discount": ("discount", None, False),
    "cost": ("cost", None, False),
    "unit_id": ("unit_id", None, False),
    "operation_unit_type": ("operation_unit_type", None, False),
    "storage_id": ("storage_id", None, False),
    "supplier_id": ("supplier_id", None, False),
    "record_id": ("record_id", None, False),
    "client_id": ("client_id", None, False),
    "master_id": ("master_id", None, False),
    "create_date": ("create_date", _read_create_date, False),
    "comment": ("comment", None, False),
    "service_id": ("service_id", None, False),
    "user_id": ("user_id", None, False),
    "deleted": ("deleted", None, False),
    "pkg_amount": ("pkg_amount", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: StorageOperationGoodTransactionResponseDataTypesDataItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.document_id = get("document_id", UNSET)
    model.type_id = get("type_id", UNSET)
    model.company_id = get("company_id", UNSET)
    model.good_id = get("good_id", UNSET)
    model.amount = get("amount", UNSET)
    model.cost_per_unit = get("cost_per_unit", UNSET)
    model.discount = get("discount", UNSET)
    model.cost = get("cost", UNSET)
    model.unit_id = get("unit_id", UNSET)
    model.operation_unit_type = get("operation_unit_type", UNSET)
    model.storage_id = get("storage_id", UNSET)
    model.supplier_id = get("supplier_id", UNSET)
    model.record_id = get("record_id", UNSET)
    model.client_id = get("client_id", UNSET)
    model.master_id = get("master_id", UNSET)
    model.comment = get("comment", UNSET)
    model.service_id = get("service_id", UNSET)
    model.user_id = get("user_id", UNSET)
    model.deleted = get("deleted", UNSET)
    model.pkg_amount = get("pkg_amount", UNSET)


def _fill_converted(
    model: StorageOperationGoodTransactionResponseDataTypesDataItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "create_date" not in done:
        value = get("create_date", UNSET)
        if value is UNSET:
            model.create_date = UNSET
        else:
            try:
                try:
                    model.create_date = datetime_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.create_date = types.parse_iso_datetime(value)
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
    model: StorageOperationGoodTransactionResponseDataTypesDataItem | None = None,
) -> StorageOperationGoodTransactionResponseDataTypesDataItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return StorageOperationGoodTransactionResponseDataTypesDataItem._lazy(json_value, parse_ctx)
        model = new_model(
            StorageOperationGoodTransactionResponseDataTypesDataItem
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
        layout = layout_of(StorageOperationGoodTransactionResponseDataTypesDataItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_create_date,) = fill(json_value, model)
    if value_create_date is UNSET:
        model.create_date = UNSET
    else:
        try:
            try:
                model.create_date = datetime_from_iso(value_create_date)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.create_date = types.parse_iso_datetime(value_create_date)
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
        model.__class__ = lazily_read_class(StorageOperationGoodTransactionResponseDataTypesDataItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = StorageOperationGoodTransactionResponseDataTypesDataItem
        del model._raw, model._context
    return model


StorageOperationGoodTransactionResponseDataTypesDataItem._lazy_fill = (_fill_plain, _fill_converted, _build)
