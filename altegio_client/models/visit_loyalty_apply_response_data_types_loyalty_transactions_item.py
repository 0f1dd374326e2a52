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
    from ..models.visit_loyalty_transaction_reaponse_data_types_item_type import (
        VisitLoyaltyTransactionReaponseDataTypesItemType,
    )


T = TypeVar("T", bound="VisitLoyaltyApplyResponseDataTypesLoyaltyTransactionsItem")


@_attrs_define
class VisitLoyaltyApplyResponseDataTypesLoyaltyTransactionsItem(LazyModel):
    id: int | Unset = UNSET
    """ Loyalty transaction ID """
    status_id: int | Unset = UNSET
    """ Status ID """
    amount: float | Unset = UNSET
    """ Transaction amount """
    type_id: int | Unset = UNSET
    """ Transaction type ID """
    program_id: int | Unset = UNSET
    """ Loyalty program ID """
    card_id: int | Unset = UNSET
    """ Loyalty card ID """
    salon_group_id: int | Unset = UNSET
    """ ID of the chain to which the loyalty belongs """
    item_id: int | Unset = UNSET
    """ Identifier of the product/service to which the promotion applies """
    item_type_id: int | Unset = UNSET
    """ Operation type identifier """
    item_record_id: int | Unset = UNSET
    """ Identifier of the appointment to which the service/product belongs """
    goods_transaction_id: int | Unset = UNSET
    """ Commodity transaction ID """
    is_discount: bool | Unset = UNSET
    """ Is a discount """
    is_loyalty_withdraw: bool | Unset = UNSET
    """ Is the application of loyalty canceled """
    type: VisitLoyaltyTransactionReaponseDataTypesItemType | Unset = UNSET
    """ Loyalty type """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status_id = self.status_id

        amount = self.amount

        type_id = self.type_id

        program_id = self.program_id

        card_id = self.card_id

        salon_group_id = self.salon_group_id

        item_id = self.item_id

        item_type_id = self.item_type_id

        item_record_id = self.item_record_id

        goods_transaction_id = self.goods_transaction_id

        is_discount = self.is_discount

        is_loyalty_withdraw = self.is_loyalty_withdraw

        type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if program_id is not UNSET:
            field_dict["program_id"] = program_id
        if card_id is not UNSET:
            field_dict["card_id"] = card_id
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if item_type_id is not UNSET:
            field_dict["item_type_id"] = item_type_id
        if item_record_id is not UNSET:
            field_dict["item_record_id"] = item_record_id
        if goods_transaction_id is not UNSET:
            field_dict["goods_transaction_id"] = goods_transaction_id
        if is_discount is not UNSET:
            field_dict["is_discount"] = is_discount
        if is_loyalty_withdraw is not UNSET:
            field_dict["is_loyalty_withdraw"] = is_loyalty_withdraw
        if type is not UNSET:
            field_dict["type"] = type

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.visit_loyalty_transaction_reaponse_data_types_item_type import (
            VisitLoyaltyTransactionReaponseDataTypesItemType,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        status_id = d.pop("status_id", UNSET)

        amount = d.pop("amount", UNSET)

        type_id = d.pop("type_id", UNSET)

        program_id = d.pop("program_id", UNSET)

        card_id = d.pop("card_id", UNSET)

        salon_group_id = d.pop("salon_group_id", UNSET)

        item_id = d.pop("item_id", UNSET)

        item_type_id = d.pop("item_type_id", UNSET)

        item_record_id = d.pop("item_record_id", UNSET)

        goods_transaction_id = d.pop("goods_transaction_id", UNSET)

        is_discount = d.pop("is_discount", UNSET)

        is_loyalty_withdraw = d.pop("is_loyalty_withdraw", UNSET)

        _type = d.pop("type", UNSET)
        type: VisitLoyaltyTransactionReaponseDataTypesItemType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = VisitLoyaltyTransactionReaponseDataTypesItemType.from_dict(_type)

        visit_loyalty_apply_response_data_types_loyalty_transactions_item = cls(
            id=id,
            status_id=status_id,
            amount=amount,
            type_id=type_id,
            program_id=program_id,
            card_id=card_id,
            salon_group_id=salon_group_id,
            item_id=item_id,
            item_type_id=item_type_id,
            item_record_id=item_record_id,
            goods_transaction_id=goods_transaction_id,
            is_discount=is_discount,
            is_loyalty_withdraw=is_loyalty_withdraw,
            type=type,
        )

        visit_loyalty_apply_response_data_types_loyalty_transactions_item.additional_properties = d
        return visit_loyalty_apply_response_data_types_loyalty_transactions_item

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


def _read_type(json_value: Any, parse_ctx: ParseContext) -> VisitLoyaltyTransactionReaponseDataTypesItemType | Unset:
    VisitLoyaltyTransactionReaponseDataTypesItemType = MODEL_CLASSES.get(
        "altegio_client.models.visit_loyalty_transaction_reaponse_data_types_item_type"
    ) or model_class(
        "altegio_client.models.visit_loyalty_transaction_reaponse_data_types_item_type",
        "VisitLoyaltyTransactionReaponseDataTypesItemType",
    )

    _type = json_value
    type: VisitLoyaltyTransactionReaponseDataTypesItemType | Unset
    if isinstance(_type, Unset):
        type = UNSET
    else:
        type = VisitLoyaltyTransactionReaponseDataTypesItemType._lazy(_type, parse_ctx)

    return type


_DECLARED_KEYS = frozenset(
    {
        "id",
        "status_id",
        "amount",
        "type_id",
        "program_id",
        "card_id",
        "salon_group_id",
        "item_id",
        "item_type_id",
        "item_record_id",
        "goods_transaction_id",
        "is_discount",
        "is_loyalty_withdraw",
        "type",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


VisitLoyaltyApplyResponseDataTypesLoyaltyTransactionsItem._lazy_fields = {
    "id": ("id", None, False),
    "status_id": ("status_id", None, False),
    "amount": ("amount", None, False),
    "type_id": ("type_id", None, False),
    "program_id": ("program_id", None, False),
    "card_id": ("card_id", None, False),
    "salon_group_id": ("salon_group_id", None, False),
    "item_id": ("item_id", None, False),
    "item_type_id": ("item_type_id", None, False),
    "item_record_id": ("item_record_id", None, False),
    "goods_transaction_id": ("goods_transaction_id", None, False),
    "is_discount": ("is_discount", None, False),
    "is_loyalty_withdraw": ("is_loyalty_withdraw", None, False),
    "type": ("type", _read_type, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: VisitLoyaltyApplyResponseDataTypesLoyaltyTransactionsItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.status_id = get("status_id", UNSET)
    model.amount = get("amount", UNSET)
    model.type_id = get("type_id", UNSET)
    model.program_id = get("program_id", UNSET)
    model.card_id = get("card_id", UNSET)
    model.salon_group_id = get("salon_group_id", UNSET)
    model.item_id = get("item_id", UNSET)
    model.item_type_id = get("item_type_id", UNSET)
    model.item_record_id = get("item_record_id", UNSET)
    model.goods_transaction_id = get("goods_transaction_id", UNSET)
    model.is_discount = get("is_discount", UNSET)
    model.is_loyalty_withdraw = get("is_loyalty_withdraw", UNSET)


def _fill_converted(
    model: VisitLoyaltyApplyResponseDataTypesLoyaltyTransactionsItem,
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
                "altegio_client.models.visit_loyalty_transaction_reaponse_data_types_item_type"
            ) or model_builder(
                "altegio_client.models.visit_loyalty_transaction_reaponse_data_types_item_type",
                "VisitLoyaltyTransactionReaponseDataTypesItemType",
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
    model: VisitLoyaltyApplyResponseDataTypesLoyaltyTransactionsItem | None = None,
) -> VisitLoyaltyApplyResponseDataTypesLoyaltyTransactionsItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return VisitLoyaltyApplyResponseDataTypesLoyaltyTransactionsItem._lazy(json_value, parse_ctx)
        model = new_model(
            VisitLoyaltyApplyResponseDataTypesLoyaltyTransactionsItem
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
        layout = layout_of(VisitLoyaltyApplyResponseDataTypesLoyaltyTransactionsItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_type,) = fill(json_value, model)
    if value_type is UNSET:
        model.type = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.visit_loyalty_transaction_reaponse_data_types_item_type"
        ) or model_builder(
            "altegio_client.models.visit_loyalty_transaction_reaponse_data_types_item_type",
            "VisitLoyaltyTransactionReaponseDataTypesItemType",
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
        model.__class__ = lazily_read_class(VisitLoyaltyApplyResponseDataTypesLoyaltyTransactionsItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = VisitLoyaltyApplyResponseDataTypesLoyaltyTransactionsItem
        del model._raw, model._context
    return model


VisitLoyaltyApplyResponseDataTypesLoyaltyTransactionsItem._lazy_fill = (_fill_plain, _fill_converted, _build)
