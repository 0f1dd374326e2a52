from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import MODEL_CLASSES, LazyModel, ParseContext, model_class
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_errors_not_found_object import ResponseErrorsNotFoundObject
    from ..models.response_meta_error_not_found_object import (
        ResponseMetaErrorNotFoundObject,
    )


T = TypeVar("T", bound="NotFoundResponseLegacy404")


@_attrs_define
class NotFoundResponseLegacy404(LazyModel):
    errors: ResponseErrorsNotFoundObject | Unset = UNSET
    """ Additional response data. """
    meta: ResponseMetaErrorNotFoundObject | Unset = UNSET
    """ Additional response data. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if errors is not UNSET:
            field_dict["errors"] = errors
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_errors_not_found_object import (
            ResponseErrorsNotFoundObject,  # noqa: PLC0415
        )
        from ..models.response_meta_error_not_found_object import (
            ResponseMetaErrorNotFoundObject,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _errors = d.pop("errors", UNSET)
        errors: ResponseErrorsNotFoundObject | Unset
        if isinstance(_errors, Unset):
            errors = UNSET
        else:
            errors = ResponseErrorsNotFoundObject.from_dict(_errors)

        _meta = d.pop("meta", UNSET)
        meta: ResponseMetaErrorNotFoundObject | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ResponseMetaErrorNotFoundObject.from_dict(_meta)

        not_found_response_legacy_404 = cls(
            errors=errors,
            meta=meta,
        )

        not_found_response_legacy_404.additional_properties = d
        return not_found_response_legacy_404

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


def _read_errors(json_value: Any, parse_ctx: ParseContext) -> ResponseErrorsNotFoundObject | Unset:
    ResponseErrorsNotFoundObject = MODEL_CLASSES.get(
        "altegio_client.models.response_errors_not_found_object"
    ) or model_class("altegio_client.models.response_errors_not_found_object", "ResponseErrorsNotFoundObject")

    _errors = json_value
    errors: ResponseErrorsNotFoundObject | Unset
    if isinstance(_errors, Unset):
        errors = UNSET
    else:
        errors = ResponseErrorsNotFoundObject._lazy(_errors, parse_ctx)

    return errors


def _read_meta(json_value: Any, parse_ctx: ParseContext) -> ResponseMetaErrorNotFoundObject | Unset:
    ResponseMetaErrorNotFoundObject = MODEL_CLASSES.get(
        "altegio_client.models.response_meta_error_not_found_object"
    ) or model_class("altegio_client.models.response_meta_error_not_found_object", "ResponseMetaErrorNotFoundObject")

    _meta = json_value
    meta: ResponseMetaErrorNotFoundObject | Unset
    if isinstance(_meta, Unset):
        meta = UNSET
    else:
        meta = ResponseMetaErrorNotFoundObject._lazy(_meta, parse_ctx)

    return meta


_DECLARED_KEYS = frozenset(
    {
        "errors",
        "meta",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


NotFoundResponseLegacy404._lazy_fields = {
    "errors": ("errors", _read_errors, False),
    "meta": ("meta", _read_meta, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: NotFoundResponseLegacy404, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: NotFoundResponseLegacy404, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    # A field that fails to convert is left unread: reading it raises the ResponseSchemaError.
    if "errors" not in done:
        try:
            model.errors = _read_errors(json_value.get("errors", UNSET), parse_ctx)
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


NotFoundResponseLegacy404._lazy_fill = (_fill_plain, _fill_converted)
