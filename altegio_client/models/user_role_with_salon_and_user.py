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
from ..models.user_role_with_salon_and_user_slug import (
    UserRoleWithSalonAndUserSlug,
    check_user_role_with_salon_and_user_slug,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_permission_with_children import UserPermissionWithChildren


T = TypeVar("T", bound="UserRoleWithSalonAndUser")


@_attrs_define
class UserRoleWithSalonAndUser(LazyModel):
    """Data on the user role

    Example:
        {'slug': 'staff_member', 'title': 'team member', 'description': 'Provides services', 'weight': 1,
            'user_permissions': [{'slug': 'timetable_access', 'title': 'Appointment calendar', 'hint': '', 'is_recommended':
            True, 'is_editable': True, 'default_value': True, 'entity_name': None, 'children': [{'slug':
            'timetable_position_id', 'title': 'View the schedule and post records', 'hint': '', 'is_recommended': True,
            'is_editable': True, 'default_value': None, 'entity_name': 'position', 'children': None, 'options': [{'title':
            'All positions', 'value': 0, 'is_disabled': False}, {'title': 'Administrator', 'value': 1234, 'is_disabled':
            False}], 'type': {'slug': 'allowed_id', 'all_access_value': '0', 'no_access_value': '0'}}], 'options': None,
            'type': {'slug': 'has_group_access', 'all_access_value': True, 'no_access_value': False}}]}

    """

    slug: UserRoleWithSalonAndUserSlug | Unset = UNSET
    """ Name of the role """
    title: str | Unset = UNSET
    """ Title of the role """
    description: str | Unset = UNSET
    """ Description of the role """
    weight: float | Unset = UNSET
    """ Role weight which determines the number of available permissions """
    user_permissions: list[UserPermissionWithChildren] | None | Unset = UNSET
    """ List of permissions for this role
    Returned in response only if corresponding `include` is present in request.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug: str | Unset = UNSET
        if not isinstance(self.slug, Unset):
            slug = self.slug

        title = self.title

        description = self.description

        weight = self.weight

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if slug is not UNSET:
            field_dict["slug"] = slug
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if weight is not UNSET:
            field_dict["weight"] = weight
        if user_permissions is not UNSET:
            field_dict["user_permissions"] = user_permissions

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_permission_with_children import UserPermissionWithChildren  # noqa: PLC0415

        d = dict(src_dict)
        _slug = d.pop("slug", UNSET)
        slug: UserRoleWithSalonAndUserSlug | Unset
        if isinstance(_slug, Unset):
            slug = UNSET
        else:
            slug = check_user_role_with_salon_and_user_slug(_slug)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        weight = d.pop("weight", UNSET)

        def _parse_user_permissions(data: object) -> list[UserPermissionWithChildren] | None | Unset:
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
                    user_permissions_type_0_item = UserPermissionWithChildren.from_dict(
                        user_permissions_type_0_item_data
                    )

                    user_permissions_type_0.append(user_permissions_type_0_item)

                return user_permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UserPermissionWithChildren] | None | Unset, data)

        user_permissions = _parse_user_permissions(d.pop("user_permissions", UNSET))

        user_role_with_salon_and_user = cls(
            slug=slug,
            title=title,
            description=description,
            weight=weight,
            user_permissions=user_permissions,
        )

        user_role_with_salon_and_user.additional_properties = d
        return user_role_with_salon_and_user

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


def _read_slug(json_value: Any, parse_ctx: ParseContext) -> UserRoleWithSalonAndUserSlug | Unset:

    _slug = json_value
    slug: UserRoleWithSalonAndUserSlug | Unset
    if isinstance(_slug, Unset):
        slug = UNSET
    else:
        slug = check_user_role_with_salon_and_user_slug(_slug)

    return slug


def _read_user_permissions(json_value: Any, parse_ctx: ParseContext) -> list[UserPermissionWithChildren] | None | Unset:
    UserPermissionWithChildren = MODEL_CLASSES.get(
        "altegio_client.models.user_permission_with_children"
    ) or model_class("altegio_client.models.user_permission_with_children", "UserPermissionWithChildren")

    def _parse_user_permissions(data: object) -> list[UserPermissionWithChildren] | None | Unset:
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
                user_permissions_type_0_item = UserPermissionWithChildren.from_dict(user_permissions_type_0_item_data)

                user_permissions_type_0.append(user_permissions_type_0_item)

            return user_permissions_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(list[UserPermissionWithChildren] | None | Unset, data)

    user_permissions = _parse_user_permissions(json_value)

    return user_permissions


_DECLARED_KEYS = frozenset(
    {
        "slug",
        "title",
        "description",
        "weight",
        "user_permissions",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


UserRoleWithSalonAndUser._lazy_fields = {
    "slug": ("slug", _read_slug, False),
    "title": ("title", None, False),
    "description": ("description", None, False),
    "weight": ("weight", None, False),
    "user_permissions": ("user_permissions", _read_user_permissions, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: UserRoleWithSalonAndUser, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.title = get("title", UNSET)
    model.description = get("description", UNSET)
    model.weight = get("weight", UNSET)


def _fill_converted(
    model: UserRoleWithSalonAndUser, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "slug" not in done:
        value = get("slug", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.slug = UNSET
        else:
            try:
                model.slug = _read_slug(value, parse_ctx)
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
    json_value: Any, parse_ctx: ParseContext, model: UserRoleWithSalonAndUser | None = None
) -> UserRoleWithSalonAndUser:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return UserRoleWithSalonAndUser._lazy(json_value, parse_ctx)
        model = new_model(UserRoleWithSalonAndUser)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(UserRoleWithSalonAndUser, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_slug, value_user_permissions = fill(json_value, model)
    if value_slug is UNSET:  # what every optional field's converter returns for it
        model.slug = UNSET
    else:
        try:
            model.slug = _read_slug(value_slug, parse_ctx)
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
        model.__class__ = lazily_read_class(UserRoleWithSalonAndUser)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = UserRoleWithSalonAndUser
        del model._raw, model._context
    return model


UserRoleWithSalonAndUser._lazy_fill = (_fill_plain, _fill_converted, _build)
