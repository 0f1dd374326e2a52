from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import Any, TypeVar, cast

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

T = TypeVar("T", bound="AnalyticsReportOverallChartDailyRow")


@_attrs_define
class AnalyticsReportOverallChartDailyRow(LazyModel):
    """Data for plotting a chart by day in the Key Indicators report

    Example:
        {'label': 'Revenue', 'data': [['2026-09-21T23:00:00.000-05:00', 1000], ['2026-09-21T23:00:00.000-05:00', 500]]}

    """

    label: str | Unset = UNSET
    """ Name of data series """
    data: list[list[float | int | str]] | Unset = UNSET
    """ Data for each day. Each day is an array of two numbers. The first number is the timestamp of the beginning
    of the day in the UTC zone, the second number is the value of the indicator on that day. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        data: list[list[float | int | str]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = []
                for componentsschemasanalytics_report_overall_chart_daily_row_item_item_data in data_item_data:
                    componentsschemasanalytics_report_overall_chart_daily_row_item_item: float | int | str
                    componentsschemasanalytics_report_overall_chart_daily_row_item_item = (
                        componentsschemasanalytics_report_overall_chart_daily_row_item_item_data
                    )
                    data_item.append(componentsschemasanalytics_report_overall_chart_daily_row_item_item)

                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label", UNSET)

        _data = d.pop("data", UNSET)
        data: list[list[float | int | str]] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = []
                _data_item = data_item_data
                for componentsschemasanalytics_report_overall_chart_daily_row_item_item_data in _data_item:

                    def _parse_componentsschemasanalytics_report_overall_chart_daily_row_item_item(
                        data: object,
                    ) -> float | int | str:
                        return cast(float | int | str, data)

                    componentsschemasanalytics_report_overall_chart_daily_row_item_item = (
                        _parse_componentsschemasanalytics_report_overall_chart_daily_row_item_item(
                            componentsschemasanalytics_report_overall_chart_daily_row_item_item_data
                        )
                    )

                    data_item.append(componentsschemasanalytics_report_overall_chart_daily_row_item_item)

                data.append(data_item)

        analytics_report_overall_chart_daily_row = cls(
            label=label,
            data=data,
        )

        analytics_report_overall_chart_daily_row.additional_properties = d
        return analytics_report_overall_chart_daily_row

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


def _read_data(json_value: Any, parse_ctx: ParseContext) -> list[list[float | int | str]] | Unset:

    _data = json_value
    data: list[list[float | int | str]] | Unset = UNSET
    if _data is not UNSET:
        data = []
        for data_item_data in _data:
            data_item = []
            _data_item = data_item_data
            for componentsschemasanalytics_report_overall_chart_daily_row_item_item_data in _data_item:

                def _parse_componentsschemasanalytics_report_overall_chart_daily_row_item_item(
                    data: object,
                ) -> float | int | str:
                    return cast(float | int | str, data)

                componentsschemasanalytics_report_overall_chart_daily_row_item_item = (
                    _parse_componentsschemasanalytics_report_overall_chart_daily_row_item_item(
                        componentsschemasanalytics_report_overall_chart_daily_row_item_item_data
                    )
                )

                data_item.append(componentsschemasanalytics_report_overall_chart_daily_row_item_item)

            data.append(data_item)

    return data


_DECLARED_KEYS = frozenset(
    {
        "label",
        "data",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


AnalyticsReportOverallChartDailyRow._lazy_fields = {
    "label": ("label", None, False),
    "data": ("data", _read_data, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: AnalyticsReportOverallChartDailyRow, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.label = get("label", UNSET)


def _fill_converted(
    model: AnalyticsReportOverallChartDailyRow,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "data" not in done:
        value = get("data", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.data = UNSET
        else:
            try:
                model.data = _read_data(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: AnalyticsReportOverallChartDailyRow | None = None
) -> AnalyticsReportOverallChartDailyRow:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return AnalyticsReportOverallChartDailyRow._lazy(json_value, parse_ctx)
        model = new_model(
            AnalyticsReportOverallChartDailyRow
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
        layout = layout_of(AnalyticsReportOverallChartDailyRow, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_data,) = fill(json_value, model)
    if value_data is UNSET:  # what every optional field's converter returns for it
        model.data = UNSET
    else:
        try:
            model.data = _read_data(value_data, parse_ctx)
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
        model.__class__ = lazily_read_class(AnalyticsReportOverallChartDailyRow)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = AnalyticsReportOverallChartDailyRow
        del model._raw, model._context
    return model


AnalyticsReportOverallChartDailyRow._lazy_fill = (_fill_plain, _fill_converted, _build)
