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
    from ..models.company_salonid_sale_documentid_payment_loyalty_card_payment_method import (
        CompanySalonidSaleDocumentidPaymentLoyaltyCardPaymentMethod,
    )


T = TypeVar("T", bound="CompanySalonidSaleDocumentidPaymentLoyaltyCardPayment")


@_attrs_define
class CompanySalonidSaleDocumentidPaymentLoyaltyCardPayment(LazyModel):
    """Object containing the payment method"""

    method: CompanySalonidSaleDocumentidPaymentLoyaltyCardPaymentMethod | Unset = UNSET
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
        from ..models.company_salonid_sale_documentid_payment_loyalty_card_payment_method import (
            CompanySalonidSaleDocumentidPaymentLoyaltyCardPaymentMethod,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _method = d.pop("method", UNSET)
        method: CompanySalonidSaleDocumentidPaymentLoyaltyCardPaymentMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = CompanySalonidSaleDocumentidPaymentLoyaltyCardPaymentMethod.from_dict(_method)

        amount = d.pop("amount", UNSET)

        company_salonid_sale_documentid_payment_loyalty_card_payment = cls(
            method=method,
            amount=amount,
        )

        company_salonid_sale_documentid_payment_loyalty_card_payment.additional_properties = d
        return company_salonid_sale_documentid_payment_loyalty_card_payment

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
) -> CompanySalonidSaleDocumentidPaymentLoyaltyCardPaymentMethod | Unset:
    CompanySalonidSaleDocumentidPaymentLoyaltyCardPaymentMethod = MODEL_CLASSES.get(
        "altegio_client.models.company_salonid_sale_documentid_payment_loyalty_card_payment_method"
    ) or model_class(
        "altegio_client.models.company_salonid_sale_documentid_payment_loyalty_card_payment_method",
        "CompanySalonidSaleDocumentidPaymentLoyaltyCardPaymentMethod",
    )

    _method = json_value
    method: CompanySalonidSaleDocumentidPaymentLoyaltyCardPaymentMethod | Unset
    if isinstance(_method, Unset):
        method = UNSET
    else:
        method = CompanySalonidSaleDocumentidPaymentLoyaltyCardPaymentMethod._lazy(_method, parse_ctx)

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


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CompanySalonidSaleDocumentidPaymentLoyaltyCardPayment._lazy_fields = {
    "method": ("method", _read_method, False),
    "amount": ("amount", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: CompanySalonidSaleDocumentidPaymentLoyaltyCardPayment, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.amount = get("amount", UNSET)


def _fill_converted(
    model: CompanySalonidSaleDocumentidPaymentLoyaltyCardPayment,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "method" not in done:
        value = get("method", UNSET)
        if value is UNSET:
            model.method = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.company_salonid_sale_documentid_payment_loyalty_card_payment_method"
            ) or model_builder(
                "altegio_client.models.company_salonid_sale_documentid_payment_loyalty_card_payment_method",
                "CompanySalonidSaleDocumentidPaymentLoyaltyCardPaymentMethod",
            )
            try:
                model.method = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: CompanySalonidSaleDocumentidPaymentLoyaltyCardPayment | None = None
) -> CompanySalonidSaleDocumentidPaymentLoyaltyCardPayment:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CompanySalonidSaleDocumentidPaymentLoyaltyCardPayment._lazy(json_value, parse_ctx)
        model = new_model(
            CompanySalonidSaleDocumentidPaymentLoyaltyCardPayment
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
        layout = layout_of(CompanySalonidSaleDocumentidPaymentLoyaltyCardPayment, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_method,) = fill(json_value, model)
    if value_method is UNSET:
        model.method = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.company_salonid_sale_documentid_payment_loyalty_card_payment_method"
        ) or model_builder(
            "altegio_client.models.company_salonid_sale_documentid_payment_loyalty_card_payment_method",
            "CompanySalonidSaleDocumentidPaymentLoyaltyCardPaymentMethod",
        )
        try:
            model.method = build(value_method, parse_ctx)
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
        model.__class__ = lazily_read_class(CompanySalonidSaleDocumentidPaymentLoyaltyCardPayment)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CompanySalonidSaleDocumentidPaymentLoyaltyCardPayment
        del model._raw, model._context
    return model


CompanySalonidSaleDocumentidPaymentLoyaltyCardPayment._lazy_fill = (_fill_plain, _fill_converted, _build)
