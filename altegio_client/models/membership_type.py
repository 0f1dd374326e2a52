from __future__ import annotations

import builtins as _builtins
import datetime
import datetime as _datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
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
    from ..models.membership_balance_container import MembershipBalanceContainer


T = TypeVar("T", bound="MembershipType")


@_attrs_define
class MembershipType(LazyModel):
    """Object with information about membership type"""

    id: int | Unset = UNSET
    """ Membership type ID """
    salon_group_id: int | Unset = UNSET
    """ Identifier of the chain in which the membership type is valid """
    title: int | str | Unset = UNSET
    """ Membership type name """
    period: int | Unset = UNSET
    """ Subscription expiration date (0 if not set) """
    period_unit_id: int | Unset = UNSET
    """ Subscription validity period unit (list of possible values, if not set - 0) """
    allow_freeze: bool | Unset = UNSET
    """ Is it possible to freeze memberships? true - allowed, false - not allowed """
    freeze_limit: int | Unset = UNSET
    """ Maximum total freezing period (days) """
    freeze_limit_unit_id: int | Unset = UNSET
    """ Freeze period unit: 1 = day, 2 = week, 3 = month, 4 = year """
    is_booking_when_frozen_allowed: bool | Unset = UNSET
    """ Allow booking when membership is frozen """
    category_id: int | None | Unset = UNSET
    """ Category ID restriction """
    is_allow_empty_code: bool | Unset = UNSET
    """ Allow the sale of a membership without a code? true - allow, false - do not allow """
    is_united_balance: bool | Unset = UNSET
    """ Total or separate membership balance: true - total, false - separate """
    united_balance_services_count: int | Unset = UNSET
    """ Number of visits for total balance """
    is_united_balance_unlimited: bool | Unset = UNSET
    """ Whether unified balance is unlimited """
    slug: str | Unset = UNSET
    """ Subscription type slug """
    is_code_required: bool | Unset = UNSET
    """ Whether activation code is required """
    balance_edit_type_id: int | Unset = UNSET
    """ Balance edit permission level """
    cost: float | Unset = UNSET
    """ Subscription price """
    is_archived: bool | Unset = UNSET
    """ Whether membership type is archived """
    date_archived: _datetime.datetime | None | Unset = UNSET
    """ Date when archived """
    expiration_type_id: int | Unset = UNSET
    """ Activation type: 1 = on sale, 2 = on first use, 3 = from specific date """
    expiration_type_title: str | Unset = UNSET
    """ Human-readable expiration type """
    service_price_correction: bool | Unset = UNSET
    """ Whether service price can be adjusted """
    is_online_sale_enabled: bool | Unset = UNSET
    """ Whether online sale is enabled """
    online_sale_title: str | Unset = UNSET
    """ Title for online sale """
    online_sale_description: str | Unset = UNSET
    """ Description for online sale """
    online_sale_price: float | Unset = UNSET
    """ Price for online sale """
    autoactivation_time: int | Unset = UNSET
    """ Time units for autoactivation """
    autoactivation_time_unit_id: int | Unset = UNSET
    """ Autoactivation time unit: 1 = days, 2 = weeks, 3 = months, 4 = years """
    weight: int | Unset = UNSET
    """ Sort order weight """
    category: str | Unset = UNSET
    """ Subscription type category """
    balance_container: MembershipBalanceContainer | Unset = UNSET
    """ An object that includes the links array with information about the membership balance """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        salon_group_id = self.salon_group_id

        title: int | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        period = self.period

        period_unit_id = self.period_unit_id

        allow_freeze = self.allow_freeze

        freeze_limit = self.freeze_limit

        freeze_limit_unit_id = self.freeze_limit_unit_id

        is_booking_when_frozen_allowed = self.is_booking_when_frozen_allowed

        category_id: int | None | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        is_allow_empty_code = self.is_allow_empty_code

        is_united_balance = self.is_united_balance

        united_balance_services_count = self.united_balance_services_count

        is_united_balance_unlimited = self.is_united_balance_unlimited

        slug = self.slug

        is_code_required = self.is_code_required

        balance_edit_type_id = self.balance_edit_type_id

        cost = self.cost

        is_archived = self.is_archived

        date_archived: None | str | Unset
        if isinstance(self.date_archived, Unset):
            date_archived = UNSET
        elif isinstance(self.date_archived, datetime.datetime):
            date_archived = self.date_archived.isoformat()
        else:
            date_archived = self.date_archived

        expiration_type_id = self.expiration_type_id

        expiration_type_title = self.expiration_type_title

        service_price_correction = self.service_price_correction

        is_online_sale_enabled = self.is_online_sale_enabled

        online_sale_title = self.online_sale_title

        online_sale_description = self.online_sale_description

        online_sale_price = self.online_sale_price

        autoactivation_time = self.autoactivation_time

        autoactivation_time_unit_id = self.autoactivation_time_unit_id

        weight = self.weight

        category = self.category

        balance_container: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance_container, Unset):
            balance_container = self.balance_container.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if title is not UNSET:
            field_dict["title"] = title
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
        if is_booking_when_frozen_allowed is not UNSET:
            field_dict["is_booking_when_frozen_allowed"] = is_booking_when_frozen_allowed
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if is_allow_empty_code is not UNSET:
            field_dict["is_allow_empty_code"] = is_allow_empty_code
        if is_united_balance is not UNSET:
            field_dict["is_united_balance"] = is_united_balance
        if united_balance_services_count is not UNSET:
            field_dict["united_balance_services_count"] = united_balance_services_count
        if is_united_balance_unlimited is not UNSET:
            field_dict["is_united_balance_unlimited"] = is_united_balance_unlimited
        if slug is not UNSET:
            field_dict["slug"] = slug
        if is_code_required is not UNSET:
            field_dict["is_code_required"] = is_code_required
        if balance_edit_type_id is not UNSET:
            field_dict["balance_edit_type_id"] = balance_edit_type_id
        if cost is not UNSET:
            field_dict["cost"] = cost
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived
        if date_archived is not UNSET:
            field_dict["date_archived"] = date_archived
        if expiration_type_id is not UNSET:
            field_dict["expiration_type_id"] = expiration_type_id
        if expiration_type_title is not UNSET:
            field_dict["expiration_type_title"] = expiration_type_title
        if service_price_correction is not UNSET:
            field_dict["service_price_correction"] = service_price_correction
        if is_online_sale_enabled is not UNSET:
            field_dict["is_online_sale_enabled"] = is_online_sale_enabled
        if online_sale_title is not UNSET:
            field_dict["online_sale_title"] = online_sale_title
        if online_sale_description is not UNSET:
            field_dict["online_sale_description"] = online_sale_description
        if online_sale_price is not UNSET:
            field_dict["online_sale_price"] = online_sale_price
        if autoactivation_time is not UNSET:
            field_dict["autoactivation_time"] = autoactivation_time
        if autoactivation_time_unit_id is not UNSET:
            field_dict["autoactivation_time_unit_id"] = autoactivation_time_unit_id
        if weight is not UNSET:
            field_dict["weight"] = weight
        if category is not UNSET:
            field_dict["category"] = category
        if balance_container is not UNSET:
            field_dict["balance_container"] = balance_container

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.membership_balance_container import MembershipBalanceContainer  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        salon_group_id = d.pop("salon_group_id", UNSET)

        def _parse_title(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        period = d.pop("period", UNSET)

        period_unit_id = d.pop("period_unit_id", UNSET)

        allow_freeze = d.pop("allow_freeze", UNSET)

        freeze_limit = d.pop("freeze_limit", UNSET)

        freeze_limit_unit_id = d.pop("freeze_limit_unit_id", UNSET)

        is_booking_when_frozen_allowed = d.pop("is_booking_when_frozen_allowed", UNSET)

        def _parse_category_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        category_id = _parse_category_id(d.pop("category_id", UNSET))

        is_allow_empty_code = d.pop("is_allow_empty_code", UNSET)

        is_united_balance = d.pop("is_united_balance", UNSET)

        united_balance_services_count = d.pop("united_balance_services_count", UNSET)

        is_united_balance_unlimited = d.pop("is_united_balance_unlimited", UNSET)

        slug = d.pop("slug", UNSET)

        is_code_required = d.pop("is_code_required", UNSET)

        balance_edit_type_id = d.pop("balance_edit_type_id", UNSET)

        cost = d.pop("cost", UNSET)

        is_archived = d.pop("is_archived", UNSET)

        def _parse_date_archived(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_archived_type_0 = types.parse_iso_datetime(data)

                return date_archived_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_archived = _parse_date_archived(d.pop("date_archived", UNSET))

        expiration_type_id = d.pop("expiration_type_id", UNSET)

        expiration_type_title = d.pop("expiration_type_title", UNSET)

        service_price_correction = d.pop("service_price_correction", UNSET)

        is_online_sale_enabled = d.pop("is_online_sale_enabled", UNSET)

        online_sale_title = d.pop("online_sale_title", UNSET)

        online_sale_description = d.pop("online_sale_description", UNSET)

        online_sale_price = d.pop("online_sale_price", UNSET)

        autoactivation_time = d.pop("autoactivation_time", UNSET)

        autoactivation_time_unit_id = d.pop("autoactivation_time_unit_id", UNSET)

        weight = d.pop("weight", UNSET)

        category = d.pop("category", UNSET)

        _balance_container = d.pop("balance_container", UNSET)
        balance_container: MembershipBalanceContainer | Unset
        if isinstance(_balance_container, Unset):
            balance_container = UNSET
        else:
            balance_container = MembershipBalanceContainer.from_dict(_balance_container)

        membership_type = cls(
            id=id,
            salon_group_id=salon_group_id,
            title=title,
            period=period,
            period_unit_id=period_unit_id,
            allow_freeze=allow_freeze,
            freeze_limit=freeze_limit,
            freeze_limit_unit_id=freeze_limit_unit_id,
            is_booking_when_frozen_allowed=is_booking_when_frozen_allowed,
            category_id=category_id,
            is_allow_empty_code=is_allow_empty_code,
            is_united_balance=is_united_balance,
            united_balance_services_count=united_balance_services_count,
            is_united_balance_unlimited=is_united_balance_unlimited,
            slug=slug,
            is_code_required=is_code_required,
            balance_edit_type_id=balance_edit_type_id,
            cost=cost,
            is_archived=is_archived,
            date_archived=date_archived,
            expiration_type_id=expiration_type_id,
            expiration_type_title=expiration_type_title,
            service_price_correction=service_price_correction,
            is_online_sale_enabled=is_online_sale_enabled,
            online_sale_title=online_sale_title,
            online_sale_description=online_sale_description,
            online_sale_price=online_sale_price,
            autoactivation_time=autoactivation_time,
            autoactivation_time_unit_id=autoactivation_time_unit_id,
            weight=weight,
            category=category,
            balance_container=balance_container,
        )

        membership_type.additional_properties = d
        return membership_type

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


def _read_date_archived(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | None | Unset:

    def _parse_date_archived(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            date_archived_type_0 = types.parse_iso_datetime(data)

            return date_archived_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    date_archived = _parse_date_archived(json_value)

    return date_archived


def _read_balance_container(json_value: Any, parse_ctx: ParseContext) -> MembershipBalanceContainer | Unset:
    MembershipBalanceContainer = MODEL_CLASSES.get("altegio_client.models.membership_balance_container") or model_class(
        "altegio_client.models.membership_balance_container", "MembershipBalanceContainer"
    )

    _balance_container = json_value
    balance_container: MembershipBalanceContainer | Unset
    if isinstance(_balance_container, Unset):
        balance_container = UNSET
    else:
        balance_container = MembershipBalanceContainer._lazy(_balance_container, parse_ctx)

    return balance_container


_DECLARED_KEYS = frozenset(
    {
        "id",
        "salon_group_id",
        "title",
        "period",
        "period_unit_id",
        "allow_freeze",
        "freeze_limit",
        "freeze_limit_unit_id",
        "is_booking_when_frozen_allowed",
        "category_id",
        "is_allow_empty_code",
        "is_united_balance",
        "united_balance_services_count",
        "is_united_balance_unlimited",
        "slug",
        "is_code_required",
        "balance_edit_type_id",
        "cost",
        "is_archived",
        "date_archived",
        "expiration_type_id",
        "expiration_type_title",
        "service_price_correction",
        "is_online_sale_enabled",
        "online_sale_title",
        "online_sale_description",
        "online_sale_price",
        "autoactivation_time",
        "autoactivation_time_unit_id",
        "weight",
        "category",
        "balance_container",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


MembershipType._lazy_fields = {
    "id": ("id", None, False),
    "salon_group_id": ("salon_group_id", None, False),
    "title": ("title", None, False),
    "period": ("period", None, False),
    "period_unit_id": ("period_unit_id", None, False),
    "allow_freeze": ("allow_freeze", None, False),
    "freeze_limit": ("freeze_limit", None, False),
    "freeze_limit_unit_id": ("freeze_limit_unit_id", None, False),
    "is_booking_when_frozen_allowed": ("is_booking_when_frozen_allowed", None, False),
    "category_id": ("category_id", None, False),
    "is_allow_empty_code": ("is_allow_empty_code", None, False),
    "is_united_balance": ("is_united_balance", None, False),
    "united_balance_services_count": ("united_balance_services_count", None, False),
    "is_united_balance_unlimited": ("is_united_balance_unlimited", None, False),
    "slug": ("slug", None, False),
    "is_code_required": ("is_code_required", None, False),
    "balance_edit_type_id": ("balance_edit_type_id", None, False),
    "cost": ("cost", None, False),
    "is_archived": ("is_archived", None, False),
    "date_archived": ("date_archived", _read_date_archived, False),
    "expiration_type_id": ("expiration_type_id", None, False),
    "expiration_type_title": ("expiration_type_title", None, False),
    "service_price_correction": ("service_price_correction", None, False),
    "is_online_sale_enabled": ("is_online_sale_enabled", None, False),
    "online_sale_title": ("online_sale_title", None, False),
    "online_sale_description": ("online_sale_description", None, False),
    "online_sale_price": ("online_sale_price", None, False),
    "autoactivation_time": ("autoactivation_time", None, False),
    "autoactivation_time_unit_id": ("autoactivation_time_unit_id", None, False),
    "weight": ("weight", None, False),
    "category": ("category", None, False),
    "balance_container": ("balance_container", _read_balance_container, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: MembershipType, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.salon_group_id = get("salon_group_id", UNSET)
    model.title = get("title", UNSET)
    model.period = get("period", UNSET)
    model.period_unit_id = get("period_unit_id", UNSET)
    model.allow_freeze = get("allow_freeze", UNSET)
    model.freeze_limit = get("freeze_limit", UNSET)
    model.freeze_limit_unit_id = get("freeze_limit_unit_id", UNSET)
    model.is_booking_when_frozen_allowed = get("is_booking_when_frozen_allowed", UNSET)
    model.category_id = get("category_id", UNSET)
    model.is_allow_empty_code = get("is_allow_empty_code", UNSET)
    model.is_united_balance = get("is_united_balance", UNSET)
    model.united_balance_services_count = get("united_balance_services_count", UNSET)
    model.is_united_balance_unlimited = get("is_united_balance_unlimited", UNSET)
    model.slug = get("slug", UNSET)
    model.is_code_required = get("is_code_required", UNSET)
    model.balance_edit_type_id = get("balance_edit_type_id", UNSET)
    model.cost = get("cost", UNSET)
    model.is_archived = get("is_archived", UNSET)
    model.expiration_type_id = get("expiration_type_id", UNSET)
    model.expiration_type_title = get("expiration_type_title", UNSET)
    model.service_price_correction = get("service_price_correction", UNSET)
    model.is_online_sale_enabled = get("is_online_sale_enabled", UNSET)
    model.online_sale_title = get("online_sale_title", UNSET)
    model.online_sale_description = get("online_sale_description", UNSET)
    model.online_sale_price = get("online_sale_price", UNSET)
    model.autoactivation_time = get("autoactivation_time", UNSET)
    model.autoactivation_time_unit_id = get("autoactivation_time_unit_id", UNSET)
    model.weight = get("weight", UNSET)
    model.category = get("category", UNSET)


def _fill_converted(
    model: MembershipType, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "date_archived" not in done:
        value = get("date_archived", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.date_archived = UNSET
        else:
            try:
                model.date_archived = _read_date_archived(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "balance_container" not in done:
        value = get("balance_container", UNSET)
        if value is UNSET:
            model.balance_container = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.membership_balance_container") or model_builder(
                "altegio_client.models.membership_balance_container", "MembershipBalanceContainer"
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


def _build(json_value: Any, parse_ctx: ParseContext, model: MembershipType | None = None) -> MembershipType:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return MembershipType._lazy(json_value, parse_ctx)
        model = new_model(MembershipType)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(MembershipType, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_date_archived, value_balance_container = fill(json_value, model)
    if value_date_archived is UNSET:  # what every optional field's converter returns for it
        model.date_archived = UNSET
    else:
        try:
            model.date_archived = _read_date_archived(value_date_archived, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_balance_container is UNSET:
        model.balance_container = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.membership_balance_container") or model_builder(
            "altegio_client.models.membership_balance_container", "MembershipBalanceContainer"
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
        model.__class__ = lazily_read_class(MembershipType)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = MembershipType
        del model._raw, model._context
    return model


MembershipType._lazy_fill = (_fill_plain, _fill_converted, _build)
