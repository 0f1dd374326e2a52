from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import MODEL_CLASSES, LazyModel, ParseContext, model_class
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.loyalty_generate_code_error_meta_option import (
        LoyaltyGenerateCodeErrorMetaOption,
    )
    from ..models.loyalty_generate_code_error_option import LoyaltyGenerateCodeErrorOption


T = TypeVar("T", bound="GenerateLoyaltyCodeResponse403")


@_attrs_define
class GenerateLoyaltyCodeResponse403(LazyModel):
    meta: LoyaltyGenerateCodeErrorMetaOption
    success: bool
    loyalty_generate_code_error_option: LoyaltyGenerateCodeErrorOption | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        success = self.success

        loyalty_generate_code_error_option: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_generate_code_error_option, Unset):
            loyalty_generate_code_error_option = self.loyalty_generate_code_error_option.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
                "success": success,
            }
        )
        if loyalty_generate_code_error_option is not UNSET:
            field_dict["LoyaltyGenerateCodeErrorOption"] = loyalty_generate_code_error_option

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.loyalty_generate_code_error_meta_option import (
            LoyaltyGenerateCodeErrorMetaOption,  # noqa: PLC0415
        )
        from ..models.loyalty_generate_code_error_option import (
            LoyaltyGenerateCodeErrorOption,  # noqa: PLC0415
        )

        d = dict(src_dict)
        meta = LoyaltyGenerateCodeErrorMetaOption.from_dict(d.pop("meta"))

        success = d.pop("success")

        _loyalty_generate_code_error_option = d.pop("LoyaltyGenerateCodeErrorOption", UNSET)
        loyalty_generate_code_error_option: LoyaltyGenerateCodeErrorOption | Unset
        if isinstance(_loyalty_generate_code_error_option, Unset):
            loyalty_generate_code_error_option = UNSET
        else:
            loyalty_generate_code_error_option = LoyaltyGenerateCodeErrorOption.from_dict(
                _loyalty_generate_code_error_option
            )

        generate_loyalty_code_response_403 = cls(
            meta=meta,
            success=success,
            loyalty_generate_code_error_option=loyalty_generate_code_error_option,
        )

        generate_loyalty_code_response_403.additional_properties = d
        return generate_loyalty_code_response_403

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


def _read_meta(json_value: Any, parse_ctx: ParseContext) -> LoyaltyGenerateCodeErrorMetaOption:
    LoyaltyGenerateCodeErrorMetaOption = MODEL_CLASSES.get(
        "altegio_client.models.loyalty_generate_code_error_meta_option"
    ) or model_class(
        "altegio_client.models.loyalty_generate_code_error_meta_option", "LoyaltyGenerateCodeErrorMetaOption"
    )

    meta = LoyaltyGenerateCodeErrorMetaOption._lazy(json_value, parse_ctx)

    return meta


def _read_loyalty_generate_code_error_option(
    json_value: Any, parse_ctx: ParseContext
) -> LoyaltyGenerateCodeErrorOption | Unset:
    LoyaltyGenerateCodeErrorOption = MODEL_CLASSES.get(
        "altegio_client.models.loyalty_generate_code_error_option"
    ) or model_class("altegio_client.models.loyalty_generate_code_error_option", "LoyaltyGenerateCodeErrorOption")

    _loyalty_generate_code_error_option = json_value
    loyalty_generate_code_error_option: LoyaltyGenerateCodeErrorOption | Unset
    if isinstance(_loyalty_generate_code_error_option, Unset):
        loyalty_generate_code_error_option = UNSET
    else:
        loyalty_generate_code_error_option = LoyaltyGenerateCodeErrorOption._lazy(
            _loyalty_generate_code_error_option, parse_ctx
        )

    return loyalty_generate_code_error_option


_DECLARED_KEYS = frozenset(
    {
        "meta",
        "success",
        "LoyaltyGenerateCodeErrorOption",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


GenerateLoyaltyCodeResponse403._lazy_fields = {
    "meta": ("meta", _read_meta, True),
    "success": ("success", None, True),
    "loyalty_generate_code_error_option": (
        "LoyaltyGenerateCodeErrorOption",
        _read_loyalty_generate_code_error_option,
        False,
    ),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: GenerateLoyaltyCodeResponse403, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "success" in json_value:
        model.success = json_value["success"]


def _fill_converted(
    model: GenerateLoyaltyCodeResponse403, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    # A field that fails to convert is left unread: reading it raises the ResponseSchemaError.
    if "meta" not in done:
        try:
            model.meta = _read_meta(json_value["meta"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    if "loyalty_generate_code_error_option" not in done:
        try:
            model.loyalty_generate_code_error_option = _read_loyalty_generate_code_error_option(
                json_value.get("LoyaltyGenerateCodeErrorOption", UNSET), parse_ctx
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    return


GenerateLoyaltyCodeResponse403._lazy_fill = (_fill_plain, _fill_converted)
