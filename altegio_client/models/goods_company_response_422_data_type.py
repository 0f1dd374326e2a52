from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import MODEL_CLASSES, LazyModel, ParseContext, model_class
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.goods_company_response_422_data_type_meta import (
        GoodsCompanyResponse422DataTypeMeta,
    )


T = TypeVar("T", bound="GoodsCompanyResponse422DataType")


@_attrs_define
class GoodsCompanyResponse422DataType(LazyModel):
    """Product editing

    Example:
        {'success': False, 'meta': {'message': 'Possible error messages', 'errors': [{'message': 'The specified taxation
            system is not available for this country.'}, {'message': 'The specified VAT is not available for this taxation
            system.'}, {'[title]': ['This field is missing.'], '[category_id]': ['This field is missing.'],
            '[sale_unit_id]': ['This field is missing.'], '[service_unit_id]': ['This field is missing.']}]}}

    """

    success: bool | Unset = UNSET
    """ Execution success status """
    data: str | Unset = UNSET
    """ Contains null """
    meta: GoodsCompanyResponse422DataTypeMeta | Unset = UNSET
    """ Contains an error message """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data = self.data

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

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
        from ..models.goods_company_response_422_data_type_meta import (
            GoodsCompanyResponse422DataTypeMeta,  # noqa: PLC0415
        )

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        data = d.pop("data", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: GoodsCompanyResponse422DataTypeMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = GoodsCompanyResponse422DataTypeMeta.from_dict(_meta)

        goods_company_response_422_data_type = cls(
            success=success,
            data=data,
            meta=meta,
        )

        goods_company_response_422_data_type.additional_properties = d
        return goods_company_response_422_data_type

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


def _read_meta(json_value: Any, parse_ctx: ParseContext) -> GoodsCompanyResponse422DataTypeMeta | Unset:
    GoodsCompanyResponse422DataTypeMeta = MODEL_CLASSES.get(
        "altegio_client.models.goods_company_response_422_data_type_meta"
    ) or model_class(
        "altegio_client.models.goods_company_response_422_data_type_meta", "GoodsCompanyResponse422DataTypeMeta"
    )

    _meta = json_value
    meta: GoodsCompanyResponse422DataTypeMeta | Unset
    if isinstance(_meta, Unset):
        meta = UNSET
    else:
        meta = GoodsCompanyResponse422DataTypeMeta._lazy(_meta, parse_ctx)

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


GoodsCompanyResponse422DataType._lazy_fields = {
    "success": ("success", None, False),
    "data": ("data", None, False),
    "meta": ("meta", _read_meta, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: GoodsCompanyResponse422DataType, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.success = get("success", UNSET)
    model.data = get("data", UNSET)


def _fill_converted(
    model: GoodsCompanyResponse422DataType, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    # A field that fails to convert is left unread: reading it raises the ResponseSchemaError.
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


GoodsCompanyResponse422DataType._lazy_fill = (_fill_plain, _fill_converted)
