from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
from ..models.user_role_permissions_user_role import (
    UserRolePermissionsUserRole,
    check_user_role_permissions_user_role,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_permission_value import UserPermissionValue


T = TypeVar("T", bound="UserRolePermissions")


@_attrs_define
class UserRolePermissions(LazyModel):
    """Data on the permissions and user role

    Example:
        {'is_editable': True, 'staff_id': 12345, 'user_role': 'owner', 'has_any_paid_permission': None,
            'user_permissions': [{'slug': 'timetable_access', 'value': True}, {'slug': 'timetable_position_id', 'value': 0},
            {'slug': 'auth_list_allowed_ip', 'value': ''}]}

    """

    user_role: UserRolePermissionsUserRole | Unset = UNSET
    """ Name of role """
    staff_id: int | None | Unset = UNSET
    """ team member ID linked to user """
    is_editable: bool | Unset = UNSET
    """ Are the permissions and role available for editing """
    has_any_paid_permission: bool | None | Unset = UNSET
    """ Whether the user has at least one paid permission assigned """
    user_permissions: list[UserPermissionValue] | Unset = UNSET
    """ List of user permissions values """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_role: str | Unset = UNSET
        if not isinstance(self.user_role, Unset):
            user_role = self.user_role

        staff_id: int | None | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        else:
            staff_id = self.staff_id

        is_editable = self.is_editable

        has_any_paid_permission: bool | None | Unset
        if isinstance(self.has_any_paid_permission, Unset):
            has_any_paid_permission = UNSET
        else:
            has_any_paid_permission = self.has_any_paid_permission

        user_permissions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_permissions, Unset):
            user_permissions = []
            for user_permissions_item_data in self.user_permissions:
                user_permissions_item = user_permissions_item_data.to_dict()
                user_permissions.append(user_permissions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_role is not UNSET:
            field_dict["user_role"] = user_role
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if is_editable is not UNSET:
            field_dict["is_editable"] = is_editable
        if has_any_paid_permission is not UNSET:
            field_dict["has_any_paid_permission"] = has_any_paid_permission
        if user_permissions is not UNSET:
            field_dict["user_permissions"] = user_permissions

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_permission_value import UserPermissionValue  # noqa: PLC0415

        d = dict(src_dict)
        _user_role = d.pop("user_role", UNSET)
        user_role: UserRolePermissionsUserRole | Unset
        if isinstance(_user_role, Unset):
            user_role = UNSET
        else:
            user_role = check_user_role_permissions_user_role(_user_role)

        def _parse_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        staff_id = _parse_staff_id(d.pop("staff_id", UNSET))

        is_editable = d.pop("is_editable", UNSET)

        def _parse_has_any_paid_permission(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_any_paid_permission = _parse_has_any_paid_permission(d.pop("has_any_paid_permission", UNSET))

        _user_permissions = d.pop("user_permissions", UNSET)
        user_permissions: list[UserPermissionValue] | Unset = UNSET
        if _user_permissions is not UNSET:
            user_permissions = []
            for user_permissions_item_data in _user_permissions:
                user_permissions_item = UserPermissionValue.from_dict(user_permissions_item_data)

                user_permissions.append(user_permissions_item)

        user_role_permissions = cls(
            user_role=user_role,
            staff_id=staff_id,
            is_editable=is_editable,
            has_any_paid_permission=has_any_paid_permission,
            user_permissions=user_permissions,
        )

        user_role_permissions.additional_properties = d
        return user_role_permissions

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


def _read_user_role(json_value: Any, parse_ctx: ParseContext) -> UserRolePermissionsUserRole | Unset:

    _user_role = json_value
    user_role: UserRolePermissionsUserRole | Unset
    if isinstance(_user_role, Unset):
        user_role = UNSET
    else:
        user_role = check_user_role_permissions_user_role(_user_role)

    return user_role


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
        "user_role",
        "staff_id",
        "is_editable",
        "has_any_paid_permission",
        "user_permissions",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


UserRolePermissions._lazy_fields = {
    "user_role": ("user_role", _read_user_role, False),
    "staff_id": ("staff_id", None, False),
    "is_editable": ("is_editable", None, False),
    "has_any_paid_permission": ("has_any_paid_permission", None, False),
    "user_permissions": ("user_permissions", _read_user_permissions, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: UserRolePermissions, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.staff_id = get("staff_id", UNSET)
    model.is_editable = get("is_editable", UNSET)
    model.has_any_paid_permission = get("has_any_paid_permission", UNSET)


def _fill_converted(
    model: UserRolePermissions, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "user_role" not in done:
        value = get("user_role", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.user_role = UNSET
        else:
            try:
                model.user_role = _read_user_role(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

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


def _build(json_value: Any, parse_ctx: ParseContext, model: UserRolePermissions | None = None) -> UserRolePermissions:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return UserRolePermissions._lazy(json_value, parse_ctx)
        model = new_model(UserRolePermissions)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(UserRolePermissions, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_user_role, value_user_permissions = fill(json_value, model)
    if value_user_role is UNSET:  # what every optional field's converter returns for it
        model.user_role = UNSET
    else:
        try:
            model.user_role = _read_user_role(value_user_role, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
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
        model.__class__ = lazily_read_class(UserRolePermissions)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = UserRolePermissions
        del model._raw, model._context
    return model


UserRolePermissions._lazy_fill = (_fill_plain, _fill_converted, _build)
