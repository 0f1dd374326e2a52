from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import LazyModel, ParseContext
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0")


@_attrs_define
class UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0(LazyModel):
    """Custom price for this team member.
    Set to null to use default service price.

    """

    min_: float | Unset = UNSET
    """ Minimum price ("from" price) """
    max_: float | None | Unset = UNSET
    """ Maximum price ("to" price), null for fixed price """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_ = self.min_

        max_: float | None | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        else:
            max_ = self.max_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_ = d.pop("min", UNSET)

        def _parse_max_(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_ = _parse_max_(d.pop("max", UNSET))

        update_service_links_body_team_member_settings_item_price_type_0 = cls(
            min_=min_,
            max_=max_,
        )

        update_service_links_body_team_member_settings_item_price_type_0.additional_properties = d
        return update_service_links_body_team_member_settings_item_price_type_0

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
        "min",
        "max",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0._lazy_fields = {
    "min_": ("min", None, False),
    "max_": ("max", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.min_ = get("min", UNSET)
    model.max_ = get("max", UNSET)


def _fill_converted(
    model: UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0,
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


UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0._lazy_fill = (_fill_plain, _fill_converted)
