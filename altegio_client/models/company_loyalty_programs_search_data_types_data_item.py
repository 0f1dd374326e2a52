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

T = TypeVar("T", bound="CompanyLoyaltyProgramsSearchDataTypesDataItem")


@_attrs_define
class CompanyLoyaltyProgramsSearchDataTypesDataItem(LazyModel):
    id: int | Unset = UNSET
    """ Promotion ID """
    title: str | Unset = UNSET
    """ Share name """
    type: LoyaltyProgramType | Unset = UNSET
    """ Promotion type """
    loyalty_type_id: int | Unset = UNSET
    """ Promotion type ID """
    item_type_id: int | Unset = UNSET
    """ Identifier of the discount application type """
    service_item_type: LoyaltyProgramServiceItemType | Unset = UNSET
    """ Type of application to services """
    good_item_type: LoyaltyProgramGoodItemType | Unset = UNSET
    """ Type of application to products """
    value_unit_id: int | Unset = UNSET
    """ Unit ID of the bonus or discount """
    value_unit: LoyaltyProgramValueUnit | Unset = UNSET
    """ Bonus or discount measurement unit (percentage, fixed amount) """
    group_id: int | Unset = UNSET
    """ Chain ID """
    usage_limit: int | Unset = UNSET
    """ Limit on the number of applications (only for cashback) """
    visit_multiplicity: int | Unset = UNSET
    """ Multiplicity of application by visits (only for cashback) """
    sold_items_multiplicity: int | Unset = UNSET
    """ How many services you need to pay to get a discount on promotional services (only for the promotion type
    "Discount by condition") """
    current_package_progress: int | Unset = UNSET
    """ The current number of uses of the promotion """
    allowed_usages_amount: int | Unset = UNSET
    """ Limitation on the number of allowed uses """
    expiration_timeout: int | Unset = UNSET
    """ Expiration date of bonuses or discounts """
    expiration_timeout_unit: LoyaltyProgramExpirationTimeoutUnit | Unset = UNSET
    """ The unit of measurement for the expiration date of bonuses or discounts """
    expiration_notification_timeout: int | Unset = UNSET
    """ How many days before the bonus or discount expires, you need to send a notification to the client """
    params_source_type: LoyaltyProgramParamsSourceType | Unset = UNSET
    """ Where to get the client's history to calculate the size of the bonus or discount (for accumulation
    promotions or conditional discounts) """
    history_start_date: str | Unset = UNSET
    """ From what date to take into account the client's history to calculate the size of the bonus or discount (for
    accumulative promotions or conditional discounts) """
    on_changed_notification_template_id: int | Unset = UNSET
    """ Notification template ID when changing bonus or discount """
    on_expiration_notification_template_id: int | Unset = UNSET
    """ Identifier of the notification template when a bonus or discount burns """
    first_transaction_date: str | Unset = UNSET
    """ Date of first stock transaction """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        type: str | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type

        loyalty_type_id = self.loyalty_type_id

        item_type_id = self.item_type_id

        service_item_type: str | Unset = UNSET
        if not isinstance(self.service_item_type, Unset):
            service_item_type = self.service_item_type

        good_item_type: str | Unset = UNSET
        if not isinstance(self.good_item_type, Unset):
            good_item_type = self.good_item_type

        value_unit_id = self.value_unit_id

        value_unit: str | Unset = UNSET
        if not isinstance(self.value_unit, Unset):
            value_unit = self.value_unit

        group_id = self.group_id

        usage_limit = self.usage_limit

        visit_multiplicity = self.visit_multiplicity

        sold_items_multiplicity = self.sold_items_multiplicity

        current_package_progress = self.current_package_progress

        allowed_usages_amount = self.allowed_usages_amount

        expiration_timeout = self.expiration_timeout

        expiration_timeout_unit: str | Unset = UNSET
        if not isinstance(self.expiration_timeout_unit, Unset):
            expiration_timeout_unit = self.expiration_timeout_unit

        expiration_notification_timeout = self.expiration_notification_timeout

        params_source_type: str | Unset = UNSET
        if not isinstance(self.params_source_type, Unset):
            params_source_type = self.params_source_type

        history_start_date = self.history_start_date

        on_changed_notification_template_id = self.on_changed_notification_template_id

        on_expiration_notification_template_id = self.on_expiration_notification_template_id

        first_transaction_date = self.first_transaction_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if type is not UNSET:
            field_dict["type"] = type
        if loyalty_type_id is not UNSET:
            field_dict["loyalty_type_id"] = loyalty_type_id
        if item_type_id is not UNSET:
            field_dict["item_type_id"] = item_type_id
        if service_item_type is not UNSET:
            field_dict["service_item_type"] = service_item_type
        if good_item_type is not UNSET:
            field_dict["good_item_type"] = good_item_type
        if value_unit_id is not UNSET:
            field_dict["value_unit_id"] = value_unit_id
        if value_unit is not UNSET:
            field_dict["value_unit"] = value_unit
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if usage_limit is not UNSET:
            field_dict["usage_limit"] = usage_limit
        if visit_multiplicity is not UNSET:
            field_dict["visit_multiplicity"] = visit_multiplicity
        if sold_items_multiplicity is not UNSET:
            field_dict["sold_items_multiplicity"] = sold_items_multiplicity
        if current_package_progress is not UNSET:
            field_dict["current_package_progress"] = current_package_progress
        if allowed_usages_amount is not UNSET:
            field_dict["allowed_usages_amount"] = allowed_usages_amount
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
        if first_transaction_date is not UNSET:
            field_dict["first_transaction_date"] = first_transaction_date

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        _type = d.pop("type", UNSET)
        type: LoyaltyProgramType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = check_loyalty_program_type(_type)

        loyalty_type_id = d.pop("loyalty_type_id", UNSET)

        item_type_id = d.pop("item_type_id", UNSET)

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

        value_unit_id = d.pop("value_unit_id", UNSET)

        _value_unit = d.pop("value_unit", UNSET)
        value_unit: LoyaltyProgramValueUnit | Unset
        if isinstance(_value_unit, Unset):
            value_unit = UNSET
        else:
            value_unit = check_loyalty_program_value_unit(_value_unit)

        group_id = d.pop("group_id", UNSET)

        usage_limit = d.pop("usage_limit", UNSET)

        visit_multiplicity = d.pop("visit_multiplicity", UNSET)

        sold_items_multiplicity = d.pop("sold_items_multiplicity", UNSET)

        current_package_progress = d.pop("current_package_progress", UNSET)

        allowed_usages_amount = d.pop("allowed_usages_amount", UNSET)

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

        history_start_date = d.pop("history_start_date", UNSET)

        on_changed_notification_template_id = d.pop("on_changed_notification_template_id", UNSET)

        on_expiration_notification_template_id = d.pop("on_expiration_notification_template_id", UNSET)

        first_transaction_date = d.pop("first_transaction_date", UNSET)

        company_loyalty_programs_search_data_types_data_item = cls(
            id=id,
            title=title,
            type=type,
            loyalty_type_id=loyalty_type_id,
            item_type_id=item_type_id,
            service_item_type=service_item_type,
            good_item_type=good_item_type,
            value_unit_id=value_unit_id,
            value_unit=value_unit,
            group_id=group_id,
            usage_limit=usage_limit,
            visit_multiplicity=visit_multiplicity,
            sold_items_multiplicity=sold_items_multiplicity,
            current_package_progress=current_package_progress,
            allowed_usages_amount=allowed_usages_amount,
            expiration_timeout=expiration_timeout,
            expiration_timeout_unit=expiration_timeout_unit,
            expiration_notification_timeout=expiration_notification_timeout,
            params_source_type=params_source_type,
            history_start_date=history_start_date,
            on_changed_notification_template_id=on_changed_notification_template_id,
            on_expiration_notification_template_id=on_expiration_notification_template_id,
            first_transaction_date=first_transaction_date,
        )

        company_loyalty_programs_search_data_types_data_item.additional_properties = d
        return company_loyalty_programs_search_data_types_data_item

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


