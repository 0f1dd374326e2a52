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
    from ..models.analytics_report_overall_client_stats import (
        AnalyticsReportOverallClientStats,
    )
    from ..models.analytics_report_overall_fullness_stats import (
        AnalyticsReportOverallFullnessStats,
    )
    from ..models.analytics_report_overall_record_stats import (
        AnalyticsReportOverallRecordStats,
    )
    from ..models.analytics_report_overall_sum_stats import AnalyticsReportOverallSumStats


T = TypeVar("T", bound="AnalyticsReportOverallStats")


@_attrs_define
class AnalyticsReportOverallStats(LazyModel):
    """Summary indicators"""

    income_total_stats: AnalyticsReportOverallSumStats | Unset = UNSET
    income_services_stats: AnalyticsReportOverallSumStats | Unset = UNSET
    income_goods_stats: AnalyticsReportOverallSumStats | Unset = UNSET
    income_average_stats: AnalyticsReportOverallSumStats | Unset = UNSET
    income_average_services_stats: AnalyticsReportOverallSumStats | Unset = UNSET
    fullness_stats: AnalyticsReportOverallFullnessStats | Unset = UNSET
    """ Summary indicators of the occupancy of the working hours of the location's team members """
    record_stats: AnalyticsReportOverallRecordStats | Unset = UNSET
    """ Summary metrics by number of appointments """
    client_stats: AnalyticsReportOverallClientStats | Unset = UNSET
    """ Summary indicators by number of clients """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        income_total_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_total_stats, Unset):
            income_total_stats = self.income_total_stats.to_dict()

        income_services_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_services_stats, Unset):
            income_services_stats = self.income_services_stats.to_dict()

        income_goods_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_goods_stats, Unset):
            income_goods_stats = self.income_goods_stats.to_dict()

        income_average_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_average_stats, Unset):
            income_average_stats = self.income_average_stats.to_dict()

        income_average_services_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_average_services_stats, Unset):
            income_average_services_stats = self.income_average_services_stats.to_dict()

        fullness_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fullness_stats, Unset):
            fullness_stats = self.fullness_stats.to_dict()

        record_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.record_stats, Unset):
            record_stats = self.record_stats.to_dict()

        client_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_stats, Unset):
            client_stats = self.client_stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if income_total_stats is not UNSET:
            field_dict["income_total_stats"] = income_total_stats
        if income_services_stats is not UNSET:
            field_dict["income_services_stats"] = income_services_stats
        if income_goods_stats is not UNSET:
            field_dict["income_goods_stats"] = income_goods_stats
        if income_average_stats is not UNSET:
            field_dict["income_average_stats"] = income_average_stats
        if income_average_services_stats is not UNSET:
            field_dict["income_average_services_stats"] = income_average_services_stats
        if fullness_stats is not UNSET:
            field_dict["fullness_stats"] = fullness_stats
        if record_stats is not UNSET:
            field_dict["record_stats"] = record_stats
        if client_stats is not UNSET:
            field_dict["client_stats"] = client_stats

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analytics_report_overall_client_stats import (
            AnalyticsReportOverallClientStats,  # noqa: PLC0415
        )
        from ..models.analytics_report_overall_fullness_stats import (
            AnalyticsReportOverallFullnessStats,  # noqa: PLC0415
        )
        from ..models.analytics_report_overall_record_stats import (
            AnalyticsReportOverallRecordStats,  # noqa: PLC0415
        )
        from ..models.analytics_report_overall_sum_stats import (
            AnalyticsReportOverallSumStats,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _income_total_stats = d.pop("income_total_stats", UNSET)
        income_total_stats: AnalyticsReportOverallSumStats | Unset
        if isinstance(_income_total_stats, Unset):
            income_total_stats = UNSET
        else:
            income_total_stats = AnalyticsReportOverallSumStats.from_dict(_income_total_stats)

        _income_services_stats = d.pop("income_services_stats", UNSET)
        income_services_stats: AnalyticsReportOverallSumStats | Unset
        if isinstance(_income_services_stats, Unset):
            income_services_stats = UNSET
        else:
            income_services_stats = AnalyticsReportOverallSumStats.from_dict(_income_services_stats)

        _income_goods_stats = d.pop("income_goods_stats", UNSET)
        income_goods_stats: AnalyticsReportOverallSumStats | Unset
        if isinstance(_income_goods_stats, Unset):
            income_goods_stats = UNSET
        else:
            income_goods_stats = AnalyticsReportOverallSumStats.from_dict(_income_goods_stats)

        _income_average_stats = d.pop("income_average_stats", UNSET)
        income_average_stats: AnalyticsReportOverallSumStats | Unset
        if isinstance(_income_average_stats, Unset):
            income_average_stats = UNSET
        else:
            income_average_stats = AnalyticsReportOverallSumStats.from_dict(_income_average_stats)

        _income_average_services_stats = d.pop("income_average_services_stats", UNSET)
        income_average_services_stats: AnalyticsReportOverallSumStats | Unset
        if isinstance(_income_average_services_stats, Unset):
            income_average_services_stats = UNSET
        else:
            income_average_services_stats = AnalyticsReportOverallSumStats.from_dict(_income_average_services_stats)

        _fullness_stats = d.pop("fullness_stats", UNSET)
        fullness_stats: AnalyticsReportOverallFullnessStats | Unset
        if isinstance(_fullness_stats, Unset):
            fullness_stats = UNSET
        else:
            fullness_stats = AnalyticsReportOverallFullnessStats.from_dict(_fullness_stats)

        _record_stats = d.pop("record_stats", UNSET)
        record_stats: AnalyticsReportOverallRecordStats | Unset
        if isinstance(_record_stats, Unset):
            record_stats = UNSET
        else:
            record_stats = AnalyticsReportOverallRecordStats.from_dict(_record_stats)

        _client_stats = d.pop("client_stats", UNSET)
        client_stats: AnalyticsReportOverallClientStats | Unset
        if isinstance(_client_stats, Unset):
            client_stats = UNSET
        else:
            client_stats = AnalyticsReportOverallClientStats.from_dict(_client_stats)

        analytics_report_overall_stats = cls(
            income_total_stats=income_total_stats,
            income_services_stats=income_services_stats,
            income_goods_stats=income_goods_stats,
            income_average_stats=income_average_stats,
            income_average_services_stats=income_average_services_stats,
            fullness_stats=fullness_stats,
            record_stats=record_stats,
            client_stats=client_stats,
        )

        analytics_report_overall_stats.additional_properties = d
        return analytics_report_overall_stats

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


def _read_income_total_stats(json_value: Any, parse_ctx: ParseContext) -> AnalyticsReportOverallSumStats | Unset:
    AnalyticsReportOverallSumStats = MODEL_CLASSES.get(
        "altegio_client.models.analytics_report_overall_sum_stats"
    ) or model_class("altegio_client.models.analytics_report_overall_sum_stats", "AnalyticsReportOverallSumStats")

    _income_total_stats = json_value
    income_total_stats: AnalyticsReportOverallSumStats | Unset
    if isinstance(_income_total_stats, Unset):
        income_total_stats = UNSET
    else:
        income_total_stats = AnalyticsReportOverallSumStats._lazy(_income_total_stats, parse_ctx)

    return income_total_stats


def _read_income_services_stats(json_value: Any, parse_ctx: ParseContext) -> AnalyticsReportOverallSumStats | Unset:
    AnalyticsReportOverallSumStats = MODEL_CLASSES.get(
        "altegio_client.models.analytics_report_overall_sum_stats"
    ) or model_class("altegio_client.models.analytics_report_overall_sum_stats", "AnalyticsReportOverallSumStats")

    _income_services_stats = json_value
    income_services_stats: AnalyticsReportOverallSumStats | Unset
    if isinstance(_income_services_stats, Unset):
        income_services_stats = UNSET
    else:
        income_services_stats = AnalyticsReportOverallSumStats._lazy(_income_services_stats, parse_ctx)

    return income_services_stats


def _read_income_goods_stats(json_value: Any, parse_ctx: ParseContext) -> AnalyticsReportOverallSumStats | Unset:
    AnalyticsReportOverallSumStats = MODEL_CLASSES.get(
        "altegio_client.models.analytics_report_overall_sum_stats"
    ) or model_class("altegio_client.models.analytics_report_overall_sum_stats", "AnalyticsReportOverallSumStats")

    _income_goods_stats = json_value
    income_goods_stats: AnalyticsReportOverallSumStats | Unset
    if isinstance(_income_goods_stats, Unset):
        income_goods_stats = UNSET
    else:
        income_goods_stats = AnalyticsReportOverallSumStats._lazy(_income_goods_stats, parse_ctx)

    return income_goods_stats


def _read_income_average_stats(json_value: Any, parse_ctx: ParseContext) -> AnalyticsReportOverallSumStats | Unset:
    AnalyticsReportOverallSumStats = MODEL_CLASSES.get(
        "altegio_client.models.analytics_report_overall_sum_stats"
    ) or model_class("altegio_client.models.analytics_report_overall_sum_stats", "AnalyticsReportOverallSumStats")

    _income_average_stats = json_value
    income_average_stats: AnalyticsReportOverallSumStats | Unset
    if isinstance(_income_average_stats, Unset):
        income_average_stats = UNSET
    else:
        income_average_stats = AnalyticsReportOverallSumStats._lazy(_income_average_stats, parse_ctx)

    return income_average_stats


def _read_income_average_services_stats(
    json_value: Any, parse_ctx: ParseContext
) -> AnalyticsReportOverallSumStats | Unset:
    AnalyticsReportOverallSumStats = MODEL_CLASSES.get(
        "altegio_client.models.analytics_report_overall_sum_stats"
    ) or model_class("altegio_client.models.analytics_report_overall_sum_stats", "AnalyticsReportOverallSumStats")

    _income_average_services_stats = json_value
    income_average_services_stats: AnalyticsReportOverallSumStats | Unset
    if isinstance(_income_average_services_stats, Unset):
        income_average_services_stats = UNSET
    else:
        income_average_services_stats = AnalyticsReportOverallSumStats._lazy(_income_average_services_stats, parse_ctx)

    return income_average_services_stats


def _read_fullness_stats(json_value: Any, parse_ctx: ParseContext) -> AnalyticsReportOverallFullnessStats | Unset:
    AnalyticsReportOverallFullnessStats = MODEL_CLASSES.get(
        "altegio_client.models.analytics_report_overall_fullness_stats"
    ) or model_class(
        "altegio_client.models.analytics_report_overall_fullness_stats", "AnalyticsReportOverallFullnessStats"
    )

    _fullness_stats = json_value
    fullness_stats: AnalyticsReportOverallFullnessStats | Unset
    if isinstance(_fullness_stats, Unset):
        fullness_stats = UNSET
    else:
        fullness_stats = AnalyticsReportOverallFullnessStats._lazy(_fullness_stats, parse_ctx)

    return fullness_stats


def _read_record_stats(json_value: Any, parse_ctx: ParseContext) -> AnalyticsReportOverallRecordStats | Unset:
    AnalyticsReportOverallRecordStats = MODEL_CLASSES.get(
        "altegio_client.models.analytics_report_overall_record_stats"
    ) or model_class("altegio_client.models.analytics_report_overall_record_stats", "AnalyticsReportOverallRecordStats")

    _record_stats = json_value
    record_stats: AnalyticsReportOverallRecordStats | Unset
    if isinstance(_record_stats, Unset):
        record_stats = UNSET
    else:
        record_stats = AnalyticsReportOverallRecordStats._lazy(_record_stats, parse_ctx)

    return record_stats


def _read_client_stats(json_value: Any, parse_ctx: ParseContext) -> AnalyticsReportOverallClientStats | Unset:
    AnalyticsReportOverallClientStats = MODEL_CLASSES.get(
        "altegio_client.models.analytics_report_overall_client_stats"
    ) or model_class("altegio_client.models.analytics_report_overall_client_stats", "AnalyticsReportOverallClientStats")

    _client_stats = json_value
    client_stats: AnalyticsReportOverallClientStats | Unset
    if isinstance(_client_stats, Unset):
        client_stats = UNSET
    else:
        client_stats = AnalyticsReportOverallClientStats._lazy(_client_stats, parse_ctx)

    return client_stats


_DECLARED_KEYS = frozenset(
    {
        "income_total_stats",
        "income_services_stats",
        "income_goods_stats",
        "income_average_stats",
        "income_average_services_stats",
        "fullness_stats",
        "record_stats",
        "client_stats",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


AnalyticsReportOverallStats._lazy_fields = {
    "income_total_stats": ("income_total_stats", _read_income_total_stats, False),
    "income_services_stats": ("income_services_stats", _read_income_services_stats, False),
    "income_goods_stats": ("income_goods_stats", _read_income_goods_stats, False),
    "income_average_stats": ("income_average_stats", _read_income_average_stats, False),
    "income_average_services_stats": ("income_average_services_stats", _read_income_average_services_stats, False),
    "fullness_stats": ("fullness_stats", _read_fullness_stats, False),
    "record_stats": ("record_stats", _read_record_stats, False),
    "client_stats": ("client_stats", _read_client_stats, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: AnalyticsReportOverallStats, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: AnalyticsReportOverallStats, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "income_total_stats" not in done:
        value = get("income_total_stats", UNSET)
        if value is UNSET:
            model.income_total_stats = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.analytics_report_overall_sum_stats") or model_builder(
                "altegio_client.models.analytics_report_overall_sum_stats", "AnalyticsReportOverallSumStats"
            )
            try:
                model.income_total_stats = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "income_services_stats" not in done:
        value = get("income_services_stats", UNSET)
        if value is UNSET:
            model.income_services_stats = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.analytics_report_overall_sum_stats") or model_builder(
                "altegio_client.models.analytics_report_overall_sum_stats", "AnalyticsReportOverallSumStats"
            )
            try:
                model.income_services_stats = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "income_goods_stats" not in done:
        value = get("income_goods_stats", UNSET)
        if value is UNSET:
            model.income_goods_stats = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.analytics_report_overall_sum_stats") or model_builder(
                "altegio_client.models.analytics_report_overall_sum_stats", "AnalyticsReportOverallSumStats"
            )
            try:
                model.income_goods_stats = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "income_average_stats" not in done:
        value = get("income_average_stats", UNSET)
        if value is UNSET:
            model.income_average_stats = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.analytics_report_overall_sum_stats") or model_builder(
                "altegio_client.models.analytics_report_overall_sum_stats", "AnalyticsReportOverallSumStats"
            )
            try:
                model.income_average_stats = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "income_average_services_stats" not in done:
        value = get("income_average_services_stats", UNSET)
        if value is UNSET:
            model.income_average_services_stats = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.analytics_report_overall_sum_stats") or model_builder(
                "altegio_client.models.analytics_report_overall_sum_stats", "AnalyticsReportOverallSumStats"
            )
            try:
                model.income_average_services_stats = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "fullness_stats" not in done:
        value = get("fullness_stats", UNSET)
        if value is UNSET:
            model.fullness_stats = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.analytics_report_overall_fullness_stats"
            ) or model_builder(
                "altegio_client.models.analytics_report_overall_fullness_stats", "AnalyticsReportOverallFullnessStats"
            )
            try:
                model.fullness_stats = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "record_stats" not in done:
        value = get("record_stats", UNSET)
        if value is UNSET:
            model.record_stats = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.analytics_report_overall_record_stats") or model_builder(
                "altegio_client.models.analytics_report_overall_record_stats", "AnalyticsReportOverallRecordStats"
            )
            try:
                model.record_stats = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "client_stats" not in done:
        value = get("client_stats", UNSET)
        if value is UNSET:
            model.client_stats = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.analytics_report_overall_client_stats") or model_builder(
                "altegio_client.models.analytics_report_overall_client_stats", "AnalyticsReportOverallClientStats"
            )
            try:
                model.client_stats = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: AnalyticsReportOverallStats | None = None
) -> AnalyticsReportOverallStats:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return AnalyticsReportOverallStats._lazy(json_value, parse_ctx)
        model = new_model(AnalyticsReportOverallStats)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(AnalyticsReportOverallStats, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (
        value_income_total_stats,
        value_income_services_stats,
        value_income_goods_stats,
        value_income_average_stats,
        value_income_average_services_stats,
        value_fullness_stats,
        value_record_stats,
        value_client_stats,
    ) = fill(json_value, model)
    if value_income_total_stats is UNSET:
        model.income_total_stats = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.analytics_report_overall_sum_stats") or model_builder(
            "altegio_client.models.analytics_report_overall_sum_stats", "AnalyticsReportOverallSumStats"
        )
        try:
            model.income_total_stats = build(value_income_total_stats, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_income_services_stats is UNSET:
        model.income_services_stats = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.analytics_report_overall_sum_stats") or model_builder(
            "altegio_client.models.analytics_report_overall_sum_stats", "AnalyticsReportOverallSumStats"
        )
        try:
            model.income_services_stats = build(value_income_services_stats, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_income_goods_stats is UNSET:
        model.income_goods_stats = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.analytics_report_overall_sum_stats") or model_builder(
            "altegio_client.models.analytics_report_overall_sum_stats", "AnalyticsReportOverallSumStats"
        )
        try:
            model.income_goods_stats = build(value_income_goods_stats, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_income_average_stats is UNSET:
        model.income_average_stats = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.analytics_report_overall_sum_stats") or model_builder(
            "altegio_client.models.analytics_report_overall_sum_stats", "AnalyticsReportOverallSumStats"
        )
        try:
            model.income_average_stats = build(value_income_average_stats, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_income_average_services_stats is UNSET:
        model.income_average_services_stats = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.analytics_report_overall_sum_stats") or model_builder(
            "altegio_client.models.analytics_report_overall_sum_stats", "AnalyticsReportOverallSumStats"
        )
        try:
            model.income_average_services_stats = build(value_income_average_services_stats, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_fullness_stats is UNSET:
        model.fullness_stats = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.analytics_report_overall_fullness_stats") or model_builder(
            "altegio_client.models.analytics_report_overall_fullness_stats", "AnalyticsReportOverallFullnessStats"
        )
        try:
            model.fullness_stats = build(value_fullness_stats, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_record_stats is UNSET:
        model.record_stats = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.analytics_report_overall_record_stats") or model_builder(
            "altegio_client.models.analytics_report_overall_record_stats", "AnalyticsReportOverallRecordStats"
        )
        try:
            model.record_stats = build(value_record_stats, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_client_stats is UNSET:
        model.client_stats = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.analytics_report_overall_client_stats") or model_builder(
            "altegio_client.models.analytics_report_overall_client_stats", "AnalyticsReportOverallClientStats"
        )
        try:
            model.client_stats = build(value_client_stats, parse_ctx)
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
        model.__class__ = lazily_read_class(AnalyticsReportOverallStats)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = AnalyticsReportOverallStats
        del model._raw, model._context
    return model


AnalyticsReportOverallStats._lazy_fill = (_fill_plain, _fill_converted, _build)
