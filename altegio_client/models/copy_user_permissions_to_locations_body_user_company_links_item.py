from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._codegen import (
    MODEL_BUILDERS,
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    model_builder,
    model_class,
    new_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_permission_value import UserPermissionValue


T = TypeVar("T", bound="CopyUserPermissionsToLocationsBodyUserCompanyLinksItem")


@_attrs_define
class CopyUserPermissionsToLocationsBodyUserCompanyLinksItem(LazyModel):
    company_id: int
    """ location ID """
    user_permissions: list[UserPermissionValue] | Unset = UNSET
    """ User permission values to override on copying """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        user_permissions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_permissions, Unset):
            user_permissions = []
            for user_permissions_item_data in self.user_permissions:
                user_permissions_item = user_permissions_item_data.to_dict()
                user_permissions.append(user_permissions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_id": company_id,
            }
        )
        if user_permissions is not UNSET:
            field_dict["user_permissions"] = user_permissions

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_permission_value import UserPermissionValue  # noqa: PLC0415

        d = dict(src_dict)
        company_id = d.pop("company_id")

        _user_permissions = d.pop("user_permissions", UNSET)
        user_permissions: list[UserPermissionValue] | Unset = UNSET
        if _user_permissions is not UNSET:
            user_permissions = []
            for user_permissions_item_data in _user_permissions:
                user_permissions_item = UserPermissionValue.from_dict(user_permissions_item_data)

                user_permissions.append(user_permissions_item)

        copy_user_permissions_to_locations_body_user_company_links_item = cls(
            company_id=company_id,
            user_permissions=user_permissions,
        )

        copy_user_permissions_to_locations_body_user_company_links_item.additional_properties = d
        return copy_user_permissions_to_locations_body_user_company_links_item

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


def _read_user_permissions(json_value: Any, parse_ctx: ParseContext) -> list[UserPermissionValue] | Unset:
    UserPermissionValue = MODEL_CLASSES.get("altegio_client.models.user_permission_value") or model_class(
        "altegio_client.models.user_permission_value", "UserPermissionValue"
    )

    _user_permissions = json_value
    user_permissions: list[UserPermissionValue] | Unset = UNSET
    if _user_permissions is not UNSET:
        user_permissions = UserPermissionValue._lazy_list(_user_permissions, parse_ctx)

    return user_permissions


_DECLARED_KEYS = frozenset(
    {
        "company_id",
        "user_permissions",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CopyUserPermissionsToLocationsBodyUserCompanyLinksItem._lazy_fields = {
    "company_id": ("company_id", None, True),
    "user_permissions": ("user_permissions", _read_user_permissions, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: CopyUserPermissionsToLocationsBodyUserCompanyLinksItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "company_id" in json_value:
        model.company_id = json_value["company_id"]


def _fill_converted(
    model: CopyUserPermissionsToLocationsBodyUserCompanyLinksItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "user_permissions" not in done:
        value = get("user_permissions", UNSET)
        if value is UNSET:
            model.user_permissions = UNSET
        elif value == []:
            model.user_permissions = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.user_permission_value") or model_builder(
                "altegio_client.models.user_permission_value", "UserPermissionValue"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.user_permissions = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any,
    parse_ctx: ParseContext,
    model: CopyUserPermissionsToLocationsBodyUserCompanyLinksItem | None = None,
) -> CopyUserPermissionsToLocationsBodyUserCompanyLinksItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CopyUserPermissionsToLocationsBodyUserCompanyLinksItem._lazy(json_value, parse_ctx)
        model = new_model(
            CopyUserPermissionsToLocationsBodyUserCompanyLinksItem
        )  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(CopyUserPermissionsToLocationsBodyUserCompanyLinksItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_user_permissions,) = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_user_permissions is UNSET:
        model.user_permissions = UNSET
    elif value_user_permissions == []:
        model.user_permissions = value_user_permissions  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.user_permission_value") or model_builder(
            "altegio_client.models.user_permission_value", "UserPermissionValue"
        )
        try:
            if _builtins.type(value_user_permissions) is not list:
                raise TypeError
            model.user_permissions = [build(item, parse_ctx) for item in value_user_permissions]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if only_declared:  # no undeclared key, the usual case (known from the layout, see _layouts.py)
        model.additional_properties = {}
    else:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True
    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(CopyUserPermissionsToLocationsBodyUserCompanyLinksItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CopyUserPermissionsToLocationsBodyUserCompanyLinksItem
        del model._raw, model._context
    return model


CopyUserPermissionsToLocationsBodyUserCompanyLinksItem._lazy_fill = (_fill_plain, _fill_converted, _build)
