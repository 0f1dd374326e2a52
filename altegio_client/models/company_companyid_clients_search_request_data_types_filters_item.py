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
    from ..models.company_companyid_clients_search_request_data_types_filters_item_state import (
        CompanyCompanyidClientsSearchRequestDataTypesFiltersItemState,
    )


T = TypeVar("T", bound="CompanyCompanyidClientsSearchRequestDataTypesFiltersItem")


@_attrs_define
class CompanyCompanyidClientsSearchRequestDataTypesFiltersItem(LazyModel):
    type: str | Unset = UNSET
    state: CompanyCompanyidClientsSearchRequestDataTypesFiltersItemState | Unset = UNSET
    """ Filter type """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type = self.type

        state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type is not UNSET:
            field_dict["type"] = type
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_companyid_clients_search_request_data_types_filters_item_state import (
            CompanyCompanyidClientsSearchRequestDataTypesFiltersItemState,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type = d.pop("type", UNSET)

        _state = d.pop("state", UNSET)
        state: CompanyCompanyidClientsSearchRequestDataTypesFiltersItemState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = CompanyCompanyidClientsSearchRequestDataTypesFiltersItemState.from_dict(_state)

        company_companyid_clients_search_request_data_types_filters_item = cls(
            type=type,
            state=state,
        )

        company_companyid_clients_search_request_data_types_filters_item.additional_properties = d
        return company_companyid_clients_search_request_data_types_filters_item

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


def _read_state(
    json_value: Any, parse_ctx: ParseContext
) -> CompanyCompanyidClientsSearchRequestDataTypesFiltersItemState | Unset:
    CompanyCompanyidClientsSearchRequestDataTypesFiltersItemState = MODEL_CLASSES.get(
        "altegio_client.models.company_companyid_clients_search_request_data_types_filters_item_state"
    ) or model_class(
        "altegio_client.models.company_companyid_clients_search_request_data_types_filters_item_state",
        "CompanyCompanyidClientsSearchRequestDataTypesFiltersItemState",
    )

    _state = json_value
    state: CompanyCompanyidClientsSearchRequestDataTypesFiltersItemState | Unset
    if isinstance(_state, Unset):
        state = UNSET
    else:
        state = CompanyCompanyidClientsSearchRequestDataTypesFiltersItemState._lazy(_state, parse_ctx)

    return state


_DECLARED_KEYS = frozenset(
    {
        "type",
        "state",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CompanyCompanyidClientsSearchRequestDataTypesFiltersItem._lazy_fields = {
    "type": ("type", None, False),
    "state": ("state", _read_state, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: CompanyCompanyidClientsSearchRequestDataTypesFiltersItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.type = get("type", UNSET)


def _fill_converted(
    model: CompanyCompanyidClientsSearchRequestDataTypesFiltersItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "state" not in done:
        value = get("state", UNSET)
        if value is UNSET:
            model.state = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.company_companyid_clients_search_request_data_types_filters_item_state"
            ) or model_builder(
                "altegio_client.models.company_companyid_clients_search_request_data_types_filters_item_state",
                "CompanyCompanyidClientsSearchRequestDataTypesFiltersItemState",
            )
            try:
                model.state = build(value, parse_ctx)
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
    model: CompanyCompanyidClientsSearchRequestDataTypesFiltersItem | None = None,
) -> CompanyCompanyidClientsSearchRequestDataTypesFiltersItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CompanyCompanyidClientsSearchRequestDataTypesFiltersItem._lazy(json_value, parse_ctx)
        model = new_model(
            CompanyCompanyidClientsSearchRequestDataTypesFiltersItem
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
        layout = layout_of(CompanyCompanyidClientsSearchRequestDataTypesFiltersItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_state,) = fill(json_value, model)
    if value_state is UNSET:
        model.state = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.company_companyid_clients_search_request_data_types_filters_item_state"
        ) or model_builder(
            "altegio_client.models.company_companyid_clients_search_request_data_types_filters_item_state",
            "CompanyCompanyidClientsSearchRequestDataTypesFiltersItemState",
        )
        try:
            model.state = build(value_state, parse_ctx)
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
        model.__class__ = lazily_read_class(CompanyCompanyidClientsSearchRequestDataTypesFiltersItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CompanyCompanyidClientsSearchRequestDataTypesFiltersItem
        del model._raw, model._context
    return model


CompanyCompanyidClientsSearchRequestDataTypesFiltersItem._lazy_fill = (_fill_plain, _fill_converted, _build)
