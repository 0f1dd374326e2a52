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
    from ..models.json_object import JsonObject
    from ..models.product_transaction_storage import ProductTransactionStorage
    from ..models.storage_operation_good_transaction_response_200_data_types_data_client_type_1 import (
        StorageOperationGoodTransactionResponse200DataTypesDataClientType1,
    )
    from ..models.storage_operation_good_transaction_response_200_data_types_data_good import (
        StorageOperationGoodTransactionResponse200DataTypesDataGood,
    )
    from ..models.storage_operation_good_transaction_response_200_data_types_data_master_type_1 import (
        StorageOperationGoodTransactionResponse200DataTypesDataMasterType1,
    )
    from ..models.storage_operation_good_transaction_response_200_data_types_data_sale_unit import (
        StorageOperationGoodTransactionResponse200DataTypesDataSaleUnit,
    )
    from ..models.storage_operation_good_transaction_response_200_data_types_data_type import (
        StorageOperationGoodTransactionResponse200DataTypesDataType,
    )
    from ..models.storage_operation_good_transaction_response_200_data_types_data_unit import (
        StorageOperationGoodTransactionResponse200DataTypesDataUnit,
    )


T = TypeVar("T", bound="StorageOperationGoodTransactionResponse200DataTypesData")


@_attrs_define
class StorageOperationGoodTransactionResponse200DataTypesData(LazyModel):
    """Object with data"""

    id: int | Unset = UNSET
    document_id: int | Unset = UNSET
    type_id: int | Unset = UNSET
    type: StorageOperationGoodTransactionResponse200DataTypesDataType | Unset = UNSET
    """ Transaction type """
    company_id: int | Unset = UNSET
    """ location ID """
    good_id: int | Unset = UNSET
    """ Product ID """
    amount: float | Unset = UNSET
    """ Quantity """
    cost_per_unit: float | Unset = UNSET
    """ Unit price """
    cost: float | Unset = UNSET
    """ Price """
    discount: float | Unset = UNSET
    """ Discount """
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
    last_change_date: _datetime.datetime | Unset = UNSET
    """ Last modified date """
    comment: str | Unset = UNSET
    """ A comment """
    deleted: bool | Unset = UNSET
    """ Delete transaction flag """
    good_special_number: str | Unset = UNSET
    """ Special number (e.g., certificate code) """
    service_amount: float | Unset = UNSET
    """ Service quantity """
    sale_amount: float | Unset = UNSET
    """ Sale quantity """
    service_unit_id: int | Unset = UNSET
    """ Service unit ID """
    sale_unit_id: int | Unset = UNSET
    """ Sale unit ID """
    operation_unit_type: float | Unset = UNSET
    """ Operation unit type """
    good: StorageOperationGoodTransactionResponse200DataTypesDataGood | Unset = UNSET
    """ Product """
    sale_unit: None | StorageOperationGoodTransactionResponse200DataTypesDataSaleUnit | Unset = UNSET
    """ Sales unit (can be object or null) """
    service_unit: None | StorageOperationGoodTransactionResponse200DataTypesDataSaleUnit | Unset = UNSET
    """ Sales unit for service (can be object or null) """
    goods_marks: list[JsonObject] | Unset = UNSET
    """ Product marking codes """
    storage: ProductTransactionStorage | Unset = UNSET
    """ Inventory """
    supplier: list[JsonObject] | Unset = UNSET
    """ The supplier """
    client: list[JsonObject] | StorageOperationGoodTransactionResponse200DataTypesDataClientType1 | Unset = UNSET
    """ Customer (can be array or object) """
    master: list[JsonObject] | StorageOperationGoodTransactionResponse200DataTypesDataMasterType1 | Unset = UNSET
    """ Team Member (can be array or object) """
    unit: StorageOperationGoodTransactionResponse200DataTypesDataUnit | Unset = UNSET
    """ unit of measurement """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.storage_operation_good_transaction_response_200_data_types_data_sale_unit import (
            StorageOperationGoodTransactionResponse200DataTypesDataSaleUnit,  # noqa: PLC0415
        )

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

        cost = self.cost

        discount = self.discount

        unit_id = self.unit_id

        storage_id = self.storage_id

        supplier_id = self.supplier_id

        client_id = self.client_id

        master_id = self.master_id

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = self.create_date.isoformat()

        last_change_date: str | Unset = UNSET
        if not isinstance(self.last_change_date, Unset):
            last_change_date = self.last_change_date.isoformat()

        comment = self.comment

        deleted = self.deleted

        good_special_number = self.good_special_number

        service_amount = self.service_amount

        sale_amount = self.sale_amount

        service_unit_id = self.service_unit_id

        sale_unit_id = self.sale_unit_id

        operation_unit_type = self.operation_unit_type

        good: dict[str, Any] | Unset = UNSET
        if not isinstance(self.good, Unset):
            good = self.good.to_dict()

        sale_unit: dict[str, Any] | None | Unset
        if isinstance(self.sale_unit, Unset):
            sale_unit = UNSET
        elif isinstance(self.sale_unit, StorageOperationGoodTransactionResponse200DataTypesDataSaleUnit):
            sale_unit = self.sale_unit.to_dict()
        else:
            sale_unit = self.sale_unit

        service_unit: dict[str, Any] | None | Unset
        if isinstance(self.service_unit, Unset):
            service_unit = UNSET
        elif isinstance(self.service_unit, StorageOperationGoodTransactionResponse200DataTypesDataSaleUnit):
            service_unit = self.service_unit.to_dict()
        else:
            service_unit = self.service_unit

        goods_marks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goods_marks, Unset):
            goods_marks = []
            for goods_marks_item_data in self.goods_marks:
                goods_marks_item = goods_marks_item_data.to_dict()
                goods_marks.append(goods_marks_item)

        storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = self.storage.to_dict()

        supplier: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = []
            for supplier_item_data in self.supplier:
                supplier_item = supplier_item_data.to_dict()
                supplier.append(supplier_item)

        client: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.client, Unset):
            client = UNSET
        elif isinstance(self.client, list):
            client = []
            for client_type_0_item_data in self.client:
                client_type_0_item = client_type_0_item_data.to_dict()
                client.append(client_type_0_item)

        else:
            client = self.client.to_dict()

        master: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.master, Unset):
            master = UNSET
        elif isinstance(self.master, list):
            master = []
            for master_type_0_item_data in self.master:
                master_type_0_item = master_type_0_item_data.to_dict()
                master.append(master_type_0_item)

        else:
            master = self.master.to_dict()

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
        if cost is not UNSET:
            field_dict["cost"] = cost
        if discount is not UNSET:
            field_dict["discount"] = discount
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
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if good_special_number is not UNSET:
            field_dict["good_special_number"] = good_special_number
        if service_amount is not UNSET:
            field_dict["service_amount"] = service_amount
        if sale_amount is not UNSET:
            field_dict["sale_amount"] = sale_amount
        if service_unit_id is not UNSET:
            field_dict["service_unit_id"] = service_unit_id
        if sale_unit_id is not UNSET:
            field_dict["sale_unit_id"] = sale_unit_id
        if operation_unit_type is not UNSET:
            field_dict["operation_unit_type"] = operation_unit_type
        if good is not UNSET:
            field_dict["good"] = good
        if sale_unit is not UNSET:
            field_dict["sale_unit"] = sale_unit
        if service_unit is not UNSET:
            field_dict["service_unit"] = service_unit
        if goods_marks is not UNSET:
            field_dict["goods_marks"] = goods_marks
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
        from ..models.product_transaction_storage import ProductTransactionStorage  # noqa: PLC0415
        from ..models.storage_operation_good_transaction_response_200_data_types_data_client_type_1 import (
            StorageOperationGoodTransactionResponse200DataTypesDataClientType1,  # noqa: PLC0415
        )
        from ..models.storage_operation_good_transaction_response_200_data_types_data_good import (
            StorageOperationGoodTransactionResponse200DataTypesDataGood,  # noqa: PLC0415
        )
        from ..models.storage_operation_good_transaction_response_200_data_types_data_master_type_1 import (
            StorageOperationGoodTransactionResponse200DataTypesDataMasterType1,  # noqa: PLC0415
        )
        from ..models.storage_operation_good_transaction_response_200_data_types_data_sale_unit import (
            StorageOperationGoodTransactionResponse200DataTypesDataSaleUnit,  # noqa: PLC0415
        )
        from ..models.storage_operation_good_transaction_response_200_data_types_data_type import (
            StorageOperationGoodTransactionResponse200DataTypesDataType,  # noqa: PLC0415
        )
        from ..models.storage_operation_good_transaction_response_200_data_types_data_unit import (
            StorageOperationGoodTransactionResponse200DataTypesDataUnit,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        document_id = d.pop("document_id", UNSET)

        type_id = d.pop("type_id", UNSET)

        _type = d.pop("type", UNSET)
        type: StorageOperationGoodTransactionResponse200DataTypesDataType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = StorageOperationGoodTransactionResponse200DataTypesDataType.from_dict(_type)

        company_id = d.pop("company_id", UNSET)

        good_id = d.pop("good_id", UNSET)

        amount = d.pop("amount", UNSET)

        cost_per_unit = d.pop("cost_per_unit", UNSET)

        cost = d.pop("cost", UNSET)

        discount = d.pop("discount", UNSET)

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

        _last_change_date = d.pop("last_change_date", UNSET)
        last_change_date: datetime.datetime | Unset
        if isinstance(_last_change_date, Unset):
            last_change_date = UNSET
        else:
            last_change_date = types.parse_iso_datetime(_last_change_date)

        comment = d.pop("comment", UNSET)

        deleted = d.pop("deleted", UNSET)

        good_special_number = d.pop("good_special_number", UNSET)

        service_amount = d.pop("service_amount", UNSET)

        sale_amount = d.pop("sale_amount", UNSET)

        service_unit_id = d.pop("service_unit_id", UNSET)

        sale_unit_id = d.pop("sale_unit_id", UNSET)

        operation_unit_type = d.pop("operation_unit_type", UNSET)

        _good = d.pop("good", UNSET)
        good: StorageOperationGoodTransactionResponse200DataTypesDataGood | Unset
        if isinstance(_good, Unset):
            good = UNSET
        else:
            good = StorageOperationGoodTransactionResponse200DataTypesDataGood.from_dict(_good)

        def _parse_sale_unit(
            data: object,
        ) -> None | StorageOperationGoodTransactionResponse200DataTypesDataSaleUnit | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sale_unit_type_0 = StorageOperationGoodTransactionResponse200DataTypesDataSaleUnit.from_dict(data)

                return sale_unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StorageOperationGoodTransactionResponse200DataTypesDataSaleUnit | Unset, data)

        sale_unit = _parse_sale_unit(d.pop("sale_unit", UNSET))

        def _parse_service_unit(
            data: object,
        ) -> None | StorageOperationGoodTransactionResponse200DataTypesDataSaleUnit | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                service_unit_type_0 = StorageOperationGoodTransactionResponse200DataTypesDataSaleUnit.from_dict(data)

                return service_unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StorageOperationGoodTransactionResponse200DataTypesDataSaleUnit | Unset, data)

        service_unit = _parse_service_unit(d.pop("service_unit", UNSET))

        _goods_marks = d.pop("goods_marks", UNSET)
        goods_marks: list[JsonObject] | Unset = UNSET
        if _goods_marks is not UNSET:
            goods_marks = []
            for goods_marks_item_data in _goods_marks:
                goods_marks_item = JsonObject.from_dict(goods_marks_item_data)

                goods_marks.append(goods_marks_item)

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

        def _parse_client(
            data: object,
        ) -> list[JsonObject] | StorageOperationGoodTransactionResponse200DataTypesDataClientType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                client_type_0 = []
                _client_type_0 = data
                for client_type_0_item_data in _client_type_0:
                    client_type_0_item = JsonObject.from_dict(client_type_0_item_data)

                    client_type_0.append(client_type_0_item)

                return client_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            client_type_1 = StorageOperationGoodTransactionResponse200DataTypesDataClientType1.from_dict(data)

            return client_type_1

        client = _parse_client(d.pop("client", UNSET))

        def _parse_master(
            data: object,
        ) -> list[JsonObject] | StorageOperationGoodTransactionResponse200DataTypesDataMasterType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                master_type_0 = []
                _master_type_0 = data
                for master_type_0_item_data in _master_type_0:
                    master_type_0_item = JsonObject.from_dict(master_type_0_item_data)

                    master_type_0.append(master_type_0_item)

                return master_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            master_type_1 = StorageOperationGoodTransactionResponse200DataTypesDataMasterType1.from_dict(data)

            return master_type_1

        master = _parse_master(d.pop("master", UNSET))

        _unit = d.pop("unit", UNSET)
        unit: StorageOperationGoodTransactionResponse200DataTypesDataUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = StorageOperationGoodTransactionResponse200DataTypesDataUnit.from_dict(_unit)

        storage_operation_good_transaction_response_200_data_types_data = cls(
            id=id,
            document_id=document_id,
            type_id=type_id,
            type=type,
            company_id=company_id,
            good_id=good_id,
            amount=amount,
            cost_per_unit=cost_per_unit,
            cost=cost,
            discount=discount,
            unit_id=unit_id,
            storage_id=storage_id,
            supplier_id=supplier_id,
            client_id=client_id,
            master_id=master_id,
            create_date=create_date,
            last_change_date=last_change_date,
            comment=comment,
            deleted=deleted,
            good_special_number=good_special_number,
            service_amount=service_amount,
            sale_amount=sale_amount,
            service_unit_id=service_unit_id,
            sale_unit_id=sale_unit_id,
            operation_unit_type=operation_unit_type,
            good=good,
            sale_unit=sale_unit,
            service_unit=service_unit,
            goods_marks=goods_marks,
            storage=storage,
            supplier=supplier,
            client=client,
            master=master,
            unit=unit,
        )

        storage_operation_good_transaction_response_200_data_types_data.additional_properties = d
        return storage_operation_good_transaction_response_200_data_types_data

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