_DECLARED_KEYS = frozenset(
    {
        "id",
        "title",
        "type",
        "loyalty_type_id",
        "item_type_id",
        "service_item_type",
        "good_item_type",
        "value_unit_id",
        "value_unit",
        "group_id",
        "usage_limit",
        "visit_multiplicity",
        "sold_items_multiplicity",
        "current_package_progress",
        "allowed_usages_amount",
        "expiration_timeout",
        "expiration_timeout_unit",
        "expiration_notification_timeout",
        "params_source_type",
        "history_start_date",
        "on_changed_notification_template_id",
        "on_expiration_notification_template_id",
        "first_transaction_date",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CompanyLoyaltyProgramsSearchDataTypesDataItem._lazy_fields = {
    "id": ("id", None, False),
    "title": ("title", None, False),
    "type": ("type", _read_type, False),
    "loyalty_type_id": ("loyalty_type_id", None, False),
    "item_type_id": ("item_type_id", None, False),
    "service_item_type": ("service_item_type", _read_service_item_type, False),
    "good_item_type": ("good_item_type", _read_good_item_type, False),
    "value_unit_id": ("value_unit_id", None, False),
    "value_unit": ("value_unit", _read_value_unit, False),
    "group_id": ("group_id", None, False),
    "usage_limit": ("usage_limit", None, False),
    "visit_multiplicity": ("visit_multiplicity", None, False),
    "sold_items_multiplicity": ("sold_items_multiplicity", None, False),
    "current_package_progress": ("current_package_progress", None, False),
    "allowed_usages_amount": ("allowed_usages_amount", None, False),
    "expiration_timeout": ("expiration_timeout", None, False),
    "expiration_timeout_unit": ("expiration_timeout_unit", _read_expiration_timeout_unit, False),
    "expiration_notification_timeout": ("expiration_notification_timeout", None, False),
    "params_source_type": ("params_source_type", _read_params_source_type, False),
    "history_start_date": ("history_start_date", None, False),
    "on_changed_notification_template_id": ("on_changed_notification_template_id", None, False),
    "on_expiration_notification_template_id": ("on_expiration_notification_template_id", None, False),
    "first_transaction_date": ("first_transaction_date", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: CompanyLoyaltyProgramsSearchDataTypesDataItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.title = get("title", UNSET)
    model.loyalty_type_id = get("loyalty_type_id", UNSET)
    model.item_type_id = get("item_type_id", UNSET)
    model.value_unit_id = get("value_unit_id", UNSET)
    model.group_id = get("group_id", UNSET)
    model.usage_limit = get("usage_limit", UNSET)
    model.visit_multiplicity = get("visit_multiplicity", UNSET)
    model.sold_items_multiplicity = get("sold_items_multiplicity", UNSET)
    model.current_package_progress = get("current_package_progress", UNSET)
    model.allowed_usages_amount = get("allowed_usages_amount", UNSET)
    model.expiration_timeout = get("expiration_timeout", UNSET)
    model.expiration_notification_timeout = get("expiration_notification_timeout", UNSET)
    model.history_start_date = get("history_start_date", UNSET)
    model.on_changed_notification_template_id = get("on_changed_notification_template_id", UNSET)
    model.on_expiration_notification_template_id = get("on_expiration_notification_template_id", UNSET)
    model.first_transaction_date = get("first_transaction_date", UNSET)


def _fill_converted(
    model: CompanyLoyaltyProgramsSearchDataTypesDataItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
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

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: CompanyLoyaltyProgramsSearchDataTypesDataItem | None = None
) -> CompanyLoyaltyProgramsSearchDataTypesDataItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CompanyLoyaltyProgramsSearchDataTypesDataItem._lazy(json_value, parse_ctx)
        model = new_model(
            CompanyLoyaltyProgramsSearchDataTypesDataItem
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
        layout = layout_of(CompanyLoyaltyProgramsSearchDataTypesDataItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (
        value_type,
        value_service_item_type,
        value_good_item_type,
        value_value_unit,
        value_expiration_timeout_unit,
        value_params_source_type,
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

    if only_declared:  # no undeclared key, the usual case (known from the layout, see _layouts.py)
        model.additional_properties = {}
    else:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True
    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(CompanyLoyaltyProgramsSearchDataTypesDataItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CompanyLoyaltyProgramsSearchDataTypesDataItem
        del model._raw, model._context
    return model


CompanyLoyaltyProgramsSearchDataTypesDataItem._lazy_fill = (_fill_plain, _fill_converted, _build)
