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
    from ..models.chain_loyalty_memberships_set_balance_response_200_data_balance_container import (
        ChainLoyaltyMembershipsSetBalanceResponse200DataBalanceContainer,
    )


T = TypeVar("T", bound="ChainLoyaltyMembershipsSetBalanceResponse200Data")


@_attrs_define
class ChainLoyaltyMembershipsSetBalanceResponse200Data(LazyModel):
    id: int | Unset = UNSET
    united_balance_services_count: int | Unset = UNSET
    balance_container: ChainLoyaltyMembershipsSetBalanceResponse200DataBalanceContainer | Unset = UNSET
    """ Updated balance details """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        united_balance_services_count = self.united_balance_services_count

        balance_container: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance_container, Unset):
            balance_container = self.balance_container.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if united_balance_services_count is not UNSET:
            field_dict["united_balance_services_count"] = united_balance_services_count
        if balance_container is not UNSET:
            field_dict["balance_container"] = balance_container

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chain_loyalty_memberships_set_balance_response_200_data_balance_container import (
            ChainLoyaltyMembershipsSetBalanceResponse200DataBalanceContainer,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        united_balance_services_count = d.pop("united_balance_services_count", UNSET)

        _balance_container = d.pop("balance_container", UNSET)
        balance_container: ChainLoyaltyMembershipsSetBalanceResponse200DataBalanceContainer | Unset
        if isinstance(_balance_container, Unset):
            balance_container = UNSET
        else:
            balance_container = ChainLoyaltyMembershipsSetBalanceResponse200DataBalanceContainer.from_dict(
                _balance_container
            )

        chain_loyalty_memberships_set_balance_response_200_data = cls(
            id=id,
            united_balance_services_count=united_balance_services_count,
            balance_container=balance_container,
        )

        chain_loyalty_memberships_set_balance_response_200_data.additional_properties = d
        return chain_loyalty_memberships_set_balance_response_200_data

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


def _read_balance_container(
    json_value: Any, parse_ctx: ParseContext
) -> ChainLoyaltyMembershipsSetBalanceResponse200DataBalanceContainer | Unset:
    ChainLoyaltyMembershipsSetBalanceResponse200DataBalanceContainer = MODEL_CLASSES.get(
        "altegio_client.models.chain_loyalty_memberships_set_balance_response_200_data_balance_container"
    ) or model_class(
        "altegio_client.models.chain_loyalty_memberships_set_balance_response_200_data_balance_container",
        "ChainLoyaltyMembershipsSetBalanceResponse200DataBalanceContainer",
    )

    _balance_container = json_value
    balance_container: ChainLoyaltyMembershipsSetBalanceResponse200DataBalanceContainer | Unset
    if isinstance(_balance_container, Unset):
        balance_container = UNSET
    else:
        balance_container = ChainLoyaltyMembershipsSetBalanceResponse200DataBalanceContainer._lazy(
            _balance_container, parse_ctx
        )

    return balance_container


_DECLARED_KEYS = frozenset(
    {
        "id",
        "united_balance_services_count",
        "balance_container",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ChainLoyaltyMembershipsSetBalanceResponse200Data._lazy_fields = {
    "id": ("id", None, False),
    "united_balance_services_count": ("united_balance_services_count", None, False),
    "balance_container": ("balance_container", _read_balance_container, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ChainLoyaltyMembershipsSetBalanceResponse200Data, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.united_balance_services_count = get("united_balance_services_count", UNSET)


def _fill_converted(
    model: ChainLoyaltyMembershipsSetBalanceResponse200Data,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "balance_container" not in done:
        value = get("balance_container", UNSET)
        if value is UNSET:
            model.balance_container = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.chain_loyalty_memberships_set_balance_response_200_data_balance_container"
            ) or model_builder(
                "altegio_client.models.chain_loyalty_memberships_set_balance_response_200_data_balance_container",
                "ChainLoyaltyMembershipsSetBalanceResponse200DataBalanceContainer",
            )
            try:
                model.balance_container = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ChainLoyaltyMembershipsSetBalanceResponse200Data | None = None
) -> ChainLoyaltyMembershipsSetBalanceResponse200Data:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ChainLoyaltyMembershipsSetBalanceResponse200Data._lazy(json_value, parse_ctx)
        model = new_model(
            ChainLoyaltyMembershipsSetBalanceResponse200Data
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
        layout = layout_of(ChainLoyaltyMembershipsSetBalanceResponse200Data, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_balance_container,) = fill(json_value, model)
    if value_balance_container is UNSET:
        model.balance_container = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.chain_loyalty_memberships_set_balance_response_200_data_balance_container"
        ) or model_builder(
            "altegio_client.models.chain_loyalty_memberships_set_balance_response_200_data_balance_container",
            "ChainLoyaltyMembershipsSetBalanceResponse200DataBalanceContainer",
        )
        try:
            model.balance_container = build(value_balance_container, parse_ctx)
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
        model.__class__ = lazily_read_class(ChainLoyaltyMembershipsSetBalanceResponse200Data)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ChainLoyaltyMembershipsSetBalanceResponse200Data
        del model._raw, model._context
    return model


ChainLoyaltyMembershipsSetBalanceResponse200Data._lazy_fill = (_fill_plain, _fill_converted, _build)
