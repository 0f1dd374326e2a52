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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_permission_option import UserPermissionOption
    from ..models.user_permission_type import UserPermissionType
    from ..models.user_permission_with_children_children_item import (
        UserPermissionWithChildrenChildrenItem,
    )


T = TypeVar("T", bound="UserPermissionWithChildren")


@_attrs_define
class UserPermissionWithChildren(LazyModel):
    """Data on the permission with nested permissions

    Example:
        {'slug': 'timetable_access', 'title': 'Appointment calendar', 'hint': '', 'is_recommended': True, 'is_editable':
            True, 'is_paid': False, 'is_paid_only': False, 'default_value': True, 'entity_name': None, 'children': [{'slug':
            'timetable_position_id', 'title': 'View the schedule and post records', 'hint': '', 'is_recommended': True,
            'is_editable': True, 'default_value': None, 'entity_name': 'position', 'children': None, 'options': [{'title':
            'All positions', 'value': 0, 'is_disabled': False}, {'title': 'Administrator', 'value': 1234, 'is_disabled':
            False}], 'type': {'slug': 'allowed_id', 'all_access_value': '0', 'no_access_value': '0'}}], 'options': None,
            'type': {'slug': 'has_group_access', 'all_access_value': True, 'no_access_value': False}}

    """

    slug: str | Unset = UNSET
    """ Name of the permission """
    title: str | Unset = UNSET
    """ Title of the permission """
    type: UserPermissionType | Unset = UNSET
    """ Data on the permission type """
    options: list[UserPermissionOption] | None | Unset = UNSET
    """ Options list of the permission """
    hint: str | Unset = UNSET
    """ Text hint on the use of the permission """
    is_recommended: bool | Unset = UNSET
    """ Is the permission recommended or optional """
    is_editable: bool | Unset = UNSET
    """ Is the permission available for editing """
    default_value: bool | None | str | Unset = UNSET
    """ Value of the permission by default (can be number, string, or boolean) """
    entity_name: None | str | Unset = UNSET
    """ The name of the entity to which this permission belongs """
    is_paid: bool | Unset = UNSET
    """ Whether the permission is only available for paid staff members """
    is_paid_only: bool | Unset = UNSET
    """ Whether the permission can only be assigned to paid staff members. Only applicable when the location has
    `is_paid_rights_model` enabled """
    children: list[UserPermissionWithChildrenChildrenItem] | None | Unset = UNSET
    """ Nested permissions (recursive structure, same schema as parent) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        title = self.title

        type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type.to_dict()

        options: list[dict[str, Any]] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, list):
            options = []
            for options_type_0_item_data in self.options:
                options_type_0_item = options_type_0_item_data.to_dict()
                options.append(options_type_0_item)

        else:
            options = self.options

        hint = self.hint

        is_recommended = self.is_recommended

        is_editable = self.is_editable

        default_value: bool | None | str | Unset
        if isinstance(self.default_value, Unset):
            default_value = UNSET
        else:
            default_value = self.default_value

        entity_name: None | str | Unset
        if isinstance(self.entity_name, Unset):
            entity_name = UNSET
        else:
            entity_name = self.entity_name

        is_paid = self.is_paid

        is_paid_only = self.is_paid_only

        children: list[dict[str, Any]] | None | Unset
        if isinstance(self.children, Unset):
            children = UNSET
        elif isinstance(self.children, list):
            children = []
            for children_type_0_item_data in self.children:
                children_type_0_item = children_type_0_item_data.to_dict()
                children.append(children_type_0_item)

        else:
            children = self.children

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if slug is not UNSET:
            field_dict["slug"] = slug
        if title is not UNSET:
            field_dict["title"] = title
        if type is not UNSET:
            field_dict["type"] = type
        if options is not UNSET:
            field_dict["options"] = options
        if hint is not UNSET:
            field_dict["hint"] = hint
        if is_recommended is not UNSET:
            field_dict["is_recommended"] = is_recommended
        if is_editable is not UNSET:
            field_dict["is_editable"] = is_editable
        if default_value is not UNSET:
            field_dict["default_value"] = default_value
        if entity_name is not UNSET:
            field_dict["entity_name"] = entity_name
        if is_paid is not UNSET:
            field_dict["is_paid"] = is_paid
        if is_paid_only is not UNSET:
            field_dict["is_paid_only"] = is_paid_only
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_permission_option import UserPermissionOption  # noqa: PLC0415
        from ..models.user_permission_type import UserPermissionType  # noqa: PLC0415
        from ..models.user_permission_with_children_children_item import (
            UserPermissionWithChildrenChildrenItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        slug = d.pop("slug", UNSET)

        title = d.pop("title", UNSET)

        _type = d.pop("type", UNSET)
        type: UserPermissionType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = UserPermissionType.from_dict(_type)

        def _parse_options(data: object) -> list[UserPermissionOption] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                options_type_0 = []
                _options_type_0 = data
                for options_type_0_item_data in _options_type_0:
                    options_type_0_item = UserPermissionOption.from_dict(options_type_0_item_data)

                    options_type_0.append(options_type_0_item)

                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UserPermissionOption] | None | Unset, data)

        options = _parse_options(d.pop("options", UNSET))

        hint = d.pop("hint", UNSET)

        is_recommended = d.pop("is_recommended", UNSET)

        is_editable = d.pop("is_editable", UNSET)

        def _parse_default_value(data: object) -> bool | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | str | Unset, data)

        default_value = _parse_default_value(d.pop("default_value", UNSET))

        def _parse_entity_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        entity_name = _parse_entity_name(d.pop("entity_name", UNSET))

        is_paid = d.pop("is_paid", UNSET)

        is_paid_only = d.pop("is_paid_only", UNSET)

        def _parse_children(data: object) -> list[UserPermissionWithChildrenChildrenItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                children_type_0 = []
                _children_type_0 = data
                for children_type_0_item_data in _children_type_0:
                    children_type_0_item = UserPermissionWithChildrenChildrenItem.from_dict(children_type_0_item_data)

                    children_type_0.append(children_type_0_item)

                return children_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UserPermissionWithChildrenChildrenItem] | None | Unset, data)

        children = _parse_children(d.pop("children", UNSET))

        user_permission_with_children = cls(
            slug=slug,
            title=title,
            type=type,
            options=options,
            hint=hint,
            is_recommended=is_recommended,
            is_editable=is_editable,
            default_value=default_value,
            entity_name=entity_name,
            is_paid=is_paid,
            is_paid_only=is_paid_only,
            children=children,
        )

        user_permission_with_children.additional_properties = d
        return user_permission_with_children

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


def _read_type(json_value: Any, parse_ctx: ParseContext) -> UserPermissionType | Unset:
    UserPermissionType = MODEL_CLASSES.get("altegio_client.models.user_permission_type") or model_class(
        "altegio_client.models.user_permission_type", "UserPermissionType"
    )

    _type = json_value
    type: UserPermissionType | Unset
    if isinstance(_type, Unset):
        type = UNSET
    else:
        type = UserPermissionType._lazy(_type, parse_ctx)

    return type


def _read_options(json_value: Any, parse_ctx: ParseContext) -> list[UserPermissionOption] | None | Unset:
    UserPermissionOption = MODEL_CLASSES.get("altegio_client.models.user_permission_option") or model_class(
        "altegio_client.models.user_permission_option", "UserPermissionOption"
    )

    def _parse_options(data: object) -> list[UserPermissionOption] | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, list):
                raise TypeError()
            options_type_0 = []
            _options_type_0 = data
            for options_type_0_item_data in _options_type_0:
                options_type_0_item = UserPermissionOption.from_dict(options_type_0_item_data)

                options_type_0.append(options_type_0_item)

            return options_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(list[UserPermissionOption] | None | Unset, data)

    options = _parse_options(json_value)

    return options


def _read_children(
    json_value: Any, parse_ctx: ParseContext
) -> list[UserPermissionWithChildrenChildrenItem] | None | Unset:
    UserPermissionWithChildrenChildrenItem = MODEL_CLASSES.get(
        "altegio_client.models.user_permission_with_children_children_item"
    ) or model_class(
        "altegio_client.models.user_permission_with_children_children_item", "UserPermissionWithChildrenChildrenItem"
    )

    def _parse_children(data: object) -> list[UserPermissionWithChildrenChildrenItem] | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, list):
                raise TypeError()
            children_type_0 = []
            _children_type_0 = data
            for children_type_0_item_data in _children_type_0:
                children_type_0_item = UserPermissionWithChildrenChildrenItem.from_dict(children_type_0_item_data)

                children_type_0.append(children_type_0_item)

            return children_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(list[UserPermissionWithChildrenChildrenItem] | None | Unset, data)

    children = _parse_children(json_value)

    return children


_DECLARED_KEYS = frozenset(
    {
        "slug",
        "title",
        "type",
        "options",
        "hint",
        "is_recommended",
        "is_editable",
        "default_value",
        "entity_name",
        "is_paid",
        "is_paid_only",
        "children",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


UserPermissionWithChildren._lazy_fields = {
    "slug": ("slug", None, False),
    "title": ("title", None, False),
    "type": ("type", _read_type, False),
    "options": ("options", _read_options, False),
    "hint": ("hint", None, False),
    "is_recommended": ("is_recommended", None, False),
    "is_editable": ("is_editable", None, False),
    "default_value": ("default_value", None, False),
    "entity_name": ("entity_name", None, False),
    "is_paid": ("is_paid", None, False),
    "is_paid_only": ("is_paid_only", None, False),
    "children": ("children", _read_children, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: UserPermissionWithChildren, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.slug = get("slug", UNSET)
    model.title = get("title", UNSET)
    model.hint = get("hint", UNSET)
    model.is_recommended = get("is_recommended", UNSET)
    model.is_editable = get("is_editable", UNSET)
    model.default_value = get("default_value", UNSET)
    model.entity_name = get("entity_name", UNSET)
    model.is_paid = get("is_paid", UNSET)
    model.is_paid_only = get("is_paid_only", UNSET)


def _fill_converted(
    model: UserPermissionWithChildren, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "type" not in done:
        value = get("type", UNSET)
        if value is UNSET:
            model.type = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.user_permission_type") or model_builder(
                "altegio_client.models.user_permission_type", "UserPermissionType"
            )
            try:
                model.type = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "options" not in done:
        value = get("options", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.options = UNSET
        else:
            try:
                model.options = _read_options(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "children" not in done:
        value = get("children", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.children = UNSET
        else:
            try:
                model.children = _read_children(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: UserPermissionWithChildren | None = None
) -> UserPermissionWithChildren:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return UserPermissionWithChildren._lazy(json_value, parse_ctx)
        model = new_model(UserPermissionWithChildren)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(UserPermissionWithChildren, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_type, value_options, value_children = fill(json_value, model)
    if value_type is UNSET:
        model.type = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.user_permission_type") or model_builder(
            "altegio_client.models.user_permission_type", "UserPermissionType"
        )
        try:
            model.type = build(value_type, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_options is UNSET:  # what every optional field's converter returns for it
        model.options = UNSET
    else:
        try:
            model.options = _read_options(value_options, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_children is UNSET:  # what every optional field's converter returns for it
        model.children = UNSET
    else:
        try:
            model.children = _read_children(value_children, parse_ctx)
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
        model.__class__ = lazily_read_class(UserPermissionWithChildren)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = UserPermissionWithChildren
        del model._raw, model._context
    return model


UserPermissionWithChildren._lazy_fill = (_fill_plain, _fill_converted, _build)
