from __future__ import annotations

import builtins as _builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from .._codegen import LazyModel, ParseContext

if TYPE_CHECKING:
    from ..models.attendance_service_resource import AttendanceServiceResource
    from ..models.list_products_response_200_meta import ListProductsResponse200Meta


T = TypeVar("T", bound="ListAttendanceServicesResponse200")


@_attrs_define
class ListAttendanceServicesResponse200(LazyModel):
    data: list[AttendanceServiceResource]
    meta: ListProductsResponse200Meta

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attendance_service_resource import AttendanceServiceResource  # noqa: PLC0415
        from ..models.list_products_response_200_meta import ListProductsResponse200Meta  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = AttendanceServiceResource.from_dict(data_item_data)

            data.append(data_item)

        meta = ListProductsResponse200Meta.from_dict(d.pop("meta"))

        list_attendance_services_response_200 = cls(
            data=data,
            meta=meta,
        )

        return list_attendance_services_response_200


def _read_data(json_value: Any, parse_ctx: ParseContext) -> list[AttendanceServiceResource]:
    from ..models.attendance_service_resource import AttendanceServiceResource  # noqa: PLC0415

    data = AttendanceServiceResource._lazy_list(json_value, parse_ctx)

    return data


def _read_meta(json_value: Any, parse_ctx: ParseContext) -> ListProductsResponse200Meta:
    from ..models.list_products_response_200_meta import ListProductsResponse200Meta  # noqa: PLC0415

    meta = ListProductsResponse200Meta._lazy(json_value, parse_ctx)

    return meta


ListAttendanceServicesResponse200._lazy_fields = {
    "data": ("data", _read_data, True),
    "meta": ("meta", _read_meta, True),
}
