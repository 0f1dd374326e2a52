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
    from ..models.company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item_deposit_type import (
        CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDepositType,
    )


T = TypeVar("T", bound="CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDeposit")


@_attrs_define
class CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDeposit(LazyModel):
    """Withdrawal from personal account"""

    id: int | Unset = UNSET
    """ Personal account ID """
    balance: float | Unset = UNSET
    """ Available personal account balance """
    reserved_balance: float | Unset = UNSET
    """ Amount currently reserved by active holds """
    type: CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDepositType | Unset = UNSET
    """ Client account type """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        balance = self.balance

        reserved_balance = self.reserved_balance

        type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if balance is not UNSET:
            field_dict["balance"] = balance
        if reserved_balance is not UNSET:
            field_dict["reserved_balance"] = reserved_balance
        if type is not UNSET:
            field_dict["type"] = type

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item_deposit_type import (
            CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDepositType,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        balance = d.pop("balance", UNSET)

        reserved_balance = d.pop("reserved_balance", UNSET)

        _type = d.pop("type", UNSET)
        type: CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDepositType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDepositType.from_dict(
                _type
            )

        company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item_deposit = cls(
            id=id,
            balance=balance,
            reserved_balance=reserved_balance,
            type=type,
        )

        company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item_deposit.additional_properties = d
        return company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item_deposit

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


def _read_type(
    json_value: Any, parse_ctx: ParseContext
) -> CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDepositType | Unset:
    CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDepositType = MODEL_CLASSES.get(
        "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item_deposit_type"
    ) or model_class(
        "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item_deposit_type",
        "CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDepositType",
    )

    _type = json_value
    type: CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDepositType | Unset
    if isinstance(_type, Unset):
        type = UNSET
    else:
        type = CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDepositType._lazy(
            _type, parse_ctx
        )

    return type


_DECLARED_KEYS = frozenset(
    {
        "id",
        "balance",
        "reserved_balance",
        "type",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDeposit._lazy_fields = {
    "id": ("id", None, False),
    "balance": ("balance", None, False),
    "reserved_balance": ("reserved_balance", None, False),
    "type": ("type", _read_type, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(
    model: CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDeposit,
    json_value: dict[str, Any],
) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.balance = get("balance", UNSET)
    model.reserved_balance = get("reserved_balance", UNSET)


def _fill_converted(
    model: CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDeposit,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "type" not in done:
        value = get("type", UNSET)
        if value is UNSET:
            model.type = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item_deposit_type"
            ) or model_builder(
                "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item_deposit_type",
                "CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDepositType",
            )
            try:
                model.type = build(value, parse_ctx)
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
    model: CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDeposit | None = None,
) -> CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDeposit:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDeposit._lazy(
                json_value, parse_ctx
            )
        model = new_model(
            CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDeposit
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
        layout = layout_of(CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDeposit, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_type,) = fill(json_value, model)
    if value_type is UNSET:
        model.type = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item_deposit_type"
        ) or model_builder(
            "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state_loyalty_transactions_item_deposit_type",
            "CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDepositType",
        )
        try:
            model.type = build(value_type, parse_ctx)
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
        model.__class__ = lazily_read_class(
            CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDeposit
        )
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDeposit
        del model._raw, model._context
    return model


CompanySalonIdSaleDocumentidResponseDataTypesDataStateLoyaltyTransactionsItemDeposit._lazy_fill = (
    _fill_plain,
    _fill_converted,
    _build,
)
