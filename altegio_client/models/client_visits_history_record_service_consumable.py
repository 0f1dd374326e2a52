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

T = TypeVar("T", bound="ClientVisitsHistoryRecordServiceConsumable")


@_attrs_define
class ClientVisitsHistoryRecordServiceConsumable(LazyModel):
    """Consumable data.

    Example:
        {'title': 'My consumable', 'amount': 1, 'cost_per_unit': 1000, 'unit': 'PCS.'}

    """

    title: str | Unset = UNSET
    """ Consumable name. """
    amount: float | Unset = UNSET
    """ Quantity of the item in the unit of measure selected by the user. """
    cost_per_unit: float | Unset = UNSET
    """ Cost per item. """
    unit: str | Unset = UNSET
    """ Name of the item`s unit of measurement. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        amount = self.amount

        cost_per_unit = self.cost_per_unit

        unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if amount is not UNSET:
            field_dict["amount"] = amount
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = cost_per_unit
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        amount = d.pop("amount", UNSET)

        cost_per_unit = d.pop("cost_per_unit", UNSET)

        unit = d.pop("unit", UNSET)

        client_visits_history_record_service_consumable = cls(
            title=title,
            amount=amount,
            cost_per_unit=cost_per_unit,
            unit=unit,
        )

        client_visits_history_record_service_consumable.additional_properties = d
        return client_visits_history_record_service_consumable

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
        "title",
        "amount",
        "cost_per_unit",
        "unit",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ClientVisitsHistoryRecordServiceConsumable._lazy_fields = {
    "title": ("title", None, False),
    "amount": ("amount", None, False),
    "cost_per_unit": ("cost_per_unit", None, False),
    "unit": ("unit", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ClientVisitsHistoryRecordServiceConsumable, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.title = get("title", UNSET)
    model.amount = get("amount", UNSET)
    model.cost_per_unit = get("cost_per_unit", UNSET)
    model.unit = get("unit", UNSET)


def _fill_converted(
    model: ClientVisitsHistoryRecordServiceConsumable,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ClientVisitsHistoryRecordServiceConsumable | None = None
) -> ClientVisitsHistoryRecordServiceConsumable:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ClientVisitsHistoryRecordServiceConsumable._lazy(json_value, parse_ctx)
        model = new_model(
            ClientVisitsHistoryRecordServiceConsumable
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
        layout = layout_of(ClientVisitsHistoryRecordServiceConsumable, keys)
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
        model.__class__ = lazily_read_class(ClientVisitsHistoryRecordServiceConsumable)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ClientVisitsHistoryRecordServiceConsumable
        del model._raw, model._context
    return model


ClientVisitsHistoryRecordServiceConsumable._lazy_fill = (_fill_plain, _fill_converted, _build)
