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
from ..models.company_companyid_clients_search_request_data_types_operation import (
    CompanyCompanyidClientsSearchRequestDataTypesOperation,
    check_company_companyid_clients_search_request_data_types_operation,
)
from ..models.company_companyid_clients_search_request_data_types_order_by import (
    CompanyCompanyidClientsSearchRequestDataTypesOrderBy,
    check_company_companyid_clients_search_request_data_types_order_by,
)
from ..models.company_companyid_clients_search_request_data_types_order_by_direction import (
    CompanyCompanyidClientsSearchRequestDataTypesOrderByDirection,
    check_company_companyid_clients_search_request_data_types_order_by_direction,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_companyid_clients_search_request_data_types_filters_item import (
        CompanyCompanyidClientsSearchRequestDataTypesFiltersItem,
    )


T = TypeVar("T", bound="CompanyCompanyidClientsSearchRequestDataTypes")


@_attrs_define
class CompanyCompanyidClientsSearchRequestDataTypes(LazyModel):
    """Get a list of clients

    Example:
        {'page': 1, 'page_size': 3, 'fields': ['id', 'name'], 'order_by': 'name', 'order_by_direction': 'desc',
            'operation': 'AND', 'filters': [{'type': 'id', 'state': {'value': [1, 2, 3]}}, {'type': 'sold_amount', 'state':
            {'from': 0, 'to': 100.77}}, {'type': 'quick_search', 'state': {'value': 'James Smith'}}, {'type': 'importance',
            'state': {'value': [0, 1, 2, 3]}}, {'type': 'has_mobile_app', 'state': {'value': True}}, {'type': 'category',
            'state': {'value': [1, 7]}}, {'type': 'has_passteam_card', 'state': {'value': True}}, {'type':
            'passteam_card_ids', 'state': {'value': ['111122223333aaaabbbbcccc']}}, {'type': 'birthday', 'state': {'from':
            '1990-01-01 00:00:00', 'to': '2000-01-01 23:59:59'}}, {'type': 'gender', 'state': {'value': [0, 1, 2]}},
            {'type': 'record', 'state': {'staff': {'value': [1, 2]}, 'service': {'value': [2, 3]}, 'service_category':
            {'value': [4, 5]}, 'status': {'value': [1]}, 'created': {'from': '2026-01-01 00:00:00', 'to': '2026-01-01
            23:59:59'}, 'records_count': {'from': 1, 'to': 99999}, 'sold_amount': {'from': 1.001, 'to': 99999.09}}},
            {'type': 'client', 'state': {'id': {'value': [1, 2, 3]}, 'birthday': {'from': '1990-01-01 00:00:00', 'to':
            '2000-01-01 23:59:59'}}}, {'type': 'sale', 'state': {'abonement_balance': {'from': 2, 'to': 3}}}]}

    """

    page: float | Unset = UNSET
    """ Page number """
    page_size: float | Unset = UNSET
    """ The number of output lines per page. Maximum 200. (Default 25) """
    fields: list[str] | Unset = UNSET
    """ Fields to be returned in the response """
    order_by: CompanyCompanyidClientsSearchRequestDataTypesOrderBy | Unset = UNSET
    """ What field to sort by """
    order_by_direction: CompanyCompanyidClientsSearchRequestDataTypesOrderByDirection | Unset = UNSET
    """ How to sort (ascending / descending) """
    operation: CompanyCompanyidClientsSearchRequestDataTypesOperation | Unset = UNSET
    """ Type of transaction """
    filters: list[CompanyCompanyidClientsSearchRequestDataTypesFiltersItem] | Unset = UNSET
    """ Filters for searching by customers """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        page_size = self.page_size

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields

        order_by: str | Unset = UNSET
        if not isinstance(self.order_by, Unset):
            order_by = self.order_by

        order_by_direction: str | Unset = UNSET
        if not isinstance(self.order_by_direction, Unset):
            order_by_direction = self.order_by_direction

        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if fields is not UNSET:
            field_dict["fields"] = fields
        if order_by is not UNSET:
            field_dict["order_by"] = order_by
        if order_by_direction is not UNSET:
            field_dict["order_by_direction"] = order_by_direction
        if operation is not UNSET:
            field_dict["operation"] = operation
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_companyid_clients_search_request_data_types_filters_item import (
            CompanyCompanyidClientsSearchRequestDataTypesFiltersItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        page = d.pop("page", UNSET)

        page_size = d.pop("page_size", UNSET)

        fields = cast(list[str], d.pop("fields", UNSET))

        _order_by = d.pop("order_by", UNSET)
        order_by: CompanyCompanyidClientsSearchRequestDataTypesOrderBy | Unset
        if isinstance(_order_by, Unset):
            order_by = UNSET
        else:
            order_by = check_company_companyid_clients_search_request_data_types_order_by(_order_by)

        _order_by_direction = d.pop("order_by_direction", UNSET)
        order_by_direction: CompanyCompanyidClientsSearchRequestDataTypesOrderByDirection | Unset
        if isinstance(_order_by_direction, Unset):
            order_by_direction = UNSET
        else:
            order_by_direction = check_company_companyid_clients_search_request_data_types_order_by_direction(
                _order_by_direction
            )

        _operation = d.pop("operation", UNSET)
        operation: CompanyCompanyidClientsSearchRequestDataTypesOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_company_companyid_clients_search_request_data_types_operation(_operation)

        _filters = d.pop("filters", UNSET)
        filters: list[CompanyCompanyidClientsSearchRequestDataTypesFiltersItem] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = CompanyCompanyidClientsSearchRequestDataTypesFiltersItem.from_dict(filters_item_data)

                filters.append(filters_item)

        company_companyid_clients_search_request_data_types = cls(
            page=page,
            page_size=page_size,
            fields=fields,
            order_by=order_by,
            order_by_direction=order_by_direction,
            operation=operation,
            filters=filters,
        )

        company_companyid_clients_search_request_data_types.additional_properties = d
        return company_companyid_clients_search_request_data_types

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


def _read_order_by(
    json_value: Any, parse_ctx: ParseContext
) -> CompanyCompanyidClientsSearchRequestDataTypesOrderBy | Unset:

    _order_by = json_value
    order_by: CompanyCompanyidClientsSearchRequestDataTypesOrderBy | Unset
    if isinstance(_order_by, Unset):
        order_by = UNSET
    else:
        order_by = check_company_companyid_clients_search_request_data_types_order_by(_order_by)

    return order_by


def _read_order_by_direction(
    json_value: Any, parse_ctx: ParseContext
) -> CompanyCompanyidClientsSearchRequestDataTypesOrderByDirection | Unset:

    _order_by_direction = json_value
    order_by_direction: CompanyCompanyidClientsSearchRequestDataTypesOrderByDirection | Unset
    if isinstance(_order_by_direction, Unset):
        order_by_direction = UNSET
    else:
        order_by_direction = check_company_companyid_clients_search_request_data_types_order_by_direction(
            _order_by_direction
        )

    return order_by_direction


def _read_operation(
    json_value: Any, parse_ctx: ParseContext
) -> CompanyCompanyidClientsSearchRequestDataTypesOperation | Unset:

    _operation = json_value
    operation: CompanyCompanyidClientsSearchRequestDataTypesOperation | Unset
    if isinstance(_operation, Unset):
        operation = UNSET
    else:
        operation = check_company_companyid_clients_search_request_data_types_operation(_operation)

    return operation


def _read_filters(
    json_value: Any, parse_ctx: ParseContext
) -> list[CompanyCompanyidClientsSearchRequestDataTypesFiltersItem] | Unset:
    CompanyCompanyidClientsSearchRequestDataTypesFiltersItem = MODEL_CLASSES.get(
        "altegio_client.models.company_companyid_clients_search_request_data_types_filters_item"
    ) or model_class(
        "altegio_client.models.company_companyid_clients_search_request_data_types_filters_item",
        "CompanyCompanyidClientsSearchRequestDataTypesFiltersItem",
    )

    _filters = json_value
    filters: list[CompanyCompanyidClientsSearchRequestDataTypesFiltersItem] | Unset = UNSET
    if _filters is not UNSET:
        filters = CompanyCompanyidClientsSearchRequestDataTypesFiltersItem._lazy_list(_filters, parse_ctx)

    return filters


_DECLARED_KEYS = frozenset(
    {
        "page",
        "page_size",
        "fields",
        "order_by",
        "order_by_direction",
        "operation",
        "filters",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CompanyCompanyidClientsSearchRequestDataTypes._lazy_fields = {
    "page": ("page", None, False),
    "page_size": ("page_size", None, False),
    "fields": ("fields", None, False),
    "order_by": ("order_by", _read_order_by, False),
    "order_by_direction": ("order_by_direction", _read_order_by_direction, False),
    "operation": ("operation", _read_operation, False),
    "filters": ("filters", _read_filters, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: CompanyCompanyidClientsSearchRequestDataTypes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.page = get("page", UNSET)
    model.page_size = get("page_size", UNSET)
    model.fields = get("fields", UNSET)


def _fill_converted(
    model: CompanyCompanyidClientsSearchRequestDataTypes,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "order_by" not in done:
        value = get("order_by", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.order_by = UNSET
        else:
            try:
                model.order_by = _read_order_by(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "order_by_direction" not in done:
        value = get("order_by_direction", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.order_by_direction = UNSET
        else:
            try:
                model.order_by_direction = _read_order_by_direction(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "operation" not in done:
        value = get("operation", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.operation = UNSET
        else:
            try:
                model.operation = _read_operation(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "filters" not in done:
        value = get("filters", UNSET)
        if value is UNSET:
            model.filters = UNSET
        elif value == []:
            model.filters = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.company_companyid_clients_search_request_data_types_filters_item"
            ) or model_builder(
                "altegio_client.models.company_companyid_clients_search_request_data_types_filters_item",
                "CompanyCompanyidClientsSearchRequestDataTypesFiltersItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.filters = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: CompanyCompanyidClientsSearchRequestDataTypes | None = None
) -> CompanyCompanyidClientsSearchRequestDataTypes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CompanyCompanyidClientsSearchRequestDataTypes._lazy(json_value, parse_ctx)
        model = new_model(
            CompanyCompanyidClientsSearchRequestDataTypes
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
        layout = layout_of(CompanyCompanyidClientsSearchRequestDataTypes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_order_by, value_order_by_direction, value_operation, value_filters = fill(json_value, model)
    if value_order_by is UNSET:  # what every optional field's converter returns for it
        model.order_by = UNSET
    else:
        try:
            model.order_by = _read_order_by(value_order_by, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_order_by_direction is UNSET:  # what every optional field's converter returns for it
        model.order_by_direction = UNSET
    else:
        try:
            model.order_by_direction = _read_order_by_direction(value_order_by_direction, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_operation is UNSET:  # what every optional field's converter returns for it
        model.operation = UNSET
    else:
        try:
            model.operation = _read_operation(value_operation, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_filters is UNSET:
        model.filters = UNSET
    elif value_filters == []:
        model.filters = value_filters  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.company_companyid_clients_search_request_data_types_filters_item"
        ) or model_builder(
            "altegio_client.models.company_companyid_clients_search_request_data_types_filters_item",
            "CompanyCompanyidClientsSearchRequestDataTypesFiltersItem",
        )
        try:
            if _builtins.type(value_filters) is not list:
                raise TypeError
            model.filters = [build(item, parse_ctx) for item in value_filters]
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
        model.__class__ = lazily_read_class(CompanyCompanyidClientsSearchRequestDataTypes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CompanyCompanyidClientsSearchRequestDataTypes
        del model._raw, model._context
    return model


CompanyCompanyidClientsSearchRequestDataTypes._lazy_fill = (_fill_plain, _fill_converted, _build)
