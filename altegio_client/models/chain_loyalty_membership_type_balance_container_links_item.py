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
    from ..models.chain_loyalty_membership_type_balance_container_links_item_category import (
        ChainLoyaltyMembershipTypeBalanceContainerLinksItemCategory,
    )
    from ..models.chain_loyalty_membership_type_balance_container_links_item_service import (
        ChainLoyaltyMembershipTypeBalanceContainerLinksItemService,
    )


T = TypeVar("T", bound="ChainLoyaltyMembershipTypeBalanceContainerLinksItem")


@_attrs_define
class ChainLoyaltyMembershipTypeBalanceContainerLinksItem(LazyModel):
    count: int | Unset = UNSET
    """ Number of visits for this service/category """
    is_unlimited: bool | Unset = UNSET
    """ Whether count is unlimited """
    service: ChainLoyaltyMembershipTypeBalanceContainerLinksItemService | Unset = UNSET
    """ Service details (if link is to a service) """
    category: ChainLoyaltyMembershipTypeBalanceContainerLinksItemCategory | Unset = UNSET
    """ Category details (if link is to a category) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        is_unlimited = self.is_unlimited

        service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = self.service.to_dict()

        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if is_unlimited is not UNSET:
            field_dict["is_unlimited"] = is_unlimited
        if service is not UNSET:
            field_dict["service"] = service
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chain_loyalty_membership_type_balance_container_links_item_category import (
            ChainLoyaltyMembershipTypeBalanceContainerLinksItemCategory,  # noqa: PLC0415
        )
        from ..models.chain_loyalty_membership_type_balance_container_links_item_service import (
            ChainLoyaltyMembershipTypeBalanceContainerLinksItemService,  # noqa: PLC0415
        )

        d = dict(src_dict)
        count = d.pop("count", UNSET)

        is_unlimited = d.pop("is_unlimited", UNSET)

        _service = d.pop("service", UNSET)
        service: ChainLoyaltyMembershipTypeBalanceContainerLinksItemService | Unset
        if isinstance(_service, Unset):
            service = UNSET
        else:
            service = ChainLoyaltyMembershipTypeBalanceContainerLinksItemService.from_dict(_service)

        _category = d.pop("category", UNSET)
        category: ChainLoyaltyMembershipTypeBalanceContainerLinksItemCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = ChainLoyaltyMembershipTypeBalanceContainerLinksItemCategory.from_dict(_category)

        chain_loyalty_membership_type_balance_container_links_item = cls(
            count=count,
            is_unlimited=is_unlimited,
            service=service,
            category=category,
        )

        chain_loyalty_membership_type_balance_container_links_item.additional_properties = d
        return chain_loyalty_membership_type_balance_container_links_item

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


def _read_service(
    json_value: Any, parse_ctx: ParseContext
) -> ChainLoyaltyMembershipTypeBalanceContainerLinksItemService | Unset:
    ChainLoyaltyMembershipTypeBalanceContainerLinksItemService = MODEL_CLASSES.get(
        "altegio_client.models.chain_loyalty_membership_type_balance_container_links_item_service"
    ) or model_class(
        "altegio_client.models.chain_loyalty_membership_type_balance_container_links_item_service",
        "ChainLoyaltyMembershipTypeBalanceContainerLinksItemService",
    )

    _service = json_value
    service: ChainLoyaltyMembershipTypeBalanceContainerLinksItemService | Unset
    if isinstance(_service, Unset):
        service = UNSET
    else:
        service = ChainLoyaltyMembershipTypeBalanceContainerLinksItemService._lazy(_service, parse_ctx)

    return service


def _read_category(
    json_value: Any, parse_ctx: ParseContext
) -> ChainLoyaltyMembershipTypeBalanceContainerLinksItemCategory | Unset:
    ChainLoyaltyMembershipTypeBalanceContainerLinksItemCategory = MODEL_CLASSES.get(
        "altegio_client.models.chain_loyalty_membership_type_balance_container_links_item_category"
    ) or model_class(
        "altegio_client.models.chain_loyalty_membership_type_balance_container_links_item_category",
        "ChainLoyaltyMembershipTypeBalanceContainerLinksItemCategory",
    )

    _category = json_value
    category: ChainLoyaltyMembershipTypeBalanceContainerLinksItemCategory | Unset
    if isinstance(_category, Unset):
        category = UNSET
    else:
        category = ChainLoyaltyMembershipTypeBalanceContainerLinksItemCategory._lazy(_category, parse_ctx)

    return category


_DECLARED_KEYS = frozenset(
    {
        "count",
        "is_unlimited",
        "service",
        "category",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ChainLoyaltyMembershipTypeBalanceContainerLinksItem._lazy_fields = {
    "count": ("count", None, False),
    "is_unlimited": ("is_unlimited", None, False),
    "service": ("service", _read_service, False),
    "category": ("category", _read_category, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ChainLoyaltyMembershipTypeBalanceContainerLinksItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.count = get("count", UNSET)
    model.is_unlimited = get("is_unlimited", UNSET)


def _fill_converted(
    model: ChainLoyaltyMembershipTypeBalanceContainerLinksItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "service" not in done:
        value = get("service", UNSET)
        if value is UNSET:
            model.service = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.chain_loyalty_membership_type_balance_container_links_item_service"
            ) or model_builder(
                "altegio_client.models.chain_loyalty_membership_type_balance_container_links_item_service",
                "ChainLoyaltyMembershipTypeBalanceContainerLinksItemService",
            )
            try:
                model.service = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "category" not in done:
        value = get("category", UNSET)
        if value is UNSET:
            model.category = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.chain_loyalty_membership_type_balance_container_links_item_category"
            ) or model_builder(
                "altegio_client.models.chain_loyalty_membership_type_balance_container_links_item_category",
                "ChainLoyaltyMembershipTypeBalanceContainerLinksItemCategory",
            )
            try:
                model.category = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ChainLoyaltyMembershipTypeBalanceContainerLinksItem | None = None
) -> ChainLoyaltyMembershipTypeBalanceContainerLinksItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ChainLoyaltyMembershipTypeBalanceContainerLinksItem._lazy(json_value, parse_ctx)
        model = new_model(
            ChainLoyaltyMembershipTypeBalanceContainerLinksItem
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
        layout = layout_of(ChainLoyaltyMembershipTypeBalanceContainerLinksItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_service, value_category = fill(json_value, model)
    if value_service is UNSET:
        model.service = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.chain_loyalty_membership_type_balance_container_links_item_service"
        ) or model_builder(
            "altegio_client.models.chain_loyalty_membership_type_balance_container_links_item_service",
            "ChainLoyaltyMembershipTypeBalanceContainerLinksItemService",
        )
        try:
            model.service = build(value_service, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_category is UNSET:
        model.category = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.chain_loyalty_membership_type_balance_container_links_item_category"
        ) or model_builder(
            "altegio_client.models.chain_loyalty_membership_type_balance_container_links_item_category",
            "ChainLoyaltyMembershipTypeBalanceContainerLinksItemCategory",
        )
        try:
            model.category = build(value_category, parse_ctx)
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
        model.__class__ = lazily_read_class(ChainLoyaltyMembershipTypeBalanceContainerLinksItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ChainLoyaltyMembershipTypeBalanceContainerLinksItem
        del model._raw, model._context
    return model


ChainLoyaltyMembershipTypeBalanceContainerLinksItem._lazy_fill = (_fill_plain, _fill_converted, _build)
