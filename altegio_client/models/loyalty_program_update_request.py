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
from ..models.loyalty_program_expiration_timeout_unit import (
    LoyaltyProgramExpirationTimeoutUnit,
    check_loyalty_program_expiration_timeout_unit,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.loyalty_notification_message_template_request import (
        LoyaltyNotificationMessageTemplateRequest,
    )
    from ..models.loyalty_program_rule_request import LoyaltyProgramRuleRequest


T = TypeVar("T", bound="LoyaltyProgramUpdateRequest")


@_attrs_define
class LoyaltyProgramUpdateRequest(LazyModel):
    """The body of the request to change the loyalty promotion

    Example:
        {'title': 'Cumulative discount for some services and not for goods', 'allowed_service_ids': [53, 92],
            'allowed_good_ids': [], 'allowed_good_category_ids': [], 'usage_limit': 0, 'expiration_timeout': 6,
            'expiration_timeout_unit': 'month', 'expiration_notification_timeout': 7, 'loyalty_card_type_ids': [51, 29],
            'on_changed_notification_template': {'type': 'custom', 'body': 'Your discount has changed'},
            'on_expiration_notification_template': {'type': 'big'}, 'rules': [{'parameter': 10, 'value': 2.5, 'service_id':
            0}, {'parameter': 30, 'value': 7.5, 'service_id': 0}], 'company_ids': [49]}

    """

    title: str | Unset = UNSET
    """ Share name """
    usage_limit: int | Unset = UNSET
    """ Limit on the number of applications (only for cashback) """
    expiration_timeout: int | Unset = UNSET
    """ Expiration date of bonuses or discounts """
    expiration_timeout_unit: LoyaltyProgramExpirationTimeoutUnit | Unset = UNSET
    """ The unit of measurement for the expiration date of bonuses or discounts """
    expiration_notification_timeout: int | Unset = UNSET
    """ How many days before the bonus or discount expires, a notification must be sent to the client """
    loyalty_card_type_ids: list[int] | Unset = UNSET
    """ Identifiers of types of cards for which the promotion is valid """
    on_changed_notification_template: LoyaltyNotificationMessageTemplateRequest | Unset = UNSET
    """ Body of the request to bind the loyalty notification template """
    on_expiration_notification_template: LoyaltyNotificationMessageTemplateRequest | Unset = UNSET
    """ Body of the request to bind the loyalty notification template """
    rules: list[LoyaltyProgramRuleRequest] | Unset = UNSET
    """ Rules for determining the value of the bonus or discount (only one rule is allowed for fixed promotions) """
    company_ids: list[int] | Unset = UNSET
    """ Identifiers of locations where the promotion is valid """
    allowed_service_ids: list[int] | Unset = UNSET
    """ Service and service category identifiers (if application type is set for some services) """
    allowed_good_ids: list[int] | Unset = UNSET
    """ Item IDs (if application type is set for some items) """
    allowed_good_category_ids: list[int] | Unset = UNSET
    """ Product category identifiers (if application type is set for some products) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        usage_limit = self.usage_limit

        expiration_timeout = self.expiration_timeout

        expiration_timeout_unit: str | Unset = UNSET
        if not isinstance(self.expiration_timeout_unit, Unset):
            expiration_timeout_unit = self.expiration_timeout_unit

        expiration_notification_timeout = self.expiration_notification_timeout

        loyalty_card_type_ids: list[int] | Unset = UNSET
        if not isinstance(self.loyalty_card_type_ids, Unset):
            loyalty_card_type_ids = self.loyalty_card_type_ids

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

        company_ids: list[int] | Unset = UNSET
        if not isinstance(self.company_ids, Unset):
            company_ids = self.company_ids

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
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if usage_limit is not UNSET:
            field_dict["usage_limit"] = usage_limit
        if expiration_timeout is not UNSET:
            field_dict["expiration_timeout"] = expiration_timeout
        if expiration_timeout_unit is not UNSET:
            field_dict["expiration_timeout_unit"] = expiration_timeout_unit
        if expiration_notification_timeout is not UNSET:
            field_dict["expiration_notification_timeout"] = expiration_notification_timeout
        if loyalty_card_type_ids is not UNSET:
            field_dict["loyalty_card_type_ids"] = loyalty_card_type_ids
        if on_changed_notification_template is not UNSET:
            field_dict["on_changed_notification_template"] = on_changed_notification_template
        if on_expiration_notification_template is not UNSET:
            field_dict["on_expiration_notification_template"] = on_expiration_notification_template
        if rules is not UNSET:
            field_dict["rules"] = rules
        if company_ids is not UNSET:
            field_dict["company_ids"] = company_ids
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
        title = d.pop("title", UNSET)

        usage_limit = d.pop("usage_limit", UNSET)

        expiration_timeout = d.pop("expiration_timeout", UNSET)

        _expiration_timeout_unit = d.pop("expiration_timeout_unit", UNSET)
        expiration_timeout_unit: LoyaltyProgramExpirationTimeoutUnit | Unset
        if isinstance(_expiration_timeout_unit, Unset):
            expiration_timeout_unit = UNSET
        else:
            expiration_timeout_unit = check_loyalty_program_expiration_timeout_unit(_expiration_timeout_unit)

        expiration_notification_timeout = d.pop("expiration_notification_timeout", UNSET)

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

        _rules = d.pop("rules", UNSET)
        rules: list[LoyaltyProgramRuleRequest] | Unset = UNSET
        if _rules is not UNSET:
            rules = []
            for rules_item_data in _rules:
                rules_item = LoyaltyProgramRuleRequest.from_dict(rules_item_data)

                rules.append(rules_item)

        company_ids = cast(list[int], d.pop("company_ids", UNSET))

        allowed_service_ids = cast(list[int], d.pop("allowed_service_ids", UNSET))

        allowed_good_ids = cast(list[int], d.pop("allowed_good_ids", UNSET))

        allowed_good_category_ids = cast(list[int], d.pop("allowed_good_category_ids", UNSET))

        loyalty_program_update_request = cls(
            title=title,
            usage_limit=usage_limit,
            expiration_timeout=expiration_timeout,
            expiration_timeout_unit=expiration_timeout_unit,
            expiration_notification_timeout=expiration_notification_timeout,
            loyalty_card_type_ids=loyalty_card_type_ids,
            on_changed_notification_template=on_changed_notification_template,
            on_expiration_notification_template=on_expiration_notification_template,
            rules=rules,
            company_ids=company_ids,
            allowed_service_ids=allowed_service_ids,
            allowed_good_ids=allowed_good_ids,
            allowed_good_category_ids=allowed_good_category_ids,
        )

        loyalty_program_update_request.additional_properties = d
        return loyalty_program_update_request

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


def _read_rules(json_value: Any, parse_ctx: ParseContext) -> list[LoyaltyProgramRuleRequest] | Unset:
    LoyaltyProgramRuleRequest = MODEL_CLASSES.get("altegio_client.models.loyalty_program_rule_request") or model_class(
        "altegio_client.models.loyalty_program_rule_request", "LoyaltyProgramRuleRequest"
    )

    _rules = json_value
    rules: list[LoyaltyProgramRuleRequest] | Unset = UNSET
    if _rules is not UNSET:
        rules = LoyaltyProgramRuleRequest._lazy_list(_rules, parse_ctx)

    return rules


_DECLARED_KEYS = frozenset(
    {
        "title",
        "usage_limit",
        "expiration_timeout",
        "expiration_timeout_unit",
        "expiration_notification_timeout",
        "loyalty_card_type_ids",
        "on_changed_notification_template",
        "on_expiration_notification_template",
        "rules",
        "company_ids",
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


LoyaltyProgramUpdateRequest._lazy_fields = {
    "title": ("title", None, False),
    "usage_limit": ("usage_limit", None, False),
    "expiration_timeout": ("expiration_timeout", None, False),
    "expiration_timeout_unit": ("expiration_timeout_unit", _read_expiration_timeout_unit, False),
    "expiration_notification_timeout": ("expiration_notification_timeout", None, False),
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
    "rules": ("rules", _read_rules, False),
    "company_ids": ("company_ids", None, False),
    "allowed_service_ids": ("allowed_service_ids", None, False),
    "allowed_good_ids": ("allowed_good_ids", None, False),
    "allowed_good_category_ids": ("allowed_good_category_ids", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: LoyaltyProgramUpdateRequest, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.title = get("title", UNSET)
    model.usage_limit = get("usage_limit", UNSET)
    model.expiration_timeout = get("expiration_timeout", UNSET)
    model.expiration_notification_timeout = get("expiration_notification_timeout", UNSET)
    model.loyalty_card_type_ids = get("loyalty_card_type_ids", UNSET)
    model.company_ids = get("company_ids", UNSET)
    model.allowed_service_ids = get("allowed_service_ids", UNSET)
    model.allowed_good_ids = get("allowed_good_ids", UNSET)
    model.allowed_good_category_ids = get("allowed_good_category_ids", UNSET)


def _fill_converted(
    model: LoyaltyProgramUpdateRequest, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "expiration_timeout_unit" not in done:
        value = get("expiration_timeout_unit", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.expiration_timeout_unit = UNSET
        else:
            try:
                model.expiration_timeout_unit = _read_expiration_timeout_unit(value, parse_ctx)
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

    if "rules" not in done:
        value = get("rules", UNSET)
        if value is UNSET:
            model.rules = UNSET
        elif value == []:
            model.rules = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.loyalty_program_rule_request") or model_builder(
                "altegio_client.models.loyalty_program_rule_request", "LoyaltyProgramRuleRequest"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.rules = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: LoyaltyProgramUpdateRequest | None = None
) -> LoyaltyProgramUpdateRequest:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return LoyaltyProgramUpdateRequest._lazy(json_value, parse_ctx)
        model = new_model(LoyaltyProgramUpdateRequest)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(LoyaltyProgramUpdateRequest, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (
        value_expiration_timeout_unit,
        value_on_changed_notification_template,
        value_on_expiration_notification_template,
        value_rules,
    ) = fill(json_value, model)
    if value_expiration_timeout_unit is UNSET:  # what every optional field's converter returns for it
        model.expiration_timeout_unit = UNSET
    else:
        try:
            model.expiration_timeout_unit = _read_expiration_timeout_unit(value_expiration_timeout_unit, parse_ctx)
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

    if value_rules is UNSET:
        model.rules = UNSET
    elif value_rules == []:
        model.rules = value_rules  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.loyalty_program_rule_request") or model_builder(
            "altegio_client.models.loyalty_program_rule_request", "LoyaltyProgramRuleRequest"
        )
        try:
            if _builtins.type(value_rules) is not list:
                raise TypeError
            model.rules = [build(item, parse_ctx) for item in value_rules]
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
        model.__class__ = lazily_read_class(LoyaltyProgramUpdateRequest)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = LoyaltyProgramUpdateRequest
        del model._raw, model._context
    return model


LoyaltyProgramUpdateRequest._lazy_fill = (_fill_plain, _fill_converted, _build)
