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
    from ..models.loyalty_notification_message_template_request import (
        LoyaltyNotificationMessageTemplateRequest,
    )
    from ..models.loyalty_program_rule_request import LoyaltyProgramRuleRequest


T = TypeVar("T", bound="LoyaltyProgramCreateRequest")


@_attrs_define
class LoyaltyProgramCreateRequest(LazyModel):
    """The body of the request to create a loyalty promotion

    Example:
        {'title': 'Cumulative discount for some services and not for goods', 'type': 'discount_accumulative_paid',
            'service_item_type': 'custom_allowed', 'good_item_type': 'not_allowed', 'allowed_service_ids': [53, 92],
            'allowed_good_ids': [], 'allowed_good_category_ids': [], 'value_unit': 'percent', 'usage_limit': 0,
            'visit_multiplicity': 0, 'sold_items_multiplicity': 0, 'expiration_timeout': 6, 'expiration_timeout_unit':
            'month', 'expiration_notification_timeout': 7, 'params_source_type': 'chain', 'history_start_date':
            '2026-09-21', 'loyalty_card_type_ids': [51, 29], 'on_changed_notification_template': {'type': 'custom', 'body':
            'Your discount has changed'}, 'on_expiration_notification_template': {'type': 'big'}, 'rules': [{'parameter':
            10, 'value': 2.5, 'service_id': 0}, {'parameter': 30, 'value': 7.5, 'service_id': 0}], 'company_ids': [49]}

    """

    title: str
    """ Share name """
    type: LoyaltyProgramType
    """ Promotion type """
    service_item_type: LoyaltyProgramServiceItemType
    """ Type of application to services """
    good_item_type: LoyaltyProgramGoodItemType
    """ Type of application to products """
    value_unit: LoyaltyProgramValueUnit
    """ Bonus or discount measurement unit (percentage, fixed amount) """
    rules: list[LoyaltyProgramRuleRequest]
    """ Rules for determining the value of the bonus or discount (only one rule is allowed for fixed promotions) """
    company_ids: list[int]
    """ Identifiers of locations where the promotion is valid """
    usage_limit: int | Unset = UNSET
    """ Limit on the number of applications (only for cashback) """
    visit_multiplicity: int | Unset = UNSET
    """ Multiplicity of application by visits (only for cashback) """
    sold_items_multiplicity: int | Unset = UNSET
    """ How many services you need to pay to get a discount on promotional services (only for the promotion type
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
    loyalty_card_type_ids: list[int] | Unset = UNSET
    """ Identifiers of types of cards for which the promotion is valid """
    on_changed_notification_template: LoyaltyNotificationMessageTemplateRequest | Unset = UNSET
    """ Body of the request to bind the loyalty notification template """
    on_expiration_notification_template: LoyaltyNotificationMessageTemplateRequest | Unset = UNSET
    """ Body of the request to bind the loyalty notification template """
    allowed_service_ids: list[int] | Unset = UNSET
    """ Service and service category identifiers (if application type is set for some services) """
    allowed_good_ids: list[int] | Unset = UNSET
    """ Item IDs (if application type is set for some items) """
    allowed_good_category_ids: list[int] | Unset = UNSET
    """ Product category identifiers (if application type is set for some products) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        type: str = self.type

        service_item_type: str = self.service_item_type

        good_item_type: str = self.good_item_type

        value_unit: str = self.value_unit

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        company_ids = self.company_ids

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

        loyalty_card_type_ids: list[int] | Unset = UNSET
        if not isinstance(self.loyalty_card_type_ids, Unset):
            loyalty_card_type_ids = self.loyalty_card_type_ids

        on_changed_notification_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.on_changed_notification_template, Unset):
            on_changed_notification_template = self.on_changed_notification_template.to_dict()

        on_expiration_notification_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.on_expiration_notification_template, Unset):
            on_expiration_notification_template = self.on_expiration_notification_template.to_dict()

        allowed_service_ids: list[int] | Unset = UNSET
        if not isinstance(self.allowed_service_ids, Unset):
            allowed_service_ids = self.allowed_service_ids

        allowed_good_ids: list[int] | Unset = UNSET
        if not isinstance(self.allowed_good_ids, Unset):
            allowed_good_ids = self.allowed_good_ids

        allowed_good_category_ids: list[int] | Unset = UNSET
        if not isinstance(self.allowed_good_category_ids, Unset):
            allowed_good_category_ids = self.allowed_good_category_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "type": type,
                "service_item_type": service_item_type,
                "good_item_type": good_item_type,
                "value_unit": value_unit,
                "rules": rules,
                "company_ids": company_ids,
            }
        )
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
        if loyalty_card_type_ids is not UNSET:
            field_dict["loyalty_card_type_ids"] = loyalty_card_type_ids
        if on_changed_notification_template is not UNSET:
            field_dict["on_changed_notification_template"] = on_changed_notification_template
        if on_expiration_notification_template is not UNSET:
            field_dict["on_expiration_notification_template"] = on_expiration_notification_template
        if allowed_service_ids is not UNSET:
            field_dict["allowed_service_ids"] = allowed_service_ids
        if allowed_good_ids is not UNSET:
            field_dict["allowed_good_ids"] = allowed_good_ids
        if allowed_good_category_ids is not UNSET:
            field_dict["allowed_good_category_ids"] = allowed_good_category_ids

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.loyalty_notification_message_template_request import (
            LoyaltyNotificationMessageTemplateRequest,  # noqa: PLC0415
        )
        from ..models.loyalty_program_rule_request import LoyaltyProgramRuleRequest  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        type = check_loyalty_program_type(d.pop("type"))

        service_item_type = check_loyalty_program_service_item_type(d.pop("service_item_type"))

        good_item_type = check_loyalty_program_good_item_type(d.pop("good_item_type"))

        value_unit = check_loyalty_program_value_unit(d.pop("value_unit"))

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = LoyaltyProgramRuleRequest.from_dict(rules_item_data)

            rules.append(rules_item)

        company_ids = cast(list[int], d.pop("company_ids"))

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

        loyalty_card_type_ids = cast(list[int], d.pop("loyalty_card_type_ids", UNSET))

        _on_changed_notification_template = d.pop("on_changed_notification_template", UNSET)
        on_changed_notification_template: LoyaltyNotificationMessageTemplateRequest | Unset
        if isinstance(_on_changed_notification_template, Unset):
            on_changed_notification_template = UNSET
        else:
            on_changed_notification_template = LoyaltyNotificationMessageTemplateRequest.from_dict(
                _on_changed_notification_template
            )

        _on_expiration_notification_template = d.pop("on_expiration_notification_template", UNSET)
        on_expiration_notification_template: LoyaltyNotificationMessageTemplateRequest | Unset
        if isinstance(_on_expiration_notification_template, Unset):
            on_expiration_notification_template = UNSET
        else:
            on_expiration_notification_template = LoyaltyNotificationMessageTemplateRequest.from_dict(
                _on_expiration_notification_template
            )

        allowed_service_ids = cast(list[int], d.pop("allowed_service_ids", UNSET))

        allowed_good_ids = cast(list[int], d.pop("allowed_good_ids", UNSET))

        allowed_good_category_ids = cast(list[int], d.pop("allowed_good_category_ids", UNSET))

        loyalty_program_create_request = cls(
            title=title,
            type=type,
            service_item_type=service_item_type,
            good_item_type=good_item_type,
            value_unit=value_unit,
            rules=rules,
            company_ids=company_ids,
            usage_limit=usage_limit,
            visit_multiplicity=visit_multiplicity,
            sold_items_multiplicity=sold_items_multiplicity,
            expiration_timeout=expiration_timeout,
            expiration_timeout_unit=expiration_timeout_unit,
            expiration_notification_timeout=expiration_notification_timeout,
            params_source_type=params_source_type,
            history_start_date=history_start_date,
            loyalty_card_type_ids=loyalty_card_type_ids,
            on_changed_notification_template=on_changed_notification_template,
            on_expiration_notification_template=on_expiration_notification_template,
            allowed_service_ids=allowed_service_ids,
            allowed_good_ids=allowed_good_ids,
            allowed_good_category_ids=allowed_good_category_ids,
        )

        loyalty_program_create_request.additional_properties = d
        return loyalty_program_create_request

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


