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
    from ..models.get_timeslot_settings_response_200_data_dates_settings_item import (
        GetTimeslotSettingsResponse200DataDatesSettingsItem,
    )
    from ..models.get_timeslot_settings_response_200_data_weekdays_settings_item import (
        GetTimeslotSettingsResponse200DataWeekdaysSettingsItem,
    )


T = TypeVar("T", bound="GetTimeslotSettingsResponse200Data")


@_attrs_define
class GetTimeslotSettingsResponse200Data(LazyModel):
    """Timeslot settings object"""

    is_enabled: bool | Unset = UNSET
    """ Whether custom timeslots are enabled """
    weekdays_settings: list[GetTimeslotSettingsResponse200DataWeekdaysSettingsItem] | Unset = UNSET
    """ Settings for each day of the week """
    dates_settings: list[GetTimeslotSettingsResponse200DataDatesSettingsItem] | Unset = UNSET
    """ Per-date overrides (e.g., holidays, special days) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_enabled = self.is_enabled

        weekdays_settings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.weekdays_settings, Unset):
            weekdays_settings = []
            for weekdays_settings_item_data in self.weekdays_settings:
                weekdays_settings_item = weekdays_settings_item_data.to_dict()
                weekdays_settings.append(weekdays_settings_item)

        dates_settings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dates_settings, Unset):
            dates_settings = []
            for dates_settings_item_data in self.dates_settings:
                dates_settings_item = dates_settings_item_data.to_dict()
                dates_settings.append(dates_settings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if weekdays_settings is not UNSET:
            field_dict["weekdays_settings"] = weekdays_settings
        if dates_settings is not UNSET:
            field_dict["dates_settings"] = dates_settings

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_timeslot_settings_response_200_data_dates_settings_item import (
            GetTimeslotSettingsResponse200DataDatesSettingsItem,  # noqa: PLC0415
        )
        from ..models.get_timeslot_settings_response_200_data_weekdays_settings_item import (
            GetTimeslotSettingsResponse200DataWeekdaysSettingsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        is_enabled = d.pop("is_enabled", UNSET)

        _weekdays_settings = d.pop("weekdays_settings", UNSET)
        weekdays_settings: list[GetTimeslotSettingsResponse200DataWeekdaysSettingsItem] | Unset = UNSET
        if _weekdays_settings is not UNSET:
            weekdays_settings = []
            for weekdays_settings_item_data in _weekdays_settings:
                weekdays_settings_item = GetTimeslotSettingsResponse200DataWeekdaysSettingsItem.from_dict(
                    weekdays_settings_item_data
                )

                weekdays_settings.append(weekdays_settings_item)

        _dates_settings = d.pop("dates_settings", UNSET)
        dates_settings: list[GetTimeslotSettingsResponse200DataDatesSettingsItem] | Unset = UNSET
        if _dates_settings is not UNSET:
            dates_settings = []
            for dates_settings_item_data in _dates_settings:
                dates_settings_item = GetTimeslotSettingsResponse200DataDatesSettingsItem.from_dict(
                    dates_settings_item_data
                )

                dates_settings.append(dates_settings_item)

        get_timeslot_settings_response_200_data = cls(
            is_enabled=is_enabled,
            weekdays_settings=weekdays_settings,
            dates_settings=dates_settings,
        )

        get_timeslot_settings_response_200_data.additional_properties = d
        return get_timeslot_settings_response_200_data

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


def _read_weekdays_settings(
    json_value: Any, parse_ctx: ParseContext
) -> list[GetTimeslotSettingsResponse200DataWeekdaysSettingsItem] | Unset:
    GetTimeslotSettingsResponse200DataWeekdaysSettingsItem = MODEL_CLASSES.get(
        "altegio_client.models.get_timeslot_settings_response_200_data_weekdays_settings_item"
    ) or model_class(
        "altegio_client.models.get_timeslot_settings_response_200_data_weekdays_settings_item",
        "GetTimeslotSettingsResponse200DataWeekdaysSettingsItem",
    )

    _weekdays_settings = json_value
    weekdays_settings: list[GetTimeslotSettingsResponse200DataWeekdaysSettingsItem] | Unset = UNSET
    if _weekdays_settings is not UNSET:
        weekdays_settings = GetTimeslotSettingsResponse200DataWeekdaysSettingsItem._lazy_list(
            _weekdays_settings, parse_ctx
        )

    return weekdays_settings


def _read_dates_settings(
    json_value: Any, parse_ctx: ParseContext
) -> list[GetTimeslotSettingsResponse200DataDatesSettingsItem] | Unset:
    GetTimeslotSettingsResponse200DataDatesSettingsItem = MODEL_CLASSES.get(
        "altegio_client.models.get_timeslot_settings_response_200_data_dates_settings_item"
    ) or model_class(
        "altegio_client.models.get_timeslot_settings_response_200_data_dates_settings_item",
        "GetTimeslotSettingsResponse200DataDatesSettingsItem",
    )

    _dates_settings = json_value
    dates_settings: list[GetTimeslotSettingsResponse200DataDatesSettingsItem] | Unset = UNSET
    if _dates_settings is not UNSET:
        dates_settings = GetTimeslotSettingsResponse200DataDatesSettingsItem._lazy_list(_dates_settings, parse_ctx)

    return dates_settings


_DECLARED_KEYS = frozenset(
    {
        "is_enabled",
        "weekdays_settings",
        "dates_settings",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


GetTimeslotSettingsResponse200Data._lazy_fields = {
    "is_enabled": ("is_enabled", None, False),
    "weekdays_settings": ("weekdays_settings", _read_weekdays_settings, False),
    "dates_settings": ("dates_settings", _read_dates_settings, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: GetTimeslotSettingsResponse200Data, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.is_enabled = get("is_enabled", UNSET)


def _fill_converted(
    model: GetTimeslotSettingsResponse200Data, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "weekdays_settings" not in done:
        value = get("weekdays_settings", UNSET)
        if value is UNSET:
            model.weekdays_settings = UNSET
        elif value == []:
            model.weekdays_settings = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.get_timeslot_settings_response_200_data_weekdays_settings_item"
            ) or model_builder(
                "altegio_client.models.get_timeslot_settings_response_200_data_weekdays_settings_item",
                "GetTimeslotSettingsResponse200DataWeekdaysSettingsItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.weekdays_settings = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "dates_settings" not in done:
        value = get("dates_settings", UNSET)
        if value is UNSET:
            model.dates_settings = UNSET
        elif value == []:
            model.dates_settings = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.get_timeslot_settings_response_200_data_dates_settings_item"
            ) or model_builder(
                "altegio_client.models.get_timeslot_settings_response_200_data_dates_settings_item",
                "GetTimeslotSettingsResponse200DataDatesSettingsItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.dates_settings = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: GetTimeslotSettingsResponse200Data | None = None
) -> GetTimeslotSettingsResponse200Data:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return GetTimeslotSettingsResponse200Data._lazy(json_value, parse_ctx)
        model = new_model(
            GetTimeslotSettingsResponse200Data
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
        layout = layout_of(GetTimeslotSettingsResponse200Data, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_weekdays_settings, value_dates_settings = fill(json_value, model)
    if value_weekdays_settings is UNSET:
        model.weekdays_settings = UNSET
    elif value_weekdays_settings == []:
        model.weekdays_settings = value_weekdays_settings  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.get_timeslot_settings_response_200_data_weekdays_settings_item"
        ) or model_builder(
            "altegio_client.models.get_timeslot_settings_response_200_data_weekdays_settings_item",
            "GetTimeslotSettingsResponse200DataWeekdaysSettingsItem",
        )
        try:
            if _builtins.type(value_weekdays_settings) is not list:
                raise TypeError
            model.weekdays_settings = [build(item, parse_ctx) for item in value_weekdays_settings]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_dates_settings is UNSET:
        model.dates_settings = UNSET
    elif value_dates_settings == []:
        model.dates_settings = value_dates_settings  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.get_timeslot_settings_response_200_data_dates_settings_item"
        ) or model_builder(
            "altegio_client.models.get_timeslot_settings_response_200_data_dates_settings_item",
            "GetTimeslotSettingsResponse200DataDatesSettingsItem",
        )
        try:
            if _builtins.type(value_dates_settings) is not list:
                raise TypeError
            model.dates_settings = [build(item, parse_ctx) for item in value_dates_settings]
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
        model.__class__ = lazily_read_class(GetTimeslotSettingsResponse200Data)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = GetTimeslotSettingsResponse200Data
        del model._raw, model._context
    return model


GetTimeslotSettingsResponse200Data._lazy_fill = (_fill_plain, _fill_converted, _build)