def _read_type(
    json_value: Any, parse_ctx: ParseContext
) -> StorageOperationGoodTransactionResponse200DataTypesDataType | Unset:
    StorageOperationGoodTransactionResponse200DataTypesDataType = MODEL_CLASSES.get(
        "altegio_client.models.storage_operation_good_transaction_response_200_data_types_data_type"
    ) or model_class(
        "altegio_client.models.storage_operation_good_transaction_response_200_data_types_data_type",
        "StorageOperationGoodTransactionResponse200DataTypesDataType",
    )

    _type = json_value
    type: StorageOperationGoodTransactionResponse200DataTypesDataType | Unset
    if isinstance(_type, Unset):
        type = UNSET
    else:
        type = StorageOperationGoodTransactionResponse200DataTypesDataType._lazy(_type, parse_ctx)

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


def _read_good(
    json_value: Any, parse_ctx: ParseContext
) -> StorageOperationGoodTransactionResponse200DataTypesDataGood | Unset:
    StorageOperationGoodTransactionResponse200DataTypesDataGood = MODEL_CLASSES.get(
        "altegio_client.models.storage_operation_good_transaction_response_200_data_types_data_good"
    ) or model_class(
        "altegio_client.models.storage_operation_good_transaction_response_200_data_types_data_good",
        "StorageOperationGoodTransactionResponse200DataTypesDataGood",
    )

    _good = json_value
    good: StorageOperationGoodTransactionResponse200DataTypesDataGood | Unset
    if isinstance(_good, Unset):
        good = UNSET
    else:
        good = StorageOperationGoodTransactionResponse200DataTypesDataGood._lazy(_good, parse_ctx)

    return good


