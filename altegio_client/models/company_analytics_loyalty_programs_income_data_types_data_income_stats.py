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
    from ..models.company_analytics_loyalty_programs_income_data_types_data_income_stats_new import (
        CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsNew,
    )
    from ..models.company_analytics_loyalty_programs_income_data_types_data_income_stats_old import (
        CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsOld,
    )
    from ..models.company_analytics_loyalty_programs_income_data_types_data_income_stats_total import (
        CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsTotal,
    )


T = TypeVar("T", bound="CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStats")


@_attrs_define
class CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStats(LazyModel):
    """revenue statistics"""

    new: CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsNew | Unset = UNSET
    """ New clients """
    old: CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsOld | Unset = UNSET
    """ Old clients """
    total: CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsTotal | Unset = UNSET
    """ Total amount """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        new: dict[str, Any] | Unset = UNSET
        if not isinstance(self.new, Unset):
            new = self.new.to_dict()

        old: dict[str, Any] | Unset = UNSET
        if not isinstance(self.old, Unset):
            old = self.old.to_dict()

        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if new is not UNSET:
            field_dict["new"] = new
        if old is not UNSET:
            field_dict["old"] = old
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_analytics_loyalty_programs_income_data_types_data_income_stats_new import (
            CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsNew,  # noqa: PLC0415
        )
        from ..models.company_analytics_loyalty_programs_income_data_types_data_income_stats_old import (
            CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsOld,  # noqa: PLC0415
        )
        from ..models.company_analytics_loyalty_programs_income_data_types_data_income_stats_total import (
            CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsTotal,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _new = d.pop("new", UNSET)
        new: CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsNew | Unset
        if isinstance(_new, Unset):
            new = UNSET
        else:
            new = CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsNew.from_dict(_new)

        _old = d.pop("old", UNSET)
        old: CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsOld | Unset
        if isinstance(_old, Unset):
            old = UNSET
        else:
            old = CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsOld.from_dict(_old)

        _total = d.pop("total", UNSET)
        total: CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsTotal.from_dict(_total)

        company_analytics_loyalty_programs_income_data_types_data_income_stats = cls(
            new=new,
            old=old,
            total=total,
        )

        company_analytics_loyalty_programs_income_data_types_data_income_stats.additional_properties = d
        return company_analytics_loyalty_programs_income_data_types_data_income_stats

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


def _read_new(
    json_value: Any, parse_ctx: ParseContext
) -> CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsNew | Unset:
    CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsNew = MODEL_CLASSES.get(
        "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_income_stats_new"
    ) or model_class(
        "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_income_stats_new",
        "CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsNew",
    )

    _new = json_value
    new: CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsNew | Unset
    if isinstance(_new, Unset):
        new = UNSET
    else:
        new = CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsNew._lazy(_new, parse_ctx)

    return new


def _read_old(
    json_value: Any, parse_ctx: ParseContext
) -> CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsOld | Unset:
    CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsOld = MODEL_CLASSES.get(
        "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_income_stats_old"
    ) or model_class(
        "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_income_stats_old",
        "CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsOld",
    )

    _old = json_value
    old: CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsOld | Unset
    if isinstance(_old, Unset):
        old = UNSET
    else:
        old = CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsOld._lazy(_old, parse_ctx)

    return old


def _read_total(
    json_value: Any, parse_ctx: ParseContext
) -> CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsTotal | Unset:
    CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsTotal = MODEL_CLASSES.get(
        "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_income_stats_total"
    ) or model_class(
        "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_income_stats_total",
        "CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsTotal",
    )

    _total = json_value
    total: CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsTotal | Unset
    if isinstance(_total, Unset):
        total = UNSET
    else:
        total = CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsTotal._lazy(_total, parse_ctx)

    return total


_DECLARED_KEYS = frozenset(
    {
        "new",
        "old",
        "total",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStats._lazy_fields = {
    "new": ("new", _read_new, False),
    "old": ("old", _read_old, False),
    "total": ("total", _read_total, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(
    model: CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStats, json_value: dict[str, Any]
) -> None:
    get = json_value.get


def _fill_converted(
    model: CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStats,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "new" not in done:
        value = get("new", UNSET)
        if value is UNSET:
            model.new = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_income_stats_new"
            ) or model_builder(
                "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_income_stats_new",
                "CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsNew",
            )
            try:
                model.new = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "old" not in done:
        value = get("old", UNSET)
        if value is UNSET:
            model.old = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_income_stats_old"
            ) or model_builder(
                "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_income_stats_old",
                "CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsOld",
            )
            try:
                model.old = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "total" not in done:
        value = get("total", UNSET)
        if value is UNSET:
            model.total = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_income_stats_total"
            ) or model_builder(
                "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_income_stats_total",
                "CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsTotal",
            )
            try:
                model.total = build(value, parse_ctx)
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
    model: CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStats | None = None,
) -> CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStats:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStats._lazy(json_value, parse_ctx)
        model = new_model(
            CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStats
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
        layout = layout_of(CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStats, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_new, value_old, value_total = fill(json_value, model)
    if value_new is UNSET:
        model.new = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_income_stats_new"
        ) or model_builder(
            "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_income_stats_new",
            "CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsNew",
        )
        try:
            model.new = build(value_new, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_old is UNSET:
        model.old = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_income_stats_old"
        ) or model_builder(
            "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_income_stats_old",
            "CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsOld",
        )
        try:
            model.old = build(value_old, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_total is UNSET:
        model.total = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_income_stats_total"
        ) or model_builder(
            "altegio_client.models.company_analytics_loyalty_programs_income_data_types_data_income_stats_total",
            "CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStatsTotal",
        )
        try:
            model.total = build(value_total, parse_ctx)
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
        model.__class__ = lazily_read_class(CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStats)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStats
        del model._raw, model._context
    return model


CompanyAnalyticsLoyaltyProgramsIncomeDataTypesDataIncomeStats._lazy_fill = (_fill_plain, _fill_converted, _build)
