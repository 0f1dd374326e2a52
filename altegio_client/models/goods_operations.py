from __future__ import annotations

import builtins as _builtins
import datetime
import datetime as _datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
    from ..models.goods_operations_client import GoodsOperationsClient
    from ..models.goods_operations_good import GoodsOperationsGood
    from ..models.goods_operations_unit import GoodsOperationsUnit
    from ..models.id_and_title import IdAndTitle


T = TypeVar("T", bound="GoodsOperations")


@_attrs_define
class GoodsOperations(LazyModel):
    """Product operation data sent in webhook notifications. Covers all operation types: sale, receipt, consumable write-
    off, product write-off, and movement.

    """

    id: int | Unset = UNSET
    """ Transaction ID. """
    document_id: int | Unset = UNSET
    type_id: int | Unset = UNSET
    """ Transaction type: 1 — sale, 2 — write-off, etc. """
    type: str | Unset = UNSET
    operation_unit_type: str | Unset = UNSET
    amount: float | Unset = UNSET
    create_date: _datetime.datetime | Unset = UNSET
    cost_per_unit: float | Unset = UNSET
    cost: float | Unset = UNSET
    discount: float | Unset = UNSET
    comment: str | Unset = UNSET
    record_id: int | Unset = UNSET
    last_change_date: _datetime.datetime | Unset = UNSET
    loyalty_abonement_id: int | None | Unset = UNSET
    loyalty_certificate_id: int | None | Unset = UNSET
    good: GoodsOperationsGood | Unset = UNSET
    """ Related product. """
    unit: GoodsOperationsUnit | Unset = UNSET
    storage: IdAndTitle | Unset = UNSET
    client: GoodsOperationsClient | Unset = UNSET
    master: IdAndTitle | Unset = UNSET
    service: IdAndTitle | Unset = UNSET
    supplier: IdAndTitle | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_id = self.document_id

        type_id = self.type_id

        type = self.type

        operation_unit_type = self.operation_unit_type

        amount = self.amount

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = self.create_date.isoformat()

        cost_per_unit = self.cost_per_unit

        cost = self.cost

        discount = self.discount

        comment = self.comment

        record_id = self.record_id

        last_change_date: str | Unset = UNSET
        if not isinstance(self.last_change_date, Unset):
            last_change_date = self.last_change_date.isoformat()

        loyalty_abonement_id: int | None | Unset
        if isinstance(self.loyalty_abonement_id, Unset):
            loyalty_abonement_id = UNSET
        else:
            loyalty_abonement_id = self.loyalty_abonement_id

        loyalty_certificate_id: int | None | Unset
        if isinstance(self.loyalty_certificate_id, Unset):
            loyalty_certificate_id = UNSET
        else:
            loyalty_certificate_id = self.loyalty_certificate_id

        good: dict[str, Any] | Unset = UNSET
        if not isinstance(self.good, Unset):
            good = self.good.to_dict()

        unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.to_dict()

        storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = self.storage.to_dict()

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        master: dict[str, Any] | Unset = UNSET
        if not isinstance(self.master, Unset):
            master = self.master.to_dict()

        service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = self.service.to_dict()

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

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
        if operation_unit_type is not UNSET:
            field_dict["operation_unit_type"] = operation_unit_type
        if amount is not UNSET:
            field_dict["amount"] = amount
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = cost_per_unit
        if cost is not UNSET:
            field_dict["cost"] = cost
        if discount is not UNSET:
            field_dict["discount"] = discount
        if comment is not UNSET:
            field_dict["comment"] = comment
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if loyalty_abonement_id is not UNSET:
            field_dict["loyalty_abonement_id"] = loyalty_abonement_id
        if loyalty_certificate_id is not UNSET:
            field_dict["loyalty_certificate_id"] = loyalty_certificate_id
        if good is not UNSET:
            field_dict["good"] = good
        if unit is not UNSET:
            field_dict["unit"] = unit
        if storage is not UNSET:
            field_dict["storage"] = storage
        if client is not UNSET:
            field_dict["client"] = client
        if master is not UNSET:
            field_dict["master"] = master
        if service is not UNSET:
            field_dict["service"] = service
        if supplier is not UNSET:
            field_dict["supplier"] = supplier

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.goods_operations_client import GoodsOperationsClient  # noqa: PLC0415
        from ..models.goods_operations_good import GoodsOperationsGood  # noqa: PLC0415
        from ..models.goods_operations_unit import GoodsOperationsUnit  # noqa: PLC0415
        from ..models.id_and_title import IdAndTitle  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        document_id = d.pop("document_id", UNSET)

        type_id = d.pop("type_id", UNSET)

        type = d.pop("type", UNSET)

        operation_unit_type = d.pop("operation_unit_type", UNSET)

        amount = d.pop("amount", UNSET)

        _create_date = d.pop("create_date", UNSET)
        create_date: datetime.datetime | Unset
        if isinstance(_create_date, Unset):
            create_date = UNSET
        else:
            create_date = types.parse_iso_datetime(_create_date)

        cost_per_unit = d.pop("cost_per_unit", UNSET)

        cost = d.pop("cost", UNSET)

        discount = d.pop("discount", UNSET)

        comment = d.pop("comment", UNSET)

        record_id = d.pop("record_id", UNSET)

        _last_change_date = d.pop("last_change_date", UNSET)
        last_change_date: datetime.datetime | Unset
        if isinstance(_last_change_date, Unset):
            last_change_date = UNSET
        else:
            last_change_date = types.parse_iso_datetime(_last_change_date)

        def _parse_loyalty_abonement_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        loyalty_abonement_id = _parse_loyalty_abonement_id(d.pop("loyalty_abonement_id", UNSET))

        def _parse_loyalty_certificate_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        loyalty_certificate_id = _parse_loyalty_certificate_id(d.pop("loyalty_certificate_id", UNSET))

        _good = d.pop("good", UNSET)
        good: GoodsOperationsGood | Unset
        if isinstance(_good, Unset):
            good = UNSET
        else:
            good = GoodsOperationsGood.from_dict(_good)

        _unit = d.pop("unit", UNSET)
        unit: GoodsOperationsUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = GoodsOperationsUnit.from_dict(_unit)

        _storage = d.pop("storage", UNSET)
        storage: IdAndTitle | Unset
        if isinstance(_storage, Unset):
            storage = UNSET
        else:
            storage = IdAndTitle.from_dict(_storage)

        _client = d.pop("client", UNSET)
        client: GoodsOperationsClient | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = GoodsOperationsClient.from_dict(_client)

        _master = d.pop("master", UNSET)
        master: IdAndTitle | Unset
        if isinstance(_master, Unset):
            master = UNSET
        else:
            master = IdAndTitle.from_dict(_master)

        _service = d.pop("service", UNSET)
        service: IdAndTitle | Unset
        if isinstance(_service, Unset):
            service = UNSET
        else:
            service = IdAndTitle.from_dict(_service)

        _supplier = d.pop("supplier", UNSET)
        supplier: IdAndTitle | Unset
        if isinstance(_supplier, Unset):
            supplier = UNSET
        else:
            supplier = IdAndTitle.from_dict(_supplier)

        goods_operations = cls(
            id=id,
            document_id=document_id,
            type_id=type_id,
            type=type,
            operation_unit_type=operation_unit_type,
            amount=amount,
            create_date=create_date,
            cost_per_unit=cost_per_unit,
            cost=cost,
            discount=discount,
            comment=comment,
            record_id=record_id,
            last_change_date=last_change_date,
            loyalty_abonement_id=loyalty_abonement_id,
            loyalty_certificate_id=loyalty_certificate_id,
            good=good,
            unit=unit,
            storage=storage,
            client=client,
            master=master,
            service=service,
            supplier=supplier,
        )

        goods_operations.additional_properties = d
        return goods_operations

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


