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

T = TypeVar("T", bound="AnalyticsReportOverallClientStats")


@_attrs_define
class AnalyticsReportOverallClientStats(LazyModel):
    """Summary indicators by number of clients

    Example:
        {'total_count': 1000, 'new_count': 50, 'new_percent': 10, 'return_count': 450, 'return_percent': 90,
            'active_count': 500, 'lost_count': 20, 'lost_percent': 2}

    """

    total_count: int | Unset = UNSET
    """ Total number of clients """
    new_count: int | Unset = UNSET
    """ Number of new clients in the analyzed period """
    new_percent: int | Unset = UNSET
    """ Percentage of new customers relative to the number of active customers """
    return_count: int | Unset = UNSET
    """ The number of customers who returned in the analyzed period """
    return_percent: int | Unset = UNSET
    """ Percentage of returning customers relative to the number of active customers """
    active_count: int | Unset = UNSET
    """ Number of active clients in the analyzed period """
    lost_count: int | Unset = UNSET
    """ The number of lost customers in the analyzed period """
    lost_percent: int | Unset = UNSET
    """ The percentage of lost customers relative to the total number of customers """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        new_count = self.new_count

        new_percent = self.new_percent

        return_count = self.return_count

        return_percent = self.return_percent

        active_count = self.active_count

        lost_count = self.lost_count

        lost_percent = self.lost_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if new_count is not UNSET:
            field_dict["new_count"] = new_count
        if new_percent is not UNSET:
            field_dict["new_percent"] = new_percent
        if return_count is not UNSET:
            field_dict["return_count"] = return_count
        if return_percent is not UNSET:
            field_dict["return_percent"] = return_percent
        if active_count is not UNSET:
            field_dict["active_count"] = active_count
        if lost_count is not UNSET:
            field_dict["lost_count"] = lost_count
        if lost_percent is not UNSET:
            field_dict["lost_percent"] = lost_percent

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_count = d.pop("total_count", UNSET)

        new_count = d.pop("new_count", UNSET)

        new_percent = d.pop("new_percent", UNSET)

        return_count = d.pop("return_count", UNSET)

        return_percent = d.pop("return_percent", UNSET)

        active_count = d.pop("active_count", UNSET)

        lost_count = d.pop("lost_count", UNSET)

        lost_percent = d.pop("lost_percent", UNSET)

        analytics_report_overall_client_stats = cls(
            total_count=total_count,
            new_count=new_count,
            new_percent=new_percent,
            return_count=return_count,
            return_percent=return_percent,
            active_count=active_count,
            lost_count=lost_count,
            lost_percent=lost_percent,
        )

        analytics_report_overall_client_stats.additional_properties = d
        return analytics_report_overall_client_stats

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
        "total_count",
        "new_count",
        "new_percent",
        "return_count",
        "return_percent",
        "active_count",
        "lost_count",
        "lost_percent",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


AnalyticsReportOverallClientStats._lazy_fields = {
    "total_count": ("total_count", None, False),
    "new_count": ("new_count", None, False),
    "new_percent": ("new_percent", None, False),
    "return_count": ("return_count", None, False),
    "return_percent": ("return_percent", None, False),
    "active_count": ("active_count", None, False),
    "lost_count": ("lost_count", None, False),
    "lost_percent": ("lost_percent", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: AnalyticsReportOverallClientStats, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.total_count = get("total_count", UNSET)
    model.new_count = get("new_count", UNSET)
    model.new_percent = get("new_percent", UNSET)
    model.return_count = get("return_count", UNSET)
    model.return_percent = get("return_percent", UNSET)
    model.active_count = get("active_count", UNSET)
    model.lost_count = get("lost_count", UNSET)
    model.lost_percent = get("lost_percent", UNSET)


def _fill_converted(
    model: AnalyticsReportOverallClientStats, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: AnalyticsReportOverallClientStats | None = None
) -> AnalyticsReportOverallClientStats:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return AnalyticsReportOverallClientStats._lazy(json_value, parse_ctx)
        model = new_model(
            AnalyticsReportOverallClientStats
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
        layout = layout_of(AnalyticsReportOverallClientStats, keys)
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
        model.__class__ = lazily_read_class(AnalyticsReportOverallClientStats)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = AnalyticsReportOverallClientStats
        del model._raw, model._context
    return model


AnalyticsReportOverallClientStats._lazy_fill = (_fill_plain, _fill_converted, _build)
