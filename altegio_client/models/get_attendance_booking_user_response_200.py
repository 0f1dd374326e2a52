from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.booking_user_resource import BookingUserResource
    from ..models.included_resource import IncludedResource


T = TypeVar("T", bound="GetAttendanceBookingUserResponse200")


@_attrs_define
class GetAttendanceBookingUserResponse200:
    data: BookingUserResource
    meta: list[Any]
    included: list[IncludedResource] | Unset = UNSET
    """ Resources requested through `include`, when available """

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        meta = self.meta

        included: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.included, Unset):
            included = []
            for included_item_data in self.included:
                included_item = included_item_data.to_dict()
                included.append(included_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
                "meta": meta,
            }
        )
        if included is not UNSET:
            field_dict["included"] = included

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.booking_user_resource import BookingUserResource  # noqa: PLC0415
        from ..models.included_resource import IncludedResource  # noqa: PLC0415

        d = dict(src_dict)
        data = BookingUserResource.from_dict(d.pop("data"))

        meta = cast(list[Any], d.pop("meta"))

        _included = d.pop("included", UNSET)
        included: list[IncludedResource] | Unset = UNSET
        if _included is not UNSET:
            included = []
            for included_item_data in _included:
                included_item = IncludedResource.from_dict(included_item_data)

                included.append(included_item)

        get_attendance_booking_user_response_200 = cls(
            data=data,
            meta=meta,
            included=included,
        )

        return get_attendance_booking_user_response_200
