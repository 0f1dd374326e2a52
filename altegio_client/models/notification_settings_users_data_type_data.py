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
from ..models.notification_settings_users_data_type_data_mode import (
    NotificationSettingsUsersDataTypeDataMode,
    check_notification_settings_users_data_type_data_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_settings_users_data_type_data_notification_types_item import (
        NotificationSettingsUsersDataTypeDataNotificationTypesItem,
    )


T = TypeVar("T", bound="NotificationSettingsUsersDataTypeData")


@_attrs_define
class NotificationSettingsUsersDataTypeData(LazyModel):
    """Object with data"""

    mode: NotificationSettingsUsersDataTypeDataMode | Unset = UNSET
    """ Notification type (for team member/for administrator) """
    notification_types: list[NotificationSettingsUsersDataTypeDataNotificationTypesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        notification_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notification_types, Unset):
            notification_types = []
            for notification_types_item_data in self.notification_types:
                notification_types_item = notification_types_item_data.to_dict()
                notification_types.append(notification_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if notification_types is not UNSET:
            field_dict["notification_types"] = notification_types

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_settings_users_data_type_data_notification_types_item import (
            NotificationSettingsUsersDataTypeDataNotificationTypesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _mode = d.pop("mode", UNSET)
        mode: NotificationSettingsUsersDataTypeDataMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_notification_settings_users_data_type_data_mode(_mode)

        _notification_types = d.pop("notification_types", UNSET)
        notification_types: list[NotificationSettingsUsersDataTypeDataNotificationTypesItem] | Unset = UNSET
        if _notification_types is not UNSET:
            notification_types = []
            for notification_types_item_data in _notification_types:
                notification_types_item = NotificationSettingsUsersDataTypeDataNotificationTypesItem.from_dict(
                    notification_types_item_data
                )

                notification_types.append(notification_types_item)

        notification_settings_users_data_type_data = cls(
            mode=mode,
            notification_types=notification_types,
        )

        notification_settings_users_data_type_data.additional_properties = d
        return notification_settings_users_data_type_data

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


def _read_mode(json_value: Any, parse_ctx: ParseContext) -> NotificationSettingsUsersDataTypeDataMode | Unset:

    _mode = json_value
    mode: NotificationSettingsUsersDataTypeDataMode | Unset
    if isinstance(_mode, Unset):
        mode = UNSET
    else:
        mode = check_notification_settings_users_data_type_data_mode(_mode)

    return mode


def _read_notification_types(
    json_value: Any, parse_ctx: ParseContext
) -> list[NotificationSettingsUsersDataTypeDataNotificationTypesItem] | Unset:
    NotificationSettingsUsersDataTypeDataNotificationTypesItem = MODEL_CLASSES.get(
        "altegio_client.models.notification_settings_users_data_type_data_notification_types_item"
    ) or model_class(
        "altegio_client.models.notification_settings_users_data_type_data_notification_types_item",
        "NotificationSettingsUsersDataTypeDataNotificationTypesItem",
    )

    _notification_types = json_value
    notification_types: list[NotificationSettingsUsersDataTypeDataNotificationTypesItem] | Unset = UNSET
    if _notification_types is not UNSET:
        notification_types = NotificationSettingsUsersDataTypeDataNotificationTypesItem._lazy_list(
            _notification_types, parse_ctx
        )

    return notification_types


_DECLARED_KEYS = frozenset(
    {
        "mode",
        "notification_types",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


NotificationSettingsUsersDataTypeData._lazy_fields = {
    "mode": ("mode", _read_mode, False),
    "notification_types": ("notification_types", _read_notification_types, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: NotificationSettingsUsersDataTypeData, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: NotificationSettingsUsersDataTypeData,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "mode" not in done:
        value = get("mode", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.mode = UNSET
        else:
            try:
                model.mode = _read_mode(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "notification_types" not in done:
        value = get("notification_types", UNSET)
        if value is UNSET:
            model.notification_types = UNSET
        elif value == []:
            model.notification_types = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.notification_settings_users_data_type_data_notification_types_item"
            ) or model_builder(
                "altegio_client.models.notification_settings_users_data_type_data_notification_types_item",
                "NotificationSettingsUsersDataTypeDataNotificationTypesItem",
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
    json_value: Any, parse_ctx: ParseContext, model: NotificationSettingsUsersDataTypeData | None = None
) -> NotificationSettingsUsersDataTypeData:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return NotificationSettingsUsersDataTypeData._lazy(json_value, parse_ctx)
        model = new_model(
            NotificationSettingsUsersDataTypeData
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
        layout = layout_of(NotificationSettingsUsersDataTypeData, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_mode, value_notification_types = fill(json_value, model)
    if value_mode is UNSET:  # what every optional field's converter returns for it
        model.mode = UNSET
    else:
        try:
            model.mode = _read_mode(value_mode, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_notification_types is UNSET:
        model.notification_types = UNSET
    elif value_notification_types == []:
        model.notification_types = value_notification_types  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.notification_settings_users_data_type_data_notification_types_item"
        ) or model_builder(
            "altegio_client.models.notification_settings_users_data_type_data_notification_types_item",
            "NotificationSettingsUsersDataTypeDataNotificationTypesItem",
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
        model.__class__ = lazily_read_class(NotificationSettingsUsersDataTypeData)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = NotificationSettingsUsersDataTypeData
        del model._raw, model._context
    return model


NotificationSettingsUsersDataTypeData._lazy_fill = (_fill_plain, _fill_converted, _build)