def _read_good(json_value: Any, parse_ctx: ParseContext) -> GoodsOperationsGood | Unset:
    GoodsOperationsGood = MODEL_CLASSES.get("altegio_client.models.goods_operations_good") or model_class(
        "altegio_client.models.goods_operations_good", "GoodsOperationsGood"
    )

    _good = json_value
    good: GoodsOperationsGood | Unset
    if isinstance(_good, Unset):
        good = UNSET
    else:
        good = GoodsOperationsGood._lazy(_good, parse_ctx)

    return good


def _read_unit(json_value: Any, parse_ctx: ParseContext) -> GoodsOperationsUnit | Unset:
    GoodsOperationsUnit = MODEL_CLASSES.get("altegio_client.models.goods_operations_unit") or model_class(
        "altegio_client.models.goods_operations_unit", "GoodsOperationsUnit"
    )

    _unit = json_value
    unit: GoodsOperationsUnit | Unset
    if isinstance(_unit, Unset):
        unit = UNSET
    else:
        unit = GoodsOperationsUnit._lazy(_unit, parse_ctx)

    return unit


def _read_storage(json_value: Any, parse_ctx: ParseContext) -> IdAndTitle | Unset:
    IdAndTitle = MODEL_CLASSES.get("altegio_client.models.id_and_title") or model_class(
        "altegio_client.models.id_and_title", "IdAndTitle"
    )

    _storage = json_value
    storage: IdAndTitle | Unset
    if isinstance(_storage, Unset):
        storage = UNSET
    else:
        storage = IdAndTitle._lazy(_storage, parse_ctx)

    return storage


