from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._codegen import (
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    new_model,
)
from ..models.user_permission_type_slug import (
    UserPermissionTypeSlug,
    check_user_permission_type_slug,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserPermissionType")


@_attrs_define
class UserPermissionType(LazyModel):
    """Data on the permission type

    Example:
        {'slug': 'has_group_access', 'all_access_value': True, 'no_access_value': False}

    """

    slug: UserPermissionTypeSlug | Unset = UNSET
    """ Name of the type """
    all_access_value: bool | None | str | Unset = UNSET
    """ A value that grants full access for this type of permission (can be number, string, or boolean) """
    no_access_value: bool | None | str | Unset = UNSET
    """ A value that completely takes away access for this type of permission (can be number, string, or boolean)
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug: str | Unset = UNSET
        if not isinstance(self.slug, Unset):
            slug = self.slug

        all_access_value: bool | None | str | Unset
        if isinstance(self.all_access_value, Unset):
            all_access_value = UNSET
        else:
            all_access_value = self.all_access_value

        no_access_value: bool | None | str | Unset
        if isinstance(self.no_access_value, Unset):
            no_access_value = UNSET
        else:
            no_access_value = self.no_access_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if slug is not UNSET:
            field_dict["slug"] = slug
        if all_access_value is not UNSET:
            field_dict["all_access_value"] = all_access_value
        if no_access_value is not UNSET:
            field_dict["no_access_value"] = no_access_value

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _slug = d.pop("slug", UNSET)
        slug: UserPermissionTypeSlug | Unset
        if isinstance(_slug, Unset):
            slug = UNSET
        else:
            slug = check_user_permission_type_slug(_slug)

        def _parse_all_access_value(data: object) -> bool | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | str | Unset, data)

        all_access_value = _parse_all_access_value(d.pop("all_access_value", UNSET))

        def _parse_no_access_value(data: object) -> bool | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | str | Unset, data)

        no_access_value = _parse_no_access_value(d.pop("no_access_value", UNSET))

        user_permission_type = cls(
            slug=slug,
            all_access_value=all_access_value,
            no_access_value=no_access_value,
        )

        user_permission_type.additional_properties = d
        return user_permission_type

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


def _read_slug(json_value: Any, parse_ctx: ParseContext) -> UserPermissionTypeSlug | Unset:

    _slug = json_value
    slug: UserPermissionTypeSlug | Unset
    if isinstance(_slug, Unset):
        slug = UNSET
    else:
        slug = check_user_permission_type_slug(_slug)

    return slug


_DECLARED_KEYS = frozenset(
    {
        "slug",
        "all_access_value",
        "no_access_value",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


UserPermissionType._lazy_fields = {
    "slug": ("slug", _read_slug, False),
    "all_access_value": ("all_access_value", None, False),
    "no_access_value": ("no_access_value", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: UserPermissionType, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.all_access_value = get("all_access_value", UNSET)
    model.no_access_value = get("no_access_value", UNSET)


def _fill_converted(
    model: UserPermissionType, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
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

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: UserPermissionType | None = None) -> UserPermissionType:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return UserPermissionType._lazy(json_value, parse_ctx)
        model = new_model(UserPermissionType)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(UserPermissionType, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_slug,) = fill(json_value, model)
    if value_slug is UNSET:  # what every optional field's converter returns for it
        model.slug = UNSET
    else:
        try:
            model.slug = _read_slug(value_slug, parse_ctx)
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
        model.__class__ = lazily_read_class(UserPermissionType)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = UserPermissionType
        del model._raw, model._context
    return model


UserPermissionType._lazy_fill = (_fill_plain, _fill_converted, _build)
