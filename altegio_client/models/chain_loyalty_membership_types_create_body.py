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
from ..models.chain_loyalty_membership_types_create_body_autoactivation_time_unit_id import (
    ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId,
    check_chain_loyalty_membership_types_create_body_autoactivation_time_unit_id,
)
from ..models.chain_loyalty_membership_types_create_body_balance_edit_type_id import (
    ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId,
    check_chain_loyalty_membership_types_create_body_balance_edit_type_id,
)
from ..models.chain_loyalty_membership_types_create_body_expiration_type_id import (
    ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId,
    check_chain_loyalty_membership_types_create_body_expiration_type_id,
)
from ..models.chain_loyalty_membership_types_create_body_freeze_limit_unit_id import (
    ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId,
    check_chain_loyalty_membership_types_create_body_freeze_limit_unit_id,
)
from ..models.chain_loyalty_membership_types_create_body_period_unit_id import (
    ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId,
    check_chain_loyalty_membership_types_create_body_period_unit_id,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_loyalty_membership_types_create_body_availability_item import (
        ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem,
    )
    from ..models.membership_type_counts import MembershipTypeCounts


T = TypeVar("T", bound="ChainLoyaltyMembershipTypesCreateBody")


@_attrs_define
class ChainLoyaltyMembershipTypesCreateBody(LazyModel):
    title: str
    """ Membership type name """
    salon_group_id: int
    """ Chain ID (API uses salon_group_id parameter name) """
    cost: float
    """ Subscription price """
    is_united_balance: bool
    """ Balance type: true = unified balance, false = separate balance """
    united_balance_services_count: int
    """ Number of visits for unified balance """
    service_categories: MembershipTypeCounts
    """ Object with service (or service category) IDs as keys and usage counts as values, e.g. {"13160808": 5}. For
    a unified balance the counts are ignored. The API requires an object here; arrays of ids are rejected. """
    location_ids: list[int] | Unset = UNSET
    """ List of location IDs where this membership type is available """
    period: int | Unset = UNSET
    """ Validity period duration """
    period_unit_id: ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId | Unset = UNSET
    """ Period unit type: 1 = day, 2 = week, 3 = month, 4 = year """
    allow_freeze: bool | Unset = False
    """ Whether membership can be frozen """
    freeze_limit: int | Unset = UNSET
    """ Maximum total freeze period """
    freeze_limit_unit_id: ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId | Unset = UNSET
    """ Freeze period unit: 1 = day, 2 = week, 3 = month, 4 = year """
    service_price_correction: bool | Unset = False
    """ Whether service price can be adjusted when using membership """
    expiration_type_id: ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId | Unset = UNSET
    """ Activation type: 1 = on sale, 2 = on first use, 3 = from specific date """
    is_allow_empty_code: bool | Unset = True
    """ Personal vs shared subscription.
    - true = personal (only purchaser can use)
    - false = shared (multiple people can use with code)
     """
    balance_edit_type_id: ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId | Unset = UNSET
    """ Balance adjustment permission: 0 = prohibited, 1 = only at sale location, 2 = at all locations """
    is_online_sale_enabled: bool | Unset = False
    """ Whether online sale is enabled.
    If true, online_sale_price becomes required.
     """
    online_sale_title: str | Unset = UNSET
    """ Subscription title for online sale """
    online_sale_description: str | Unset = UNSET
    """ Subscription description for online sale """
    online_sale_price: float | Unset = UNSET
    """ Price for online sale (required if is_online_sale_enabled = true) """
    online_image: str | Unset = UNSET
    """ Image URL for online sale """
    autoactivation_period: int | Unset = UNSET
    """ Maximum autoactivation period """
    autoactivation_time_in_days: int | Unset = UNSET
    """ Time units for autoactivation """
    autoactivation_time_unit_id: ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId | Unset = UNSET
    """ Autoactivation time unit: 1 = days, 2 = weeks, 3 = months, 4 = years """
    is_archived: bool | Unset = False
    """ Whether membership type is archived """
    category: str | Unset = "standard"
    """ Subscription category type (always "standard") """
    salon_ids: list[int] | Unset = UNSET
    """ List of location IDs where this membership type is available """
    services: MembershipTypeCounts | Unset = UNSET
    """ Object with service (or service category) IDs as keys and usage counts as values, e.g. {"13160808": 5}. For
    a unified balance the counts are ignored. The API requires an object here; arrays of ids are rejected. """
    delete_online_image: bool | Unset = False
    """ Whether to delete existing online sale image """
    availability: list[ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem] | Unset = UNSET
    """ Time-based availability rules. Empty array = available anytime.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        salon_group_id = self.salon_group_id

        cost = self.cost

        is_united_balance = self.is_united_balance

        united_balance_services_count = self.united_balance_services_count

        service_categories = self.service_categories.to_dict()

        location_ids: list[int] | Unset = UNSET
        if not isinstance(self.location_ids, Unset):
            location_ids = self.location_ids

        period = self.period

        period_unit_id: int | Unset = UNSET
        if not isinstance(self.period_unit_id, Unset):
            period_unit_id = self.period_unit_id

        allow_freeze = self.allow_freeze

        freeze_limit = self.freeze_limit

        freeze_limit_unit_id: int | Unset = UNSET
        if not isinstance(self.freeze_limit_unit_id, Unset):
            freeze_limit_unit_id = self.freeze_limit_unit_id

        service_price_correction = self.service_price_correction

        expiration_type_id: int | Unset = UNSET
        if not isinstance(self.expiration_type_id, Unset):
            expiration_type_id = self.expiration_type_id

        is_allow_empty_code = self.is_allow_empty_code

        balance_edit_type_id: int | Unset = UNSET
        if not isinstance(self.balance_edit_type_id, Unset):
            balance_edit_type_id = self.balance_edit_type_id

        is_online_sale_enabled = self.is_online_sale_enabled

        online_sale_title = self.online_sale_title

        online_sale_description = self.online_sale_description

        online_sale_price = self.online_sale_price

        online_image = self.online_image

        autoactivation_period = self.autoactivation_period

        autoactivation_time_in_days = self.autoactivation_time_in_days

        autoactivation_time_unit_id: int | Unset = UNSET
        if not isinstance(self.autoactivation_time_unit_id, Unset):
            autoactivation_time_unit_id = self.autoactivation_time_unit_id

        is_archived = self.is_archived

        category = self.category

        salon_ids: list[int] | Unset = UNSET
        if not isinstance(self.salon_ids, Unset):
            salon_ids = self.salon_ids

        services: dict[str, Any] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services.to_dict()

        delete_online_image = self.delete_online_image

        availability: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = []
            for availability_item_data in self.availability:
                availability_item = availability_item_data.to_dict()
                availability.append(availability_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "salon_group_id": salon_group_id,
                "cost": cost,
                "is_united_balance": is_united_balance,
                "united_balance_services_count": united_balance_services_count,
                "service_categories": service_categories,
            }
        )
        if location_ids is not UNSET:
            field_dict["location_ids"] = location_ids
        if period is not UNSET:
            field_dict["period"] = period
        if period_unit_id is not UNSET:
            field_dict["period_unit_id"] = period_unit_id
        if allow_freeze is not UNSET:
            field_dict["allow_freeze"] = allow_freeze
        if freeze_limit is not UNSET:
            field_dict["freeze_limit"] = freeze_limit
        if freeze_limit_unit_id is not UNSET:
            field_dict["freeze_limit_unit_id"] = freeze_limit_unit_id
        if service_price_correction is not UNSET:
            field_dict["service_price_correction"] = service_price_correction
        if expiration_type_id is not UNSET:
            field_dict["expiration_type_id"] = expiration_type_id
        if is_allow_empty_code is not UNSET:
            field_dict["is_allow_empty_code"] = is_allow_empty_code
        if balance_edit_type_id is not UNSET:
            field_dict["balance_edit_type_id"] = balance_edit_type_id
        if is_online_sale_enabled is not UNSET:
            field_dict["is_online_sale_enabled"] = is_online_sale_enabled
        if online_sale_title is not UNSET:
            field_dict["online_sale_title"] = online_sale_title
        if online_sale_description is not UNSET:
            field_dict["online_sale_description"] = online_sale_description
        if online_sale_price is not UNSET:
            field_dict["online_sale_price"] = online_sale_price
        if online_image is not UNSET:
            field_dict["online_image"] = online_image
        if autoactivation_period is not UNSET:
            field_dict["autoactivation_period"] = autoactivation_period
        if autoactivation_time_in_days is not UNSET:
            field_dict["autoactivation_time_in_days"] = autoactivation_time_in_days
        if autoactivation_time_unit_id is not UNSET:
            field_dict["autoactivation_time_unit_id"] = autoactivation_time_unit_id
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived
        if category is not UNSET:
            field_dict["category"] = category
        if salon_ids is not UNSET:
            field_dict["salon_ids"] = salon_ids
        if services is not UNSET:
            field_dict["services"] = services
        if delete_online_image is not UNSET:
            field_dict["delete_online_image"] = delete_online_image
        if availability is not UNSET:
            field_dict["availability"] = availability

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chain_loyalty_membership_types_create_body_availability_item import (
            ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem,  # noqa: PLC0415
        )
        from ..models.membership_type_counts import MembershipTypeCounts  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        salon_group_id = d.pop("salon_group_id")

        cost = d.pop("cost")

        is_united_balance = d.pop("is_united_balance")

        united_balance_services_count = d.pop("united_balance_services_count")

        service_categories = MembershipTypeCounts.from_dict(d.pop("service_categories"))

        location_ids = cast(list[int], d.pop("location_ids", UNSET))

        period = d.pop("period", UNSET)

        _period_unit_id = d.pop("period_unit_id", UNSET)
        period_unit_id: ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId | Unset
        if isinstance(_period_unit_id, Unset):
            period_unit_id = UNSET
        else:
            period_unit_id = check_chain_loyalty_membership_types_create_body_period_unit_id(_period_unit_id)

        allow_freeze = d.pop("allow_freeze", UNSET)

        freeze_limit = d.pop("freeze_limit", UNSET)

        _freeze_limit_unit_id = d.pop("freeze_limit_unit_id", UNSET)
        freeze_limit_unit_id: ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId | Unset
        if isinstance(_freeze_limit_unit_id, Unset):
            freeze_limit_unit_id = UNSET
        else:
            freeze_limit_unit_id = check_chain_loyalty_membership_types_create_body_freeze_limit_unit_id(
                _freeze_limit_unit_id
            )

        service_price_correction = d.pop("service_price_correction", UNSET)

        _expiration_type_id = d.pop("expiration_type_id", UNSET)
        expiration_type_id: ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId | Unset
        if isinstance(_expiration_type_id, Unset):
            expiration_type_id = UNSET
        else:
            expiration_type_id = check_chain_loyalty_membership_types_create_body_expiration_type_id(
                _expiration_type_id
            )

        is_allow_empty_code = d.pop("is_allow_empty_code", UNSET)

        _balance_edit_type_id = d.pop("balance_edit_type_id", UNSET)
        balance_edit_type_id: ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId | Unset
        if isinstance(_balance_edit_type_id, Unset):
            balance_edit_type_id = UNSET
        else:
            balance_edit_type_id = check_chain_loyalty_membership_types_create_body_balance_edit_type_id(
                _balance_edit_type_id
            )

        is_online_sale_enabled = d.pop("is_online_sale_enabled", UNSET)

        online_sale_title = d.pop("online_sale_title", UNSET)

        online_sale_description = d.pop("online_sale_description", UNSET)

        online_sale_price = d.pop("online_sale_price", UNSET)

        online_image = d.pop("online_image", UNSET)

        autoactivation_period = d.pop("autoactivation_period", UNSET)

        autoactivation_time_in_days = d.pop("autoactivation_time_in_days", UNSET)

        _autoactivation_time_unit_id = d.pop("autoactivation_time_unit_id", UNSET)
        autoactivation_time_unit_id: ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId | Unset
        if isinstance(_autoactivation_time_unit_id, Unset):
            autoactivation_time_unit_id = UNSET
        else:
            autoactivation_time_unit_id = check_chain_loyalty_membership_types_create_body_autoactivation_time_unit_id(
                _autoactivation_time_unit_id
            )

        is_archived = d.pop("is_archived", UNSET)

        category = d.pop("category", UNSET)

        salon_ids = cast(list[int], d.pop("salon_ids", UNSET))

        _services = d.pop("services", UNSET)
        services: MembershipTypeCounts | Unset
        if isinstance(_services, Unset):
            services = UNSET
        else:
            services = MembershipTypeCounts.from_dict(_services)

        delete_online_image = d.pop("delete_online_image", UNSET)

        _availability = d.pop("availability", UNSET)
        availability: list[ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem] | Unset = UNSET
        if _availability is not UNSET:
            availability = []
            for availability_item_data in _availability:
                availability_item = ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem.from_dict(
                    availability_item_data
                )

                availability.append(availability_item)

        chain_loyalty_membership_types_create_body = cls(
            title=title,
            salon_group_id=salon_group_id,
            cost=cost,
            is_united_balance=is_united_balance,
            united_balance_services_count=united_balance_services_count,
            service_categories=service_categories,
            location_ids=location_ids,
            period=period,
            period_unit_id=period_unit_id,
            allow_freeze=allow_freeze,
            freeze_limit=freeze_limit,
            freeze_limit_unit_id=freeze_limit_unit_id,
            service_price_correction=service_price_correction,
            expiration_type_id=expiration_type_id,
            is_allow_empty_code=is_allow_empty_code,
            balance_edit_type_id=balance_edit_type_id,
            is_online_sale_enabled=is_online_sale_enabled,
            online_sale_title=online_sale_title,
            online_sale_description=online_sale_description,
            online_sale_price=online_sale_price,
            online_image=online_image,
            autoactivation_period=autoactivation_period,
            autoactivation_time_in_days=autoactivation_time_in_days,
            autoactivation_time_unit_id=autoactivation_time_unit_id,
            is_archived=is_archived,
            category=category,
            salon_ids=salon_ids,
            services=services,
            delete_online_image=delete_online_image,
            availability=availability,
        )

        chain_loyalty_membership_types_create_body.additional_properties = d
        return chain_loyalty_membership_types_create_body

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


def _read_service_categories(json_value: Any, parse_ctx: ParseContext) -> MembershipTypeCounts:
    MembershipTypeCounts = MODEL_CLASSES.get("altegio_client.models.membership_type_counts") or model_class(
        "altegio_client.models.membership_type_counts", "MembershipTypeCounts"
    )

    service_categories = MembershipTypeCounts._lazy(json_value, parse_ctx)

    return service_categories


def _read_period_unit_id(
    json_value: Any, parse_ctx: ParseContext
) -> ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId | Unset:

    _period_unit_id = json_value
    period_unit_id: ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId | Unset
    if isinstance(_period_unit_id, Unset):
        period_unit_id = UNSET
    else:
        period_unit_id = check_chain_loyalty_membership_types_create_body_period_unit_id(_period_unit_id)

    return period_unit_id


def _read_freeze_limit_unit_id(
    json_value: Any, parse_ctx: ParseContext
) -> ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId | Unset:

    _freeze_limit_unit_id = json_value
    freeze_limit_unit_id: ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId | Unset
    if isinstance(_freeze_limit_unit_id, Unset):
        freeze_limit_unit_id = UNSET
    else:
        freeze_limit_unit_id = check_chain_loyalty_membership_types_create_body_freeze_limit_unit_id(
            _freeze_limit_unit_id
        )

    return freeze_limit_unit_id


def _read_expiration_type_id(
    json_value: Any, parse_ctx: ParseContext
) -> ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId | Unset:

    _expiration_type_id = json_value
    expiration_type_id: ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId | Unset
    if isinstance(_expiration_type_id, Unset):
        expiration_type_id = UNSET
    else:
        expiration_type_id = check_chain_loyalty_membership_types_create_body_expiration_type_id(_expiration_type_id)

    return expiration_type_id


def _read_balance_edit_type_id(
    json_value: Any, parse_ctx: ParseContext
) -> ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId | Unset:

    _balance_edit_type_id = json_value
    balance_edit_type_id: ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId | Unset
    if isinstance(_balance_edit_type_id, Unset):
        balance_edit_type_id = UNSET
    else:
        balance_edit_type_id = check_chain_loyalty_membership_types_create_body_balance_edit_type_id(
            _balance_edit_type_id
        )

    return balance_edit_type_id


def _read_autoactivation_time_unit_id(
    json_value: Any, parse_ctx: ParseContext
) -> ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId | Unset:

    _autoactivation_time_unit_id = json_value
    autoactivation_time_unit_id: ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId | Unset
    if isinstance(_autoactivation_time_unit_id, Unset):
        autoactivation_time_unit_id = UNSET
    else:
        autoactivation_time_unit_id = check_chain_loyalty_membership_types_create_body_autoactivation_time_unit_id(
            _autoactivation_time_unit_id
        )

    return autoactivation_time_unit_id


def _read_services(json_value: Any, parse_ctx: ParseContext) -> MembershipTypeCounts | Unset:
    MembershipTypeCounts = MODEL_CLASSES.get("altegio_client.models.membership_type_counts") or model_class(
        "altegio_client.models.membership_type_counts", "MembershipTypeCounts"
    )

    _services = json_value
    services: MembershipTypeCounts | Unset
    if isinstance(_services, Unset):
        services = UNSET
    else:
        services = MembershipTypeCounts._lazy(_services, parse_ctx)

    return services


def _read_availability(
    json_value: Any, parse_ctx: ParseContext
) -> list[ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem] | Unset:
    ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem = MODEL_CLASSES.get(
        "altegio_client.models.chain_loyalty_membership_types_create_body_availability_item"
    ) or model_class(
        "altegio_client.models.chain_loyalty_membership_types_create_body_availability_item",
        "ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem",
    )

    _availability = json_value
    availability: list[ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem] | Unset = UNSET
    if _availability is not UNSET:
        availability = ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem._lazy_list(_availability, parse_ctx)

    return availability


_DECLARED_KEYS = frozenset(
    {
        "title",
        "salon_group_id",
        "cost",
        "is_united_balance",
        "united_balance_services_count",
        "service_categories",
        "location_ids",
        "period",
        "period_unit_id",
        "allow_freeze",
        "freeze_limit",
        "freeze_limit_unit_id",
        "service_price_correction",
        "expiration_type_id",
        "is_allow_empty_code",
        "balance_edit_type_id",
        "is_online_sale_enabled",
        "online_sale_title",
        "online_sale_description",
        "online_sale_price",
        "online_image",
        "autoactivation_period",
        "autoactivation_time_in_days",
        "autoactivation_time_unit_id",
        "is_archived",
        "category",
        "salon_ids",
        "services",
        "delete_online_image",
        "availability",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ChainLoyaltyMembershipTypesCreateBody._lazy_fields = {
    "title": ("title", None, True),
    "salon_group_id": ("salon_group_id", None, True),
    "cost": ("cost", None, True),
    "is_united_balance": ("is_united_balance", None, True),
    "united_balance_services_count": ("united_balance_services_count", None, True),
    "service_categories": ("service_categories", _read_service_categories, True),
    "location_ids": ("location_ids", None, False),
    "period": ("period", None, False),
    "period_unit_id": ("period_unit_id", _read_period_unit_id, False),
    "allow_freeze": ("allow_freeze", None, False),
    "freeze_limit": ("freeze_limit", None, False),
    "freeze_limit_unit_id": ("freeze_limit_unit_id", _read_freeze_limit_unit_id, False),
    "service_price_correction": ("service_price_correction", None, False),
    "expiration_type_id": ("expiration_type_id", _read_expiration_type_id, False),
    "is_allow_empty_code": ("is_allow_empty_code", None, False),
    "balance_edit_type_id": ("balance_edit_type_id", _read_balance_edit_type_id, False),
    "is_online_sale_enabled": ("is_online_sale_enabled", None, False),
    "online_sale_title": ("online_sale_title", None, False),
    "online_sale_description": ("online_sale_description", None, False),
    "online_sale_price": ("online_sale_price", None, False),
    "online_image": ("online_image", None, False),
    "autoactivation_period": ("autoactivation_period", None, False),
    "autoactivation_time_in_days": ("autoactivation_time_in_days", None, False),
    "autoactivation_time_unit_id": ("autoactivation_time_unit_id", _read_autoactivation_time_unit_id, False),
    "is_archived": ("is_archived", None, False),
    "category": ("category", None, False),
    "salon_ids": ("salon_ids", None, False),
    "services": ("services", _read_services, False),
    "delete_online_image": ("delete_online_image", None, False),
    "availability": ("availability", _read_availability, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ChainLoyaltyMembershipTypesCreateBody, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "title" in json_value:
        model.title = json_value["title"]
    if "salon_group_id" in json_value:
        model.salon_group_id = json_value["salon_group_id"]
    if "cost" in json_value:
        model.cost = json_value["cost"]
    if "is_united_balance" in json_value:
        model.is_united_balance = json_value["is_united_balance"]
    if "united_balance_services_count" in json_value:
        model.united_balance_services_count = json_value["united_balance_services_count"]
    model.location_ids = get("location_ids", UNSET)
    model.period = get("period", UNSET)
    model.allow_freeze = get("allow_freeze", UNSET)
    model.freeze_limit = get("freeze_limit", UNSET)
    model.service_price_correction = get("service_price_correction", UNSET)
    model.is_allow_empty_code = get("is_allow_empty_code", UNSET)
    model.is_online_sale_enabled = get("is_online_sale_enabled", UNSET)
    model.online_sale_title = get("online_sale_title", UNSET)
    model.online_sale_description = get("online_sale_description", UNSET)
    model.online_sale_price = get("online_sale_price", UNSET)
    model.online_image = get("online_image", UNSET)
    model.autoactivation_period = get("autoactivation_period", UNSET)
    model.autoactivation_time_in_days = get("autoactivation_time_in_days", UNSET)
    model.is_archived = get("is_archived", UNSET)
    model.category = get("category", UNSET)
    model.salon_ids = get("salon_ids", UNSET)
    model.delete_online_image = get("delete_online_image", UNSET)


def _fill_converted(
    model: ChainLoyaltyMembershipTypesCreateBody,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "service_categories" not in done:
        try:
            model.service_categories = _read_service_categories(json_value["service_categories"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "period_unit_id" not in done:
        value = get("period_unit_id", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.period_unit_id = UNSET
        else:
            try:
                model.period_unit_id = _read_period_unit_id(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "freeze_limit_unit_id" not in done:
        value = get("freeze_limit_unit_id", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.freeze_limit_unit_id = UNSET
        else:
            try:
                model.freeze_limit_unit_id = _read_freeze_limit_unit_id(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "expiration_type_id" not in done:
        value = get("expiration_type_id", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.expiration_type_id = UNSET
        else:
            try:
                model.expiration_type_id = _read_expiration_type_id(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "balance_edit_type_id" not in done:
        value = get("balance_edit_type_id", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.balance_edit_type_id = UNSET
        else:
            try:
                model.balance_edit_type_id = _read_balance_edit_type_id(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "autoactivation_time_unit_id" not in done:
        value = get("autoactivation_time_unit_id", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.autoactivation_time_unit_id = UNSET
        else:
            try:
                model.autoactivation_time_unit_id = _read_autoactivation_time_unit_id(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "services" not in done:
        value = get("services", UNSET)
        if value is UNSET:
            model.services = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.membership_type_counts") or model_builder(
                "altegio_client.models.membership_type_counts", "MembershipTypeCounts"
            )
            try:
                model.services = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "availability" not in done:
        value = get("availability", UNSET)
        if value is UNSET:
            model.availability = UNSET
        elif value == []:
            model.availability = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.chain_loyalty_membership_types_create_body_availability_item"
            ) or model_builder(
                "altegio_client.models.chain_loyalty_membership_types_create_body_availability_item",
                "ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.availability = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ChainLoyaltyMembershipTypesCreateBody | None = None
) -> ChainLoyaltyMembershipTypesCreateBody:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ChainLoyaltyMembershipTypesCreateBody._lazy(json_value, parse_ctx)
        model = new_model(
            ChainLoyaltyMembershipTypesCreateBody
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
        layout = layout_of(ChainLoyaltyMembershipTypesCreateBody, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (
        value_service_categories,
        value_period_unit_id,
        value_freeze_limit_unit_id,
        value_expiration_type_id,
        value_balance_edit_type_id,
        value_autoactivation_time_unit_id,
        value_services,
        value_availability,
    ) = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_service_categories is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.service_categories = _read_service_categories(value_service_categories, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_period_unit_id is UNSET:  # what every optional field's converter returns for it
        model.period_unit_id = UNSET
    else:
        try:
            model.period_unit_id = _read_period_unit_id(value_period_unit_id, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_freeze_limit_unit_id is UNSET:  # what every optional field's converter returns for it
        model.freeze_limit_unit_id = UNSET
    else:
        try:
            model.freeze_limit_unit_id = _read_freeze_limit_unit_id(value_freeze_limit_unit_id, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_expiration_type_id is UNSET:  # what every optional field's converter returns for it
        model.expiration_type_id = UNSET
    else:
        try:
            model.expiration_type_id = _read_expiration_type_id(value_expiration_type_id, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_balance_edit_type_id is UNSET:  # what every optional field's converter returns for it
        model.balance_edit_type_id = UNSET
    else:
        try:
            model.balance_edit_type_id = _read_balance_edit_type_id(value_balance_edit_type_id, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_autoactivation_time_unit_id is UNSET:  # what every optional field's converter returns for it
        model.autoactivation_time_unit_id = UNSET
    else:
        try:
            model.autoactivation_time_unit_id = _read_autoactivation_time_unit_id(
                value_autoactivation_time_unit_id, parse_ctx
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_services is UNSET:
        model.services = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.membership_type_counts") or model_builder(
            "altegio_client.models.membership_type_counts", "MembershipTypeCounts"
        )
        try:
            model.services = build(value_services, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_availability is UNSET:
        model.availability = UNSET
    elif value_availability == []:
        model.availability = value_availability  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.chain_loyalty_membership_types_create_body_availability_item"
        ) or model_builder(
            "altegio_client.models.chain_loyalty_membership_types_create_body_availability_item",
            "ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem",
        )
        try:
            if _builtins.type(value_availability) is not list:
                raise TypeError
            model.availability = [build(item, parse_ctx) for item in value_availability]
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
        model.__class__ = lazily_read_class(ChainLoyaltyMembershipTypesCreateBody)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ChainLoyaltyMembershipTypesCreateBody
        del model._raw, model._context
    return model


ChainLoyaltyMembershipTypesCreateBody._lazy_fill = (_fill_plain, _fill_converted, _build)
