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
    from ..models.company_salon_id_sale_documentid_response_data_types_data_payment_methods_item_account import (
        CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItemAccount,
    )


T = TypeVar("T", bound="CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItem")


@_attrs_define
class CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItem(LazyModel):
    slug: str | Unset = UNSET
    """ Payment method type """
    is_applicable: bool | Unset = UNSET
    """ Is it possible to use this method """
    applicable_amount: float | Unset = UNSET
    """ Possible amount accepted for payment """
    applicable_count: int | Unset = UNSET
    """ Possible number of visits (in case of membership) """
    applicable_value: float | Unset = UNSET
    """ Applicable bonus (in the case of a loyalty program) """
    account_id: int | Unset = UNSET
    """ Checkout ID (depends on slug) """
    account: CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItemAccount | Unset = UNSET
    """ Location account """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        is_applicable = self.is_applicable

        applicable_amount = self.applicable_amount

        applicable_count = self.applicable_count

        applicable_value = self.applicable_value

        account_id = self.account_id

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if slug is not UNSET:
            field_dict["slug"] = slug
        if is_applicable is not UNSET:
            field_dict["is_applicable"] = is_applicable
        if applicable_amount is not UNSET:
            field_dict["applicable_amount"] = applicable_amount
        if applicable_count is not UNSET:
            field_dict["applicable_count"] = applicable_count
        if applicable_value is not UNSET:
            field_dict["applicable_value"] = applicable_value
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if account is not UNSET:
            field_dict["account"] = account

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_salon_id_sale_documentid_response_data_types_data_payment_methods_item_account import (
            CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItemAccount,  # noqa: PLC0415
        )

        d = dict(src_dict)
        slug = d.pop("slug", UNSET)

        is_applicable = d.pop("is_applicable", UNSET)

        applicable_amount = d.pop("applicable_amount", UNSET)

        applicable_count = d.pop("applicable_count", UNSET)

        applicable_value = d.pop("applicable_value", UNSET)

        account_id = d.pop("account_id", UNSET)

        _account = d.pop("account", UNSET)
        account: CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItemAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItemAccount.from_dict(_account)

        company_salon_id_sale_documentid_response_data_types_data_payment_methods_item = cls(
            slug=slug,
            is_applicable=is_applicable,
            applicable_amount=applicable_amount,
            applicable_count=applicable_count,
            applicable_value=applicable_value,
            account_id=account_id,
            account=account,
        )

        company_salon_id_sale_documentid_response_data_types_data_payment_methods_item.additional_properties = d
        return company_salon_id_sale_documentid_response_data_types_data_payment_methods_item

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


def _read_account(
    json_value: Any, parse_ctx: ParseContext
) -> CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItemAccount | Unset:
    CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItemAccount = MODEL_CLASSES.get(
        "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_payment_methods_item_account"
    ) or model_class(
        "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_payment_methods_item_account",
        "CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItemAccount",
    )

    _account = json_value
    account: CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItemAccount | Unset
    if isinstance(_account, Unset):
        account = UNSET
    else:
        account = CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItemAccount._lazy(_account, parse_ctx)

    return account


_DECLARED_KEYS = frozenset(
    {
        "slug",
        "is_applicable",
        "applicable_amount",
        "applicable_count",
        "applicable_value",
        "account_id",
        "account",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItem._lazy_fields = {
    "slug": ("slug", None, False),
    "is_applicable": ("is_applicable", None, False),
    "applicable_amount": ("applicable_amount", None, False),
    "applicable_count": ("applicable_count", None, False),
    "applicable_value": ("applicable_value", None, False),
    "account_id": ("account_id", None, False),
    "account": ("account", _read_account, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(
    model: CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItem, json_value: dict[str, Any]
) -> None:
    get = json_value.get
    model.slug = get("slug", UNSET)
    model.is_applicable = get("is_applicable", UNSET)
    model.applicable_amount = get("applicable_amount", UNSET)
    model.applicable_count = get("applicable_count", UNSET)
    model.applicable_value = get("applicable_value", UNSET)
    model.account_id = get("account_id", UNSET)


def _fill_converted(
    model: CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "account" not in done:
        value = get("account", UNSET)
        if value is UNSET:
            model.account = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_payment_methods_item_account"
            ) or model_builder(
                "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_payment_methods_item_account",
                "CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItemAccount",
            )
            try:
                model.account = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any,
    parse_ctx: ParseContext,
    model: CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItem | None = None,
) -> CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItem._lazy(json_value, parse_ctx)
        model = new_model(
            CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItem
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
        layout = layout_of(CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_account,) = fill(json_value, model)
    if value_account is UNSET:
        model.account = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_payment_methods_item_account"
        ) or model_builder(
            "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_payment_methods_item_account",
            "CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItemAccount",
        )
        try:
            model.account = build(value_account, parse_ctx)
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
        model.__class__ = lazily_read_class(CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItem
        del model._raw, model._context
    return model


CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItem._lazy_fill = (_fill_plain, _fill_converted, _build)
