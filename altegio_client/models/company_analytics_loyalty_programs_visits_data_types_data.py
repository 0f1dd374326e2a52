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
    from ..models.company_analytics_loyalty_programs_visits_data_types_data_client_stats import (
        CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataClientStats,
    )
    from ..models.company_analytics_loyalty_programs_visits_data_types_data_visits_stats_by_day_item import (
        CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataVisitsStatsByDayItem,
    )


T = TypeVar("T", bound="CompanyAnalyticsLoyaltyProgramsVisitsDataTypesData")


@_attrs_define
class CompanyAnalyticsLoyaltyProgramsVisitsDataTypesData(LazyModel):
    """Object with data"""

    client_stats: CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataClientStats | Unset = UNSET
    """ Client statistics """
    visits_stats_by_day: list[CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataVisitsStatsByDayItem] | Unset = UNSET
    """ Number of clients per day """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_stats, Unset):
            client_stats = self.client_stats.to_dict()

        visits_stats_by_day: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.visits_stats_by_day, Unset):
            visits_stats_by_day = []
            for visits_stats_by_day_item_data in self.visits_stats_by_day:
                visits_stats_by_day_item = visits_stats_by_day_item_data.to_dict()
                visits_stats_by_day.append(visits_stats_by_day_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_stats is not UNSET:
            field_dict["client_stats"] = client_stats
        if visits_stats_by_day is not UNSET:
            field_dict["visits_stats_by_day"] = visits_stats_by_day

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_analytics_loyalty_programs_visits_data_types_data_client_stats import (
            CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataClientStats,  # noqa: PLC0415
        )
        from ..models.company_analytics_loyalty_programs_visits_data_types_data_visits_stats_by_day_item import (
            CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataVisitsStatsByDayItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _client_stats = d.pop("client_stats", UNSET)
        client_stats: CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataClientStats | Unset
        if isinstance(_client_stats, Unset):
            client_stats = UNSET
        else:
            client_stats = CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataClientStats.from_dict(_client_stats)

        _visits_stats_by_day = d.pop("visits_stats_by_day", UNSET)
        visits_stats_by_day: list[CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataVisitsStatsByDayItem] | Unset = (
            UNSET
        )
        if _visits_stats_by_day is not UNSET:
            visits_stats_by_day = []
            for visits_stats_by_day_item_data in _visits_stats_by_day:
                visits_stats_by_day_item = (
                    CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataVisitsStatsByDayItem.from_dict(
                        visits_stats_by_day_item_data
                    )
                )

                visits_stats_by_day.append(visits_stats_by_day_item)

        company_analytics_loyalty_programs_visits_data_types_data = cls(
            client_stats=client_stats,
            visits_stats_by_day=visits_stats_by_day,
        )

        company_analytics_loyalty_programs_visits_data_types_data.additional_properties = d
        return company_analytics_loyalty_programs_visits_data_types_data

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


def _read_client_stats(
    json_value: Any, parse_ctx: ParseContext
) -> CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataClientStats | Unset:
    CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataClientStats = MODEL_CLASSES.get(
        "altegio_client.models.company_analytics_loyalty_programs_visits_data_types_data_client_stats"
    ) or model_class(
        "altegio_client.models.company_analytics_loyalty_programs_visits_data_types_data_client_stats",
        "CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataClientStats",
    )

    _client_stats = json_value
    client_stats: CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataClientStats | Unset
    if isinstance(_client_stats, Unset):
        client_stats = UNSET
    else:
        client_stats = CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataClientStats._lazy(_client_stats, parse_ctx)

    return client_stats


def _read_visits_stats_by_day(
    json_value: Any, parse_ctx: ParseContext
) -> list[CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataVisitsStatsByDayItem] | Unset:
    CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataVisitsStatsByDayItem = MODEL_CLASSES.get(
        "altegio_client.models.company_analytics_loyalty_programs_visits_data_types_data_visits_stats_by_day_item"
    ) or model_class(
        "altegio_client.models.company_analytics_loyalty_programs_visits_data_types_data_visits_stats_by_day_item",
        "CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataVisitsStatsByDayItem",
    )

    _visits_stats_by_day = json_value
    visits_stats_by_day: list[CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataVisitsStatsByDayItem] | Unset = UNSET
    if _visits_stats_by_day is not UNSET:
        visits_stats_by_day = CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataVisitsStatsByDayItem._lazy_list(
            _visits_stats_by_day, parse_ctx
        )

    return visits_stats_by_day


_DECLARED_KEYS = frozenset(
    {
        "client_stats",
        "visits_stats_by_day",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CompanyAnalyticsLoyaltyProgramsVisitsDataTypesData._lazy_fields = {
    "client_stats": ("client_stats", _read_client_stats, False),
    "visits_stats_by_day": ("visits_stats_by_day", _read_visits_stats_by_day, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: CompanyAnalyticsLoyaltyProgramsVisitsDataTypesData, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: CompanyAnalyticsLoyaltyProgramsVisitsDataTypesData,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "client_stats" not in done:
        value = get("client_stats", UNSET)
        if value is UNSET:
            model.client_stats = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.company_analytics_loyalty_programs_visits_data_types_data_client_stats"
            ) or model_builder(
                "altegio_client.models.company_analytics_loyalty_programs_visits_data_types_data_client_stats",
                "CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataClientStats",
            )
            try:
                model.client_stats = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "visits_stats_by_day" not in done:
        value = get("visits_stats_by_day", UNSET)
        if value is UNSET:
            model.visits_stats_by_day = UNSET
        elif value == []:
            model.visits_stats_by_day = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.company_analytics_loyalty_programs_visits_data_types_data_visits_stats_by_day_item"
            ) or model_builder(
                "altegio_client.models.company_analytics_loyalty_programs_visits_data_types_data_visits_stats_by_day_item",
                "CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataVisitsStatsByDayItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.visits_stats_by_day = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: CompanyAnalyticsLoyaltyProgramsVisitsDataTypesData | None = None
) -> CompanyAnalyticsLoyaltyProgramsVisitsDataTypesData:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CompanyAnalyticsLoyaltyProgramsVisitsDataTypesData._lazy(json_value, parse_ctx)
        model = new_model(
            CompanyAnalyticsLoyaltyProgramsVisitsDataTypesData
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
        layout = layout_of(CompanyAnalyticsLoyaltyProgramsVisitsDataTypesData, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_client_stats, value_visits_stats_by_day = fill(json_value, model)
    if value_client_stats is UNSET:
        model.client_stats = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.company_analytics_loyalty_programs_visits_data_types_data_client_stats"
        ) or model_builder(
            "altegio_client.models.company_analytics_loyalty_programs_visits_data_types_data_client_stats",
            "CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataClientStats",
        )
        try:
            model.client_stats = build(value_client_stats, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_visits_stats_by_day is UNSET:
        model.visits_stats_by_day = UNSET
    elif value_visits_stats_by_day == []:
        model.visits_stats_by_day = value_visits_stats_by_day  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.company_analytics_loyalty_programs_visits_data_types_data_visits_stats_by_day_item"
        ) or model_builder(
            "altegio_client.models.company_analytics_loyalty_programs_visits_data_types_data_visits_stats_by_day_item",
            "CompanyAnalyticsLoyaltyProgramsVisitsDataTypesDataVisitsStatsByDayItem",
        )
        try:
            if _builtins.type(value_visits_stats_by_day) is not list:
                raise TypeError
            model.visits_stats_by_day = [build(item, parse_ctx) for item in value_visits_stats_by_day]
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
        model.__class__ = lazily_read_class(CompanyAnalyticsLoyaltyProgramsVisitsDataTypesData)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CompanyAnalyticsLoyaltyProgramsVisitsDataTypesData
        del model._raw, model._context
    return model


CompanyAnalyticsLoyaltyProgramsVisitsDataTypesData._lazy_fill = (_fill_plain, _fill_converted, _build)
