from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import MODEL_CLASSES, LazyModel, ParseContext, model_class
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_data_null_object_type_0 import ResponseDataNullObjectType0
    from ..models.response_meta_validation_exception_object import (
        ResponseMetaValidationExceptionObject,
    )


T = TypeVar("T", bound="BadRequestResponse400")


@_attrs_define
class BadRequestResponse400(LazyModel):
    success: bool | Unset = UNSET
    """ Response status. """
    data: None | ResponseDataNullObjectType0 | Unset = UNSET
    """ Response data. """
    meta: ResponseMetaValidationExceptionObject | Unset = UNSET
    """ Additional response data. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.response_data_null_object_type_0 import (
            ResponseDataNullObjectType0,  # noqa: PLC0415
        )

        success = self.success

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, ResponseDataNullObjectType0):
            data = self.data.to_dict()
        else:
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
        from ..models.response_data_null_object_type_0 import (
            ResponseDataNullObjectType0,  # noqa: PLC0415
        )
        from ..models.response_meta_validation_exception_object import (
            ResponseMetaValidationExceptionObject,  # noqa: PLC0415
        )

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        def _parse_data(data: object) -> None | ResponseDataNullObjectType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasresponse_data_null_object_type_0 = ResponseDataNullObjectType0.from_dict(data)

                return componentsschemasresponse_data_null_object_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseDataNullObjectType0 | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        _meta = d.pop("meta", UNSET)
        meta: ResponseMetaValidationExceptionObject | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ResponseMetaValidationExceptionObject.from_dict(_meta)

        bad_request_response_400 = cls(
            success=success,
            data=data,
            meta=meta,
        )

        bad_request_response_400.additional_properties = d
        return bad_request_response_400

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


def _read_data(json_value: Any, parse_ctx: ParseContext) -> None | ResponseDataNullObjectType0 | Unset:
    ResponseDataNullObjectType0 = MODEL_CLASSES.get(
        "altegio_client.models.response_data_null_object_type_0"
    ) or model_class("altegio_client.models.response_data_null_object_type_0", "ResponseDataNullObjectType0")

    def _parse_data(data: object) -> None | ResponseDataNullObjectType0 | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemasresponse_data_null_object_type_0 = ResponseDataNullObjectType0.from_dict(data)

            return componentsschemasresponse_data_null_object_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | ResponseDataNullObjectType0 | Unset, data)

    data = _parse_data(json_value)

    return data


def _read_meta(json_value: Any, parse_ctx: ParseContext) -> ResponseMetaValidationExceptionObject | Unset:
    ResponseMetaValidationExceptionObject = MODEL_CLASSES.get(
        "altegio_client.models.response_meta_validation_exception_object"
    ) or model_class(
        "altegio_client.models.response_meta_validation_exception_object", "ResponseMetaValidationExceptionObject"
    )

    _meta = json_value
    meta: ResponseMetaValidationExceptionObject | Unset
    if isinstance(_meta, Unset):
        meta = UNSET
    else:
        meta = ResponseMetaValidationExceptionObject._lazy(_meta, parse_ctx)

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


BadRequestResponse400._lazy_fields = {
    "success": ("success", None, False),
    "data": ("data", _read_data, False),
    "meta": ("meta", _read_meta, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: BadRequestResponse400, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.success = get("success", UNSET)


def _fill_converted(
    model: BadRequestResponse400, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
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


BadRequestResponse400._lazy_fill = (_fill_plain, _fill_converted)
