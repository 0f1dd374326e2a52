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
    from ..models.notification_settings_users_request_data_type_notification_types_item import (
        NotificationSettingsUsersRequestDataTypeNotificationTypesItem,
    )


T = TypeVar("T", bound="NotificationSettingsUsersRequestDataType")


@_attrs_define
class NotificationSettingsUsersRequestDataType(LazyModel):
    """Change User Push Notification Settings

    Example:
        {'notification_types': [{'type': 'record_create_online_admin', 'channels': {'push': 1}}, {'type':
            'record_create_offline_admin', 'channels': {'push': 1}}, {'type': 'record_delete_admin', 'channels': {'push':
            1}}, {'type': 'record_move_admin', 'channels': {'push': 1}}, {'type': 'license_expire', 'channels': {'push':
            1}}]}

    """

    notification_types: list[NotificationSettingsUsersRequestDataTypeNotificationTypesItem] | Unset = UNSET
    """ Array of objects """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notification_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notification_types, Unset):
            notification_types = []
            for notification_types_item_data in self.notification_types:
                notification_types_item = notification_types_item_data.to_dict()
                notification_types.append(notification_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notification_types is not UNSET:
            field_dict["notification_types"] = notification_types

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_settings_users_request_data_type_notification_types_item import (
            NotificationSettingsUsersRequestDataTypeNotificationTypesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _notification_types = d.pop("notification_types", UNSET)
        notification_types: list[NotificationSettingsUsersRequestDataTypeNotificationTypesItem] | Unset = UNSET
        if _notification_types is not UNSET:
            notification_types = []
            for notification_types_item_data in _notification_types:
                notification_types_item = NotificationSettingsUsersRequestDataTypeNotificationTypesItem.from_dict(
                    notification_types_item_data
                )

                notification_types.append(notification_types_item)

        notification_settings_users_request_data_type = cls(
            notification_types=notification_types,
        )

        notification_settings_users_request_data_type.additional_properties = d
        return notification_settings_users_request_data_type

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


def _read_notification_types(
    json_value: Any, parse_ctx: ParseContext
) -> list[NotificationSettingsUsersRequestDataTypeNotificationTypesItem] | Unset:
    NotificationSettingsUsersRequestDataTypeNotificationTypesItem = MODEL_CLASSES.get(
        "altegio_client.models.notification_settings_users_request_data_type_notification_types_item"
    ) or model_class(
        "altegio_client.models.notification_settings_users_request_data_type_notification_types_item",
        "NotificationSettingsUsersRequestDataTypeNotificationTypesItem",
    )

    _notification_types = json_value
    notification_types: list[NotificationSettingsUsersRequestDataTypeNotificationTypesItem] | Unset = UNSET
    if _notification_types is not UNSET:
        notification_types = NotificationSettingsUsersRequestDataTypeNotificationTypesItem._lazy_list(
            _notification_types, parse_ctx
        )

    return notification_types


_DECLARED_KEYS = frozenset(
    {
        "notification_types",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


NotificationSettingsUsersRequestDataType._lazy_fields = {
    "notification_types": ("notification_types", _read_notification_types, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: NotificationSettingsUsersRequestDataType, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: NotificationSettingsUsersRequestDataType,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "notification_types" not in done:
        value = get("notification_types", UNSET)
        if value is UNSET:
            model.notification_types = UNSET
        elif value == []:
            model.notification_types = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.notification_settings_users_request_data_type_notification_types_item"
            ) or model_builder(
                "altegio_client.models.notification_settings_users_request_data_type_notification_types_item",
                "NotificationSettingsUsersRequestDataTypeNotificationTypesItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.notification_types = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: NotificationSettingsUsersRequestDataType | None = None
) -> NotificationSettingsUsersRequestDataType:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return NotificationSettingsUsersRequestDataType._lazy(json_value, parse_ctx)
        model = new_model(
            NotificationSettingsUsersRequestDataType
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
        layout = layout_of(NotificationSettingsUsersRequestDataType, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_notification_types,) = fill(json_value, model)
    if value_notification_types is UNSET:
        model.notification_types = UNSET
    elif value_notification_types == []:
        model.notification_types = value_notification_types  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.notification_settings_users_request_data_type_notification_types_item"
        ) or model_builder(
            "altegio_client.models.notification_settings_users_request_data_type_notification_types_item",
            "NotificationSettingsUsersRequestDataTypeNotificationTypesItem",
        )
        try:
            if _builtins.type(value_notification_types) is not list:
                raise TypeError
            model.notification_types = [build(item, parse_ctx) for item in value_notification_types]
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
        model.__class__ = lazily_read_class(NotificationSettingsUsersRequestDataType)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = NotificationSettingsUsersRequestDataType
        del model._raw, model._context
    return model


NotificationSettingsUsersRequestDataType._lazy_fill = (_fill_plain, _fill_converted, _build)