def _read_client(json_value: Any, parse_ctx: ParseContext) -> GoodsOperationsClient | Unset:
    GoodsOperationsClient = MODEL_CLASSES.get("altegio_client.models.goods_operations_client") or model_class(
        "altegio_client.models.goods_operations_client", "GoodsOperationsClient"
    )

    _client = json_value
    client: GoodsOperationsClient | Unset
    if isinstance(_client, Unset):
        client = UNSET
    else:
        client = GoodsOperationsClient._lazy(_client, parse_ctx)

    return client


def _read_master(json_value: Any, parse_ctx: ParseContext) -> IdAndTitle | Unset:
    IdAndTitle = MODEL_CLASSES.get("altegio_client.models.id_and_title") or model_class(
        "altegio_client.models.id_and_title", "IdAndTitle"
    )

    _master = json_value
    master: IdAndTitle | Unset
    if isinstance(_master, Unset):
        master = UNSET
    else:
        master = IdAndTitle._lazy(_master, parse_ctx)

    return master


def _read_service(json_value: Any, parse_ctx: ParseContext) -> IdAndTitle | Unset:
    IdAndTitle = MODEL_CLASSES.get("altegio_client.models.id_and_title") or model_class(
        "altegio_client.models.id_and_title", "IdAndTitle"
    )

    _service = json_value
    service: IdAndTitle | Unset
    if isinstance(_service, Unset):
        service = UNSET
    else:
        service = IdAndTitle._lazy(_service, parse_ctx)

    return service


def _read_supplier(json_value: Any, parse_ctx: ParseContext) -> IdAndTitle | Unset:
    IdAndTitle = MODEL_CLASSES.get("altegio_client.models.id_and_title") or model_class(
        "altegio_client.models.id_and_title", "IdAndTitle"
    )

    _supplier = json_value
    supplier: IdAndTitle | Unset
    if isinstance(_supplier, Unset):
        supplier = UNSET
    else:
        supplier = IdAndTitle._lazy(_supplier, parse_ctx)

    return supplier


