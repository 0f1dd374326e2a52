from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._codegen import LazyModel, ParseContext

T = TypeVar("T", bound="RemoveUserFromLocationsBodyUserCompanyLinksItem")


@_attrs_define
class RemoveUserFromLocationsBodyUserCompanyLinksItem(LazyModel):
    company_id: int
    """ location ID """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_id": company_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_id = d.pop("company_id")

        remove_user_from_locations_body_user_company_links_item = cls(
            company_id=company_id,
        )

        remove_user_from_locations_body_user_company_links_item.additional_properties = d
        return remove_user_from_locations_body_user_company_links_item

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


_DECLARED_KEYS = frozenset(
    {
        "company_id",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


RemoveUserFromLocationsBodyUserCompanyLinksItem._lazy_fields = {
    "company_id": ("company_id", None, True),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: RemoveUserFromLocationsBodyUserCompanyLinksItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "company_id" in json_value:
        model.company_id = json_value["company_id"]


def _fill_converted(
    model: RemoveUserFromLocationsBodyUserCompanyLinksItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    # A field that fails to convert is left unread: reading it raises the ResponseSchemaError.
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    return


RemoveUserFromLocationsBodyUserCompanyLinksItem._lazy_fill = (_fill_plain, _fill_converted)
