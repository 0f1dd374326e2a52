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
    from ..models.company_salon_id_sale_documentid_response_data_types_data import (
        CompanySalonIdSaleDocumentidResponseDataTypesData,
    )
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="CompanySalonIdSaleDocumentidResponseDataTypes")


@_attrs_define
class CompanySalonIdSaleDocumentidResponseDataTypes(LazyModel):
    """Get a sales transaction

    Example:
        {'success': True, 'data': {'state': {'items': [{'id': 2181520, 'type': 'good', 'title': 'item 12', 'amount': 1,
            'default_cost_per_unit': 1300, 'default_cost_total': 1300, 'client_discount_percent': 10, 'cost_to_pay_total':
            1170}, {'id': 22017, 'type': 'service', 'document_id': 8200391, 'title': 'Manicure', 'amount': 1,
            'default_cost_per_unit': 500, 'default_cost_total': 500, 'client_discount_percent': 10, 'cost_to_pay_total':
            450}], 'loyalty_transactions': [{'id': 25042, 'document_id': 8201102, 'sale_item_id': 2181521, 'sale_item_type':
            'good', 'amount': 9.9, 'type_id': 11, 'created_at': '2026-09-21T23:00:00.000-05:00', 'deposit_transaction_id':
            775, 'chain': {'id': 500, 'title': 'YC BE chain'}, 'type': {'id': 11, 'title': 'Withdrawal from personal
            account'}, 'deposit': {'id': 220, 'balance': 990.1, 'reserved_balance': 0, 'type': {'id': 5, 'title': 'deposit
            1'}}}, {'id': 25043, 'document_id': 8201102, 'amount': 0.1, 'type_id': 2, 'created_at':
            '2026-09-21T23:00:00.000-05:00', 'loyalty_card_id': 185395, 'loyalty_program_id': 264, 'chain': {'id': 231,
            'title': 'Example chain.'}, 'type': {'id': 2, 'title': 'Loyalty programs'}, 'loyalty_card': {'id': 185395,
            'type_id': 265, 'number': 23100185395, 'balance': 50.15, 'type': {'id': 265, 'type': 'Loyalty program template
            test'}, 'chain': {'id': 231, 'title': 'Example chain.'}}, 'loyalty_program': {'id': 264, 'title': 'CASHBACK
            BigBro', 'type_id': 7, 'is_value_percent': True, 'type': {'id': 7, 'title': 'Cumulative cashback (paid)'},
            'chain': {'id': 231, 'title': 'Example chain.'}}}, {'id': 25050, 'document_id': 8201102, 'sale_item_id':
            2181521, 'sale_item_type': 'good', 'amount': 100, 'type_id': 8, 'created_at': '2026-09-21T23:00:00.000-05:00',
            'loyalty_certificate_id': 339, 'chain': {'id': 79, 'title': 'Bank 24'}, 'type': {'id': 8, 'title': 'Write-off
            from the certificate'}, 'loyalty_certificate': {'id': 339, 'balance': 0, 'applicable_balance': 0, 'type': {'id':
            20, 'title': 'Test Certificate', 'is_code_required': True}, 'chain': {'id': 231, 'title': 'Example chain.'}}}],
            'payment_transactions': [{'id': 6033940, 'document_id': 8200904, 'sale_item_id': 2181442, 'sale_item_type':
            'good', 'expense_id': 7, 'account_id': 90218, 'amount': 32, 'account': {'id': 90218, 'title': 'Cash by default',
            'is_cash': True, 'is_default': True}, 'expense': {'id': 7, 'title': 'Sale of goods'}}, {'id': 6033941,
            'document_id': 8200904, 'sale_item_id': 2181442, 'sale_item_type': 'good', 'expense_id': 7, 'account_id': 90218,
            'amount': 27, 'account': {'id': 90218, 'title': 'location account', 'is_cash': True, 'is_default': False},
            'expense': {'id': 7, 'title': 'Sale of goods'}}, {'id': 6034121, 'document_id': 8201102, 'sale_item_id':
            2181521, 'sale_item_type': 'good', 'expense_id': 7, 'account_id': 23182, 'amount': 43, 'account': {'id': 23182,
            'title': 'Cards - acquiring by default', 'is_cash': False, 'is_default': True}, 'expense': {'id': 7, 'title':
            'Sale of goods'}}, {'id': 6034122, 'document_id': 8201102, 'sale_item_id': 2181521, 'sale_item_type': 'good',
            'expense_id': 7, 'account_id': 23182, 'amount': 12, 'account': {'id': 23182, 'title': 'Cards - acquiring',
            'is_cash': False, 'is_default': False}, 'expense': {'id': 7, 'title': 'Sale of goods'}}]}, 'kkm_state':
            {'last_operation_type': 1, 'transactions': [{'id': 2424, 'document_id': 8200904, 'print_date':
            '2026-09-21T23:00:00.000-05:00', 'printed_count': 0, 'sum': 0, 'type': {'id': 0, 'title': 'Sale operation'},
            'status': {'id': 1, 'title': 'Successfully'}, 'document': {'id': 7215, 'type': 1, 'type_title': 'Sale of
            goods'}, 'cashier': {'id': 746310, 'name': 'Jack Smith'}}]}, 'payment_methods': [{'slug': 'account',
            'is_applicable': False, 'applicable_amount': 1170, 'applicable_count': 0, 'applicable_value': 0, 'account_id':
            36785, 'account': {'id': 36785, 'title': 'Location account - non-cash', 'is_cash': False}}, {'slug':
            'loyalty_card', 'is_applicable': True, 'applicable_amount': 51.65, 'applicable_count': 0, 'applicable_value': 0,
            'loyalty_card_id': 19283, 'loyalty_card': {'id': 19283, 'type_id': 155, 'number': 31200019283, 'balance': 51.65,
            'type': {'id': 155, 'type': 'discount card'}, 'chain': {'id': 312, 'title': 'Trinity group'}}}, {'slug':
            'loyalty_program', 'is_applicable': True, 'applicable_amount': 234, 'applicable_count': 0, 'applicable_value':
            20, 'loyalty_card_id': 19283, 'loyalty_program_id': 183, 'loyalty_card': {'id': 19283, 'type_id': 155, 'number':
            31200019283, 'balance': 51.65, 'type': {'id': 155, 'type': 'discount card'}, 'chain': {'id': 312, 'title':
            'Trinity group'}}, 'loyalty_program': {'id': 183, 'title': 'permanent discount', 'type_id': 1,
            'is_value_percent': True, 'type': {'id': 1, 'title': 'Fixed discount'}, 'chain': {'id': 312, 'title': 'Trinity
            group'}}}, {'slug': 'loyalty_abonement', 'is_applicable': False, 'applicable_amount': 0, 'applicable_count': 0,
            'applicable_value': 0, 'loyalty_abonement_id': 27, 'loyalty_abonement': {'id': 27, 'is_united_balance': False,
            'united_balance': 0, 'type': {'id': 7, 'title': 'subscription to 5000 QA net', 'is_code_required': True},
            'chain': {'id': 231, 'title': 'Example chain.'}, 'balance_container': {'links': [{'count': 5, 'category': {'id':
            229680, 'category_id': 1, 'title': 'Manicure'}}, {'count': 5, 'category': {'id': 429813, 'category_id': 429812,
            'title': '1 Lesson'}}]}}}, {'slug': 'loyalty_certificate', 'is_applicable': True, 'applicable_amount': 1170,
            'applicable_count': 0, 'applicable_value': 0, 'loyalty_certificate_id': 338, 'loyalty_certificate': {'id': 338,
            'balance': 10000, 'applicable_balance': 10000, 'type': {'id': 130, 'title': 'test', 'is_code_required': True},
            'chain': {'id': 231, 'title': 'Example chain.'}}}, {'slug': 'referral_loyalty_program', 'is_applicable': False,
            'applicable_amount': 0, 'applicable_count': 0, 'applicable_value': 0, 'loyalty_program_id': 424,
            'loyalty_program': {'id': 424, 'title': 'Fixed discount', 'type_id': 1, 'is_value_percent': True, 'type': {'id':
            1, 'title': 'Fixed discount'}, 'chain': {'id': 231, 'title': 'Example chain.'}}}, {'slug': 'deposit',
            'is_applicable': True, 'applicable_amount': 9.9, 'applicable_count': 0, 'applicable_value': 0, 'deposit_id':
            220, 'deposit': {'id': 220, 'balance': 1000, 'reserved_balance': 0, 'type': {'id': 5, 'title': 'deposit 1'}}}]},
            'meta': []}

    """

    success: bool | Unset = UNSET
    """ Execution success status (true) """
    data: CompanySalonIdSaleDocumentidResponseDataTypesData | Unset = UNSET
    """ Object with data """
    meta: list[JsonObject] | Unset = UNSET
    """ Metadata (empty array) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        meta: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = []
            for meta_item_data in self.meta:
                meta_item = meta_item_data.to_dict()
                meta.append(meta_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_salon_id_sale_documentid_response_data_types_data import (
            CompanySalonIdSaleDocumentidResponseDataTypesData,  # noqa: PLC0415
        )
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _data = d.pop("data", UNSET)
        data: CompanySalonIdSaleDocumentidResponseDataTypesData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = CompanySalonIdSaleDocumentidResponseDataTypesData.from_dict(_data)

        _meta = d.pop("meta", UNSET)
        meta: list[JsonObject] | Unset = UNSET
        if _meta is not UNSET:
            meta = []
            for meta_item_data in _meta:
                meta_item = JsonObject.from_dict(meta_item_data)

                meta.append(meta_item)

        company_salon_id_sale_documentid_response_data_types = cls(
            success=success,
            data=data,
            meta=meta,
        )

        company_salon_id_sale_documentid_response_data_types.additional_properties = d
        return company_salon_id_sale_documentid_response_data_types

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


def _read_data(json_value: Any, parse_ctx: ParseContext) -> CompanySalonIdSaleDocumentidResponseDataTypesData | Unset:
    CompanySalonIdSaleDocumentidResponseDataTypesData = MODEL_CLASSES.get(
        "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data"
    ) or model_class(
        "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data",
        "CompanySalonIdSaleDocumentidResponseDataTypesData",
    )

    _data = json_value
    data: CompanySalonIdSaleDocumentidResponseDataTypesData | Unset
    if isinstance(_data, Unset):
        data = UNSET
    else:
        data = CompanySalonIdSaleDocumentidResponseDataTypesData._lazy(_data, parse_ctx)

    return data


def _read_meta(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _meta = json_value
    meta: list[JsonObject] | Unset = UNSET
    if _meta is not UNSET:
        meta = JsonObject._lazy_list(_meta, parse_ctx)

    return meta


_DECLARED_KEYS = frozenset(
    {
        "success",
        "data",
        "meta",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CompanySalonIdSaleDocumentidResponseDataTypes._lazy_fields = {
    "success": ("success", None, False),
    "data": ("data", _read_data, False),
    "meta": ("meta", _read_meta, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: CompanySalonIdSaleDocumentidResponseDataTypes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.success = get("success", UNSET)


def _fill_converted(
    model: CompanySalonIdSaleDocumentidResponseDataTypes,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "data" not in done:
        value = get("data", UNSET)
        if value is UNSET:
            model.data = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data"
            ) or model_builder(
                "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data",
                "CompanySalonIdSaleDocumentidResponseDataTypesData",
            )
            try:
                model.data = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "meta" not in done:
        value = get("meta", UNSET)
        if value is UNSET:
            model.meta = UNSET
        elif value == []:
            model.meta = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.meta = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: CompanySalonIdSaleDocumentidResponseDataTypes | None = None
) -> CompanySalonIdSaleDocumentidResponseDataTypes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CompanySalonIdSaleDocumentidResponseDataTypes._lazy(json_value, parse_ctx)
        model = new_model(
            CompanySalonIdSaleDocumentidResponseDataTypes
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
        layout = layout_of(CompanySalonIdSaleDocumentidResponseDataTypes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_data, value_meta = fill(json_value, model)
    if value_data is UNSET:
        model.data = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data"
        ) or model_builder(
            "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data",
            "CompanySalonIdSaleDocumentidResponseDataTypesData",
        )
        try:
            model.data = build(value_data, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_meta is UNSET:
        model.meta = UNSET
    elif value_meta == []:
        model.meta = value_meta  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
        )
        try:
            if _builtins.type(value_meta) is not list:
                raise TypeError
            model.meta = [build(item, parse_ctx) for item in value_meta]
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
        model.__class__ = lazily_read_class(CompanySalonIdSaleDocumentidResponseDataTypes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CompanySalonIdSaleDocumentidResponseDataTypes
        del model._raw, model._context
    return model


CompanySalonIdSaleDocumentidResponseDataTypes._lazy_fill = (_fill_plain, _fill_converted, _build)
