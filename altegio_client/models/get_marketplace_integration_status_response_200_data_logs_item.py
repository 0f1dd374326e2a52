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

T = TypeVar("T", bound="GetMarketplaceIntegrationStatusResponse200DataLogsItem")


@_attrs_define
class GetMarketplaceIntegrationStatusResponse200DataLogsItem(LazyModel):
    changed_at: str | Unset = UNSET
    """ Status change date """
    status_from: str | Unset = UNSET
    """ Previous app status in location """
    status_to: str | Unset = UNSET
    """ New application status in the location """
    source: str | Unset = UNSET
    """ Status Change Source """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changed_at = self.changed_at

        status_from = self.status_from

        status_to = self.status_to

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if changed_at is not UNSET:
            field_dict["changed_at"] = changed_at
        if status_from is not UNSET:
            field_dict["status_from"] = status_from
        if status_to is not UNSET:
            field_dict["status_to"] = status_to
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        changed_at = d.pop("changed_at", UNSET)

        status_from = d.pop("status_from", UNSET)

        status_to = d.pop("status_to", UNSET)

        source = d.pop("source", UNSET)

        get_marketplace_integration_status_response_200_data_logs_item = cls(
            changed_at=changed_at,
            status_from=status_from,
            status_to=status_to,
            source=source,
        )

        get_marketplace_integration_status_response_200_data_logs_item.additional_properties = d
        return get_marketplace_integration_status_response_200_data_logs_item

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
        "changed_at",
        "status_from",
        "status_to",
        "source",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


GetMarketplaceIntegrationStatusResponse200DataLogsItem._lazy_fields = {
    "changed_at": ("changed_at", None, False),
    "status_from": ("status_from", None, False),
    "status_to": ("status_to", None, False),
    "source": ("source", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: GetMarketplaceIntegrationStatusResponse200DataLogsItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.changed_at = get("changed_at", UNSET)
    model.status_from = get("status_from", UNSET)
    model.status_to = get("status_to", UNSET)
    model.source = get("source", UNSET)


def _fill_converted(
    model: GetMarketplaceIntegrationStatusResponse200DataLogsItem,
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
    json_value: Any,
    parse_ctx: ParseContext,
    model: GetMarketplaceIntegrationStatusResponse200DataLogsItem | None = None,
) -> GetMarketplaceIntegrationStatusResponse200DataLogsItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return GetMarketplaceIntegrationStatusResponse200DataLogsItem._lazy(json_value, parse_ctx)
        model = new_model(
            GetMarketplaceIntegrationStatusResponse200DataLogsItem
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
        layout = layout_of(GetMarketplaceIntegrationStatusResponse200DataLogsItem, keys)
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
        model.__class__ = lazily_read_class(GetMarketplaceIntegrationStatusResponse200DataLogsItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = GetMarketplaceIntegrationStatusResponse200DataLogsItem
        del model._raw, model._context
    return model


GetMarketplaceIntegrationStatusResponse200DataLogsItem._lazy_fill = (_fill_plain, _fill_converted, _build)