def _read_type(json_value: Any, parse_ctx: ParseContext) -> LoyaltyProgramType:

    type = check_loyalty_program_type(json_value)

    return type


def _read_service_item_type(json_value: Any, parse_ctx: ParseContext) -> LoyaltyProgramServiceItemType:

    service_item_type = check_loyalty_program_service_item_type(json_value)

    return service_item_type


def _read_good_item_type(json_value: Any, parse_ctx: ParseContext) -> LoyaltyProgramGoodItemType:

    good_item_type = check_loyalty_program_good_item_type(json_value)

    return good_item_type


def _read_value_unit(json_value: Any, parse_ctx: ParseContext) -> LoyaltyProgramValueUnit:

    value_unit = check_loyalty_program_value_unit(json_value)

    return value_unit


def _read_rules(json_value: Any, parse_ctx: ParseContext) -> list[LoyaltyProgramRuleRequest]:
    LoyaltyProgramRuleRequest = MODEL_CLASSES.get("altegio_client.models.loyalty_program_rule_request") or model_class(
        "altegio_client.models.loyalty_program_rule_request", "LoyaltyProgramRuleRequest"
    )

    rules = LoyaltyProgramRuleRequest._lazy_list(json_value, parse_ctx)

    return rules


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


def _read_on_changed_notification_template(
    json_value: Any, parse_ctx: ParseContext
) -> LoyaltyNotificationMessageTemplateRequest | Unset:
    LoyaltyNotificationMessageTemplateRequest = MODEL_CLASSES.get(
        "altegio_client.models.loyalty_notification_message_template_request"
    ) or model_class(
        "altegio_client.models.loyalty_notification_message_template_request",
        "LoyaltyNotificationMessageTemplateRequest",
    )

    _on_changed_notification_template = json_value
    on_changed_notification_template: LoyaltyNotificationMessageTemplateRequest | Unset
    if isinstance(_on_changed_notification_template, Unset):
        on_changed_notification_template = UNSET
    else:
        on_changed_notification_template = LoyaltyNotificationMessageTemplateRequest._lazy(
            _on_changed_notification_template, parse_ctx
        )

    return on_changed_notification_template


