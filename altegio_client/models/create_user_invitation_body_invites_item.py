from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._codegen import (
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    model_class,
    new_model,
)
from ..models.create_user_invitation_body_invites_item_user_role import (
    CreateUserInvitationBodyInvitesItemUserRole,
    check_create_user_invitation_body_invites_item_user_role,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_permission_value import UserPermissionValue


T = TypeVar("T", bound="CreateUserInvitationBodyInvitesItem")


@_attrs_define
class CreateUserInvitationBodyInvitesItem(LazyModel):
    name: str | Unset = UNSET
    """ User name """
    search: str | Unset = UNSET
    """ Phone number or email address of the user """
    position: None | str | Unset = UNSET
    """ Position """
    user_role: CreateUserInvitationBodyInvitesItemUserRole | Unset = UNSET
    """ Role name """
    user_permissions: list[UserPermissionValue] | None | Unset = UNSET
    """ List of user permissions """
    staff_id: int | None | Unset = UNSET
    """ team member ID bound to user """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        search = self.search

        position: None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        user_role: str | Unset = UNSET
        if not isinstance(self.user_role, Unset):
            user_role = self.user_role

        user_permissions: list[dict[str, Any]] | None | Unset
        if isinstance(self.user_permissions, Unset):
            user_permissions = UNSET
        elif isinstance(self.user_permissions, list):
            user_permissions = []
            for user_permissions_type_0_item_data in self.user_permissions:
                user_permissions_type_0_item = user_permissions_type_0_item_data.to_dict()
                user_permissions.append(user_permissions_type_0_item)

        else:
            user_permissions = self.user_permissions

        staff_id: int | None | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        else:
            staff_id = self.staff_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if search is not UNSET:
            field_dict["search"] = search
        if position is not UNSET:
            field_dict["position"] = position
        if user_role is not UNSET:
            field_dict["user_role"] = user_role
        if user_permissions is not UNSET:
            field_dict["user_permissions"] = user_permissions
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_permission_value import UserPermissionValue  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        search = d.pop("search", UNSET)

        def _parse_position(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        _user_role = d.pop("user_role", UNSET)
        user_role: CreateUserInvitationBodyInvitesItemUserRole | Unset
        if isinstance(_user_role, Unset):
            user_role = UNSET
        else:
            user_role = check_create_user_invitation_body_invites_item_user_role(_user_role)

        def _parse_user_permissions(data: object) -> list[UserPermissionValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                user_permissions_type_0 = []
                _user_permissions_type_0 = data
                for user_permissions_type_0_item_data in _user_permissions_type_0:
                    user_permissions_type_0_item = UserPermissionValue.from_dict(user_permissions_type_0_item_data)

                    user_permissions_type_0.append(user_permissions_type_0_item)

                return user_permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UserPermissionValue] | None | Unset, data)

        user_permissions = _parse_user_permissions(d.pop("user_permissions", UNSET))

        def _parse_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        staff_id = _parse_staff_id(d.pop("staff_id", UNSET))

        create_user_invitation_body_invites_item = cls(
            name=name,
            search=search,
            position=position,
            user_role=user_role,
            user_permissions=user_permissions,
            staff_id=staff_id,
        )

        create_user_invitation_body_invites_item.additional_properties = d
        return create_user_invitation_body_invites_item

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


def _read_user_role(json_value: Any, parse_ctx: ParseContext) -> CreateUserInvitationBodyInvitesItemUserRole | Unset:

    _user_role = json_value
    user_role: CreateUserInvitationBodyInvitesItemUserRole | Unset
    if isinstance(_user_role, Unset):
        user_role = UNSET
    else:
        user_role = check_create_user_invitation_body_invites_item_user_role(_user_role)

    return user_role


def _read_user_permissions(json_value: Any, parse_ctx: ParseContext) -> list[UserPermissionValue] | None | Unset:
    UserPermissionValue = MODEL_CLASSES.get("altegio_client.models.user_permission_value") or model_class(
        "altegio_client.models.user_permission_value", "UserPermissionValue"
    )

    def _parse_user_permissions(data: object) -> list[UserPermissionValue] | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, list):
                raise TypeError()
            user_permissions_type_0 = []
            _user_permissions_type_0 = data
            for user_permissions_type_0_item_data in _user_permissions_type_0:
                user_permissions_type_0_item = UserPermissionValue.from_dict(user_permissions_type_0_item_data)

                user_permissions_type_0.append(user_permissions_type_0_item)

            return user_permissions_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(list[UserPermissionValue] | None | Unset, data)

    user_permissions = _parse_user_permissions(json_value)

    return user_permissions


_DECLARED_KEYS = frozenset(
    {
        "name",
        "search",
        "position",
        "user_role",
        "user_permissions",
        "staff_id",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CreateUserInvitationBodyInvitesItem._lazy_fields = {
    "name": ("name", None, False),
    "search": ("search", None, False),
    "position": ("position", None, False),
    "user_role": ("user_role", _read_user_role, False),
    "user_permissions": ("user_permissions", _read_user_permissions, False),
    "staff_id": ("staff_id", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: CreateUserInvitationBodyInvitesItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.name = get("name", UNSET)
    model.search = get("search", UNSET)
    model.position = get("position", UNSET)
    model.staff_id = get("staff_id", UNSET)


def _fill_converted(
    model: CreateUserInvitationBodyInvitesItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
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
        if value is UNSET:  # what every optional field's converter returns for it
            model.user_permissions = UNSET
        else:
            try:
                model.user_permissions = _read_user_permissions(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: CreateUserInvitationBodyInvitesItem | None = None
) -> CreateUserInvitationBodyInvitesItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CreateUserInvitationBodyInvitesItem._lazy(json_value, parse_ctx)
        model = new_model(
            CreateUserInvitationBodyInvitesItem
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
        layout = layout_of(CreateUserInvitationBodyInvitesItem, keys)
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

    if value_user_permissions is UNSET:  # what every optional field's converter returns for it
        model.user_permissions = UNSET
    else:
        try:
            model.user_permissions = _read_user_permissions(value_user_permissions, parse_ctx)
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
        model.__class__ = lazily_read_class(CreateUserInvitationBodyInvitesItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CreateUserInvitationBodyInvitesItem
        del model._raw, model._context
    return model


CreateUserInvitationBodyInvitesItem._lazy_fill = (_fill_plain, _fill_converted, _build)
