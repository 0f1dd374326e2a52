from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import MODEL_CLASSES, LazyModel, ParseContext, model_class
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_loyalty_certificate_types_update_response_400_meta_errors import (
        ChainLoyaltyCertificateTypesUpdateResponse400MetaErrors,
    )


T = TypeVar("T", bound="ChainLoyaltyCertificateTypesUpdateResponse400Meta")


@_attrs_define
class ChainLoyaltyCertificateTypesUpdateResponse400Meta(LazyModel):
    message: str | Unset = UNSET
    errors: ChainLoyaltyCertificateTypesUpdateResponse400MetaErrors | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chain_loyalty_certificate_types_update_response_400_meta_errors import (
            ChainLoyaltyCertificateTypesUpdateResponse400MetaErrors,  # noqa: PLC0415
        )

        d = dict(src_dict)
        message = d.pop("message", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: ChainLoyaltyCertificateTypesUpdateResponse400MetaErrors | Unset
        if isinstance(_errors, Unset):
            errors = UNSET
        else:
            errors = ChainLoyaltyCertificateTypesUpdateResponse400MetaErrors.from_dict(_errors)

        chain_loyalty_certificate_types_update_response_400_meta = cls(
            message=message,
            errors=errors,
        )

        chain_loyalty_certificate_types_update_response_400_meta.additional_properties = d
        return chain_loyalty_certificate_types_update_response_400_meta

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


def _read_errors(
    json_value: Any, parse_ctx: ParseContext
) -> ChainLoyaltyCertificateTypesUpdateResponse400MetaErrors | Unset:
    ChainLoyaltyCertificateTypesUpdateResponse400MetaErrors = MODEL_CLASSES.get(
        "altegio_client.models.chain_loyalty_certificate_types_update_response_400_meta_errors"
    ) or model_class(
        "altegio_client.models.chain_loyalty_certificate_types_update_response_400_meta_errors",
        "ChainLoyaltyCertificateTypesUpdateResponse400MetaErrors",
    )

    _errors = json_value
    errors: ChainLoyaltyCertificateTypesUpdateResponse400MetaErrors | Unset
    if isinstance(_errors, Unset):
        errors = UNSET
    else:
        errors = ChainLoyaltyCertificateTypesUpdateResponse400MetaErrors._lazy(_errors, parse_ctx)

    return errors


_DECLARED_KEYS = frozenset(
    {
        "message",
        "errors",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


ChainLoyaltyCertificateTypesUpdateResponse400Meta._lazy_fields = {
    "message": ("message", None, False),
    "errors": ("errors", _read_errors, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ChainLoyaltyCertificateTypesUpdateResponse400Meta, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.message = get("message", UNSET)


def _fill_converted(
    model: ChainLoyaltyCertificateTypesUpdateResponse400Meta,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    # A field that fails to convert is left unread: reading it raises the ResponseSchemaError.
    if "errors" not in done:
        try:
            model.errors = _read_errors(json_value.get("errors", UNSET), parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    return


ChainLoyaltyCertificateTypesUpdateResponse400Meta._lazy_fill = (_fill_plain, _fill_converted)
