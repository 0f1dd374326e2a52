from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import MODEL_CLASSES, LazyModel, ParseContext, model_class
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_companyid_service_categories_response_404_data_types_meta_errors_item import (
        CompanyCompanyidServiceCategoriesResponse404DataTypesMetaErrorsItem,
    )


T = TypeVar("T", bound="CompanyCompanyidServiceCategoriesResponse404DataTypesMeta")


@_attrs_define
class CompanyCompanyidServiceCategoriesResponse404DataTypesMeta(LazyModel):
    """Metadata (contains possible error messages)"""

    message: str | Unset = UNSET
    """ Error message """
    errors: list[CompanyCompanyidServiceCategoriesResponse404DataTypesMetaErrorsItem] | Unset = UNSET
    """ List of error messages """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

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
        from ..models.company_companyid_service_categories_response_404_data_types_meta_errors_item import (
            CompanyCompanyidServiceCategoriesResponse404DataTypesMetaErrorsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        message = d.pop("message", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: list[CompanyCompanyidServiceCategoriesResponse404DataTypesMetaErrorsItem] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = CompanyCompanyidServiceCategoriesResponse404DataTypesMetaErrorsItem.from_dict(
                    errors_item_data
                )

                errors.append(errors_item)

        company_companyid_service_categories_response_404_data_types_meta = cls(
            message=message,
            errors=errors,
        )

        company_companyid_service_categories_response_404_data_types_meta.additional_properties = d
        return company_companyid_service_categories_response_404_data_types_meta

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
) -> list[CompanyCompanyidServiceCategoriesResponse404DataTypesMetaErrorsItem] | Unset:
    CompanyCompanyidServiceCategoriesResponse404DataTypesMetaErrorsItem = MODEL_CLASSES.get(
        "altegio_client.models.company_companyid_service_categories_response_404_data_types_meta_errors_item"
    ) or model_class(
        "altegio_client.models.company_companyid_service_categories_response_404_data_types_meta_errors_item",
        "CompanyCompanyidServiceCategoriesResponse404DataTypesMetaErrorsItem",
    )

    _errors = json_value
    errors: list[CompanyCompanyidServiceCategoriesResponse404DataTypesMetaErrorsItem] | Unset = UNSET
    if _errors is not UNSET:
        errors = CompanyCompanyidServiceCategoriesResponse404DataTypesMetaErrorsItem._lazy_list(_errors, parse_ctx)

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


CompanyCompanyidServiceCategoriesResponse404DataTypesMeta._lazy_fields = {
    "message": ("message", None, False),
    "errors": ("errors", _read_errors, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: CompanyCompanyidServiceCategoriesResponse404DataTypesMeta, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.message = get("message", UNSET)


def _fill_converted(
    model: CompanyCompanyidServiceCategoriesResponse404DataTypesMeta,
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


CompanyCompanyidServiceCategoriesResponse404DataTypesMeta._lazy_fill = (_fill_plain, _fill_converted)
