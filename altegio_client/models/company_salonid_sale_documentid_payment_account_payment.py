from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._codegen import MODEL_CLASSES, LazyModel, ParseContext, model_class
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_salonid_sale_documentid_payment_account_payment_method import (
        CompanySalonidSaleDocumentidPaymentAccountPaymentMethod,
    )


T = TypeVar("T", bound="CompanySalonidSaleDocumentidPaymentAccountPayment")


@_attrs_define
class CompanySalonidSaleDocumentidPaymentAccountPayment(LazyModel):
    """Object containing the payment method"""

    method: CompanySalonidSaleDocumentidPaymentAccountPaymentMethod | Unset = UNSET
    """ Payment method """
    amount: float | Unset = UNSET
    """ Payment amount """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.to_dict()

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if method is not UNSET:
            field_dict["method"] = method
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_salonid_sale_documentid_payment_account_payment_method import (
            CompanySalonidSaleDocumentidPaymentAccountPaymentMethod,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _method = d.pop("method", UNSET)
        method: CompanySalonidSaleDocumentidPaymentAccountPaymentMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = CompanySalonidSaleDocumentidPaymentAccountPaymentMethod.from_dict(_method)

        amount = d.pop("amount", UNSET)

        company_salonid_sale_documentid_payment_account_payment = cls(
            method=method,
            amount=amount,
        )

        company_salonid_sale_documentid_payment_account_payment.additional_properties = d
        return company_salonid_sale_documentid_payment_account_payment

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


def _read_method(
    json_value: Any, parse_ctx: ParseContext
) -> CompanySalonidSaleDocumentidPaymentAccountPaymentMethod | Unset:
    CompanySalonidSaleDocumentidPaymentAccountPaymentMethod = MODEL_CLASSES.get(
        "altegio_client.models.company_salonid_sale_documentid_payment_account_payment_method"
    ) or model_class(
        "altegio_client.models.company_salonid_sale_documentid_payment_account_payment_method",
        "CompanySalonidSaleDocumentidPaymentAccountPaymentMethod",
    )

    _method = json_value
    method: CompanySalonidSaleDocumentidPaymentAccountPaymentMethod | Unset
    if isinstance(_method, Unset):
        method = UNSET
    else:
        method = CompanySalonidSaleDocumentidPaymentAccountPaymentMethod._lazy(_method, parse_ctx)

    return method


_DECLARED_KEYS = frozenset(
    {
        "method",
        "amount",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


CompanySalonidSaleDocumentidPaymentAccountPayment._lazy_fields = {
    "method": ("method", _read_method, False),
    "amount": ("amount", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: CompanySalonidSaleDocumentidPaymentAccountPayment, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.amount = get("amount", UNSET)


def _fill_converted(
    model: CompanySalonidSaleDocumentidPaymentAccountPayment,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    # A field that fails to convert is left unread: reading it raises the ResponseSchemaError.
    if "method" not in done:
        try:
            model.method = _read_method(json_value.get("method", UNSET), parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    return


CompanySalonidSaleDocumentidPaymentAccountPayment._lazy_fill = (_fill_plain, _fill_converted)
