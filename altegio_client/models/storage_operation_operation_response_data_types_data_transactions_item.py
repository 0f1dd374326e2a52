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
    MODEL_BUILDERS,
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    datetime_from_iso,
    layout_of,
    lazily_read_class,
    model_builder,
    model_class,
    new_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.product_transaction_good import ProductTransactionGood
    from ..models.product_transaction_storage import ProductTransactionStorage
    from ..models.storage_operation_documents_response_data_types_data_type import (
        StorageOperationDocumentsResponseDataTypesDataType,
    )
    from ..models.storage_operation_operation_response_data_types_data_transactions_item_unit import (
        StorageOperationOperationResponseDataTypesDataTransactionsItemUnit,
    )


T = TypeVar("T", bound="StorageOperationOperationResponseDataTypesDataTransactionsItem")


@_attrs_define
class StorageOperationOperationResponseDataTypesDataTransactionsItem(LazyModel):
    id: int | Unset = UNSET
    """ Transaction ID """
    document_id: int | Unset = UNSET
    """ Document ID """
    type_id: int | Unset = UNSET
    """ Document type identifier """
    type: StorageOperationDocumentsResponseDataTypesDataType | Unset = UNSET
    """ Document type """
    company_id: int | Unset = UNSET
    """ location ID """
    good_id: int | Unset = UNSET
    """ Item ID """
    amount: float | Unset = UNSET
    """ Quantity """
    cost_per_unit: float | Unset = UNSET
    """ Price per unit """
    discount: float | Unset = UNSET
    """ Skdika """
    cost: float | Unset = UNSET
    """ total price """
    unit_id: int | Unset = UNSET
    """ Unit ID """
    storage_id: int | Unset = UNSET
    """ Inventory ID """
    supplier_id: int | Unset = UNSET
    """ Vendor ID """
    client_id: int | Unset = UNSET
    """ Client ID """
    master_id: int | Unset = UNSET
    """ team member ID """
    create_date: _datetime.datetime | Unset = UNSET
    """ date of creation """
    comment: str | Unset = UNSET
    """ A comment """
    deleted: bool | Unset = UNSET
    """ Has the transaction been deleted? """
    good: ProductTransactionGood | Unset = UNSET
    """ Product """
    storage: ProductTransactionStorage | Unset = UNSET
    """ Inventory """
    supplier: list[JsonObject] | Unset = UNSET
    """ The supplier """
    client: list[JsonObject] | Unset = UNSET
    """ Customer """
    master: list[JsonObject] | Unset = UNSET
    """ Team Member """
    unit: StorageOperationOperationResponseDataTypesDataTransactionsItemUnit | Unset = UNSET
    """ Units """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_id = self.document_id

        type_id = self.type_id

        type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type.to_dict()

        company_id = self.company_id

        good_id = self.good_id

        amount = self.amount

        cost_per_unit = self.cost_per_unit

        discount = self.discount

        cost = self.cost

        unit_id = self.unit_id

        storage_id = self.storage_id

        supplier_id = self.supplier_id

        client_id = self.client_id

        master_id = self.master_id

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = self.create_date.isoformat()

        comment = self.comment

        deleted = self.deleted

        good: dict[str, Any] | Unset = UNSET
        if not isinstance(self.good, Unset):
            good = self.good.to_dict()

        storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = self.storage.to_dict()

        supplier: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = []
            for supplier_item_data in self.supplier:
                supplier_item = supplier_item_data.to_dict()
                supplier.append(supplier_item)

        client: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = []
            for client_item_data in self.client:
                client_item = client_item_data.to_dict()
                client.append(client_item)

        master: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.master, Unset):
            master = []
            for master_item_data in self.master:
                master_item = master_item_data.to_dict()
                master.append(master_item)

        unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if type is not UNSET:
            field_dict["type"] = type
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
        if storage_id is not UNSET:
            field_dict["storage_id"] = storage_id
        if supplier_id is not UNSET:
            field_dict["supplier_id"] = supplier_id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if good is not UNSET:
            field_dict["good"] = good
        if storage is not UNSET:
            field_dict["storage"] = storage
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if client is not UNSET:
            field_dict["client"] = client
        if master is not UNSET:
            field_dict["master"] = master
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415
        from ..models.product_transaction_good import ProductTransactionGood  # noqa: PLC0415
        from ..models.product_transaction_storage import ProductTransactionStorage  # noqa: PLC0415
        from ..models.storage_operation_documents_response_data_types_data_type import (
            StorageOperationDocumentsResponseDataTypesDataType,  # noqa: PLC0415
        )
        from ..models.storage_operation_operation_response_data_types_data_transactions_item_unit import (
            StorageOperationOperationResponseDataTypesDataTransactionsItemUnit,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        document_id = d.pop("document_id", UNSET)

        type_id = d.pop("type_id", UNSET)

        _type = d.pop("type", UNSET)
        type: StorageOperationDocumentsResponseDataTypesDataType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = StorageOperationDocumentsResponseDataTypesDataType.from_dict(_type)

        company_id = d.pop("company_id", UNSET)

        good_id = d.pop("good_id", UNSET)

        amount = d.pop("amount", UNSET)

        cost_per_unit = d.pop("cost_per_unit", UNSET)

        discount = d.pop("discount", UNSET)

        cost = d.pop("cost", UNSET)

        unit_id = d.pop("unit_id", UNSET)

        storage_id = d.pop("storage_id", UNSET)

        supplier_id = d.pop("supplier_id", UNSET)

        client_id = d.pop("client_id", UNSET)

        master_id = d.pop("master_id", UNSET)

        _create_date = d.pop("create_date", UNSET)
        create_date: datetime.datetime | Unset
        if isinstance(_create_date, Unset):
            create_date = UNSET
        else:
            create_date = types.parse_iso_datetime(_create_date)

        comment = d.pop("comment", UNSET)

        deleted = d.pop("deleted", UNSET)

        _good = d.pop("good", UNSET)
        good: ProductTransactionGood | Unset
        if isinstance(_good, Unset):
            good = UNSET
        else:
            good = ProductTransactionGood.from_dict(_good)

        _storage = d.pop("storage", UNSET)
        storage: ProductTransactionStorage | Unset
        if isinstance(_storage, Unset):
            storage = UNSET
        else:
            storage = ProductTransactionStorage.from_dict(_storage)

        _supplier = d.pop("supplier", UNSET)
        supplier: list[JsonObject] | Unset = UNSET
        if _supplier is not UNSET:
            supplier = []
            for supplier_item_data in _supplier:
                supplier_item = JsonObject.from_dict(supplier_item_data)

                supplier.append(supplier_item)

        _client = d.pop("client", UNSET)
        client: list[JsonObject] | Unset = UNSET
        if _client is not UNSET:
            client = []
            for client_item_data in _client:
                client_item = JsonObject.from_dict(client_item_data)

                client.append(client_item)

        _master = d.pop("master", UNSET)
        master: list[JsonObject] | Unset = UNSET
        if _master is not UNSET:
            master = []
            for master_item_data in _master:
                master_item = JsonObject.from_dict(master_item_data)

                master.append(master_item)

        _unit = d.pop("unit", UNSET)
        unit: StorageOperationOperationResponseDataTypesDataTransactionsItemUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = StorageOperationOperationResponseDataTypesDataTransactionsItemUnit.from_dict(_unit)

        storage_operation_operation_response_data_types_data_transactions_item = cls(
            id=id,
            document_id=document_id,
            type_id=type_id,
            type=type,
            company_id=company_id,
            good_id=good_id,
            amount=amount,
            cost_per_unit=cost_per_unit,
            discount=discount,
            cost=cost,
            unit_id=unit_id,
            storage_id=storage_id,
            supplier_id=supplier_id,
            client_id=client_id,
            master_id=master_id,
            create_date=create_date,
            comment=comment,
            deleted=deleted,
            good=good,
            storage=storage,
            supplier=supplier,
            client=client,
            master=master,
            unit=unit,
        )

        storage_operation_operation_response_data_types_data_transactions_item.additional_properties = d
        return storage_operation_operation_response_data_types_data_transactions_item

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


def _read_type(json_value: Any, parse_ctx: ParseContext) -> StorageOperationDocumentsResponseDataTypesDataType | Unset:
    StorageOperationDocumentsResponseDataTypesDataType = MODEL_CLASSES.get(
        "altegio_client.models.storage_operation_documents_response_data_types_data_type"
    ) or model_class(
        "altegio_client.models.storage_operation_documents_response_data_types_data_type",
        "StorageOperationDocumentsResponseDataTypesDataType",
    )

    _type = json_value
    type: StorageOperationDocumentsResponseDataTypesDataType | Unset
    if isinstance(_type, Unset):
        type = UNSET
    else:
        type = StorageOperationDocumentsResponseDataTypesDataType._lazy(_type, parse_ctx)

    return type


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


def _read_good(json_value: Any, parse_ctx: ParseContext) -> ProductTransactionGood | Unset:
    ProductTransactionGood = MODEL_CLASSES.get("altegio_client.models.product_transaction_good") or model_class(
        "altegio_client.models.product_transaction_good", "ProductTransactionGood"
    )

    _good = json_value
    good: ProductTransactionGood | Unset
    if isinstance(_good, Unset):
        good = UNSET
    else:
        good = ProductTransactionGood._lazy(_good, parse_ctx)

    return good


def _read_storage(json_value: Any, parse_ctx: ParseContext) -> ProductTransactionStorage | Unset:
    ProductTransactionStorage = MODEL_CLASSES.get("altegio_client.models.product_transaction_storage") or model_class(
        "altegio_client.models.product_transaction_storage", "ProductTransactionStorage"
    )

    _storage = json_value
    storage: ProductTransactionStorage | Unset
    if isinstance(_storage, Unset):
        storage = UNSET
    else:
        storage = ProductTransactionStorage._lazy(_storage, parse_ctx)

    return storage


def _read_supplier(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _supplier = json_value
    supplier: list[JsonObject] | Unset = UNSET
    if _supplier is not UNSET:
        supplier = JsonObject._lazy_list(_supplier, parse_ctx)

    return supplier


def _read_client(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _client = json_value
    client: list[JsonObject] | Unset = UNSET
    if _client is not UNSET:
        client = JsonObject._lazy_list(_client, parse_ctx)

    return client


def _read_master(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _master = json_value
    master: list[JsonObject] | Unset = UNSET
    if _master is not UNSET:
        master = JsonObject._lazy_list(_master, parse_ctx)

    return master


def _read_unit(
    json_value: Any, parse_ctx: ParseContext
) -> StorageOperationOperationResponseDataTypesDataTransactionsItemUnit | Unset:
    StorageOperationOperationResponseDataTypesDataTransactionsItemUnit = MODEL_CLASSES.get(
        "altegio_client.models.storage_operation_operation_response_data_types_data_transactions_item_unit"
    ) or model_class(
        "altegio_client.models.storage_operation_operation_response_data_types_data_transactions_item_unit",
        "StorageOperationOperationResponseDataTypesDataTransactionsItemUnit",
    )

    _unit = json_value
    unit: StorageOperationOperationResponseDataTypesDataTransactionsItemUnit | Unset
    if isinstance(_unit, Unset):
        unit = UNSET
    else:
        unit = StorageOperationOperationResponseDataTypesDataTransactionsItemUnit._lazy(_unit, parse_ctx)

    return unit


_DECLARED_KEYS = frozenset(
    {
        "id",
        "document_id",
        "type_id",
        "type",
        "company_id",
        "good_id",
        "amount",
        "cost_per_unit",
        "discount",
        "cost",
        "unit_id",
        "storage_id",
        "supplier_id",
        "client_id",
        "master_id",
        "create_date",
        "comment",
        "deleted",
        "good",
        "storage",
        "supplier",
        "client",
        "master",
        "unit",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


StorageOperationOperationResponseDataTypesDataTransactionsItem._lazy_fields = {
    "id": ("id", None, False),
    "document_id": ("document_id", None, False),
    "type_id": ("type_id", None, False),
    "type": ("type", _read_type, False),
    "company_id": ("company_id", None, False),
    "good_id": ("good_id", None, False),
    "amount": ("amount", None, False),
    "cost_per_unit": ("cost_per_unit", None, False),
    "discount": ("discount", None, False),
    "cost": ("cost", None, False),
    "unit_id": ("unit_id", None, False),
    "storage_id": ("storage_id", None, False),
    "supplier_id": ("supplier_id", None, False),
    "client_id": ("client_id", None, False),
    "master_id": ("master_id", None, False),
    "create_date": ("create_date", _read_create_date, False),
    "comment": ("comment", None, False),
    "deleted": ("deleted", None, False),
    "good": ("good", _read_good, False),
    "storage": ("storage", _read_storage, False),
    "supplier": ("supplier", _read_supplier, False),
    "client": ("client", _read_client, False),
    "master": ("master", _read_master, False),
    "unit": ("unit", _read_unit, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(
    model: StorageOperationOperationResponseDataTypesDataTransactionsItem, json_value: dict[str, Any]
) -> None:
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
    model.storage_id = get("storage_id", UNSET)
    model.supplier_id = get("supplier_id", UNSET)
    model.client_id = get("client_id", UNSET)
    model.master_id = get("master_id", UNSET)
    model.comment = get("comment", UNSET)
    model.deleted = get("deleted", UNSET)


def _fill_converted(
    model: StorageOperationOperationResponseDataTypesDataTransactionsItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "type" not in done:
        value = get("type", UNSET)
        if value is UNSET:
            model.type = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.storage_operation_documents_response_data_types_data_type"
            ) or model_builder(
                "altegio_client.models.storage_operation_documents_response_data_types_data_type",
                "StorageOperationDocumentsResponseDataTypesDataType",
            )
            try:
                model.type = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

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

    if "good" not in done:
        value = get("good", UNSET)
        if value is UNSET:
            model.good = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.product_transaction_good") or model_builder(
                "altegio_client.models.product_transaction_good", "ProductTransactionGood"
            )
            try:
                model.good = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "storage" not in done:
        value = get("storage", UNSET)
        if value is UNSET:
            model.storage = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.product_transaction_storage") or model_builder(
                "altegio_client.models.product_transaction_storage", "ProductTransactionStorage"
            )
            try:
                model.storage = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "supplier" not in done:
        value = get("supplier", UNSET)
        if value is UNSET:
            model.supplier = UNSET
        elif value == []:
            model.supplier = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.supplier = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "client" not in done:
        value = get("client", UNSET)
        if value is UNSET:
            model.client = UNSET
        elif value == []:
            model.client = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.client = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "master" not in done:
        value = get("master", UNSET)
        if value is UNSET:
            model.master = UNSET
        elif value == []:
            model.master = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.master = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "unit" not in done:
        value = get("unit", UNSET)
        if value is UNSET:
            model.unit = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.storage_operation_operation_response_data_types_data_transactions_item_unit"
            ) or model_builder(
                "altegio_client.models.storage_operation_operation_response_data_types_data_transactions_item_unit",
                "StorageOperationOperationResponseDataTypesDataTransactionsItemUnit",
            )
            try:
                model.unit = build(value, parse_ctx)
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
    model: StorageOperationOperationResponseDataTypesDataTransactionsItem | None = None,
) -> StorageOperationOperationResponseDataTypesDataTransactionsItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return StorageOperationOperationResponseDataTypesDataTransactionsItem._lazy(json_value, parse_ctx)
        model = new_model(
            StorageOperationOperationResponseDataTypesDataTransactionsItem
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
        layout = layout_of(StorageOperationOperationResponseDataTypesDataTransactionsItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_type, value_create_date, value_good, value_storage, value_supplier, value_client, value_master, value_unit = (
        fill(json_value, model)
    )
    if value_type is UNSET:
        model.type = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.storage_operation_documents_response_data_types_data_type"
        ) or model_builder(
            "altegio_client.models.storage_operation_documents_response_data_types_data_type",
            "StorageOperationDocumentsResponseDataTypesDataType",
        )
        try:
            model.type = build(value_type, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

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

    if value_good is UNSET:
        model.good = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.product_transaction_good") or model_builder(
            "altegio_client.models.product_transaction_good", "ProductTransactionGood"
        )
        try:
            model.good = build(value_good, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_storage is UNSET:
        model.storage = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.product_transaction_storage") or model_builder(
            "altegio_client.models.product_transaction_storage", "ProductTransactionStorage"
        )
        try:
            model.storage = build(value_storage, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_supplier is UNSET:
        model.supplier = UNSET
    elif value_supplier == []:
        model.supplier = value_supplier  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
        )
        try:
            if _builtins.type(value_supplier) is not list:
                raise TypeError
            model.supplier = [build(item, parse_ctx) for item in value_supplier]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_client is UNSET:
        model.client = UNSET
    elif value_client == []:
        model.client = value_client  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
        )
        try:
            if _builtins.type(value_client) is not list:
                raise TypeError
            model.client = [build(item, parse_ctx) for item in value_client]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_master is UNSET:
        model.master = UNSET
    elif value_master == []:
        model.master = value_master  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
        )
        try:
            if _builtins.type(value_master) is not list:
                raise TypeError
            model.master = [build(item, parse_ctx) for item in value_master]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_unit is UNSET:
        model.unit = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.storage_operation_operation_response_data_types_data_transactions_item_unit"
        ) or model_builder(
            "altegio_client.models.storage_operation_operation_response_data_types_data_transactions_item_unit",
            "StorageOperationOperationResponseDataTypesDataTransactionsItemUnit",
        )
        try:
            model.unit = build(value_unit, parse_ctx)
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
        model.__class__ = lazily_read_class(StorageOperationOperationResponseDataTypesDataTransactionsItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = StorageOperationOperationResponseDataTypesDataTransactionsItem
        del model._raw, model._context
    return model


StorageOperationOperationResponseDataTypesDataTransactionsItem._lazy_fill = (_fill_plain, _fill_converted, _build)
