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
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyticsReportOverallRecordStats")


@_attrs_define
class AnalyticsReportOverallRecordStats(LazyModel):
    """Summary metrics by number of appointments

    Example:
        {'current_completed_count': 150, 'current_completed_percent': 75, 'current_pending_count': 30,
            'current_pending_percent': 15, 'current_canceled_count': 20, 'current_canceled_percent': 10,
            'current_total_count': 200, 'previous_total_count': 180, 'change_percent': 11}

    """

    current_completed_count: int | Unset = UNSET
    """ Number of completed appointments """
    current_completed_percent: int | Unset = UNSET
    """ Percentage of completed appointments relative to the total. Null if the total is 0. """
    current_pending_count: int | Unset = UNSET
    """ Number of pending appointments """
    current_pending_percent: int | Unset = UNSET
    """ Percentage of incomplete records relative to the total. Null if the total is 0. """
    current_canceled_count: int | Unset = UNSET
    """ Number of canceled appointments """
    current_canceled_percent: int | Unset = UNSET
    """ The percentage of canceled appointments relative to the total. Null if the total is 0. """
    current_total_count: int | Unset = UNSET
    """ Number of all appointments in the current period """
    previous_total_count: int | Unset = UNSET
    """ Number of all appointments in the previous period """
    change_percent: int | Unset = UNSET
    """ The percentage change in the current value of the total number of records relative to the past. Null if the
    number of records in the previous period is 0 and the current number is different from 0. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_completed_count = self.current_completed_count

        current_completed_percent = self.current_completed_percent

        current_pending_count = self.current_pending_count

        current_pending_percent = self.current_pending_percent

        current_canceled_count = self.current_canceled_count

        current_canceled_percent = self.current_canceled_percent

        current_total_count = self.current_total_count

        previous_total_count = self.previous_total_count

        change_percent = self.change_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_completed_count is not UNSET:
            field_dict["current_completed_count"] = current_completed_count
        if current_completed_percent is not UNSET:
            field_dict["current_completed_percent"] = current_completed_percent
        if current_pending_count is not UNSET:
            field_dict["current_pending_count"] = current_pending_count
        if current_pending_percent is not UNSET:
            field_dict["current_pending_percent"] = current_pending_percent
        if current_canceled_count is not UNSET:
            field_dict["current_canceled_count"] = current_canceled_count
        if current_canceled_percent is not UNSET:
            field_dict["current_canceled_percent"] = current_canceled_percent
        if current_total_count is not UNSET:
            field_dict["current_total_count"] = current_total_count
        if previous_total_count is not UNSET:
            field_dict["previous_total_count"] = previous_total_count
        if change_percent is not UNSET:
            field_dict["change_percent"] = change_percent

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        current_completed_count = d.pop("current_completed_count", UNSET)

        current_completed_percent = d.pop("current_completed_percent", UNSET)

        current_pending_count = d.pop("current_pending_count", UNSET)

        current_pending_percent = d.pop("current_pending_percent", UNSET)

        current_canceled_count = d.pop("current_canceled_count", UNSET)

        current_canceled_percent = d.pop("current_canceled_percent", UNSET)

        current_total_count = d.pop("current_total_count", UNSET)

        previous_total_count = d.pop("previous_total_count", UNSET)

        change_percent = d.pop("change_percent", UNSET)

        analytics_report_overall_record_stats = cls(
            current_completed_count=current_completed_count,
            current_completed_percent=current_completed_percent,
            current_pending_count=current_pending_count,
            current_pending_percent=current_pending_percent,
            current_canceled_count=current_canceled_count,
            current_canceled_percent=current_canceled_percent,
            current_total_count=current_total_count,
            previous_total_count=previous_total_count,
            change_percent=change_percent,
        )

        analytics_report_overall_record_stats.additional_properties = d
        return analytics_report_overall_record_stats

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


_DECLARED_KEYS = frozenset(
    {
        "current_completed_count",
        "current_completed_percent",
        "current_pending_count",
        "current_pending_percent",
        "current_canceled_count",
        "current_canceled_percent",
        "current_total_count",
        "previous_total_count",
        "change_percent",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


AnalyticsReportOverallRecordStats._lazy_fields = {
    "current_completed_count": ("current_completed_count", None, False),
    "current_completed_percent": ("current_completed_percent", None, False),
    "current_pending_count": ("current_pending_count", None, False),
    "current_pending_percent": ("current_pending_percent", None, False),
    "current_canceled_count": ("current_canceled_count", None, False),
    "current_canceled_percent": ("current_canceled_percent", None, False),
    "current_total_count": ("current_total_count", None, False),
    "previous_total_count": ("previous_total_count", None, False),
    "change_percent": ("change_percent", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: AnalyticsReportOverallRecordStats, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.current_completed_count = get("current_completed_count", UNSET)
    model.current_completed_percent = get("current_completed_percent", UNSET)
    model.current_pending_count = get("current_pending_count", UNSET)
    model.current_pending_percent = get("current_pending_percent", UNSET)
    model.current_canceled_count = get("current_canceled_count", UNSET)
    model.current_canceled_percent = get("current_canceled_percent", UNSET)
    model.current_total_count = get("current_total_count", UNSET)
    model.previous_total_count = get("previous_total_count", UNSET)
    model.change_percent = get("change_percent", UNSET)


def _fill_converted(
    model: AnalyticsReportOverallRecordStats, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: AnalyticsReportOverallRecordStats | None = None
) -> AnalyticsReportOverallRecordStats:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return AnalyticsReportOverallRecordStats._lazy(json_value, parse_ctx)
        model = new_model(
            AnalyticsReportOverallRecordStats
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
        layout = layout_of(AnalyticsReportOverallRecordStats, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    fill(json_value, model)
    if only_declared:  # no undeclared key, the usual case (known from the layout, see _layouts.py)
        model.additional_properties = {}
    else:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True
    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(AnalyticsReportOverallRecordStats)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = AnalyticsReportOverallRecordStats
        del model._raw, model._context
    return model


AnalyticsReportOverallRecordStats._lazy_fill = (_fill_plain, _fill_converted, _build)