def _read_sale_unit(
    json_value: Any, parse_ctx: ParseContext
) -> None | StorageOperationGoodTransactionResponse200DataTypesDataSaleUnit | Unset:
    StorageOperationGoodTransactionResponse200DataTypesDataSaleUnit = MODEL_CLASSES.get(
        "altegio_client.models.storage_operation_good_transaction_response_200_data_types_data_sale_unit"
    ) or model_class(
        "altegio_client.models.storage_operation_good_transaction_response_200_data_types_data_sale_unit",
        "StorageOperationGoodTransactionResponse200DataTypesDataSaleUnit",
    )

    def _parse_sale_unit(
        data: object,
    ) -> None | StorageOperationGoodTransactionResponse200DataTypesDataSaleUnit | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            sale_unit_type_0 = StorageOperationGoodTransactionResponse200DataTypesDataSaleUnit.from_dict(data)

            return sale_unit_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | StorageOperationGoodTransactionResponse200DataTypesDataSaleUnit | Unset, data)

    sale_unit = _parse_sale_unit(json_value)

    return sale_unit


def _read_service_unit(
    json_value: Any, parse_ctx: ParseContext
) -> None | StorageOperationGoodTransactionResponse200DataTypesDataSaleUnit | Unset:
    StorageOperationGoodTransactionResponse200DataTypesDataSaleUnit = MODEL_CLASSES.get(
        "altegio_client.models.storage_operation_good_transaction_response_200_data_types_data_sale_unit"
    ) or model_class(
        "altegio_client.models.storage_operation_good_transaction_response_200_data_types_data_sale_unit",
        "StorageOperationGoodTransactionResponse200DataTypesDataSaleUnit",
    )

    def _parse_service_unit(
        data: object,
    ) -> None | StorageOperationGoodTransactionResponse200DataTypesDataSaleUnit | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            service_unit_type_0 = StorageOperationGoodTransactionResponse200DataTypesDataSaleUnit.from_dict(data)

            return service_unit_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | StorageOperationGoodTransactionResponse200DataTypesDataSaleUnit | Unset, data)

    service_unit = _parse_service_unit(json_value)

    return service_unit


