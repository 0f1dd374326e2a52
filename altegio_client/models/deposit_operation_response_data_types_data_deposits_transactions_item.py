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
    from ..models.deposit_operation_response_data_types_data_deposits_transactions_item_deposit import (
        DepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit,
    )
    from ..models.deposit_operation_response_data_types_data_deposits_transactions_item_deposit_type import (
        DepositOperationResponseDataTypesDataDepositsTransactionsItemDepositType,
    )


T = TypeVar("T", bound="DepositOperationResponseDataTypesDataDepositsTransactionsItem")


@_attrs_define
class DepositOperationResponseDataTypesDataDepositsTransactionsItem(LazyModel):
    id: int | Unset = UNSET
    """ Client account transaction ID """
    salon_id: int | Unset = UNSET
    """ location ID """
    salon_group_id: int | Unset = UNSET
    """ Chain ID """
    document_id: int | Unset = UNSET
    """ Document ID """
    deposit_id: int | Unset = UNSET
    """ Personal account ID """
    deposit_type_id: int | Unset = UNSET
    """ Personal account type identifier """
    master_id: int | Unset = UNSET
    """ team member ID """
    user_id: int | Unset = UNSET
    """ User ID """
    amount: float | Unset = UNSET
    """ Top-up amount """
    balance_after: float | Unset = UNSET
    """ Personal account balance after this transaction """
    reserved_balance_after: float | Unset = UNSET
    """ Personal account reserved balance after this transaction """
    comment: str | Unset = UNSET
    """ A comment """
    date_create: str | Unset = UNSET
    """ date of creation """
    deleted: bool | Unset = UNSET
    """ Has the transaction been deleted? """
    date_delete: str | Unset = UNSET
    """ Deletion date """
    deposit: DepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit | Unset = UNSET
    """ Personal account """
    deposit_type: DepositOperationResponseDataTypesDataDepositsTransactionsItemDepositType | Unset = UNSET
    """ Type of personal account """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        salon_id = self.salon_id

        salon_group_id = self.salon_group_id

        document_id = self.document_id

        deposit_id = self.deposit_id

        deposit_type_id = self.deposit_type_id

        master_id = self.master_id

        user_id = self.user_id

        amount = self.amount

        balance_after = self.balance_after

        reserved_balance_after = self.reserved_balance_after

        comment = self.comment

        date_create = self.date_create

        deleted = self.deleted

        date_delete = self.date_delete

        deposit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deposit, Unset):
            deposit = self.deposit.to_dict()

        deposit_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deposit_type, Unset):
            deposit_type = self.deposit_type.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if deposit_id is not UNSET:
            field_dict["deposit_id"] = deposit_id
        if deposit_type_id is not UNSET:
            field_dict["deposit_type_id"] = deposit_type_id
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if balance_after is not UNSET:
            field_dict["balance_after"] = balance_after
        if reserved_balance_after is not UNSET:
            field_dict["reserved_balance_after"] = reserved_balance_after
        if comment is not UNSET:
            field_dict["comment"] = comment
        if date_create is not UNSET:
            field_dict["date_create"] = date_create
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if date_delete is not UNSET:
            field_dict["date_delete"] = date_delete
        if deposit is not UNSET:
            field_dict["deposit"] = deposit
        if deposit_type is not UNSET:
            field_dict["deposit_type"] = deposit_type

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deposit_operation_response_data_types_data_deposits_transactions_item_deposit import (
            DepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit,  # noqa: PLC0415
        )
        from ..models.deposit_operation_response_data_types_data_deposits_transactions_item_deposit_type import (
            DepositOperationResponseDataTypesDataDepositsTransactionsItemDepositType,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        salon_group_id = d.pop("salon_group_id", UNSET)

        document_id = d.pop("document_id", UNSET)

        deposit_id = d.pop("deposit_id", UNSET)

        deposit_type_id = d.pop("deposit_type_id", UNSET)

        master_id = d.pop("master_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        amount = d.pop("amount", UNSET)

        balance_after = d.pop("balance_after", UNSET)

        reserved_balance_after = d.pop("reserved_balance_after", UNSET)

        comment = d.pop("comment", UNSET)

        date_create = d.pop("date_create", UNSET)

        deleted = d.pop("deleted", UNSET)

        date_delete = d.pop("date_delete", UNSET)

        _deposit = d.pop("deposit", UNSET)
        deposit: DepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit | Unset
        if isinstance(_deposit, Unset):
            deposit = UNSET
        else:
            deposit = DepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit.from_dict(_deposit)

        _deposit_type = d.pop("deposit_type", UNSET)
        deposit_type: DepositOperationResponseDataTypesDataDepositsTransactionsItemDepositType | Unset
        if isinstance(_deposit_type, Unset):
            deposit_type = UNSET
        else:
            deposit_type = DepositOperationResponseDataTypesDataDepositsTransactionsItemDepositType.from_dict(
                _deposit_type
            )

        deposit_operation_response_data_types_data_deposits_transactions_item = cls(
            id=id,
            salon_id=salon_id,
            salon_group_id=salon_group_id,
            document_id=document_id,
            deposit_id=deposit_id,
            deposit_type_id=deposit_type_id,
            master_id=master_id,
            user_id=user_id,
            amount=amount,
            balance_after=balance_after,
            reserved_balance_after=reserved_balance_after,
            comment=comment,
            date_create=date_create,
            deleted=deleted,
            date_delete=date_delete,
            deposit=deposit,
            deposit_type=deposit_type,
        )

        deposit_operation_response_data_types_data_deposits_transactions_item.additional_properties = d
        return deposit_operation_response_data_types_data_deposits_transactions_item

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


def _read_deposit(
    json_value: Any, parse_ctx: ParseContext
) -> DepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit | Unset:
    DepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit = MODEL_CLASSES.get(
        "altegio_client.models.deposit_operation_response_data_types_data_deposits_transactions_item_deposit"
    ) or model_class(
        "altegio_client.models.deposit_operation_response_data_types_data_deposits_transactions_item_deposit",
        "DepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit",
    )

    _deposit = json_value
    deposit: DepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit | Unset
    if isinstance(_deposit, Unset):
        deposit = UNSET
    else:
        deposit = DepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit._lazy(_deposit, parse_ctx)

    return deposit


def _read_deposit_type(
    json_value: Any, parse_ctx: ParseContext
) -> DepositOperationResponseDataTypesDataDepositsTransactionsItemDepositType | Unset:
    DepositOperationResponseDataTypesDataDepositsTransactionsItemDepositType = MODEL_CLASSES.get(
        "altegio_client.models.deposit_operation_response_data_types_data_deposits_transactions_item_deposit_type"
    ) or model_class(
        "altegio_client.models.deposit_operation_response_data_types_data_deposits_transactions_item_deposit_type",
        "DepositOperationResponseDataTypesDataDepositsTransactionsItemDepositType",
    )

    _deposit_type = json_value
    deposit_type: DepositOperationResponseDataTypesDataDepositsTransactionsItemDepositType | Unset
    if isinstance(_deposit_type, Unset):
        deposit_type = UNSET
    else:
        deposit_type = DepositOperationResponseDataTypesDataDepositsTransactionsItemDepositType._lazy(
            _deposit_type, parse_ctx
        )

    return deposit_type


_DECLARED_KEYS = frozenset(
    {
        "id",
        "salon_id",
        "salon_group_id",
        "document_id",
        "deposit_id",
        "deposit_type_id",
        "master_id",
        "user_id",
        "amount",
        "balance_after",
        "reserved_balance_after",
        "comment",
        "date_create",
        "deleted",
        "date_delete",
        "deposit",
        "deposit_type",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


DepositOperationResponseDataTypesDataDepositsTransactionsItem._lazy_fields = {
    "id": ("id", None, False),
    "salon_id": ("salon_id", None, False),
    "salon_group_id": ("salon_group_id", None, False),
    "document_id": ("document_id", None, False),
    "deposit_id": ("deposit_id", None, False),
    "deposit_type_id": ("deposit_type_id", None, False),
    "master_id": ("master_id", None, False),
    "user_id": ("user_id", None, False),
    "amount": ("amount", None, False),
    "balance_after": ("balance_after", None, False),
    "reserved_balance_after": ("reserved_balance_after", None, False),
    "comment": ("comment", None, False),
    "date_create": ("date_create", None, False),
    "deleted": ("deleted", None, False),
    "date_delete": ("date_delete", None, False),
    "deposit": ("deposit", _read_deposit, False),
    "deposit_type": ("deposit_type", _read_deposit_type, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(
    model: DepositOperationResponseDataTypesDataDepositsTransactionsItem, json_value: dict[str, Any]
) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.salon_id = get("salon_id", UNSET)
    model.salon_group_id = get("salon_group_id", UNSET)
    model.document_id = get("document_id", UNSET)
    model.deposit_id = get("deposit_id", UNSET)
    model.deposit_type_id = get("deposit_type_id", UNSET)
    model.master_id = get("master_id", UNSET)
    model.user_id = get("user_id", UNSET)
    model.amount = get("amount", UNSET)
    model.balance_after = get("balance_after", UNSET)
    model.reserved_balance_after = get("reserved_balance_after", UNSET)
    model.comment = get("comment", UNSET)
    model.date_create = get("date_create", UNSET)
    model.deleted = get("deleted", UNSET)
    model.date_delete = get("date_delete", UNSET)


def _fill_converted(
    model: DepositOperationResponseDataTypesDataDepositsTransactionsItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "deposit" not in done:
        value = get("deposit", UNSET)
        if value is UNSET:
            model.deposit = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.deposit_operation_response_data_types_data_deposits_transactions_item_deposit"
            ) or model_builder(
                "altegio_client.models.deposit_operation_response_data_types_data_deposits_transactions_item_deposit",
                "DepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit",
            )
            try:
                model.deposit = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "deposit_type" not in done:
        value = get("deposit_type", UNSET)
        if value is UNSET:
            model.deposit_type = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.deposit_operation_response_data_types_data_deposits_transactions_item_deposit_type"
            ) or model_builder(
                "altegio_client.models.deposit_operation_response_data_types_data_deposits_transactions_item_deposit_type",
                "DepositOperationResponseDataTypesDataDepositsTransactionsItemDepositType",
            )
            try:
                model.deposit_type = build(value, parse_ctx)
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
    model: DepositOperationResponseDataTypesDataDepositsTransactionsItem | None = None,
) -> DepositOperationResponseDataTypesDataDepositsTransactionsItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return DepositOperationResponseDataTypesDataDepositsTransactionsItem._lazy(json_value, parse_ctx)
        model = new_model(
            DepositOperationResponseDataTypesDataDepositsTransactionsItem
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
        layout = layout_of(DepositOperationResponseDataTypesDataDepositsTransactionsItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_deposit, value_deposit_type = fill(json_value, model)
    if value_deposit is UNSET:
        model.deposit = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.deposit_operation_response_data_types_data_deposits_transactions_item_deposit"
        ) or model_builder(
            "altegio_client.models.deposit_operation_response_data_types_data_deposits_transactions_item_deposit",
            "DepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit",
        )
        try:
            model.deposit = build(value_deposit, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_deposit_type is UNSET:
        model.deposit_type = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.deposit_operation_response_data_types_data_deposits_transactions_item_deposit_type"
        ) or model_builder(
            "altegio_client.models.deposit_operation_response_data_types_data_deposits_transactions_item_deposit_type",
            "DepositOperationResponseDataTypesDataDepositsTransactionsItemDepositType",
        )
        try:
            model.deposit_type = build(value_deposit_type, parse_ctx)
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
        model.__class__ = lazily_read_class(DepositOperationResponseDataTypesDataDepositsTransactionsItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = DepositOperationResponseDataTypesDataDepositsTransactionsItem
        del model._raw, model._context
    return model


DepositOperationResponseDataTypesDataDepositsTransactionsItem._lazy_fill = (_fill_plain, _fill_converted, _build)
