from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._lazy import MODEL_CLASSES, LazyModel, ParseContext, model_class
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.loyalty_certificates_response_data_types_data_item_status import (
        LoyaltyCertificatesResponseDataTypesDataItemStatus,
    )
    from ..models.loyalty_certificates_response_data_types_data_item_type import (
        LoyaltyCertificatesResponseDataTypesDataItemType,
    )


T = TypeVar("T", bound="LoyaltyCertificatesResponseDataTypesDataItem")


@_attrs_define
class LoyaltyCertificatesResponseDataTypesDataItem(LazyModel):
    id: int | Unset = UNSET
    """ Certificate ID """
    number: str | Unset = UNSET
    """ Certificate number """
    balance: float | Unset = UNSET
    """ Current balance """
    default_balance: float | Unset = UNSET
    """ Starting balance """
    type_id: int | Unset = UNSET
    """ Certificate type identifier """
    status_id: int | Unset = UNSET
    """ Status ID """
    created_date: datetime.datetime | Unset = UNSET
    """ Date of sale """
    expiration_date: datetime.datetime | Unset = UNSET
    """ Burn date """
    type_: LoyaltyCertificatesResponseDataTypesDataItemType | Unset = UNSET
    """ Object with certificate type information """
    status: LoyaltyCertificatesResponseDataTypesDataItemStatus | Unset = UNSET
    """ An object with information about the current status of the certificate """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        balance = self.balance

        default_balance = self.default_balance

        type_id = self.type_id

        status_id = self.status_id

        created_date: str | Unset = UNSET
        if not isinstance(self.created_date, Unset):
            created_date = self.created_date.isoformat()

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if balance is not UNSET:
            field_dict["balance"] = balance
        if default_balance is not UNSET:
            field_dict["default_balance"] = default_balance
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.loyalty_certificates_response_data_types_data_item_status import (
            LoyaltyCertificatesResponseDataTypesDataItemStatus,  # noqa: PLC0415
        )
        from ..models.loyalty_certificates_response_data_types_data_item_type import (
            LoyaltyCertificatesResponseDataTypesDataItemType,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        number = d.pop("number", UNSET)

        balance = d.pop("balance", UNSET)

        default_balance = d.pop("default_balance", UNSET)

        type_id = d.pop("type_id", UNSET)

        status_id = d.pop("status_id", UNSET)

        _created_date = d.pop("created_date", UNSET)
        created_date: datetime.datetime | Unset
        if isinstance(_created_date, Unset):
            created_date = UNSET
        else:
            created_date = types.parse_iso_datetime(_created_date)

        _expiration_date = d.pop("expiration_date", UNSET)
        expiration_date: datetime.datetime | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = types.parse_iso_datetime(_expiration_date)

        _type_ = d.pop("type", UNSET)
        type_: LoyaltyCertificatesResponseDataTypesDataItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = LoyaltyCertificatesResponseDataTypesDataItemType.from_dict(_type_)

        _status = d.pop("status", UNSET)
        status: LoyaltyCertificatesResponseDataTypesDataItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = LoyaltyCertificatesResponseDataTypesDataItemStatus.from_dict(_status)

        loyalty_certificates_response_data_types_data_item = cls(
            id=id,
            number=number,
            balance=balance,
            default_balance=default_balance,
            type_id=type_id,
            status_id=status_id,
            created_date=created_date,
            expiration_date=expiration_date,
            type_=type_,
            status=status,
        )

        loyalty_certificates_response_data_types_data_item.additional_properties = d
        return loyalty_certificates_response_data_types_data_item

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


def _read_created_date(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    _created_date = json_value
    created_date: datetime.datetime | Unset
    if isinstance(_created_date, Unset):
        created_date = UNSET
    else:
        created_date = types.parse_iso_datetime(_created_date)

    return created_date


def _read_expiration_date(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    _expiration_date = json_value
    expiration_date: datetime.datetime | Unset
    if isinstance(_expiration_date, Unset):
        expiration_date = UNSET
    else:
        expiration_date = types.parse_iso_datetime(_expiration_date)

    return expiration_date


def _read_type_(json_value: Any, parse_ctx: ParseContext) -> LoyaltyCertificatesResponseDataTypesDataItemType | Unset:
    LoyaltyCertificatesResponseDataTypesDataItemType = MODEL_CLASSES.get(
        "altegio_client.models.loyalty_certificates_response_data_types_data_item_type"
    ) or model_class(
        "altegio_client.models.loyalty_certificates_response_data_types_data_item_type",
        "LoyaltyCertificatesResponseDataTypesDataItemType",
    )

    _type_ = json_value
    type_: LoyaltyCertificatesResponseDataTypesDataItemType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = LoyaltyCertificatesResponseDataTypesDataItemType._lazy(_type_, parse_ctx)

    return type_


def _read_status(
    json_value: Any, parse_ctx: ParseContext
) -> LoyaltyCertificatesResponseDataTypesDataItemStatus | Unset:
    LoyaltyCertificatesResponseDataTypesDataItemStatus = MODEL_CLASSES.get(
        "altegio_client.models.loyalty_certificates_response_data_types_data_item_status"
    ) or model_class(
        "altegio_client.models.loyalty_certificates_response_data_types_data_item_status",
        "LoyaltyCertificatesResponseDataTypesDataItemStatus",
    )

    _status = json_value
    status: LoyaltyCertificatesResponseDataTypesDataItemStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = LoyaltyCertificatesResponseDataTypesDataItemStatus._lazy(_status, parse_ctx)

    return status


_DECLARED_KEYS = frozenset(
    {
        "id",
        "number",
        "balance",
        "default_balance",
        "type_id",
        "status_id",
        "created_date",
        "expiration_date",
        "type",
        "status",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


LoyaltyCertificatesResponseDataTypesDataItem._lazy_fields = {
    "id": ("id", None, False),
    "number": ("number", None, False),
    "balance": ("balance", None, False),
    "default_balance": ("default_balance", None, False),
    "type_id": ("type_id", None, False),
    "status_id": ("status_id", None, False),
    "created_date": ("created_date", _read_created_date, False),
    "expiration_date": ("expiration_date", _read_expiration_date, False),
    "type_": ("type", _read_type_, False),
    "status": ("status", _read_status, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: LoyaltyCertificatesResponseDataTypesDataItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.number = get("number", UNSET)
    model.balance = get("balance", UNSET)
    model.default_balance = get("default_balance", UNSET)
    model.type_id = get("type_id", UNSET)
    model.status_id = get("status_id", UNSET)


def _fill_converted(
    model: LoyaltyCertificatesResponseDataTypesDataItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    # A field that fails to convert is left unread: reading it raises the ResponseSchemaError.
    if "created_date" not in done:
        try:
            model.created_date = _read_created_date(json_value.get("created_date", UNSET), parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    if "expiration_date" not in done:
        try:
            model.expiration_date = _read_expiration_date(json_value.get("expiration_date", UNSET), parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    if "type_" not in done:
        try:
            model.type_ = _read_type_(json_value.get("type", UNSET), parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    if "status" not in done:
        try:
            model.status = _read_status(json_value.get("status", UNSET), parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    return


LoyaltyCertificatesResponseDataTypesDataItem._lazy_fill = (_fill_plain, _fill_converted)