def _read_goods_marks(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _goods_marks = json_value
    goods_marks: list[JsonObject] | Unset = UNSET
    if _goods_marks is not UNSET:
        goods_marks = JsonObject._lazy_list(_goods_marks, parse_ctx)

    return goods_marks


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


def _read_client(
    json_value: Any, parse_ctx: ParseContext
) -> list[JsonObject] | StorageOperationGoodTransactionResponse200DataTypesDataClientType1 | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )
    StorageOperationGoodTransactionResponse200DataTypesDataClientType1 = MODEL_CLASSES.get(
        "altegio_client.models.storage_operation_good_transaction_response_200_data_types_data_client_type_1"
    ) or model_class(
        "altegio_client.models.storage_operation_good_transaction_response_200_data_types_data_client_type_1",
        "StorageOperationGoodTransactionResponse200DataTypesDataClientType1",
    )

    def _parse_client(
        data: object,
    ) -> list[JsonObject] | StorageOperationGoodTransactionResponse200DataTypesDataClientType1 | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, list):
                raise TypeError()
            client_type_0 = []
            _client_type_0 = data
            for client_type_0_item_data in _client_type_0:
                client_type_0_item = JsonObject.from_dict(client_type_0_item_data)

                client_type_0.append(client_type_0_item)

            return client_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        client_type_1 = StorageOperationGoodTransactionResponse200DataTypesDataClientType1.from_dict(data)

        return client_type_1

    client = _parse_client(json_value)

    return client


