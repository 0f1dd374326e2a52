from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import MODEL_CLASSES, LazyModel, ParseContext, model_class

if TYPE_CHECKING:
    from ..models.bookform_settings_response import BookformSettingsResponse
    from ..models.booking_form_list_response_data_type_meta import (
        BookingFormListResponseDataTypeMeta,
    )


T = TypeVar("T", bound="BookingFormListResponseDataType")


@_attrs_define
class BookingFormListResponseDataType(LazyModel):
    """List of letterforms"""

    data: list[BookformSettingsResponse]
    """ Array of data """
    meta: BookingFormListResponseDataTypeMeta
    """ Metadata (contains the total count of bookforms) """
    success: bool
    """ Success status (true) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        meta = self.meta.to_dict()

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "meta": meta,
                "success": success,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bookform_settings_response import BookformSettingsResponse  # noqa: PLC0415
        from ..models.booking_form_list_response_data_type_meta import (
            BookingFormListResponseDataTypeMeta,  # noqa: PLC0415
        )

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = BookformSettingsResponse.from_dict(data_item_data)

            data.append(data_item)

        meta = BookingFormListResponseDataTypeMeta.from_dict(d.pop("meta"))

        success = d.pop("success")

        booking_form_list_response_data_type = cls(
            data=data,
            meta=meta,
            success=success,
        )

        booking_form_list_response_data_type.additional_properties = d
        return booking_form_list_response_data_type

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


def _read_data(json_value: Any, parse_ctx: ParseContext) -> list[BookformSettingsResponse]:
    BookformSettingsResponse = MODEL_CLASSES.get("altegio_client.models.bookform_settings_response") or model_class(
        "altegio_client.models.bookform_settings_response", "BookformSettingsResponse"
    )

    data = BookformSettingsResponse._lazy_list(json_value, parse_ctx)

    return data


def _read_meta(json_value: Any, parse_ctx: ParseContext) -> BookingFormListResponseDataTypeMeta:
    BookingFormListResponseDataTypeMeta = MODEL_CLASSES.get(
        "altegio_client.models.booking_form_list_response_data_type_meta"
    ) or model_class(
        "altegio_client.models.booking_form_list_response_data_type_meta", "BookingFormListResponseDataTypeMeta"
    )

    meta = BookingFormListResponseDataTypeMeta._lazy(json_value, parse_ctx)

    return meta


_DECLARED_KEYS = frozenset(
    {
        "data",
        "meta",
        "success",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


BookingFormListResponseDataType._lazy_fields = {
    "data": ("data", _read_data, True),
    "meta": ("meta", _read_meta, True),
    "success": ("success", None, True),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: BookingFormListResponseDataType, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "success" in json_value:
        model.success = json_value["success"]


def _fill_converted(
    model: BookingFormListResponseDataType, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    # A field that fails to convert is left unread: reading it raises the ResponseSchemaError.
    if "data" not in done:
        try:
            model.data = _read_data(json_value["data"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    if "meta" not in done:
        try:
            model.meta = _read_meta(json_value["meta"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    return


BookingFormListResponseDataType._lazy_fill = (_fill_plain, _fill_converted)
