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
    from ..models.product_transaction_good import ProductTransactionGood
    from ..models.product_transaction_master import ProductTransactionMaster
    from ..models.product_transaction_service import ProductTransactionService
    from ..models.product_transaction_storage import ProductTransactionStorage
    from ..models.product_transaction_supplier import ProductTransactionSupplier
    from ..models.product_transaction_unit import ProductTransactionUnit
    from ..models.transaction_client import TransactionClient


T = TypeVar("T", bound="ProductTransaction")


@_attrs_define
class ProductTransaction(LazyModel):
    id: int | Unset = UNSET
    """ Transaction ID """
    document_id: int | Unset = UNSET
    """ Document ID """
    type_id: int | Unset = UNSET
    """ Transaction type identifier """
    type: str | Unset = UNSET
    """ Transaction type """
    good: ProductTransactionGood | Unset = UNSET
    """ Product """
    storage: ProductTransactionStorage | Unset = UNSET
    """ Inventory """
    unit: ProductTransactionUnit | Unset = UNSET
    """ Unit of measurement """
    operation_unit_type: float | Unset = UNSET
    """ Unit type: 1 - for sale, 2 - for write-off """
    create_date: _datetime.datetime | Unset = UNSET
    """ date of creation """
    last_change_date: _datetime.datetime | Unset = UNSET
    """ Last modified date """
    cost_per_unit: float | Unset = UNSET
    """ Unit price """
    cost: float | Unset = UNSET
    """ Price """
    discount: float | Unset = UNSET
    """ Discount """
    master: ProductTransactionMaster | Unset = UNSET
    """ team member """
    supplier: ProductTransactionSupplier | Unset = UNSET
    """ The supplier """
    record_id: int | Unset = UNSET
    """ Appointment ID """
    service: ProductTransactionService | Unset = UNSET
    """ Service """
    clients: TransactionClient | Unset = UNSET
    """ Customer """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_id = self.document_id

        type_id = self.type_id

        type = self.type

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
        if type is not UNSET:
            field_dict["type"] = type
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
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_transaction_good import ProductTransactionGood  # noqa: PLC0415
        from ..models.product_transaction_master import ProductTransactionMaster  # noqa: PLC0415
        from ..models.product_transaction_service import ProductTransactionService  # noqa: PLC0415
        from ..models.product_transaction_storage import ProductTransactionStorage  # noqa: PLC0415
        from ..models.product_transaction_supplier import ProductTransactionSupplier  # noqa: PLC0415
        from ..models.product_transaction_unit import ProductTransactionUnit  # noqa: PLC0415
        from ..models.transaction_client import TransactionClient  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        document_id = d.pop("document_id", UNSET)

        type_id = d.pop("type_id", UNSET)

        type = d.pop("type", UNSET)

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

        _unit = d.pop("unit", UNSET)
        unit: ProductTransactionUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = ProductTransactionUnit.from_dict(_unit)

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
        master: ProductTransactionMaster | Unset
        if isinstance(_master, Unset):
            master = UNSET
        else:
            master = ProductTransactionMaster.from_dict(_master)

        _supplier = d.pop("supplier", UNSET)
        supplier: ProductTransactionSupplier | Unset
        if isinstance(_supplier, Unset):
            supplier = UNSET
        else:
            supplier = ProductTransactionSupplier.from_dict(_supplier)

        record_id = d.pop("record_id", UNSET)

        _service = d.pop("service", UNSET)
        service: ProductTransactionService | Unset
        if isinstance(_service, Unset):
            service = UNSET
        else:
            service = ProductTransactionService.from_dict(_service)

        _clients = d.pop("clients", UNSET)
        clients: TransactionClient | Unset
        if isinstance(_clients, Unset):
            clients = UNSET
        else:
            clients = TransactionClient.from_dict(_clients)

        product_transaction = cls(
            id=id,
            document_id=document_id,
            type_id=type_id,
            type=type,
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

        product_transaction.additional_properties = d
        return product_transaction

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


def _read_unit(json_value: Any, parse_ctx: ParseContext) -> ProductTransactionUnit | Unset:
    ProductTransactionUnit = MODEL_CLASSES.get("altegio_client.models.product_transaction_unit") or model_class(
        "altegio_client.models.product_transaction_unit", "ProductTransactionUnit"
    )

    _unit = json_value
    unit: ProductTransactionUnit | Unset
    if isinstance(_unit, Unset):
        unit = UNSET
    else:
        unit = ProductTransactionUnit._lazy(_unit, parse_ctx)

    return unit


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


def _read_last_change_date(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    last_change_date: datetime.datetime | Unset
    if isinstance(json_value, Unset):
        last_change_date = UNSET
    else:
        try:
            last_change_date = datetime_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            last_change_date = types.parse_iso_datetime(json_value)

    return last_change_date


ISO_PARSERS[_read_last_change_date] = datetime_from_iso


def _read_master(json_value: Any, parse_ctx: ParseContext) -> ProductTransactionMaster | Unset:
    ProductTransactionMaster = MODEL_CLASSES.get("altegio_client.models.product_transaction_master") or model_class(
        "altegio_client.models.product_transaction_master", "ProductTransactionMaster"
    )

    _master = json_value
    master: ProductTransactionMaster | Unset
    if isinstance(_master, Unset):
        master = UNSET
    else:
        master = ProductTransactionMaster._lazy(_master, parse_ctx)

    return master


def _read_supplier(json_value: Any, parse_ctx: ParseContext) -> ProductTransactionSupplier | Unset:
    ProductTransactionSupplier = MODEL_CLASSES.get("altegio_client.models.product_transaction_supplier") or model_class(
        "altegio_client.models.product_transaction_supplier", "ProductTransactionSupplier"
    )

    _supplier = json_value
    supplier: ProductTransactionSupplier | Unset
    if isinstance(_supplier, Unset):
        supplier = UNSET
    else:
        supplier = ProductTransactionSupplier._lazy(_supplier, parse_ctx)

    return supplier


def _read_service(json_value: Any, parse_ctx: ParseContext) -> ProductTransactionService | Unset:
    ProductTransactionService = MODEL_CLASSES.get("altegio_client.models.product_transaction_service") or model_class(
        "altegio_client.models.product_transaction_service", "ProductTransactionService"
    )

    _service = json_value
    service: ProductTransactionService | Unset
    if isinstance(_service, Unset):
        service = UNSET
    else:
        service = ProductTransactionService._lazy(_service, parse_ctx)

    return service


def _read_clients(json_value: Any, parse_ctx: ParseContext) -> TransactionClient | Unset:
    TransactionClient = MODEL_CLASSES.get("altegio_client.models.transaction_client") or model_class(
        "altegio_client.models.transaction_client", "TransactionClient"
    )

    _clients = json_value
    clients: TransactionClient | Unset
    if isinstance(_clients, Unset):
        clients = UNSET
    else:
        clients = TransactionClient._lazy(_clients, parse_ctx)

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


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ProductTransaction._lazy_fields = {
    "id": ("id", None, False),
    "document_id": ("document_id", None, False),
    "type_id": ("type_id", None, False),
    "type": ("type", None, False),
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


def _fill_plain(model: ProductTransaction, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.document_id = get("document_id", UNSET)
    model.type_id = get("type_id", UNSET)
    model.type = get("type", UNSET)
    model.operation_unit_type = get("operation_unit_type", UNSET)
    model.cost_per_unit = get("cost_per_unit", UNSET)
    model.cost = get("cost", UNSET)
    model.discount = get("discount", UNSET)
    model.record_id = get("record_id", UNSET)


def _fill_converted(
    model: ProductTransaction, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
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

    if "unit" not in done:
        value = get("unit", UNSET)
        if value is UNSET:
            model.unit = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.product_transaction_unit") or model_builder(
                "altegio_client.models.product_transaction_unit", "ProductTransactionUnit"
            )
            try:
                model.unit = build(value, parse_ctx)
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

    if "last_change_date" not in done:
        value = get("last_change_date", UNSET)
        if value is UNSET:
            model.last_change_date = UNSET
        else:
            try:
                try:
                    model.last_change_date = datetime_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.last_change_date = types.parse_iso_datetime(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "master" not in done:
        value = get("master", UNSET)
        if value is UNSET:
            model.master = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.product_transaction_master") or model_builder(
                "altegio_client.models.product_transaction_master", "ProductTransactionMaster"
            )
            try:
                model.master = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "supplier" not in done:
        value = get("supplier", UNSET)
        if value is UNSET:
            model.supplier = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.product_transaction_supplier") or model_builder(
                "altegio_client.models.product_transaction_supplier", "ProductTransactionSupplier"
            )
            try:
                model.supplier = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "service" not in done:
        value = get("service", UNSET)
        if value is UNSET:
            model.service = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.product_transaction_service") or model_builder(
                "altegio_client.models.product_transaction_service", "ProductTransactionService"
            )
            try:
                model.service = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "clients" not in done:
        value = get("clients", UNSET)
        if value is UNSET:
            model.clients = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.transaction_client") or model_builder(
                "altegio_client.models.transaction_client", "TransactionClient"
            )
            try:
                model.clients = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: ProductTransaction | None = None) -> ProductTransaction:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ProductTransaction._lazy(json_value, parse_ctx)
        model = new_model(ProductTransaction)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(ProductTransaction, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (
        value_good,
        value_storage,
        value_unit,
        value_create_date,
        value_last_change_date,
        value_master,
        value_supplier,
        value_service,
        value_clients,
    ) = fill(json_value, model)
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

    if value_unit is UNSET:
        model.unit = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.product_transaction_unit") or model_builder(
            "altegio_client.models.product_transaction_unit", "ProductTransactionUnit"
        )
        try:
            model.unit = build(value_unit, parse_ctx)
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

    if value_last_change_date is UNSET:
        model.last_change_date = UNSET
    else:
        try:
            try:
                model.last_change_date = datetime_from_iso(value_last_change_date)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.last_change_date = types.parse_iso_datetime(value_last_change_date)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_master is UNSET:
        model.master = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.product_transaction_master") or model_builder(
            "altegio_client.models.product_transaction_master", "ProductTransactionMaster"
        )
        try:
            model.master = build(value_master, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_supplier is UNSET:
        model.supplier = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.product_transaction_supplier") or model_builder(
            "altegio_client.models.product_transaction_supplier", "ProductTransactionSupplier"
        )
        try:
            model.supplier = build(value_supplier, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_service is UNSET:
        model.service = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.product_transaction_service") or model_builder(
            "altegio_client.models.product_transaction_service", "ProductTransactionService"
        )
        try:
            model.service = build(value_service, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_clients is UNSET:
        model.clients = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.transaction_client") or model_builder(
            "altegio_client.models.transaction_client", "TransactionClient"
        )
        try:
            model.clients = build(value_clients, parse_ctx)
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
        model.__class__ = lazily_read_class(ProductTransaction)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ProductTransaction
        del model._raw, model._context
    return model


ProductTransaction._lazy_fill = (_fill_plain, _fill_converted, _build)
