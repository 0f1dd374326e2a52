from __future__ import annotations

import builtins as _builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._codegen import LazyModel, ParseContext
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.check_memberships_for_event_response_200_data import (
        CheckMembershipsForEventResponse200Data,
    )


T = TypeVar("T", bound="CheckMembershipsForEventResponse200")


@_attrs_define
class CheckMembershipsForEventResponse200(LazyModel):
    data: CheckMembershipsForEventResponse200Data | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.check_memberships_for_event_response_200_data import (
            CheckMembershipsForEventResponse200Data,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: CheckMembershipsForEventResponse200Data | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = CheckMembershipsForEventResponse200Data.from_dict(_data)

        check_memberships_for_event_response_200 = cls(
            data=data,
        )

        check_memberships_for_event_response_200.additional_properties = d
        return check_memberships_for_event_response_200

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


def _read_data(json_value: Any, parse_ctx: ParseContext) -> CheckMembershipsForEventResponse200Data | Unset:
    from ..models.check_memberships_for_event_response_200_data import (
        CheckMembershipsForEventResponse200Data,  # noqa: PLC0415
    )

    _data = json_value
    data: CheckMembershipsForEventResponse200Data | Unset
    if isinstance(_data, Unset):
        data = UNSET
    else:
        data = CheckMembershipsForEventResponse200Data._lazy(_data, parse_ctx)

    return data


_DECLARED_KEYS = frozenset(
    {
        "data",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


CheckMembershipsForEventResponse200._lazy_fields = {
    "data": ("data", _read_data, False),
    "additional_properties": (None, _read_additional_properties, False),
}
