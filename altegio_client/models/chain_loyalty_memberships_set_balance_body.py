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
    from ..models.chain_loyalty_memberships_set_balance_body_services_balance_count_item import (
        ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem,
    )


T = TypeVar("T", bound="ChainLoyaltyMembershipsSetBalanceBody")


@_attrs_define
class ChainLoyaltyMembershipsSetBalanceBody(LazyModel):
    united_balance_services_count: int | Unset = UNSET
    """ New visit count for unified balance subscriptions """
    services_balance_count: list[ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem] | Unset = UNSET
    """ New balance for separate balance subscriptions (per service/category) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        united_balance_services_count = self.united_balance_services_count

        services_balance_count: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services_balance_count, Unset):
            services_balance_count = []
            for services_balance_count_item_data in self.services_balance_count:
                services_balance_count_item = services_balance_count_item_data.to_dict()
                services_balance_count.append(services_balance_count_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if united_balance_services_count is not UNSET:
            field_dict["united_balance_services_count"] = united_balance_services_count
        if services_balance_count is not UNSET:
            field_dict["services_balance_count"] = services_balance_count

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chain_loyalty_memberships_set_balance_body_services_balance_count_item import (
            ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        united_balance_services_count = d.pop("united_balance_services_count", UNSET)

        _services_balance_count = d.pop("services_balance_count", UNSET)
        services_balance_count: list[ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem] | Unset = UNSET
        if _services_balance_count is not UNSET:
            services_balance_count = []
            for services_balance_count_item_data in _services_balance_count:
                services_balance_count_item = ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem.from_dict(
                    services_balance_count_item_data
                )

                services_balance_count.append(services_balance_count_item)

        chain_loyalty_memberships_set_balance_body = cls(
            united_balance_services_count=united_balance_services_count,
            services_balance_count=services_balance_count,
        )

        chain_loyalty_memberships_set_balance_body.additional_properties = d
        return chain_loyalty_memberships_set_balance_body

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


def _read_services_balance_count(
    json_value: Any, parse_ctx: ParseContext
) -> list[ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem] | Unset:
    ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem = MODEL_CLASSES.get(
        "altegio_client.models.chain_loyalty_memberships_set_balance_body_services_balance_count_item"
    ) or model_class(
        "altegio_client.models.chain_loyalty_memberships_set_balance_body_services_balance_count_item",
        "ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem",
    )

    _services_balance_count = json_value
    services_balance_count: list[ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem] | Unset = UNSET
    if _services_balance_count is not UNSET:
        services_balance_count = ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem._lazy_list(
            _services_balance_count, parse_ctx
        )

    return services_balance_count


_DECLARED_KEYS = frozenset(
    {
        "united_balance_services_count",
        "services_balance_count",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ChainLoyaltyMembershipsSetBalanceBody._lazy_fields = {
    "united_balance_services_count": ("united_balance_services_count", None, False),
    "services_balance_count": ("services_balance_count", _read_services_balance_count, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ChainLoyaltyMembershipsSetBalanceBody, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.united_balance_services_count = get("united_balance_services_count", UNSET)


def _fill_converted(
    model: ChainLoyaltyMembershipsSetBalanceBody,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "services_balance_count" not in done:
        value = get("services_balance_count", UNSET)
        if value is UNSET:
            model.services_balance_count = UNSET
        elif value == []:
            model.services_balance_count = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.chain_loyalty_memberships_set_balance_body_services_balance_count_item"
            ) or model_builder(
                "altegio_client.models.chain_loyalty_memberships_set_balance_body_services_balance_count_item",
                "ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.services_balance_count = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ChainLoyaltyMembershipsSetBalanceBody | None = None
) -> ChainLoyaltyMembershipsSetBalanceBody:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ChainLoyaltyMembershipsSetBalanceBody._lazy(json_value, parse_ctx)
        model = new_model(
            ChainLoyaltyMembershipsSetBalanceBody
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
        layout = layout_of(ChainLoyaltyMembershipsSetBalanceBody, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_services_balance_count,) = fill(json_value, model)
    if value_services_balance_count is UNSET:
        model.services_balance_count = UNSET
    elif value_services_balance_count == []:
        model.services_balance_count = value_services_balance_count  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.chain_loyalty_memberships_set_balance_body_services_balance_count_item"
        ) or model_builder(
            "altegio_client.models.chain_loyalty_memberships_set_balance_body_services_balance_count_item",
            "ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem",
        )
        try:
            if _builtins.type(value_services_balance_count) is not list:
                raise TypeError
            model.services_balance_count = [build(item, parse_ctx) for item in value_services_balance_count]
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
        model.__class__ = lazily_read_class(ChainLoyaltyMembershipsSetBalanceBody)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ChainLoyaltyMembershipsSetBalanceBody
        del model._raw, model._context
    return model


ChainLoyaltyMembershipsSetBalanceBody._lazy_fill = (_fill_plain, _fill_converted, _build)
