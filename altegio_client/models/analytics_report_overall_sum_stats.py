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
    from ..models.currency import Currency


T = TypeVar("T", bound="AnalyticsReportOverallSumStats")


@_attrs_define
class AnalyticsReportOverallSumStats(LazyModel):
    """
    Example:
        {'current_sum': 12.56, 'previous_sum': 10.34, 'change_percent': 21, 'currency': {'symbol': 'USD'}}

    """

    current_sum: float | str | Unset = UNSET
    """ The current value of the indicator """
    previous_sum: float | str | Unset = UNSET
    """ The value of the indicator in the previous period """
    change_percent: int | Unset = UNSET
    """ The percentage change in the current value of the indicator relative to the past. Null if the previous value
    is 0 and the current value is not 0. """
    currency: Currency | Unset = UNSET
    """ Currency """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_sum: float | str | Unset
        if isinstance(self.current_sum, Unset):
            current_sum = UNSET
        else:
            current_sum = self.current_sum

        previous_sum: float | str | Unset
        if isinstance(self.previous_sum, Unset):
            previous_sum = UNSET
        else:
            previous_sum = self.previous_sum

        change_percent = self.change_percent

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_sum is not UNSET:
            field_dict["current_sum"] = current_sum
        if previous_sum is not UNSET:
            field_dict["previous_sum"] = previous_sum
        if change_percent is not UNSET:
            field_dict["change_percent"] = change_percent
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency import Currency  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_current_sum(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        current_sum = _parse_current_sum(d.pop("current_sum", UNSET))

        def _parse_previous_sum(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        previous_sum = _parse_previous_sum(d.pop("previous_sum", UNSET))

        change_percent = d.pop("change_percent", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        analytics_report_overall_sum_stats = cls(
            current_sum=current_sum,
            previous_sum=previous_sum,
            change_percent=change_percent,
            currency=currency,
        )

        analytics_report_overall_sum_stats.additional_properties = d
        return analytics_report_overall_sum_stats

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


def _read_currency(json_value: Any, parse_ctx: ParseContext) -> Currency | Unset:
    Currency = MODEL_CLASSES.get("altegio_client.models.currency") or model_class(
        "altegio_client.models.currency", "Currency"
    )

    _currency = json_value
    currency: Currency | Unset
    if isinstance(_currency, Unset):
        currency = UNSET
    else:
        currency = Currency._lazy(_currency, parse_ctx)

    return currency


_DECLARED_KEYS = frozenset(
    {
        "current_sum",
        "previous_sum",
        "change_percent",
        "currency",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


AnalyticsReportOverallSumStats._lazy_fields = {
    "current_sum": ("current_sum", None, False),
    "previous_sum": ("previous_sum", None, False),
    "change_percent": ("change_percent", None, False),
    "currency": ("currency", _read_currency, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: AnalyticsReportOverallSumStats, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.current_sum = get("current_sum", UNSET)
    model.previous_sum = get("previous_sum", UNSET)
    model.change_percent = get("change_percent", UNSET)


def _fill_converted(
    model: AnalyticsReportOverallSumStats, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "currency" not in done:
        value = get("currency", UNSET)
        if value is UNSET:
            model.currency = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.currency") or model_builder(
                "altegio_client.models.currency", "Currency"
            )
            try:
                model.currency = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: AnalyticsReportOverallSumStats | None = None
) -> AnalyticsReportOverallSumStats:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return AnalyticsReportOverallSumStats._lazy(json_value, parse_ctx)
        model = new_model(
            AnalyticsReportOverallSumStats
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
        layout = layout_of(AnalyticsReportOverallSumStats, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_currency,) = fill(json_value, model)
    if value_currency is UNSET:
        model.currency = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.currency") or model_builder(
            "altegio_client.models.currency", "Currency"
        )
        try:
            model.currency = build(value_currency, parse_ctx)
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
        model.__class__ = lazily_read_class(AnalyticsReportOverallSumStats)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = AnalyticsReportOverallSumStats
        del model._raw, model._context
    return model


AnalyticsReportOverallSumStats._lazy_fill = (_fill_plain, _fill_converted, _build)
