from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import MODEL_CLASSES, LazyModel, ParseContext, model_class
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_companyid_services_serviceid_response_200_data_types_data import (
        CompanyCompanyidServicesServiceidResponse200DataTypesData,
    )
    from ..models.company_companyid_services_serviceid_response_200_data_types_meta_item import (
        CompanyCompanyidServicesServiceidResponse200DataTypesMetaItem,
    )


T = TypeVar("T", bound="CompanyCompanyidServicesServiceidResponse200DataTypes")


@_attrs_define
class CompanyCompanyidServicesServiceidResponse200DataTypes(LazyModel):
    """Get a list of services / specific service

    Example:
        {'success': True, 'data': {'id': 83169, 'salon_service_id': 433222, 'title': "Men's haircut", 'category_id':
            83167, 'price_min': 1300, 'price_max': 1300, 'discount': 0, 'comment': '', 'weight': 6, 'active': 1, 'api_id':
            '00000000042', 'staff': [{'id': 5905, 'seance_length': 2700}, {'id': 5907, 'seance_length': 3600}], 'duration':
            3600, 'is_online': True}, 'meta': []}

    """

    success: bool | Unset = UNSET
    """ Execution success status (true) """
    data: CompanyCompanyidServicesServiceidResponse200DataTypesData | Unset = UNSET
    """ Service data object """
    meta: list[CompanyCompanyidServicesServiceidResponse200DataTypesMetaItem] | Unset = UNSET
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
        from ..models.company_companyid_services_serviceid_response_200_data_types_data import (
            CompanyCompanyidServicesServiceidResponse200DataTypesData,  # noqa: PLC0415
        )
        from ..models.company_companyid_services_serviceid_response_200_data_types_meta_item import (
            CompanyCompanyidServicesServiceidResponse200DataTypesMetaItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _data = d.pop("data", UNSET)
        data: CompanyCompanyidServicesServiceidResponse200DataTypesData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = CompanyCompanyidServicesServiceidResponse200DataTypesData.from_dict(_data)

        _meta = d.pop("meta", UNSET)
        meta: list[CompanyCompanyidServicesServiceidResponse200DataTypesMetaItem] | Unset = UNSET
        if _meta is not UNSET:
            meta = []
            for meta_item_data in _meta:
                meta_item = CompanyCompanyidServicesServiceidResponse200DataTypesMetaItem.from_dict(meta_item_data)

                meta.append(meta_item)

        company_companyid_services_serviceid_response_200_data_types = cls(
            success=success,
            data=data,
            meta=meta,
        )

        company_companyid_services_serviceid_response_200_data_types.additional_properties = d
        return company_companyid_services_serviceid_response_200_data_types

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


def _read_data(
    json_value: Any, parse_ctx: ParseContext
) -> CompanyCompanyidServicesServiceidResponse200DataTypesData | Unset:
    CompanyCompanyidServicesServiceidResponse200DataTypesData = MODEL_CLASSES.get(
        "altegio_client.models.company_companyid_services_serviceid_response_200_data_types_data"
    ) or model_class(
        "altegio_client.models.company_companyid_services_serviceid_response_200_data_types_data",
        "CompanyCompanyidServicesServiceidResponse200DataTypesData",
    )

    _data = json_value
    data: CompanyCompanyidServicesServiceidResponse200DataTypesData | Unset
    if isinstance(_data, Unset):
        data = UNSET
    else:
        data = CompanyCompanyidServicesServiceidResponse200DataTypesData._lazy(_data, parse_ctx)

    return data


def _read_meta(
    json_value: Any, parse_ctx: ParseContext
) -> list[CompanyCompanyidServicesServiceidResponse200DataTypesMetaItem] | Unset:
    CompanyCompanyidServicesServiceidResponse200DataTypesMetaItem = MODEL_CLASSES.get(
        "altegio_client.models.company_companyid_services_serviceid_response_200_data_types_meta_item"
    ) or model_class(
        "altegio_client.models.company_companyid_services_serviceid_response_200_data_types_meta_item",
        "CompanyCompanyidServicesServiceidResponse200DataTypesMetaItem",
    )

    _meta = json_value
    meta: list[CompanyCompanyidServicesServiceidResponse200DataTypesMetaItem] | Unset = UNSET
    if _meta is not UNSET:
        meta = CompanyCompanyidServicesServiceidResponse200DataTypesMetaItem._lazy_list(_meta, parse_ctx)

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


CompanyCompanyidServicesServiceidResponse200DataTypes._lazy_fields = {
    "success": ("success", None, False),
    "data": ("data", _read_data, False),
    "meta": ("meta", _read_meta, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: CompanyCompanyidServicesServiceidResponse200DataTypes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.success = get("success", UNSET)


def _fill_converted(
    model: CompanyCompanyidServicesServiceidResponse200DataTypes,
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


CompanyCompanyidServicesServiceidResponse200DataTypes._lazy_fill = (_fill_plain, _fill_converted)
