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
    from ..models.chain_loyalty_membership_type_availability_item_intervals_item import (
        ChainLoyaltyMembershipTypeAvailabilityItemIntervalsItem,
    )


T = TypeVar("T", bound="ChainLoyaltyMembershipTypeAvailabilityItem")


@_attrs_define
class ChainLoyaltyMembershipTypeAvailabilityItem(LazyModel):
    week_days: list[int] | Unset = UNSET
    """ Days of week: 1 = Monday, 7 = Sunday """
    intervals: list[ChainLoyaltyMembershipTypeAvailabilityItemIntervalsItem] | Unset = UNSET
    """ Time intervals (seconds from midnight) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        week_days: list[int] | Unset = UNSET
        if not isinstance(self.week_days, Unset):
            week_days = self.week_days

        intervals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.intervals, Unset):
            intervals = []
            for intervals_item_data in self.intervals:
                intervals_item = intervals_item_data.to_dict()
                intervals.append(intervals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if week_days is not UNSET:
            field_dict["week_days"] = week_days
        if intervals is not UNSET:
            field_dict["intervals"] = intervals

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chain_loyalty_membership_type_availability_item_intervals_item import (
            ChainLoyaltyMembershipTypeAvailabilityItemIntervalsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        week_days = cast(list[int], d.pop("week_days", UNSET))

        _intervals = d.pop("intervals", UNSET)
        intervals: list[ChainLoyaltyMembershipTypeAvailabilityItemIntervalsItem] | Unset = UNSET
        if _intervals is not UNSET:
            intervals = []
            for intervals_item_data in _intervals:
                intervals_item = ChainLoyaltyMembershipTypeAvailabilityItemIntervalsItem.from_dict(intervals_item_data)

                intervals.append(intervals_item)

        chain_loyalty_membership_type_availability_item = cls(
            week_days=week_days,
            intervals=intervals,
        )

        chain_loyalty_membership_type_availability_item.additional_properties = d
        return chain_loyalty_membership_type_availability_item

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


def _read_intervals(
    json_value: Any, parse_ctx: ParseContext
) -> list[ChainLoyaltyMembershipTypeAvailabilityItemIntervalsItem] | Unset:
    ChainLoyaltyMembershipTypeAvailabilityItemIntervalsItem = MODEL_CLASSES.get(
        "altegio_client.models.chain_loyalty_membership_type_availability_item_intervals_item"
    ) or model_class(
        "altegio_client.models.chain_loyalty_membership_type_availability_item_intervals_item",
        "ChainLoyaltyMembershipTypeAvailabilityItemIntervalsItem",
    )

    _intervals = json_value
    intervals: list[ChainLoyaltyMembershipTypeAvailabilityItemIntervalsItem] | Unset = UNSET
    if _intervals is not UNSET:
        intervals = ChainLoyaltyMembershipTypeAvailabilityItemIntervalsItem._lazy_list(_intervals, parse_ctx)

    return intervals


_DECLARED_KEYS = frozenset(
    {
        "week_days",
        "intervals",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ChainLoyaltyMembershipTypeAvailabilityItem._lazy_fields = {
    "week_days": ("week_days", None, False),
    "intervals": ("intervals", _read_intervals, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ChainLoyaltyMembershipTypeAvailabilityItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.week_days = get("week_days", UNSET)


def _fill_converted(
    model: ChainLoyaltyMembershipTypeAvailabilityItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "intervals" not in done:
        value = get("intervals", UNSET)
        if value is UNSET:
            model.intervals = UNSET
        elif value == []:
            model.intervals = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.chain_loyalty_membership_type_availability_item_intervals_item"
            ) or model_builder(
                "altegio_client.models.chain_loyalty_membership_type_availability_item_intervals_item",
                "ChainLoyaltyMembershipTypeAvailabilityItemIntervalsItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.intervals = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ChainLoyaltyMembershipTypeAvailabilityItem | None = None
) -> ChainLoyaltyMembershipTypeAvailabilityItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ChainLoyaltyMembershipTypeAvailabilityItem._lazy(json_value, parse_ctx)
        model = new_model(
            ChainLoyaltyMembershipTypeAvailabilityItem
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
        layout = layout_of(ChainLoyaltyMembershipTypeAvailabilityItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_intervals,) = fill(json_value, model)
    if value_intervals is UNSET:
        model.intervals = UNSET
    elif value_intervals == []:
        model.intervals = value_intervals  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.chain_loyalty_membership_type_availability_item_intervals_item"
        ) or model_builder(
            "altegio_client.models.chain_loyalty_membership_type_availability_item_intervals_item",
            "ChainLoyaltyMembershipTypeAvailabilityItemIntervalsItem",
        )
        try:
            if _builtins.type(value_intervals) is not list:
                raise TypeError
            model.intervals = [build(item, parse_ctx) for item in value_intervals]
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
        model.__class__ = lazily_read_class(ChainLoyaltyMembershipTypeAvailabilityItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ChainLoyaltyMembershipTypeAvailabilityItem
        del model._raw, model._context
    return model


ChainLoyaltyMembershipTypeAvailabilityItem._lazy_fill = (_fill_plain, _fill_converted, _build)
