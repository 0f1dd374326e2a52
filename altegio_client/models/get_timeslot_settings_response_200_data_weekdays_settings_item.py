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
    from ..models.get_timeslot_settings_response_200_data_weekdays_settings_item_setting import (
        GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting,
    )


T = TypeVar("T", bound="GetTimeslotSettingsResponse200DataWeekdaysSettingsItem")


@_attrs_define
class GetTimeslotSettingsResponse200DataWeekdaysSettingsItem(LazyModel):
    weekday: int | Unset = UNSET
    """ Day of week (1 = Monday, 7 = Sunday) """
    timeslots: list[int] | Unset = UNSET
    """ Available timeslots in seconds from midnight.
    Only used when grid_base_type = "predefined".
     """
    setting: GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting | Unset = UNSET
    """ Grid generation rules """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        weekday = self.weekday

        timeslots: list[int] | Unset = UNSET
        if not isinstance(self.timeslots, Unset):
            timeslots = self.timeslots

        setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.setting, Unset):
            setting = self.setting.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if weekday is not UNSET:
            field_dict["weekday"] = weekday
        if timeslots is not UNSET:
            field_dict["timeslots"] = timeslots
        if setting is not UNSET:
            field_dict["setting"] = setting

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_timeslot_settings_response_200_data_weekdays_settings_item_setting import (
            GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting,  # noqa: PLC0415
        )

        d = dict(src_dict)
        weekday = d.pop("weekday", UNSET)

        timeslots = cast(list[int], d.pop("timeslots", UNSET))

        _setting = d.pop("setting", UNSET)
        setting: GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting | Unset
        if isinstance(_setting, Unset):
            setting = UNSET
        else:
            setting = GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting.from_dict(_setting)

        get_timeslot_settings_response_200_data_weekdays_settings_item = cls(
            weekday=weekday,
            timeslots=timeslots,
            setting=setting,
        )

        get_timeslot_settings_response_200_data_weekdays_settings_item.additional_properties = d
        return get_timeslot_settings_response_200_data_weekdays_settings_item

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


def _read_setting(
    json_value: Any, parse_ctx: ParseContext
) -> GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting | Unset:
    GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting = MODEL_CLASSES.get(
        "altegio_client.models.get_timeslot_settings_response_200_data_weekdays_settings_item_setting"
    ) or model_class(
        "altegio_client.models.get_timeslot_settings_response_200_data_weekdays_settings_item_setting",
        "GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting",
    )

    _setting = json_value
    setting: GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting | Unset
    if isinstance(_setting, Unset):
        setting = UNSET
    else:
        setting = GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting._lazy(_setting, parse_ctx)

    return setting


_DECLARED_KEYS = frozenset(
    {
        "weekday",
        "timeslots",
        "setting",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


GetTimeslotSettingsResponse200DataWeekdaysSettingsItem._lazy_fields = {
    "weekday": ("weekday", None, False),
    "timeslots": ("timeslots", None, False),
    "setting": ("setting", _read_setting, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: GetTimeslotSettingsResponse200DataWeekdaysSettingsItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.weekday = get("weekday", UNSET)
    model.timeslots = get("timeslots", UNSET)


def _fill_converted(
    model: GetTimeslotSettingsResponse200DataWeekdaysSettingsItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "setting" not in done:
        value = get("setting", UNSET)
        if value is UNSET:
            model.setting = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.get_timeslot_settings_response_200_data_weekdays_settings_item_setting"
            ) or model_builder(
                "altegio_client.models.get_timeslot_settings_response_200_data_weekdays_settings_item_setting",
                "GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting",
            )
            try:
                model.setting = build(value, parse_ctx)
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
    model: GetTimeslotSettingsResponse200DataWeekdaysSettingsItem | None = None,
) -> GetTimeslotSettingsResponse200DataWeekdaysSettingsItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return GetTimeslotSettingsResponse200DataWeekdaysSettingsItem._lazy(json_value, parse_ctx)
        model = new_model(
            GetTimeslotSettingsResponse200DataWeekdaysSettingsItem
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
        layout = layout_of(GetTimeslotSettingsResponse200DataWeekdaysSettingsItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_setting,) = fill(json_value, model)
    if value_setting is UNSET:
        model.setting = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.get_timeslot_settings_response_200_data_weekdays_settings_item_setting"
        ) or model_builder(
            "altegio_client.models.get_timeslot_settings_response_200_data_weekdays_settings_item_setting",
            "GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting",
        )
        try:
            model.setting = build(value_setting, parse_ctx)
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
        model.__class__ = lazily_read_class(GetTimeslotSettingsResponse200DataWeekdaysSettingsItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = GetTimeslotSettingsResponse200DataWeekdaysSettingsItem
        del model._raw, model._context
    return model


GetTimeslotSettingsResponse200DataWeekdaysSettingsItem._lazy_fill = (_fill_plain, _fill_converted, _build)
