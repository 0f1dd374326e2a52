from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._lazy import MODEL_CLASSES, LazyModel, ParseContext, model_class
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.storages_transaction_response_data_types_data_item_clients import (
        StoragesTransactionResponseDataTypesDataItemClients,
    )
    from ..models.storages_transaction_response_data_types_data_item_good import (
        StoragesTransactionResponseDataTypesDataItemGood,
    )
    from ..models.storages_transaction_response_data_types_data_item_master import (
        StoragesTransactionResponseDataTypesDataItemMaster,
    )
    from ..models.storages_transaction_response_data_types_data_item_service import (
        StoragesTransactionResponseDataTypesDataItemService,
    )
    from ..models.storages_transaction_response_data_types_data_item_storage import (
        StoragesTransactionResponseDataTypesDataItemStorage,
    )
    from ..models.storages_transaction_response_data_types_data_item_supplier import (
        StoragesTransactionResponseDataTypesDataItemSupplier,
    )
    from ..models.storages_transaction_response_data_types_data_item_unit import (
        StoragesTransactionResponseDataTypesDataItemUnit,
    )


T = TypeVar("T", bound="StoragesTransactionResponseDataTypesDataItem")


@_attrs_define
class StoragesTransactionResponseDataTypesDataItem(LazyModel):
    id: int | Unset = UNSET
    """ Transaction ID """
    document_id: int | Unset = UNSET
    """ Document ID """
    type_id: int | Unset = UNSET
    """ Transaction type identifier """
    type_: str | Unset = UNSET
    """ Transaction type """
    good: StoragesTransactionResponseDataTypesDataItemGood | Unset = UNSET
    """ Product """
    storage: StoragesTransactionResponseDataTypesDataItemStorage | Unset = UNSET
    """ Inventory """
    unit: StoragesTransactionResponseDataTypesDataItemUnit | Unset = UNSET
    """ Unit of measurement """
    operation_unit_type: float | Unset = UNSET
    """ Unit type: 1 - for sale, 2 - for write-off """
    create_date: datetime.datetime | Unset = UNSET
    """ date of creation """
    last_change_date: datetime.datetime | Unset = UNSET
    """ Last modified date """
    cost_per_unit: float | Unset = UNSET
    """ Unit price """
    cost: float | Unset = UNSET
    """ Price """
    discount: float | Unset = UNSET
    """ Discount """
    master: StoragesTransactionResponseDataTypesDataItemMaster | Unset = UNSET
    """ team member """
    supplier: StoragesTransactionResponseDataTypesDataItemSupplier | Unset = UNSET
    """ The supplier """
    record_id: int | Unset = UNSET
    """ Appointment ID """
    service: StoragesTransactionResponseDataTypesDataItemService | Unset = UNSET
    """ Service """
    clients: StoragesTransactionResponseDataTypesDataItemClients | Unset = UNSET
    """ Customer """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_id = self.document_id

        type_id = self.type_id

        type_ = self.type_

        good: dict[str, Any] | Unset = UNSET
        if not isinstance(self.good, Unset):
            good = self.good.to_dict()

        storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = self.storage.to_dict()

        unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.to_dict()

        operation_unit_type = self.operation_unit_type

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = self.create_date.isoformat()

        last_change_date: str | Unset = UNSET
        if not isinstance(self.last_change_date, Unset):
            last_change_date = self.last_change_date.isoformat()

        cost_per_unit = self.cost_per_unit

        cost = self.cost

        discount = self.discount

        master: dict[str, Any] | Unset = UNSET
        if not isinstance(self.master, Unset):
            master = self.master.to_dict()

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

        record_id = self.record_id

        service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = self.service.to_dict()

        clients: dict[str, Any] | Unset = UNSET
        if not isinstance(self.clients, Unset):
            clients = self.clients.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if good is not UNSET:
            field_dict["good"] = good
        if storage is not UNSET:
            field_dict["storage"] = storage
        if unit is not UNSET:
            field_dict["unit"] = unit
        if operation_unit_type is not UNSET:
            field_dict["operation_unit_type"] = operation_unit_type
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = cost_per_unit
        if cost is not UNSET:
            field_dict["cost"] = cost
        if discount is not UNSET:
            field_dict["discount"] = discount
        if master is not UNSET:
            field_dict["master"] = master
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if service is not UNSET:
            field_dict["service"] = service
        if clients is not UNSET:
            field_dict["clients"] = clients

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.storages_transaction_response_data_types_data_item_clients import (
            StoragesTransactionResponseDataTypesDataItemClients,  # noqa: PLC0415
        )
        from ..models.storages_transaction_response_data_types_data_item_good import (
            StoragesTransactionResponseDataTypesDataItemGood,  # noqa: PLC0415
        )
        from ..models.storages_transaction_response_data_types_data_item_master import (
            StoragesTransactionResponseDataTypesDataItemMaster,  # noqa: PLC0415
        )
        from ..models.storages_transaction_response_data_types_data_item_service import (
            StoragesTransactionResponseDataTypesDataItemService,  # noqa: PLC0415
        )
        from ..models.storages_transaction_response_data_types_data_item_storage import (
            StoragesTransactionResponseDataTypesDataItemStorage,  # noqa: PLC0415
        )
        from ..models.storages_transaction_response_data_types_data_item_supplier import (
            StoragesTransactionResponseDataTypesDataItemSupplier,  # noqa: PLC0415
        )
        from ..models.storages_transaction_response_data_types_data_item_unit import (
            StoragesTransactionResponseDataTypesDataItemUnit,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        document_id = d.pop("document_id", UNSET)

        type_id = d.pop("type_id", UNSET)

        type_ = d.pop("type", UNSET)

        _good = d.pop("good", UNSET)
        good: StoragesTransactionResponseDataTypesDataItemGood | Unset
        if isinstance(_good, Unset):
            good = UNSET
        else:
            good = StoragesTransactionResponseDataTypesDataItemGood.from_dict(_good)

        _storage = d.pop("storage", UNSET)
        storage: StoragesTransactionResponseDataTypesDataItemStorage | Unset
        if isinstance(_storage, Unset):
            storage = UNSET
        else:
            storage = StoragesTransactionResponseDataTypesDataItemStorage.from_dict(_storage)

        _unit = d.pop("unit", UNSET)
        unit: StoragesTransactionResponseDataTypesDataItemUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = StoragesTransactionResponseDataTypesDataItemUnit.from_dict(_unit)

        operation_unit_type = d.pop("operation_unit_type", UNSET)

        _create_date = d.pop("create_date", UNSET)
        create_date: datetime.datetime | Unset
        if isinstance(_create_date, Unset):
            create_date = UNSET
        else:
            create_date = types.parse_iso_datetime(_create_date)

        _last_change_date = d.pop("last_change_date", UNSET)
        last_change_date: datetime.datetime | Unset
        if isinstance(_last_change_date, Unset):
            last_change_date = UNSET
        else:
            last_change_date = types.parse_iso_datetime(_last_change_date)

        cost_per_unit = d.pop("cost_per_unit", UNSET)

        cost = d.pop("cost", UNSET)

        discount = d.pop("discount", UNSET)

        _master = d.pop("master", UNSET)
        master: StoragesTransactionResponseDataTypesDataItemMaster | Unset
        if isinstance(_master, Unset):
            master = UNSET
        else:
            master = StoragesTransactionResponseDataTypesDataItemMaster.from_dict(_master)

        _supplier = d.pop("supplier", UNSET)
        supplier: StoragesTransactionResponseDataTypesDataItemSupplier | Unset
        if isinstance(_supplier, Unset):
            supplier = UNSET
        else:
            supplier = StoragesTransactionResponseDataTypesDataItemSupplier.from_dict(_supplier)

        record_id = d.pop("record_id", UNSET)

        _service = d.pop("service", UNSET)
        service: StoragesTransactionResponseDataTypesDataItemService | Unset
        if isinstance(_service, Unset):
            service = UNSET
        else:
            service = StoragesTransactionResponseDataTypesDataItemService.from_dict(_service)

        _clients = d.pop("clients", UNSET)
        clients: StoragesTransactionResponseDataTypesDataItemClients | Unset
        if isinstance(_clients, Unset):
            clients = UNSET
        else:
            clients = StoragesTransactionResponseDataTypesDataItemClients.from_dict(_clients)

        storages_transaction_response_data_types_data_item = cls(
            id=id,
            document_id=document_id,
            type_id=type_id,
            type_=type_,
            good=good,
            storage=storage,
            unit=unit,
            operation_unit_type=operation_unit_type,
            create_date=create_date,
            last_change_date=last_change_date,
            cost_per_unit=cost_per_unit,
            cost=cost,
            discount=discount,
            master=master,
            supplier=supplier,
            record_id=record_id,
            service=service,
            clients=clients,
        )

        storages_transaction_response_data_types_data_item.additional_properties = d
        return storages_transaction_response_data_types_data_item

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


def _read_good(json_value: Any, parse_ctx: ParseContext) -> StoragesTransactionResponseDataTypesDataItemGood | Unset:
    StoragesTransactionResponseDataTypesDataItemGood = MODEL_CLASSES.get(
        "altegio_client.models.storages_transaction_response_data_types_data_item_good"
    ) or model_class(
        "altegio_client.models.storages_transaction_response_data_types_data_item_good",
        "StoragesTransactionResponseDataTypesDataItemGood",
    )

    _good = json_value
    good: StoragesTransactionResponseDataTypesDataItemGood | Unset
    if isinstance(_good, Unset):
        good = UNSET
    else:
        good = StoragesTransactionResponseDataTypesDataItemGood._lazy(_good, parse_ctx)

    return good


def _read_storage(
    json_value: Any, parse_ctx: ParseContext
) -> StoragesTransactionResponseDataTypesDataItemStorage | Unset:
    StoragesTransactionResponseDataTypesDataItemStorage = MODEL_CLASSES.get(
        "altegio_client.models.storages_transaction_response_data_types_data_item_storage"
    ) or model_class(
        "altegio_client.models.storages_transaction_response_data_types_data_item_storage",
        "StoragesTransactionResponseDataTypesDataItemStorage",
    )

    _storage = json_value
    storage: StoragesTransactionResponseDataTypesDataItemStorage | Unset
    if isinstance(_storage, Unset):
        storage = UNSET
    else:
        storage = StoragesTransactionResponseDataTypesDataItemStorage._lazy(_storage, parse_ctx)

    return storage


def _read_unit(json_value: Any, parse_ctx: ParseContext) -> StoragesTransactionResponseDataTypesDataItemUnit | Unset:
    StoragesTransactionResponseDataTypesDataItemUnit = MODEL_CLASSES.get(
        "altegio_client.models.storages_transaction_response_data_types_data_item_unit"
    ) or model_class(
        "altegio_client.models.storages_transaction_response_data_types_data_item_unit",
        "StoragesTransactionResponseDataTypesDataItemUnit",
    )

    _unit = json_value
    unit: StoragesTransactionResponseDataTypesDataItemUnit | Unset
    if isinstance(_unit, Unset):
        unit = UNSET
    else:
        unit = StoragesTransactionResponseDataTypesDataItemUnit._lazy(_unit, parse_ctx)

    return unit


def _read_create_date(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    _create_date = json_value
    create_date: datetime.datetime | Unset
    if isinstance(_create_date, Unset):
        create_date = UNSET
    else:
        create_date = types.parse_iso_datetime(_create_date)

    return create_date


def _read_last_change_date(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    _last_change_date = json_value
    last_change_date: datetime.datetime | Unset
    if isinstance(_last_change_date, Unset):
        last_change_date = UNSET
    else:
        last_change_date = types.parse_iso_datetime(_last_change_date)

    return last_change_date


def _read_master(
    json_value: Any, parse_ctx: ParseContext
) -> StoragesTransactionResponseDataTypesDataItemMaster | Unset:
    StoragesTransactionResponseDataTypesDataItemMaster = MODEL_CLASSES.get(
        "altegio_client.models.storages_transaction_response_data_types_data_item_master"
    ) or model_class(
        "altegio_client.models.storages_transaction_response_data_types_data_item_master",
        "StoragesTransactionResponseDataTypesDataItemMaster",
    )

    _master = json_value
    master: StoragesTransactionResponseDataTypesDataItemMaster | Unset
    if isinstance(_master, Unset):
        master = UNSET
    else:
        master = StoragesTransactionResponseDataTypesDataItemMaster._lazy(_master, parse_ctx)

    return master


def _read_supplier(
    json_value: Any, parse_ctx: ParseContext
) -> StoragesTransactionResponseDataTypesDataItemSupplier | Unset:
    StoragesTransactionResponseDataTypesDataItemSupplier = MODEL_CLASSES.get(
        "altegio_client.models.storages_transaction_response_data_types_data_item_supplier"
    ) or model_class(
        "altegio_client.models.storages_transaction_response_data_types_data_item_supplier",
        "StoragesTransactionResponseDataTypesDataItemSupplier",
    )

    _supplier = json_value
    supplier: StoragesTransactionResponseDataTypesDataItemSupplier | Unset
    if isinstance(_supplier, Unset):
        supplier = UNSET
    else:
        supplier = StoragesTransactionResponseDataTypesDataItemSupplier._lazy(_supplier, parse_ctx)

    return supplier


def _read_service(
    json_value: Any, parse_ctx: ParseContext
) -> StoragesTransactionResponseDataTypesDataItemService | Unset:
    StoragesTransactionResponseDataTypesDataItemService = MODEL_CLASSES.get(
        "altegio_client.models.storages_transaction_response_data_types_data_item_service"
    ) or model_class(
        "altegio_client.models.storages_transaction_response_data_types_data_item_service",
        "StoragesTransactionResponseDataTypesDataItemService",
    )

    _service = json_value
    service: StoragesTransactionResponseDataTypesDataItemService | Unset
    if isinstance(_service, Unset):
        service = UNSET
    else:
        service = StoragesTransactionResponseDataTypesDataItemService._lazy(_service, parse_ctx)

    return service


def _read_clients(
    json_value: Any, parse_ctx: ParseContext
) -> StoragesTransactionResponseDataTypesDataItemClients | Unset:
    StoragesTransactionResponseDataTypesDataItemClients = MODEL_CLASSES.get(
        "altegio_client.models.storages_transaction_response_data_types_data_item_clients"
    ) or model_class(
        "altegio_client.models.storages_transaction_response_data_types_data_item_clients",
        "StoragesTransactionResponseDataTypesDataItemClients",
    )

    _clients = json_value
    clients: StoragesTransactionResponseDataTypesDataItemClients | Unset
    if isinstance(_clients, Unset):
        clients = UNSET
    else:
        clients = StoragesTransactionResponseDataTypesDataItemClients._lazy(_clients, parse_ctx)

    return clients


_DECLARED_KEYS = frozenset(
    {
        "id",
        "document_id",
        "type_id",
        "type",
        "good",
        "storage",
        "unit",
        "operation_unit_type",
        "create_date",
        "last_change_date",
        "cost_per_unit",
        "cost",
        "discount",
        "master",
        "supplier",
        "record_id",
        "service",
        "clients",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


StoragesTransactionResponseDataTypesDataItem._lazy_fields = {
    "id": ("id", None, False),
    "document_id": ("document_id", None, False),
    "type_id": ("type_id", None, False),
    "type_": ("type", None, False),
    "good": ("good", _read_good, False),
    "storage": ("storage", _read_storage, False),
    "unit": ("unit", _read_unit, False),
    "operation_unit_type": ("operation_unit_type", None, False),
    "create_date": ("create_date", _read_create_date, False),
    "last_change_date": ("last_change_date", _read_last_change_date, False),
    "cost_per_unit": ("cost_per_unit", None, False),
    "cost": ("cost", None, False),
    "discount": ("discount", None, False),
    "master": ("master", _read_master, False),
    "supplier": ("supplier", _read_supplier, False),
    "record_id": ("record_id", None, False),
    "service": ("service", _read_service, False),
    "clients": ("clients", _read_clients, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: StoragesTransactionResponseDataTypesDataItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.document_id = get("document_id", UNSET)
    model.type_id = get("type_id", UNSET)
    model.type_ = get("type", UNSET)
    model.operation_unit_type = get("operation_unit_type", UNSET)
    model.cost_per_unit = get("cost_per_unit", UNSET)
    model.cost = get("cost", UNSET)
    model.discount = get("discount", UNSET)
    model.record_id = get("record_id", UNSET)


def _fill_converted(
    model: StoragesTransactionResponseDataTypesDataItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    # A field that fails to convert is left unread: reading it raises the ResponseSchemaError.
    if "good" not in done:
        try:
            model.good = _read_good(json_value.get("good", UNSET), parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    if "storage" not in done:
        try:
            model.storage = _read_storage(json_value.get("storage", UNSET), parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    if "unit" not in done:
        try:
            model.unit = _read_unit(json_value.get("unit", UNSET), parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    if "create_date" not in done:
        try:
            model.create_date = _read_create_date(json_value.get("create_date", UNSET), parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    if "last_change_date" not in done:
        try:
            model.last_change_date = _read_last_change_date(json_value.get("last_change_date", UNSET), parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    if "master" not in done:
        try:
            model.master = _read_master(json_value.get("master", UNSET), parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    if "supplier" not in done:
        try:
            model.supplier = _read_supplier(json_value.get("supplier", UNSET), parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    if "service" not in done:
        try:
            model.service = _read_service(json_value.get("service", UNSET), parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    if "clients" not in done:
        try:
            model.clients = _read_clients(json_value.get("clients", UNSET), parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    return


StoragesTransactionResponseDataTypesDataItem._lazy_fill = (_fill_plain, _fill_converted)
