from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._codegen import (
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    new_model,
)
from ..models.get_timeslot_settings_response_200_data_weekdays_settings_item_setting_grid_base_type import (
    GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSettingGridBaseType,
    check_get_timeslot_settings_response_200_data_weekdays_settings_item_setting_grid_base_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting")


@_attrs_define
class GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting(LazyModel):
    """Grid generation rules"""

    grid_first_timeslot: int | Unset = UNSET
    """ Earliest available slot time in seconds from midnight """
    grid_last_timeslot: int | Unset = UNSET
    """ Latest available slot time in seconds from midnight """
    grid_display_step: int | Unset = UNSET
    """ Interval between displayed slots in seconds """
    grid_nearest_timeslot_delay: int | Unset = UNSET
    """ Minimum delay before nearest available slot in seconds """
    grid_base_type: GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSettingGridBaseType | Unset = UNSET
    """ Grid type: predefined, schedule, or timeslots """
    is_grid_flexible: bool | Unset = UNSET
    """ Whether to add a flexible slot option """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grid_first_timeslot = self.grid_first_timeslot

        grid_last_timeslot = self.grid_last_timeslot

        grid_display_step = self.grid_display_step

        grid_nearest_timeslot_delay = self.grid_nearest_timeslot_delay

        grid_base_type: str | Unset = UNSET
        if not isinstance(self.grid_base_type, Unset):
            grid_base_type = self.grid_base_type

        is_grid_flexible = self.is_grid_flexible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if grid_first_timeslot is not UNSET:
            field_dict["grid_first_timeslot"] = grid_first_timeslot
        if grid_last_timeslot is not UNSET:
            field_dict["grid_last_timeslot"] = grid_last_timeslot
        if grid_display_step is not UNSET:
            field_dict["grid_display_step"] = grid_display_step
        if grid_nearest_timeslot_delay is not UNSET:
            field_dict["grid_nearest_timeslot_delay"] = grid_nearest_timeslot_delay
        if grid_base_type is not UNSET:
            field_dict["grid_base_type"] = grid_base_type
        if is_grid_flexible is not UNSET:
            field_dict["is_grid_flexible"] = is_grid_flexible

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grid_first_timeslot = d.pop("grid_first_timeslot", UNSET)

        grid_last_timeslot = d.pop("grid_last_timeslot", UNSET)

        grid_display_step = d.pop("grid_display_step", UNSET)

        grid_nearest_timeslot_delay = d.pop("grid_nearest_timeslot_delay", UNSET)

        _grid_base_type = d.pop("grid_base_type", UNSET)
        grid_base_type: GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSettingGridBaseType | Unset
        if isinstance(_grid_base_type, Unset):
            grid_base_type = UNSET
        else:
            grid_base_type = (
                check_get_timeslot_settings_response_200_data_weekdays_settings_item_setting_grid_base_type(
                    _grid_base_type
                )
            )

        is_grid_flexible = d.pop("is_grid_flexible", UNSET)

        get_timeslot_settings_response_200_data_weekdays_settings_item_setting = cls(
            grid_first_timeslot=grid_first_timeslot,
            grid_last_timeslot=grid_last_timeslot,
            grid_display_step=grid_display_step,
            grid_nearest_timeslot_delay=grid_nearest_timeslot_delay,
            grid_base_type=grid_base_type,
            is_grid_flexible=is_grid_flexible,
        )

        get_timeslot_settings_response_200_data_weekdays_settings_item_setting.additional_properties = d
        return get_timeslot_settings_response_200_data_weekdays_settings_item_setting

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


def _read_grid_base_type(
    json_value: Any, parse_ctx: ParseContext
) -> GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSettingGridBaseType | Unset:

    _grid_base_type = json_value
    grid_base_type: GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSettingGridBaseType | Unset
    if isinstance(_grid_base_type, Unset):
        grid_base_type = UNSET
    else:
        grid_base_type = check_get_timeslot_settings_response_200_data_weekdays_settings_item_setting_grid_base_type(
            _grid_base_type
        )

    return grid_base_type


_DECLARED_KEYS = frozenset(
    {
        "grid_first_timeslot",
        "grid_last_timeslot",
        "grid_display_step",
        "grid_nearest_timeslot_delay",
        "grid_base_type",
        "is_grid_flexible",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting._lazy_fields = {
    "grid_first_timeslot": ("grid_first_timeslot", None, False),
    "grid_last_timeslot": ("grid_last_timeslot", None, False),
    "grid_display_step": ("grid_display_step", None, False),
    "grid_nearest_timeslot_delay": ("grid_nearest_timeslot_delay", None, False),
    "grid_base_type": ("grid_base_type", _read_grid_base_type, False),
    "is_grid_flexible": ("is_grid_flexible", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(
    model: GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting, json_value: dict[str, Any]
) -> None:
    get = json_value.get
    model.grid_first_timeslot = get("grid_first_timeslot", UNSET)
    model.grid_last_timeslot = get("grid_last_timeslot", UNSET)
    model.grid_display_step = get("grid_display_step", UNSET)
    model.grid_nearest_timeslot_delay = get("grid_nearest_timeslot_delay", UNSET)
    model.is_grid_flexible = get("is_grid_flexible", UNSET)


def _fill_converted(
    model: GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "grid_base_type" not in done:
        value = get("grid_base_type", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.grid_base_type = UNSET
        else:
            try:
                model.grid_base_type = _read_grid_base_type(value, parse_ctx)
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
    model: GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting | None = None,
) -> GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting._lazy(json_value, parse_ctx)
        model = new_model(
            GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting
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
        layout = layout_of(GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_grid_base_type,) = fill(json_value, model)
    if value_grid_base_type is UNSET:  # what every optional field's converter returns for it
        model.grid_base_type = UNSET
    else:
        try:
            model.grid_base_type = _read_grid_base_type(value_grid_base_type, parse_ctx)
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
        model.__class__ = lazily_read_class(GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting
        del model._raw, model._context
    return model


GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting._lazy_fill = (_fill_plain, _fill_converted, _build)
