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
from ..models.notification_settings_users_data_type_data_notification_types_item_type import (
    NotificationSettingsUsersDataTypeDataNotificationTypesItemType,
    check_notification_settings_users_data_type_data_notification_types_item_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_settings_users_request_data_type_notification_types_item_channels import (
        NotificationSettingsUsersRequestDataTypeNotificationTypesItemChannels,
    )


T = TypeVar("T", bound="NotificationSettingsUsersRequestDataTypeNotificationTypesItem")


@_attrs_define
class NotificationSettingsUsersRequestDataTypeNotificationTypesItem(LazyModel):
    type: NotificationSettingsUsersDataTypeDataNotificationTypesItemType | Unset = UNSET
    """ Notification type """
    channels: NotificationSettingsUsersRequestDataTypeNotificationTypesItemChannels | Unset = UNSET
    """ The channel on which the notification will be sent """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type: str | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type

        channels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = self.channels.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type is not UNSET:
            field_dict["type"] = type
        if channels is not UNSET:
            field_dict["channels"] = channels

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_settings_users_request_data_type_notification_types_item_channels import (
            NotificationSettingsUsersRequestDataTypeNotificationTypesItemChannels,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _type = d.pop("type", UNSET)
        type: NotificationSettingsUsersDataTypeDataNotificationTypesItemType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = check_notification_settings_users_data_type_data_notification_types_item_type(_type)

        _channels = d.pop("channels", UNSET)
        channels: NotificationSettingsUsersRequestDataTypeNotificationTypesItemChannels | Unset
        if isinstance(_channels, Unset):
            channels = UNSET
        else:
            channels = NotificationSettingsUsersRequestDataTypeNotificationTypesItemChannels.from_dict(_channels)

        notification_settings_users_request_data_type_notification_types_item = cls(
            type=type,
            channels=channels,
        )

        notification_settings_users_request_data_type_notification_types_item.additional_properties = d
        return notification_settings_users_request_data_type_notification_types_item

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


def _read_type(
    json_value: Any, parse_ctx: ParseContext
) -> NotificationSettingsUsersDataTypeDataNotificationTypesItemType | Unset:

    _type = json_value
    type: NotificationSettingsUsersDataTypeDataNotificationTypesItemType | Unset
    if isinstance(_type, Unset):
        type = UNSET
    else:
        type = check_notification_settings_users_data_type_data_notification_types_item_type(_type)

    return type


def _read_channels(
    json_value: Any, parse_ctx: ParseContext
) -> NotificationSettingsUsersRequestDataTypeNotificationTypesItemChannels | Unset:
    NotificationSettingsUsersRequestDataTypeNotificationTypesItemChannels = MODEL_CLASSES.get(
        "altegio_client.models.notification_settings_users_request_data_type_notification_types_item_channels"
    ) or model_class(
        "altegio_client.models.notification_settings_users_request_data_type_notification_types_item_channels",
        "NotificationSettingsUsersRequestDataTypeNotificationTypesItemChannels",
    )

    _channels = json_value
    channels: NotificationSettingsUsersRequestDataTypeNotificationTypesItemChannels | Unset
    if isinstance(_channels, Unset):
        channels = UNSET
    else:
        channels = NotificationSettingsUsersRequestDataTypeNotificationTypesItemChannels._lazy(_channels, parse_ctx)

    return channels


_DECLARED_KEYS = frozenset(
    {
        "type",
        "channels",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


NotificationSettingsUsersRequestDataTypeNotificationTypesItem._lazy_fields = {
    "type": ("type", _read_type, False),
    "channels": ("channels", _read_channels, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(
    model: NotificationSettingsUsersRequestDataTypeNotificationTypesItem, json_value: dict[str, Any]
) -> None:
    get = json_value.get


def _fill_converted(
    model: NotificationSettingsUsersRequestDataTypeNotificationTypesItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "type" not in done:
        value = get("type", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.type = UNSET
        else:
            try:
                model.type = _read_type(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "channels" not in done:
        value = get("channels", UNSET)
        if value is UNSET:
            model.channels = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.notification_settings_users_request_data_type_notification_types_item_channels"
            ) or model_builder(
                "altegio_client.models.notification_settings_users_request_data_type_notification_types_item_channels",
                "NotificationSettingsUsersRequestDataTypeNotificationTypesItemChannels",
            )
            try:
                model.channels = build(value, parse_ctx)
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
    model: NotificationSettingsUsersRequestDataTypeNotificationTypesItem | None = None,
) -> NotificationSettingsUsersRequestDataTypeNotificationTypesItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return NotificationSettingsUsersRequestDataTypeNotificationTypesItem._lazy(json_value, parse_ctx)
        model = new_model(
            NotificationSettingsUsersRequestDataTypeNotificationTypesItem
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
        layout = layout_of(NotificationSettingsUsersRequestDataTypeNotificationTypesItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_type, value_channels = fill(json_value, model)
    if value_type is UNSET:  # what every optional field's converter returns for it
        model.type = UNSET
    else:
        try:
            model.type = _read_type(value_type, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_channels is UNSET:
        model.channels = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.notification_settings_users_request_data_type_notification_types_item_channels"
        ) or model_builder(
            "altegio_client.models.notification_settings_users_request_data_type_notification_types_item_channels",
            "NotificationSettingsUsersRequestDataTypeNotificationTypesItemChannels",
        )
        try:
            model.channels = build(value_channels, parse_ctx)
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
        model.__class__ = lazily_read_class(NotificationSettingsUsersRequestDataTypeNotificationTypesItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = NotificationSettingsUsersRequestDataTypeNotificationTypesItem
        del model._raw, model._context
    return model


NotificationSettingsUsersRequestDataTypeNotificationTypesItem._lazy_fill = (_fill_plain, _fill_converted, _build)