def _read_on_expiration_notification_template(
    json_value: Any, parse_ctx: ParseContext
) -> LoyaltyNotificationMessageTemplateRequest | Unset:
    LoyaltyNotificationMessageTemplateRequest = MODEL_CLASSES.get(
        "altegio_client.models.loyalty_notification_message_template_request"
    ) or model_class(
        "altegio_client.models.loyalty_notification_message_template_request",
        "LoyaltyNotificationMessageTemplateRequest",
    )

    _on_expiration_notification_template = json_value
    on_expiration_notification_template: LoyaltyNotificationMessageTemplateRequest | Unset
    if isinstance(_on_expiration_notification_template, Unset):
        on_expiration_notification_template = UNSET
    else:
        on_expiration_notification_template = LoyaltyNotificationMessageTemplateRequest._lazy(
            _on_expiration_notification_template, parse_ctx
        )

    return on_expiration_notification_template


_DECLARED_KEYS = frozenset(
    {
        "title",
        "type",
        "service_item_type",
        "good_item_type",
        "value_unit",
        "rules",
        "company_ids",
        "usage_limit",
        "visit_multiplicity",
        "sold_items_multiplicity",
        "expiration_timeout",
        "expiration_timeout_unit",
        "expiration_notification_timeout",
        "params_source_type",
        "history_start_date",
        "loyalty_card_type_ids",
        "on_changed_notification_template",
        "on_expiration_notification_template",
        "allowed_service_ids",
        "allowed_good_ids",
        "allowed_good_category_ids",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


LoyaltyProgramCreateRequest._lazy_fields = {
    "title": ("title", None, True),
    "type": ("type", _read_type, True),
    "service_item_type": ("service_item_type", _read_service_item_type, True),
    "good_item_type": ("good_item_type", _read_good_item_type, True),
    "value_unit": ("value_unit", _read_value_unit, True),
    "rules": ("rules", _read_rules, True),
    "company_ids": ("company_ids", None, True),
    "usage_limit": ("usage_limit", None, False),
    "visit_multiplicity": ("visit_multiplicity", None, False),
    "sold_items_multiplicity": ("sold_items_multiplicity", None, False),
    "expiration_timeout": ("expiration_timeout", None, False),
    "expiration_timeout_unit": ("expiration_timeout_unit", _read_expiration_timeout_unit, False),
    "expiration_notification_timeout": ("expiration_notification_timeout", None, False),
    "params_source_type": ("params_source_type", _read_params_source_type, False),
    "history_start_date": ("history_start_date", _read_history_start_date, False),
    "loyalty_card_type_ids": ("loyalty_card_type_ids", None, False),
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
    "allowed_service_ids": ("allowed_service_ids", None, False),
    "allowed_good_ids": ("allowed_good_ids", None, False),
    "allowed_good_category_ids": ("allowed_good_category_ids", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: LoyaltyProgramCreateRequest, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "title" in json_value:
        model.title = json_value["title"]
    if "company_ids" in json_value:
        model.company_ids = json_value["company_ids"]
    model.usage_limit = get("usage_limit", UNSET)
    model.visit_multiplicity = get("visit_multiplicity", UNSET)
    model.sold_items_multiplicity = get("sold_items_multiplicity", UNSET)
    model.expiration_timeout = get("expiration_timeout", UNSET)
    model.expiration_notification_timeout = get("expiration_notification_timeout", UNSET)
    model.loyalty_card_type_ids = get("loyalty_card_type_ids", UNSET)
    model.allowed_service_ids = get("allowed_service_ids", UNSET)
    model.allowed_good_ids = get("allowed_good_ids", UNSET)
    model.allowed_good_category_ids = get("allowed_good_category_ids", UNSET)


def _fill_converted(
    model: LoyaltyProgramCreateRequest, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "type" not in done:
        try:
            model.type = _read_type(json_value["type"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "service_item_type" not in done:
        try:
            model.service_item_type = _read_service_item_type(json_value["service_item_type"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "good_item_type" not in done:
        try:
            model.good_item_type = _read_good_item_type(json_value["good_item_type"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "value_unit" not in done:
        try:
            model.value_unit = _read_value_unit(json_value["value_unit"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "rules" not in done:
        try:
            model.rules = _read_rules(json_value["rules"], parse_ctx)
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

    if "on_changed_notification_template" not in done:
        value = get("on_changed_notification_template", UNSET)
        if value is UNSET:
            model.on_changed_notification_template = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.loyalty_notification_message_template_request"
            ) or model_builder(
                "altegio_client.models.loyalty_notification_message_template_request",
                "LoyaltyNotificationMessageTemplateRequest",
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
            build = MODEL_BUILDERS.get(
                "altegio_client.models.loyalty_notification_message_template_request"
            ) or model_builder(
                "altegio_client.models.loyalty_notification_message_template_request",
                "LoyaltyNotificationMessageTemplateRequest",
            )
            try:
                model.on_expiration_notification_template = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: LoyaltyProgramCreateRequest | None = None
) -> LoyaltyProgramCreateRequest:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return LoyaltyProgramCreateRequest._lazy(json_value, parse_ctx)
        model = new_model(LoyaltyProgramCreateRequest)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(LoyaltyProgramCreateRequest, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (
        value_type,
        value_service_item_type,
        value_good_item_type,
        value_value_unit,
        value_rules,
        value_expiration_timeout_unit,
        value_params_source_type,
        value_history_start_date,
        value_on_changed_notification_template,
        value_on_expiration_notification_template,
    ) = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_type is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.type = _read_type(value_type, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_service_item_type is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.service_item_type = _read_service_item_type(value_service_item_type, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_good_item_type is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.good_item_type = _read_good_item_type(value_good_item_type, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_value_unit is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.value_unit = _read_value_unit(value_value_unit, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_rules is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.rules = _read_rules(value_rules, parse_ctx)
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

    if value_on_changed_notification_template is UNSET:
        model.on_changed_notification_template = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.loyalty_notification_message_template_request"
        ) or model_builder(
            "altegio_client.models.loyalty_notification_message_template_request",
            "LoyaltyNotificationMessageTemplateRequest",
        )
        try:
            model.on_changed_notification_template = build(value_on_changed_notification_template, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_on_expiration_notification_template is UNSET:
        model.on_expiration_notification_template = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.loyalty_notification_message_template_request"
        ) or model_builder(
            "altegio_client.models.loyalty_notification_message_template_request",
            "LoyaltyNotificationMessageTemplateRequest",
        )
        try:
            model.on_expiration_notification_template = build(value_on_expiration_notification_template, parse_ctx)
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
        model.__class__ = lazily_read_class(LoyaltyProgramCreateRequest)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = LoyaltyProgramCreateRequest
        del model._raw, model._context
    return model


LoyaltyProgramCreateRequest._lazy_fill = (_fill_plain, _fill_converted, _build)
