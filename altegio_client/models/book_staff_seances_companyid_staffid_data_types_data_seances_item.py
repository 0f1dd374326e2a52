from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._lazy import LazyModel, ParseContext
from ..types import UNSET, Unset

T = TypeVar("T", bound="BookStaffSeancesCompanyidStaffidDataTypesDataSeancesItem")


@_attrs_define
class BookStaffSeancesCompanyidStaffidDataTypesDataSeancesItem(LazyModel):
    time: str | Unset = UNSET
    """ Session time (HH:MM format) """
    seance_length: float | Unset = UNSET
    """ Session duration in seconds """
    sum_length: float | Unset = UNSET
    """ Total duration including all selected services in seconds """
    datetime_: datetime.datetime | Unset = UNSET
    """ Session date and time in ISO 8601 format """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        seance_length = self.seance_length

        sum_length = self.sum_length

        datetime_: str | Unset = UNSET
        if not isinstance(self.datetime_, Unset):
            datetime_ = self.datetime_.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time is not UNSET:
            field_dict["time"] = time
        if seance_length is not UNSET:
            field_dict["seance_length"] = seance_length
        if sum_length is not UNSET:
            field_dict["sum_length"] = sum_length
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        time = d.pop("time", UNSET)

        seance_length = d.pop("seance_length", UNSET)

        sum_length = d.pop("sum_length", UNSET)

        _datetime_ = d.pop("datetime", UNSET)
        datetime_: datetime.datetime | Unset
        if isinstance(_datetime_, Unset):
            datetime_ = UNSET
        else:
            datetime_ = types.parse_iso_datetime(_datetime_)

        book_staff_seances_companyid_staffid_data_types_data_seances_item = cls(
            time=time,
            seance_length=seance_length,
            sum_length=sum_length,
            datetime_=datetime_,
        )

        book_staff_seances_companyid_staffid_data_types_data_seances_item.additional_properties = d
        return book_staff_seances_companyid_staffid_data_types_data_seances_item

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


def _read_datetime_(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    _datetime_ = json_value
    datetime_: datetime.datetime | Unset
    if isinstance(_datetime_, Unset):
        datetime_ = UNSET
    else:
        datetime_ = types.parse_iso_datetime(_datetime_)

    return datetime_


_DECLARED_KEYS = frozenset(
    {
        "time",
        "seance_length",
        "sum_length",
        "datetime",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


BookStaffSeancesCompanyidStaffidDataTypesDataSeancesItem._lazy_fields = {
    "time": ("time", None, False),
    "seance_length": ("seance_length", None, False),
    "sum_length": ("sum_length", None, False),
    "datetime_": ("datetime", _read_datetime_, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: BookStaffSeancesCompanyidStaffidDataTypesDataSeancesItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.time = get("time", UNSET)
    model.seance_length = get("seance_length", UNSET)
    model.sum_length = get("sum_length", UNSET)


def _fill_converted(
    model: BookStaffSeancesCompanyidStaffidDataTypesDataSeancesItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    # A field that fails to convert is left unread: reading it raises the ResponseSchemaError.
    if "datetime_" not in done:
        try:
            model.datetime_ = _read_datetime_(json_value.get("datetime", UNSET), parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    return


BookStaffSeancesCompanyidStaffidDataTypesDataSeancesItem._lazy_fill = (_fill_plain, _fill_converted)
