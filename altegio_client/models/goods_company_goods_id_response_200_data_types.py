from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import MODEL_CLASSES, LazyModel, ParseContext, model_class
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.goods_company_goods_id_response_200_data_types_data import (
        GoodsCompanyGoodsIdResponse200DataTypesData,
    )
    from ..models.goods_company_goods_id_response_200_data_types_meta_item import (
        GoodsCompanyGoodsIdResponse200DataTypesMetaItem,
    )


T = TypeVar("T", bound="GoodsCompanyGoodsIdResponse200DataTypes")


@_attrs_define
class GoodsCompanyGoodsIdResponse200DataTypes(LazyModel):
    """Receive item(s)

    Example:
        {'success': True, 'data': {'title': 'Shampoo 1', 'value': 'Shampoo 1', 'label': 'Shampoo 1 (123)', 'good_id':
            123456, 'cost': 100500, 'unit_id': 4835, 'unit_short_title': 'PC', 'service_unit_id': 3548,
            'service_unit_short_title': 'gr', 'actual_cost': 1050, 'unit_actual_cost': 105, 'unit_actual_cost_format': '105
            r', 'unit_equals': 10, 'barcode': '123', 'loyalty_abonement_type_id': '150', 'loyalty_certificate_type_id': '0',
            'loyalty_allow_empty_code': False, 'critical_amount': 0, 'desired_amount': 0, 'actual_amounts': [{'storage_id':
            987, 'amount': 1000000}], 'last_change_date': '2026-01-01T12:00:00-0500'}, 'meta': []}

    """

    success: bool | Unset = UNSET
    """ Execution success status (true) """
    data: GoodsCompanyGoodsIdResponse200DataTypesData | Unset = UNSET
    """ Product data object """
    meta: list[GoodsCompanyGoodsIdResponse200DataTypesMetaItem] | Unset = UNSET
    """ Metadata (empty array) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        meta: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = []
            for meta_item_data in self.meta:
                meta_item = meta_item_data.to_dict()
                meta.append(meta_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.goods_company_goods_id_response_200_data_types_data import (
            GoodsCompanyGoodsIdResponse200DataTypesData,  # noqa: PLC0415
        )
        from ..models.goods_company_goods_id_response_200_data_types_meta_item import (
            GoodsCompanyGoodsIdResponse200DataTypesMetaItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _data = d.pop("data", UNSET)
        data: GoodsCompanyGoodsIdResponse200DataTypesData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = GoodsCompanyGoodsIdResponse200DataTypesData.from_dict(_data)

        _meta = d.pop("meta", UNSET)
        meta: list[GoodsCompanyGoodsIdResponse200DataTypesMetaItem] | Unset = UNSET
        if _meta is not UNSET:
            meta = []
            for meta_item_data in _meta:
                meta_item = GoodsCompanyGoodsIdResponse200DataTypesMetaItem.from_dict(meta_item_data)

                meta.append(meta_item)

        goods_company_goods_id_response_200_data_types = cls(
            success=success,
            data=data,
            meta=meta,
        )

        goods_company_goods_id_response_200_data_types.additional_properties = d
        return goods_company_goods_id_response_200_data_types

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


def _read_data(json_value: Any, parse_ctx: ParseContext) -> GoodsCompanyGoodsIdResponse200DataTypesData | Unset:
    GoodsCompanyGoodsIdResponse200DataTypesData = MODEL_CLASSES.get(
        "altegio_client.models.goods_company_goods_id_response_200_data_types_data"
    ) or model_class(
        "altegio_client.models.goods_company_goods_id_response_200_data_types_data",
        "GoodsCompanyGoodsIdResponse200DataTypesData",
    )

    _data = json_value
    data: GoodsCompanyGoodsIdResponse200DataTypesData | Unset
    if isinstance(_data, Unset):
        data = UNSET
    else:
        data = GoodsCompanyGoodsIdResponse200DataTypesData._lazy(_data, parse_ctx)

    return data


def _read_meta(
    json_value: Any, parse_ctx: ParseContext
) -> list[GoodsCompanyGoodsIdResponse200DataTypesMetaItem] | Unset:
    GoodsCompanyGoodsIdResponse200DataTypesMetaItem = MODEL_CLASSES.get(
        "altegio_client.models.goods_company_goods_id_response_200_data_types_meta_item"
    ) or model_class(
        "altegio_client.models.goods_company_goods_id_response_200_data_types_meta_item",
        "GoodsCompanyGoodsIdResponse200DataTypesMetaItem",
    )

    _meta = json_value
    meta: list[GoodsCompanyGoodsIdResponse200DataTypesMetaItem] | Unset = UNSET
    if _meta is not UNSET:
        meta = GoodsCompanyGoodsIdResponse200DataTypesMetaItem._lazy_list(_meta, parse_ctx)

    return meta


_DECLARED_KEYS = frozenset(
    {
        "success",
        "data",
        "meta",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


GoodsCompanyGoodsIdResponse200DataTypes._lazy_fields = {
    "success": ("success", None, False),
    "data": ("data", _read_data, False),
    "meta": ("meta", _read_meta, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: GoodsCompanyGoodsIdResponse200DataTypes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.success = get("success", UNSET)


def _fill_converted(
    model: GoodsCompanyGoodsIdResponse200DataTypes,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    # A field that fails to convert is left unread: reading it raises the ResponseSchemaError.
    if "data" not in done:
        try:
            model.data = _read_data(json_value.get("data", UNSET), parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    if "meta" not in done:
        try:
            model.meta = _read_meta(json_value.get("meta", UNSET), parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    return


GoodsCompanyGoodsIdResponse200DataTypes._lazy_fill = (_fill_plain, _fill_converted)