def _read_master(
    json_value: Any, parse_ctx: ParseContext
) -> list[JsonObject] | StorageOperationGoodTransactionResponse200DataTypesDataMasterType1 | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )
    StorageOperationGoodTransactionResponse200DataTypesDataMasterType1 = MODEL_CLASSES.get(
        "altegio_client.models.storage_operation_good_transaction_response_200_data_types_data_master_type_1"
    ) or model_class(
        "altegio_client.models.storage_operation_good_transaction_response_200_data_types_data_master_type_1",
        "StorageOperationGoodTransactionResponse200DataTypesDataMasterType1",
    )

    def _parse_master(
        data: object,
    ) -> list[JsonObject] | StorageOperationGoodTransactionResponse200DataTypesDataMasterType1 | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, list):
                raise TypeError()
            master_type_0 = []
            _master_type_0 = data
            for master_type_0_item_data in _master_type_0:
                master_type_0_item = JsonObject.from_dict(master_type_0_item_data)

                master_type_0.append(master_type_0_item)

            return master_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        master_type_1 = StorageOperationGoodTransactionResponse200DataTypesDataMasterType1.from_dict(data)

        return master_type_1

    master = _parse_master(json_value)

    return master


def _read_unit(
    json_value: Any, parse_ctx: ParseContext
) -> StorageOperationGoodTransactionResponse200DataTypesDataUnit | Unset:
    StorageOperationGoodTransactionResponse200DataTypesDataUnit = MODEL_CLASSES.get(
        "altegio_client.models.storage_operation_good_transaction_response_200_data_types_data_unit"
    ) or model_class(
        "altegio_client.models.storage_operation_good_transaction_response_200_data_types_data_unit",
        "StorageOperationGoodTransactionResponse200DataTypesDataUnit",
    )

    _unit = json_value
    unit: StorageOperationGoodTransactionResponse200DataTypesDataUnit | Unset
    if isinstance(_unit, Unset):
        unit = UNSET
    else:
        unit = StorageOperationGoodTransactionResponse200DataTypesDataUnit._lazy(_unit, parse_ctx)

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
        "cost",
        "discount",
        "unit_id",
        "storage_id",
        "supplier_id",
        "client_id",
        "master_id",
        "create_date",
        "last_change_date",
        "comment",
        "deleted",
        "good_special_number",
        "service_amount",
        "sale_amount",
        "service_unit_id",
        "sale_unit_id",
        "operation_unit_type",
        "good",
        "sale_unit",
        "service_unit",
        "goods_marks",
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