_DECLARED_KEYS = frozenset(
    {
        "id",
        "document_id",
        "type_id",
        "type",
        "operation_unit_type",
        "amount",
        "create_date",
        "cost_per_unit",
        "cost",
        "discount",
        "comment",
        "record_id",
        "last_change_date",
        "loyalty_abonement_id",
        "loyalty_certificate_id",
        "good",
        "unit",
        "storage",
        "client",
        "master",
        "service",
        "supplier",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


GoodsOperations._lazy_fields = {
    "id": ("id", None, False),
    "document_id": ("document_id", None, False),
    "type_id": ("type_id", None, False),
    "type": ("type", None, False),
    "operation_unit_type": ("operation_unit_type", None, False),
    "amount": ("amount", None, False),
    "create_date": ("create_date", _read_create_date, False),
    "cost_per_unit": ("cost_per_unit", None, False),
    "cost": ("cost", None, False),
    "discount": ("discount", None, False),
    "comment": ("comment", None, False),
    "record_id": ("record_id", None, False),
    "last_change_date": ("last_change_date", _read_last_change_date, False),
    "loyalty_abonement_id": ("loyalty_abonement_id", None, False),
    "loyalty_certificate_id": ("loyalty_certificate_id", None, False),
    "good": ("good", _read_good, False),
    "unit": ("unit", _read_unit, False),
    "storage": ("storage", _read_storage, False),
    "client": ("client", _read_client, False),
    "master": ("master", _read_master, False),
    "service": ("service", _read_service, False),
    "supplier": ("supplier", _read_supplier, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: GoodsOperations, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.document_id = get("document_id", UNSET)
    model.type_id = get("type_id", UNSET)
    model.type = get("type", UNSET)
    model.operation_unit_type = get("operation_unit_type", UNSET)
    model.amount = get("amount", UNSET)
    model.cost_per_unit = get("cost_per_unit", UNSET)
    model.cost = get("cost", UNSET)
    model.discount = get("discount", UNSET)
    model.comment = get("comment", UNSET)
    model.record_id = get("record_id", UNSET)
    model.loyalty_abonement_id = get("loyalty_abonement_id", UNSET)
    model.loyalty_certificate_id = get("loyalty_certificate_id", UNSET)


def _fill_converted(
    model: GoodsOperations, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
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

    if "good" not in done:
        value = get("good", UNSET)
        if value is UNSET:
            model.good = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.goods_operations_good") or model_builder(
                "altegio_client.models.goods_operations_good", "GoodsOperationsGood"
            )
            try:
                model.good = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "unit" not in done:
        value = get("unit", UNSET)
        if value is UNSET:
            model.unit = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.goods_operations_unit") or model_builder(
                "altegio_client.models.goods_operations_unit", "GoodsOperationsUnit"
            )
            try:
                model.unit = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "storage" not in done:
        value = get("storage", UNSET)
        if value is UNSET:
            model.storage = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.id_and_title") or model_builder(
                "altegio_client.models.id_and_title", "IdAndTitle"
            )
            try:
                model.storage = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "client" not in done:
        value = get("client", UNSET)
        if value is UNSET:
            model.client = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.goods_operations_client") or model_builder(
                "altegio_client.models.goods_operations_client", "GoodsOperationsClient"
            )
            try:
                model.client = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "master" not in done:
        value = get("master", UNSET)
        if value is UNSET:
            model.master = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.id_and_title") or model_builder(
                "altegio_client.models.id_and_title", "IdAndTitle"
            )
            try:
                model.master = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "service" not in done:
        value = get("service", UNSET)
        if value is UNSET:
            model.service = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.id_and_title") or model_builder(
                "altegio_client.models.id_and_title", "IdAndTitle"
            )
            try:
                model.service = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "supplier" not in done:
        value = get("supplier", UNSET)
        if value is UNSET:
            model.supplier = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.id_and_title") or model_builder(
                "altegio_client.models.id_and_title", "IdAndTitle"
            )
            try:
                model.supplier = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: GoodsOperations | None = None) -> GoodsOperations:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return GoodsOperations._lazy(json_value, parse_ctx)
        model = new_model(GoodsOperations)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(GoodsOperations, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (
        value_create_date,
        value_last_change_date,
        value_good,
        value_unit,
        value_storage,
        value_client,
        value_master,
        value_service,
        value_supplier,
    ) = fill(json_value, model)
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

    if value_good is UNSET:
        model.good = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.goods_operations_good") or model_builder(
            "altegio_client.models.goods_operations_good", "GoodsOperationsGood"
        )
        try:
            model.good = build(value_good, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_unit is UNSET:
        model.unit = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.goods_operations_unit") or model_builder(
            "altegio_client.models.goods_operations_unit", "GoodsOperationsUnit"
        )
        try:
            model.unit = build(value_unit, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_storage is UNSET:
        model.storage = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.id_and_title") or model_builder(
            "altegio_client.models.id_and_title", "IdAndTitle"
        )
        try:
            model.storage = build(value_storage, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_client is UNSET:
        model.client = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.goods_operations_client") or model_builder(
            "altegio_client.models.goods_operations_client", "GoodsOperationsClient"
        )
        try:
            model.client = build(value_client, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_master is UNSET:
        model.master = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.id_and_title") or model_builder(
            "altegio_client.models.id_and_title", "IdAndTitle"
        )
        try:
            model.master = build(value_master, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_service is UNSET:
        model.service = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.id_and_title") or model_builder(
            "altegio_client.models.id_and_title", "IdAndTitle"
        )
        try:
            model.service = build(value_service, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_supplier is UNSET:
        model.supplier = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.id_and_title") or model_builder(
            "altegio_client.models.id_and_title", "IdAndTitle"
        )
        try:
            model.supplier = build(value_supplier, parse_ctx)
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
        model.__class__ = lazily_read_class(GoodsOperations)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = GoodsOperations
        del model._raw, model._context
    return model


GoodsOperations._lazy_fill = (_fill_plain, _fill_converted, _build)
