from __future__ import annotations

import builtins as _builtins
import datetime
import datetime as _datetime
from collections.abc import Container, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._codegen import (
    ISO_PARSERS,
    LazyModel,
    ParseContext,
    datetime_from_iso,
    layout_of,
    lazily_read_class,
    new_model,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChainLoyaltyMembershipsSetPeriodResponse200Data")


@_attrs_define
class ChainLoyaltyMembershipsSetPeriodResponse200Data(LazyModel):
    id: int | Unset = UNSET
    period: int | Unset = UNSET
    """ Updated period duration """
    period_unit_id: int | Unset = UNSET
    """ Period unit type """
    expiration_date: _datetime.datetime | Unset = UNSET
    """ New expiration date """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        period = self.period

        period_unit_id = self.period_unit_id

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if period is not UNSET:
            field_dict["period"] = period
        if period_unit_id is not UNSET:
            field_dict["period_unit_id"] = period_unit_id
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        period = d.pop("period", UNSET)

        period_unit_id = d.pop("period_unit_id", UNSET)

        _expiration_date = d.pop("expiration_date", UNSET)
        expiration_date: datetime.datetime | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = types.parse_iso_datetime(_expiration_date)

        chain_loyalty_memberships_set_period_response_200_data = cls(
            id=id,
            period=period,
            period_unit_id=period_unit_id,
            expiration_date=expiration_date,
        )

        chain_loyalty_memberships_set_period_response_200_data.additional_properties = d
        return chain_loyalty_memberships_set_period_response_200_data

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


def _read_expiration_date(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    expiration_date: datetime.datetime | Unset
    if isinstance(json_value, Unset):
        expiration_date = UNSET
    else:
        try:
            expiration_date = datetime_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            expiration_date = types.parse_iso_datetime(json_value)

    return expiration_date


ISO_PARSERS[_read_expiration_date] = datetime_from_iso


_DECLARED_KEYS = frozenset(
    {
        "id",
        "period",
        "period_unit_id",
        "expiration_date",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ChainLoyaltyMembershipsSetPeriodResponse200Data._lazy_fields = {
    "id": ("id", None, False),
    "period": ("period", None, False),
    "period_unit_id": ("period_unit_id", None, False),
    "expiration_date": ("expiration_date", _read_expiration_date, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ChainLoyaltyMembershipsSetPeriodResponse200Data, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.period = get("period", UNSET)
    model.period_unit_id = get("period_unit_id", UNSET)


def _fill_converted(
    model: ChainLoyaltyMembershipsSetPeriodResponse200Data,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "expiration_date" not in done:
        value = get("expiration_date", UNSET)
        if value is UNSET:
            model.expiration_date = UNSET
        else:
            try:
                try:
                    model.expiration_date = datetime_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.expiration_date = types.parse_iso_datetime(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ChainLoyaltyMembershipsSetPeriodResponse200Data | None = None
) -> ChainLoyaltyMembershipsSetPeriodResponse200Data:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ChainLoyaltyMembershipsSetPeriodResponse200Data._lazy(json_value, parse_ctx)
        model = new_model(
            ChainLoyaltyMembershipsSetPeriodResponse200Data
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
        layout = layout_of(ChainLoyaltyMembershipsSetPeriodResponse200Data, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_expiration_date,) = fill(json_value, model)
    if value_expiration_date is UNSET:
        model.expiration_date = UNSET
    else:
        try:
            try:
                model.expiration_date = datetime_from_iso(value_expiration_date)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.expiration_date = types.parse_iso_datetime(value_expiration_date)
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
        model.__class__ = lazily_read_class(ChainLoyaltyMembershipsSetPeriodResponse200Data)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ChainLoyaltyMembershipsSetPeriodResponse200Data
        del model._raw, model._context
    return model


ChainLoyaltyMembershipsSetPeriodResponse200Data._lazy_fill = (_fill_plain, _fill_converted, _build)
