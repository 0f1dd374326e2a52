from __future__ import annotations

import builtins as _builtins
import datetime
import datetime as _datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._codegen import (
    ISO_PARSERS,
    MODEL_BUILDERS,
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    date_from_iso,
    layout_of,
    lazily_read_class,
    model_builder,
    model_class,
    new_model,
)
from ..models.loyalty_program_expiration_timeout_unit import (
    LoyaltyProgramExpirationTimeoutUnit,
    check_loyalty_program_expiration_timeout_unit,
)
from ..models.loyalty_program_good_item_type import (
    LoyaltyProgramGoodItemType,
    check_loyalty_program_good_item_type,
)
from ..models.loyalty_program_params_source_type import (
    LoyaltyProgramParamsSourceType,
    check_loyalty_program_params_source_type,
)
from ..models.loyalty_program_service_item_type import (
    LoyaltyProgramServiceItemType,
    check_loyalty_program_service_item_type,
)
from ..models.loyalty_program_type import LoyaltyProgramType, check_loyalty_program_type
from ..models.loyalty_program_value_unit import (
    LoyaltyProgramValueUnit,
    check_loyalty_program_value_unit,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company import Company
    from ..models.loyalty_card_type import LoyaltyCardType
    from ..models.loyalty_entity_attendance_item import LoyaltyEntityAttendanceItem
    from ..models.loyalty_notification_message_template import (
        LoyaltyNotificationMessageTemplate,
    )
    from ..models.loyalty_program_rule import LoyaltyProgramRule


T = TypeVar("T", bound="LoyaltyProgram")


@_attrs_define
class LoyaltyProgram(LazyModel):
    """Loyalty promotion

    Example:
        {'id': 34, 'title': 'Cumulative discount for some services and not for goods', 'type':
            'discount_accumulative_paid', 'service_item_type': 'custom_allowed', 'good_item_type': 'not_allowed',
            'value_unit': 'percent', 'usage_limit': 0, 'visit_multiplicity': 0, 'sold_items_multiplicity': 0,
            'expiration_timeout': 6, 'expiration_timeout_unit': 'month', 'expiration_notification_timeout': 7,
            'params_source_type': 'chain', 'history_start_date': '2026-09-21', 'on_changed_notification_template_id': 55,
            'on_expiration_notification_template_id': 84, 'loyalty_card_types': [{'id': 51, 'title': 'Card type 1'}, {'id':
            29, 'title': 'Card type 2'}], 'on_changed_notification_template': {'id': 55, 'type': 'custom', 'body': 'Your
            discount has changed', 'message_type': 'loyalty_discount_changed'}, 'on_expiration_notification_template':
            {'id': 84, 'type': 'big', 'body': 'Detailed text about discount burning', 'message_type':
            'loyalty_discount_expiration'}, 'rules': [{'id': 94, 'parameter': 10, 'value': 2.5, 'loyalty_program_id': 34,
            'loyalty_type_id': 3, 'service_id': 0}, {'id': 74, 'parameter': 30, 'value': 7.5, 'loyalty_program_id': 34,
            'loyalty_type_id': 3, 'service_id': 0}], 'companies': [{'id': 49, 'title': 'Location', 'country': 'United
            States', 'country_id': 5, 'city': 'New York', 'city_id': 83, 'phone': '+13155550175', 'timezone':
            'America/New_York', 'address': 'Location address', 'coordinate_lat': 40.73061, 'coordinate_lng': 18.63}],
            'applicable_items': [{'id': 53, 'title': 'Service category 1', 'is_service': True, 'is_category': True}, {'id':
            92, 'title': 'Service category 2', 'is_service': True, 'is_category': True}]}

    """

    id: int | Unset = UNSET
    """ Stock ID """
    title: str | Unset = UNSET
    """ Share name """
    type: LoyaltyProgramType | Unset = UNSET
    """ Promotion type """
    service_item_type: LoyaltyProgramServiceItemType | Unset = UNSET
    """ Type of application to services """
    good_item_type: LoyaltyProgramGoodItemType | Unset = UNSET
    """ Type of application to products """
    value_unit: LoyaltyProgramValueUnit | Unset = UNSET
    """ Bonus or discount measurement unit (percentage, fixed amount) """
    usage_limit: int | Unset = UNSET
    """ Limit on the number of applications (only for cashback) """
    visit_multiplicity: int | Unset = UNSET
    """ Multiplicity of application by visits (only for cashback) """
    sold_items_multiplicity: int | Unset = UNSET
    """ How many services you need to pay to get a discount on promotional services (only for the type of promotion
    "Discount by condition") """
    expiration_timeout: int | Unset = UNSET
    """ Expiration date of bonuses or discounts """
    expiration_timeout_unit: LoyaltyProgramExpirationTimeoutUnit | Unset = UNSET
    """ The unit of measurement for the expiration date of bonuses or discounts """
    expiration_notification_timeout: int | Unset = UNSET
    """ How many days before the bonus or discount expires, a notification must be sent to the client """
    params_source_type: LoyaltyProgramParamsSourceType | Unset = UNSET
    """ Where to get the client's history to calculate the size of the bonus or discount (for accumulation
    promotions or conditional discounts) """
    history_start_date: _datetime.date | Unset = UNSET
    """ From what date to take into account the client's history to calculate the size of the bonus or discount (for
    accumulative promotions or conditional discounts) """
    on_changed_notification_template_id: int | Unset = UNSET
    """ Notification template ID when changing bonus or discount """
    on_expiration_notification_template_id: int | Unset = UNSET
    """ Identifier of the notification template when a bonus or discount burns """
    loyalty_card_types: list[LoyaltyCardType] | Unset = UNSET
    """ Type of cards for which the promotion is valid (on request) """
    on_changed_notification_template: LoyaltyNotificationMessageTemplate | Unset = UNSET
    """ Loyalty notification template """
    on_expiration_notification_template: LoyaltyNotificationMessageTemplate | Unset = UNSET
    """ Loyalty notification template """
    rules: list[LoyaltyProgramRule] | Unset = UNSET
    """ Rules for determining the value of the bonus or discount (only one rule is allowed for fixed promotions) (on
    request) """
    companies: list[Company] | Unset = UNSET
    """ Locations where the promotion is valid (on request) """
    applicable_items: list[LoyaltyEntityAttendanceItem] | Unset = UNSET
    """ Related entities for selective application of the promotion (on request) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        type: str | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type

        service_item_type: str | Unset = UNSET
        if not isinstance(self.service_item_type, Unset):
            service_item_type = self.service_item_type

        good_item_type: str | Unset = UNSET
        if not isinstance(self.good_item_type, Unset):
            good_item_type = self.good_item_type

        value_unit: str | Unset = UNSET
        if not isinstance(self.value_unit, Unset):
            value_unit = self.value_unit

        usage_limit = self.usage_limit

        visit_multiplicity = self.visit_multiplicity

        sold_items_multiplicity = self.sold_items_multiplicity

        expiration_timeout = self.expiration_timeout

        expiration_timeout_unit: str | Unset = UNSET
        if not isinstance(self.expiration_timeout_unit, Unset):
            expiration_timeout_unit = self.expiration_timeout_unit

        expiration_notification_timeout = self.expiration_notification_timeout

        params_source_type: str | Unset = UNSET
        if not isinstance(self.params_source_type, Unset):
            params_source_type = self.params_source_type

        history_start_date: str | Unset = UNSET
        if not isinstance(self.history_start_date, Unset):
            history_start_date = self.history_start_date.isoformat()

        on_changed_notification_template_id = self.on_changed_notification_template_id

        on_expiration_notification_template_id = self.on_expiration_notification_template_id

        loyalty_card_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loyalty_card_types, Unset):
            loyalty_card_types = []
            for loyalty_card_types_item_data in self.loyalty_card_types:
                loyalty_card_types_item = loyalty_card_types_item_data.to_dict()
                loyalty_card_types.append(loyalty_card_types_item)

        on_changed_notification_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.on_changed_notification_template, Unset):
            on_changed_notification_template = self.on_changed_notification_template.to_dict()

        on_expiration_notification_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.on_expiration_notification_template, Unset):
            on_expiration_notification_template = self.on_expiration_notification_template.to_dict()

        rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = []
            for rules_item_data in self.rules:
                rules_item = rules_item_data.to_dict()
                rules.append(rules_item)

        companies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.companies, Unset):
            companies = []
            for companies_item_data in self.companies:
                companies_item = companies_item_data.to_dict()
                companies.append(companies_item)

        applicable_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.applicable_items, Unset):
            applicable_items = []
            for applicable_items_item_data in self.applicable_items:
                applicable_items_item = applicable_items_item_data.to_dict()
                applicable_items.append(applicable_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if type is not UNSET:
            field_dict["type"] = type
        if service_item_type is not UNSET:
            field_dict["service_item_type"] = service_item_type
        if good_item_type is not UNSET:
            field_dict["good_item_type"] = good_item_type
        if value_unit is not UNSET:
            field_dict["value_unit"] = value_unit
        if usage_limit is not UNSET:
            field_dict["usage_limit"] = usage_limit
        if visit_multiplicity is not UNSET:
            field_dict["visit_multiplicity"] = visit_multiplicity
        if sold_items_multiplicity is not UNSET:
            field_dict["sold_items_multiplicity"] = sold_items_multiplicity
        if expiration_timeout is not UNSET:
            field_dict["expiration_timeout"] = expiration_timeout
        if expiration_timeout_unit is not UNSET:
            field_dict["expiration_timeout_unit"] = expiration_timeout_unit
        if expiration_notification_timeout is not UNSET:
            field_dict["expiration_notification_timeout"] = expiration_notification_timeout
        if params_source_type is not UNSET:
            field_dict["params_source_type"] = params_source_type
        if history_start_date is not UNSET:
            field_dict["history_start_date"] = history_start_date
        if on_changed_notification_template_id is not UNSET:
            field_dict["on_changed_notification_template_id"] = on_changed_notification_template_id
        if on_expiration_notification_template_id is not UNSET:
            field_dict["on_expiration_notification_template_id"] = on_expiration_notification_template_id
        if loyalty_card_types is not UNSET:
            field_dict["loyalty_card_types"] = loyalty_card_types
        if on_changed_notification_template is not UNSET:
            field_dict["on_changed_notification_template"] = on_changed_notification_template
        if on_expiration_notification_template is not UNSET:
            field_dict["on_expiration_notification_template"] = on_expiration_notification_template
        if rules is not UNSET:
            field_dict["rules"] = rules
        if companies is not UNSET:
            field_dict["companies"] = companies
        if applicable_items is not UNSET:
            field_dict["applicable_items"] = applicable_items

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company import Company  # noqa: PLC0415
        from ..models.loyalty_card_type import LoyaltyCardType  # noqa: PLC0415
        from ..models.loyalty_entity_attendance_item import LoyaltyEntityAttendanceItem  # noqa: PLC0415
        from ..models.loyalty_notification_message_template import (
            LoyaltyNotificationMessageTemplate,  # noqa: PLC0415
        )
        from ..models.loyalty_program_rule import LoyaltyProgramRule  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        _type = d.pop("type", UNSET)
        type: LoyaltyProgramType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = check_loyalty_program_type(_type)

        _service_item_type = d.pop("service_item_type", UNSET)
        service_item_type: LoyaltyProgramServiceItemType | Unset
        if isinstance(_service_item_type, Unset):
            service_item_type = UNSET
        else:
            service_item_type = check_loyalty_program_service_item_type(_service_item_type)

        _good_item_type = d.pop("good_item_type", UNSET)
        good_item_type: LoyaltyProgramGoodItemType | Unset
        if isinstance(_good_item_type, Unset):
            good_item_type = UNSET
        else:
            good_item_type = check_loyalty_program_good_item_type(_good_item_type)

        _value_unit = d.pop("value_unit", UNSET)
        value_unit: LoyaltyProgramValueUnit | Unset
        if isinstance(_value_unit, Unset):
            value_unit = UNSET
        else:
            value_unit = check_loyalty_program_value_unit(_value_unit)

        usage_limit = d.pop("usage_limit", UNSET)

        visit_multiplicity = d.pop("visit_multiplicity", UNSET)

        sold_items_multiplicity = d.pop("sold_items_multiplicity", UNSET)

        expiration_timeout = d.pop("expiration_timeout", UNSET)

        _expiration_timeout_unit = d.pop("expiration_timeout_unit", UNSET)
        expiration_timeout_unit: LoyaltyProgramExpirationTimeoutUnit | Unset
        if isinstance(_expiration_timeout_unit, Unset):
            expiration_timeout_unit = UNSET
        else:
            expiration_timeout_unit = check_loyalty_program_expiration_timeout_unit(_expiration_timeout_unit)

        expiration_notification_timeout = d.pop("expiration_notification_timeout", UNSET)

        _params_source_type = d.pop("params_source_type", UNSET)
        params_source_type: LoyaltyProgramParamsSourceType | Unset
        if isinstance(_params_source_type, Unset):
            params_source_type = UNSET
        else:
            params_source_type = check_loyalty_program_params_source_type(_params_source_type)

        _history_start_date = d.pop("history_start_date", UNSET)
        history_start_date: datetime.date | Unset
        if isinstance(_history_start_date, Unset):
            history_start_date = UNSET
        else:
            history_start_date = types.parse_iso_date(_history_start_date)

        on_changed_notification_template_id = d.pop("on_changed_notification_template_id", UNSET)

        on_expiration_notification_template_id = d.pop("on_expiration_notification_template_id", UNSET)

        _loyalty_card_types = d.pop("loyalty_card_types", UNSET)
        loyalty_card_types: list[LoyaltyCardType] | Unset = UNSET
        if _loyalty_card_types is not UNSET:
            loyalty_card_types = []
            for loyalty_card_types_item_data in _loyalty_card_types:
                loyalty_card_types_item = LoyaltyCardType.from_dict(loyalty_card_types_item_data)

                loyalty_card_types.append(loyalty_card_types_item)

        _on_changed_notification_template = d.pop("on_changed_notification_template", UNSET)
        on_changed_notification_template: LoyaltyNotificationMessageTemplate | Unset
        if isinstance(_on_changed_notification_template, Unset):
            on_changed_notification_template = UNSET
        else:
            on_changed_notification_template = LoyaltyNotificationMessageTemplate.from_dict(
                _on_changed_notification_template
            )

        _on_expiration_notification_template = d.pop("on_expiration_notification_template", UNSET)
        on_expiration_notification_template: LoyaltyNotificationMessageTemplate | Unset
        if isinstance(_on_expiration_notification_template, Unset):
            on_expiration_notification_template = UNSET
        else:
            on_expiration_notification_template = LoyaltyNotificationMessageTemplate.from_dict(
                _on_expiration_notification_template
            )

        _rules = d.pop("rules", UNSET)
        rules: list[LoyaltyProgramRule] | Unset = UNSET
        if _rules is not UNSET:
            rules = []
            for rules_item_data in _rules:
                rules_item = LoyaltyProgramRule.from_dict(rules_item_data)

                rules.append(rules_item)

        _companies = d.pop("companies", UNSET)
        companies: list[Company] | Unset = UNSET
        if _companies is not UNSET:
            companies = []
            for companies_item_data in _companies:
                companies_item = Company.from_dict(companies_item_data)

                companies.append(companies_item)

        _applicable_items = d.pop("applicable_items", UNSET)
        applicable_items: list[LoyaltyEntityAttendanceItem] | Unset = UNSET
        if _applicable_items is not UNSET:
            applicable_items = []
            for applicable_items_item_data in _applicable_items:
                applicable_items_item = LoyaltyEntityAttendanceItem.from_dict(applicable_items_item_data)

                applicable_items.append(applicable_items_item)

        loyalty_program = cls(
            id=id,
            title=title,
            type=type,
            service_item_type=service_item_type,
            good_item_type=good_item_type,
            value_unit=value_unit,
            usage_limit=usage_limit,
            visit_multiplicity=visit_multiplicity,
            sold_items_multiplicity=sold_items_multiplicity,
            expiration_timeout=expiration_timeout,
            expiration_timeout_unit=expiration_timeout_unit,
            expiration_notification_timeout=expiration_notification_timeout,
            params_source_type=params_source_type,
            history_start_date=history_start_date,
            on_changed_notification_template_id=on_changed_notification_template_id,
            on_expiration_notification_template_id=on_expiration_notification_template_id,
            loyalty_card_types=loyalty_card_types,
            on_changed_notification_template=on_changed_notification_template,
            on_expiration_notification_template=on_expiration_notification_template,
            rules=rules,
            companies=companies,
            applicable_items=applicable_items,
        )

        loyalty_program.additional_properties = d
        return loyalty_program

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


def _read_type(json_value: Any, parse_ctx: ParseContext) -> LoyaltyProgramType | Unset:

    _type = json_value
    type: LoyaltyProgramType | Unset
    if isinstance(_type, Unset):
        type = UNSET
    else:
        type = check_loyalty_program_type(_type)

    return type


def _read_service_item_type(json_value: Any, parse_ctx: ParseContext) -> LoyaltyProgramServiceItemType | Unset:

    _service_item_type = json_value
    service_item_type: LoyaltyProgramServiceItemType | Unset
    if isinstance(_service_item_type, Unset):
        service_item_type = UNSET
    else:
        service_item_type = check_loyalty_program_service_item_type(_service_item_type)

    return service_item_type


def _read_good_item_type(json_value: Any, parse_ctx: ParseContext) -> LoyaltyProgramGoodItemType | Unset:

    _good_item_type = json_value
    good_item_type: LoyaltyProgramGoodItemType | Unset
    if isinstance(_good_item_type, Unset):
        good_item_type = UNSET
    else:
        good_item_type = check_loyalty_program_good_item_type(_good_item_type)

    return good_item_type


def _read_value_unit(json_value: Any, parse_ctx: ParseContext) -> LoyaltyProgramValueUnit | Unset:

    _value_unit = json_value
    value_unit: LoyaltyProgramValueUnit | Unset
    if isinstance(_value_unit, Unset):
        value_unit = UNSET
    else:
        value_unit = check_loyalty_program_value_unit(_value_unit)

    return value_unit


def _read_expiration_timeout_unit(
    json_value: Any, parse_ctx: ParseContext
) -> LoyaltyProgramExpirationTimeoutUnit | Unset:

    _expiration_timeout_unit = json_value
    expiration_timeout_unit: LoyaltyProgramExpirationTimeoutUnit | Unset
    if isinstance(_expiration_timeout_unit, Unset):
        expiration_timeout_unit = UNSET
    else:
        expiration_timeout_unit = check_loyalty_program_expiration_timeout_unit(_expiration_timeout_unit)

    return expiration_timeout_unit


def _read_params_source_type(json_value: Any, parse_ctx: ParseContext) -> LoyaltyProgramParamsSourceType | Unset:

    _params_source_type = json_value
    params_source_type: LoyaltyProgramParamsSourceType | Unset
    if isinstance(_params_source_type, Unset):
        params_source_type = UNSET
    else:
        params_source_type = check_loyalty_program_params_source_type(_params_source_type)

    return params_source_type


def _read_history_start_date(json_value: Any, parse_ctx: ParseContext) -> datetime.date | Unset:

    history_start_date: datetime.date | Unset
    if isinstance(json_value, Unset):
        history_start_date = UNSET
    else:
        try:
            history_start_date = date_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            history_start_date = types.parse_iso_date(json_value)

    return history_start_date


ISO_PARSERS[_read_history_start_date] = date_from_iso


def _read_loyalty_card_types(json_value: Any, parse_ctx: ParseContext) -> list[LoyaltyCardType] | Unset:
    LoyaltyCardType = MODEL_CLASSES.get("altegio_client.models.loyalty_card_type") or model_class(
        "altegio_client.models.loyalty_card_type", "LoyaltyCardType"
    )

    _loyalty_card_types = json_value
    loyalty_card_types: list[LoyaltyCardType] | Unset = UNSET
    if _loyalty_card_types is not UNSET:
        loyalty_card_types = LoyaltyCardType._lazy_list(_loyalty_card_types, parse_ctx)

    return loyalty_card_types


def _read_on_changed_notification_template(
    json_value: Any, parse_ctx: ParseContext
) -> LoyaltyNotificationMessageTemplate | Unset:
    LoyaltyNotificationMessageTemplate = MODEL_CLASSES.get(
        "altegio_client.models.loyalty_notification_message_template"
    ) or model_class(
        "altegio_client.models.loyalty_notification_message_template", "LoyaltyNotificationMessageTemplate"
    )

    _on_changed_notification_template = json_value
    on_changed_notification_template: LoyaltyNotificationMessageTemplate | Unset
    if isinstance(_on_changed_notification_template, Unset):
        on_changed_notification_template = UNSET
    else:
        on_changed_notification_template = LoyaltyNotificationMessageTemplate._lazy(
            _on_changed_notification_template, parse_ctx
        )

    return on_changed_notification_template


def _read_on_expiration_notification_template(
    json_value: Any, parse_ctx: ParseContext
) -> LoyaltyNotificationMessageTemplate | Unset:
    LoyaltyNotificationMessageTemplate = MODEL_CLASSES.get(
        "altegio_client.models.loyalty_notification_message_template"
    ) or model_class(
        "altegio_client.models.loyalty_notification_message_template", "LoyaltyNotificationMessageTemplate"
    )

    _on_expiration_notification_template = json_value
    on_expiration_notification_template: LoyaltyNotificationMessageTemplate | Unset
    if isinstance(_on_expiration_notification_template, Unset):
        on_expiration_notification_template = UNSET
    else:
        on_expiration_notification_template = LoyaltyNotificationMessageTemplate._lazy(
            _on_expiration_notification_template, parse_ctx
        )

    return on_expiration_notification_template


def _read_rules(json_value: Any, parse_ctx: ParseContext) -> list[LoyaltyProgramRule] | Unset:
    LoyaltyProgramRule = MODEL_CLASSES.get("altegio_client.models.loyalty_program_rule") or model_class(
        "altegio_client.models.loyalty_program_rule", "LoyaltyProgramRule"
    )

    _rules = json_value
    rules: list[LoyaltyProgramRule] | Unset = UNSET
    if _rules is not UNSET:
        rules = LoyaltyProgramRule._lazy_list(_rules, parse_ctx)

    return rules


def _read_companies(json_value: Any, parse_ctx: ParseContext) -> list[Company] | Unset:
    Company = MODEL_CLASSES.get("altegio_client.models.company") or model_class(
        "altegio_client.models.company", "Company"
    )

    _companies = json_value
    companies: list[Company] | Unset = UNSET
    if _companies is not UNSET:
        companies = Company._lazy_list(_companies, parse_ctx)

    return companies


def _read_applicable_items(json_value: Any, parse_ctx: ParseContext) -> list[LoyaltyEntityAttendanceItem] | Unset:
    LoyaltyEntityAttendanceItem = MODEL_CLASSES.get(
        "altegio_client.models.loyalty_entity_attendance_item"
    ) or model_class("altegio_client.models.loyalty_entity_attendance_item", "LoyaltyEntityAttendanceItem")

    _applicable_items = json_value
    applicable_items: list[LoyaltyEntityAttendanceItem] | Unset = UNSET
    if _applicable_items is not UNSET:
        applicable_items = LoyaltyEntityAttendanceItem._lazy_list(_applicable_items, parse_ctx)

    return applicable_items


_DECLARED_KEYS = frozenset(
    {
        "id",
        "title",
        "type",
        "service_item_type",
        "good_item_type",
        "value_unit",
        "usage_limit",
        "visit_multiplicity",
        "sold_items_multiplicity",
        "expiration_timeout",
        "expiration_timeout_unit",
        "expiration_notification_timeout",
        "params_source_type",
        "history_start_date",
        "on_changed_notification_template_id",
        "on_expiration_notification_template_id",
        "loyalty_card_types",
        "on_changed_notification_template",
        "on_expiration_notification_template",
        "rules",
        "companies",
        "applicable_items",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


LoyaltyProgram._lazy_fields = {
    "id": ("id", None, False),
    "title": ("title", None, False),
    "type": ("type", _read_type, False),
    "service_item_type": ("service_item_type", _read_service_item_type, False),
    "good_item_type": ("good_item_type", _read_good_item_type, False),
    "value_unit": ("value_unit", _read_value_unit, False),
    "usage_limit": ("usage_limit", None, False),
    "visit_multiplicity": ("visit_multiplicity", None, False),
    "sold_items_multiplicity": ("sold_items_multiplicity", None, False),
    "expiration_timeout": ("expiration_timeout", None, False),
    "expiration_timeout_unit": ("expiration_timeout_unit", _read_expiration_timeout_unit, False),
    "expiration_notification_timeout": ("expiration_notification_timeout", None, False),
    "params_source_type": ("params_source_type", _read_params_source_type, False),
    "history_start_date": ("history_start_date", _read_history_start_date, False),
    "on_changed_notification_template_id": ("on_changed_notification_template_id", None, False),
    "on_expiration_notification_template_id": ("on_expiration_notification_template_id", None, False),
    "loyalty_card_types": ("loyalty_card_types", _read_loyalty_card_types, False),
    "on_changed_notification_template": (
        "on_changed_notification_template",
        _read_on_changed_notification_template,
        False,
    ),
    "on_expiration_notification_template": (
        "on_expiration_notification_template",
        _read_on_expiration_notification_template,
        False,
    ),
    "rules": ("rules", _read_rules, False),
    "companies": ("companies", _read_companies, False),
    "applicable_items": ("applicable_items", _read_applicable_items, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: LoyaltyProgram, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.title = get("title", UNSET)
    model.usage_limit = get("usage_limit", UNSET)
    model.visit_multiplicity = get("visit_multiplicity", UNSET)
    model.sold_items_multiplicity = get("sold_items_multiplicity", UNSET)
    model.expiration_timeout = get("expiration_timeout", UNSET)
    model.expiration_notification_timeout = get("expiration_notification_timeout", UNSET)
    model.on_changed_notification_template_id = get("on_changed_notification_template_id", UNSET)
    model.on_expiration_notification_template_id = get("on_expiration_notification_template_id", UNSET)


def _fill_converted(
    model: LoyaltyProgram, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "type" not in done:
        value = get("type", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.type = UNSET
        else:
            try:
                model.type = _read_type(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "service_item_type" not in done:
        value = get("service_item_type", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.service_item_type = UNSET
        else:
            try:
                model.service_item_type = _read_service_item_type(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "good_item_type" not in done:
        value = get("good_item_type", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.good_item_type = UNSET
        else:
            try:
                model.good_item_type = _read_good_item_type(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "value_unit" not in done:
        value = get("value_unit", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.value_unit = UNSET
        else:
            try:
                model.value_unit = _read_value_unit(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "expiration_timeout_unit" not in done:
        value = get("expiration_timeout_unit", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.expiration_timeout_unit = UNSET
        else:
            try:
                model.expiration_timeout_unit = _read_expiration_timeout_unit(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "params_source_type" not in done:
        value = get("params_source_type", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.params_source_type = UNSET
        else:
            try:
                model.params_source_type = _read_params_source_type(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "history_start_date" not in done:
        value = get("history_start_date", UNSET)
        if value is UNSET:
            model.history_start_date = UNSET
        else:
            try:
                try:
                    model.history_start_date = date_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.history_start_date = types.parse_iso_date(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "loyalty_card_types" not in done:
        value = get("loyalty_card_types", UNSET)
        if value is UNSET:
            model.loyalty_card_types = UNSET
        elif value == []:
            model.loyalty_card_types = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.loyalty_card_type") or model_builder(
                "altegio_client.models.loyalty_card_type", "LoyaltyCardType"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.loyalty_card_types = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "on_changed_notification_template" not in done:
        value = get("on_changed_notification_template", UNSET)
        if value is UNSET:
            model.on_changed_notification_template = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.loyalty_notification_message_template") or model_builder(
                "altegio_client.models.loyalty_notification_message_template", "LoyaltyNotificationMessageTemplate"
            )
            try:
                model.on_changed_notification_template = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "on_expiration_notification_template" not in done:
        value = get("on_expiration_notification_template", UNSET)
        if value is UNSET:
            model.on_expiration_notification_template = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.loyalty_notification_message_template") or model_builder(
                "altegio_client.models.loyalty_notification_message_template", "LoyaltyNotificationMessageTemplate"
            )
            try:
                model.on_expiration_notification_template = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "rules" not in done:
        value = get("rules", UNSET)
        if value is UNSET:
            model.rules = UNSET
        elif value == []:
            model.rules = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.loyalty_program_rule") or model_builder(
                "altegio_client.models.loyalty_program_rule", "LoyaltyProgramRule"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.rules = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "companies" not in done:
        value = get("companies", UNSET)
        if value is UNSET:
            model.companies = UNSET
        elif value == []:
            model.companies = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.company") or model_builder(
                "altegio_client.models.company", "Company"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.companies = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "applicable_items" not in done:
        value = get("applicable_items", UNSET)
        if value is UNSET:
            model.applicable_items = UNSET
        elif value == []:
            model.applicable_items = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.loyalty_entity_attendance_item") or model_builder(
                "altegio_client.models.loyalty_entity_attendance_item", "LoyaltyEntityAttendanceItem"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.applicable_items = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: LoyaltyProgram | None = None) -> LoyaltyProgram:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return LoyaltyProgram._lazy(json_value, parse_ctx)
        model = new_model(LoyaltyProgram)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(LoyaltyProgram, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (
        value_type,
        value_service_item_type,
        value_good_item_type,
        value_value_unit,
        value_expiration_timeout_unit,
        value_params_source_type,
        value_history_start_date,
        value_loyalty_card_types,
        value_on_changed_notification_template,
        value_on_expiration_notification_template,
        value_rules,
        value_companies,
        value_applicable_items,
    ) = fill(json_value, model)
    if value_type is UNSET:  # what every optional field's converter returns for it
        model.type = UNSET
    else:
        try:
            model.type = _read_type(value_type, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_service_item_type is UNSET:  # what every optional field's converter returns for it
        model.service_item_type = UNSET
    else:
        try:
            model.service_item_type = _read_service_item_type(value_service_item_type, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_good_item_type is UNSET:  # what every optional field's converter returns for it
        model.good_item_type = UNSET
    else:
        try:
            model.good_item_type = _read_good_item_type(value_good_item_type, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_value_unit is UNSET:  # what every optional field's converter returns for it
        model.value_unit = UNSET
    else:
        try:
            model.value_unit = _read_value_unit(value_value_unit, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_expiration_timeout_unit is UNSET:  # what every optional field's converter returns for it
        model.expiration_timeout_unit = UNSET
    else:
        try:
            model.expiration_timeout_unit = _read_expiration_timeout_unit(value_expiration_timeout_unit, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_params_source_type is UNSET:  # what every optional field's converter returns for it
        model.params_source_type = UNSET
    else:
        try:
            model.params_source_type = _read_params_source_type(value_params_source_type, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_history_start_date is UNSET:
        model.history_start_date = UNSET
    else:
        try:
            try:
                model.history_start_date = date_from_iso(value_history_start_date)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.history_start_date = types.parse_iso_date(value_history_start_date)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_loyalty_card_types is UNSET:
        model.loyalty_card_types = UNSET
    elif value_loyalty_card_types == []:
        model.loyalty_card_types = value_loyalty_card_types  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.loyalty_card_type") or model_builder(
            "altegio_client.models.loyalty_card_type", "LoyaltyCardType"
        )
        try:
            if _builtins.type(value_loyalty_card_types) is not list:
                raise TypeError
            model.loyalty_card_types = [build(item, parse_ctx) for item in value_loyalty_card_types]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_on_changed_notification_template is UNSET:
        model.on_changed_notification_template = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.loyalty_notification_message_template") or model_builder(
            "altegio_client.models.loyalty_notification_message_template", "LoyaltyNotificationMessageTemplate"
        )
        try:
            model.on_changed_notification_template = build(value_on_changed_notification_template, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_on_expiration_notification_template is UNSET:
        model.on_expiration_notification_template = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.loyalty_notification_message_template") or model_builder(
            "altegio_client.models.loyalty_notification_message_template", "LoyaltyNotificationMessageTemplate"
        )
        try:
            model.on_expiration_notification_template = build(value_on_expiration_notification_template, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_rules is UNSET:
        model.rules = UNSET
    elif value_rules == []:
        model.rules = value_rules  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.loyalty_program_rule") or model_builder(
            "altegio_client.models.loyalty_program_rule", "LoyaltyProgramRule"
        )
        try:
            if _builtins.type(value_rules) is not list:
                raise TypeError
            model.rules = [build(item, parse_ctx) for item in value_rules]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_companies is UNSET:
        model.companies = UNSET
    elif value_companies == []:
        model.companies = value_companies  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.company") or model_builder(
            "altegio_client.models.company", "Company"
        )
        try:
            if _builtins.type(value_companies) is not list:
                raise TypeError
            model.companies = [build(item, parse_ctx) for item in value_companies]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_applicable_items is UNSET:
        model.applicable_items = UNSET
    elif value_applicable_items == []:
        model.applicable_items = value_applicable_items  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.loyalty_entity_attendance_item") or model_builder(
            "altegio_client.models.loyalty_entity_attendance_item", "LoyaltyEntityAttendanceItem"
        )
        try:
            if _builtins.type(value_applicable_items) is not list:
                raise TypeError
            model.applicable_items = [build(item, parse_ctx) for item in value_applicable_items]
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
        model.__class__ = lazily_read_class(LoyaltyProgram)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = LoyaltyProgram
        del model._raw, model._context
    return model


LoyaltyProgram._lazy_fill = (_fill_plain, _fill_converted, _build)