StorageOperationGoodTransactionResponse200DataTypesData._lazy_fields = {
    "id": ("id", None, False),
    "document_id": ("document_id", None, False),
    "type_id": ("type_id", None, False),
    "type": ("type", _read_type, False),
    "company_id": ("company_id", None, False),
    "good_id": ("good_id", None, False),
    "amount": ("amount", None, False),
    "cost_per_unit": ("cost_per_unit", None, False),
    "cost": ("cost", None, False),
    "discount": ("discount", None, False),
    "unit_id": ("unit_id", None, False),
    "storage_id": ("storage_id", None, False),
    "supplier_id": ("supplier_id", None, False),
    "client_id": ("client_id", None, False),
    "master_id": ("master_id", None, False),
    "create_date": ("create_date", _read_create_date, False),
    "last_change_date": ("last_change_date", _read_last_change_date, False),
    "comment": ("comment", None, False),
    "deleted": ("deleted", None, False),
    "good_special_number": ("good_special_number", None, False),
    "service_amount": ("service_amount", None, False),
    "sale_amount": ("sale_amount", None, False),
    "service_unit_id": ("service_unit_id", None, False),
    "sale_unit_id": ("sale_unit_id", None, False),
    "operation_unit_type": ("operation_unit_type", None, False),
    "good": ("good", _read_good, False),
    "sale_unit": ("sale_unit", _read_sale_unit, False),
    "service_unit": ("service_unit", _read_service_unit, False),
    "goods_marks": ("goods_marks", _read_goods_marks, False),
    "storage": ("storage", _read_storage, False),
    "supplier": ("supplier", _read_supplier, False),
    "client": ("client", _read_client, False),
    "master": ("master", _read_master, False),
    "unit": ("unit", _read_unit, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: StorageOperationGoodTransactionResponse200DataTypesData, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.document_id = get("document_id", UNSET)
    model.type_id = get("type_id", UNSET)
    model.company_id = get("company_id", UNSET)
    model.good_id = get("good_id", UNSET)
    model.amount = get("amount", UNSET)
    model.cost_per_unit = get("cost_per_unit", UNSET)
    model.cost = get("cost", UNSET)
    model.discount = get("discount", UNSET)
    model.unit_id = get("unit_id", UNSET)
    model.storage_id = get("storage_id", UNSET)
    model.supplier_id = get("supplier_id", UNSET)
    model.client_id = get("client_id", UNSET)
    model.master_id = get("master_id", UNSET)
    model.comment = get("comment", UNSET)
    model.deleted = get("deleted", UNSET)
    model.good_special_number = get("good_special_number", UNSET)
    model.service_amount = get("service_amount", UNSET)
    model.sale_amount = get("sale_amount", UNSET)
    model.service_unit_id = get("service_unit_id", UNSET)
    model.sale_unit_id = get("sale_unit_id", UNSET)
    model.operation_unit_type = get("operation_unit_type", UNSET)


def _fill_converted(
    model: StorageOperationGoodTransactionResponse200DataTypesData,
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
                "altegio_client.models.storage_operation_good_transaction_response_200_data_types_data_type"
            ) or model_builder(
                "altegio_client.models.storage_operation_good_transaction_response_200_data_types_data_type",
                "StorageOperationGoodTransactionResponse200DataTypesDataType",
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
            build = MODEL_BUILDERS.get(
                "altegio_client.models.storage_operation_good_transaction_response_200_data_types_data_good"
            ) or model_builder(
                "altegio_client.models.storage_operation_good_transaction_response_200_data_types_data_good",
                "StorageOperationGoodTransactionResponse200DataTypesDataGood",
            )
            try:
                model.good = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "sale_unit" not in done:
        value = get("sale_unit", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.sale_unit = UNSET
        else:
            try:
                model.sale_unit = _read_sale_unit(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "service_unit" not in done:
        value = get("service_unit", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.service_unit = UNSET
        else:
            try:
                model.service_unit = _read_service_unit(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "goods_marks" not in done:
        value = get("goods_marks", UNSET)
        if value is UNSET:
            model.goods_marks = UNSET
        elif value == []:
            model.goods_marks = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.goods_marks = [build(item, parse_ctx) for item in value]
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
        if value is UNSET:  # what every optional field's converter returns for it
            model.client = UNSET
        else:
            try:
                model.client = _read_client(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "master" not in done:
        value = get("master", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.master = UNSET
        else:
            try:
                model.master = _read_master(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "unit" not in done:
        value = get("unit", UNSET)
        if value is UNSET:
            model.unit = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.storage_operation_good_transaction_response_200_data_types_data_unit"
            ) or model_builder(
                "altegio_client.models.storage_operation_good_transaction_response_200_data_types_data_unit",
                "StorageOperationGoodTransactionResponse200DataTypesDataUnit",
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
    model: StorageOperationGoodTransactionResponse200DataTypesData | None = None,
) -> StorageOperationGoodTransactionResponse200DataTypesData:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return StorageOperationGoodTransactionResponse200DataTypesData._lazy(json_value, parse_ctx)
        model = new_model(
            StorageOperationGoodTransactionResponse200DataTypesData
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
        layout = layout_of(StorageOperationGoodTransactionResponse200DataTypesData, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (
        value_type,
        value_create_date,
        value_last_change_date,
        value_good,
        value_sale_unit,
        value_service_unit,
        value_goods_marks,
        value_storage,
        value_supplier,
        value_client,
        value_master,
        value_unit,
    ) = fill(json_value, model)
    if value_type is UNSET:
        model.type = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.storage_operation_good_transaction_response_200_data_types_data_type"
        ) or model_builder(
            "altegio_client.models.storage_operation_good_transaction_response_200_data_types_data_type",
            "StorageOperationGoodTransactionResponse200DataTypesDataType",
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
        build = MODEL_BUILDERS.get(
            "altegio_client.models.storage_operation_good_transaction_response_200_data_types_data_good"
        ) or model_builder(
            "altegio_client.models.storage_operation_good_transaction_response_200_data_types_data_good",
            "StorageOperationGoodTransactionResponse200DataTypesDataGood",
        )
        try:
            model.good = build(value_good, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_sale_unit is UNSET:  # what every optional field's converter returns for it
        model.sale_unit = UNSET
    else:
        try:
            model.sale_unit = _read_sale_unit(value_sale_unit, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_service_unit is UNSET:  # what every optional field's converter returns for it
        model.service_unit = UNSET
    else:
        try:
            model.service_unit = _read_service_unit(value_service_unit, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_goods_marks is UNSET:
        model.goods_marks = UNSET
    elif value_goods_marks == []:
        model.goods_marks = value_goods_marks  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
        )
        try:
            if _builtins.type(value_goods_marks) is not list:
                raise TypeError
            model.goods_marks = [build(item, parse_ctx) for item in value_goods_marks]
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

    if value_client is UNSET:  # what every optional field's converter returns for it
        model.client = UNSET
    else:
        try:
            model.client = _read_client(value_client, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_master is UNSET:  # what every optional field's converter returns for it
        model.master = UNSET
    else:
        try:
            model.master = _read_master(value_master, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_unit is UNSET:
        model.unit = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.storage_operation_good_transaction_response_200_data_types_data_unit"
        ) or model_builder(
            "altegio_client.models.storage_operation_good_transaction_response_200_data_types_data_unit",
            "StorageOperationGoodTransactionResponse200DataTypesDataUnit",
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
        model.__class__ = lazily_read_class(StorageOperationGoodTransactionResponse200DataTypesData)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = StorageOperationGoodTransactionResponse200DataTypesData
        del model._raw, model._context
    return model


StorageOperationGoodTransactionResponse200DataTypesData._lazy_fill = (_fill_plain, _fill_converted, _build)
