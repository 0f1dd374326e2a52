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
    from ..models.company_salon_id_sale_documentid_response_data_types_data_state_payment_transactions_item_account import (
        CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItemAccount,
    )
    from ..models.company_salon_id_sale_documentid_response_data_types_data_state_payment_transactions_item_expense import (
        CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItemExpense,
    )


T = TypeVar("T", bound="CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItem")


@_attrs_define
class CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItem(LazyModel):
    id: int | Unset = UNSET
    """ Payment transaction ID """
    document_id: int | Unset = UNSET
    """ Document ID """
    sale_item_id: int | Unset = UNSET
    """ Sold unit ID """
    sale_item_type: str | Unset = UNSET
    """ Unit sold type """
    expense_id: int | Unset = UNSET
    """ Payment Item ID """
    account_id: int | Unset = UNSET
    """ Checkout ID """
    created_at: str | Unset = UNSET
    """ date of creation """
    account: CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItemAccount | Unset = UNSET
    """ Location account """
    expense: CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItemExpense | Unset = UNSET
    """ Payment Article """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_id = self.document_id

        sale_item_id = self.sale_item_id

        sale_item_type = self.sale_item_type

        expense_id = self.expense_id

        account_id = self.account_id

        created_at = self.created_at

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        expense: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense, Unset):
            expense = self.expense.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if sale_item_id is not UNSET:
            field_dict["sale_item_id"] = sale_item_id
        if sale_item_type is not UNSET:
            field_dict["sale_item_type"] = sale_item_type
        if expense_id is not UNSET:
            field_dict["expense_id"] = expense_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if account is not UNSET:
            field_dict["account"] = account
        if expense is not UNSET:
            field_dict["expense"] = expense

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_salon_id_sale_documentid_response_data_types_data_state_payment_transactions_item_account import (
            CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItemAccount,  # noqa: PLC0415
        )
        from ..models.company_salon_id_sale_documentid_response_data_types_data_state_payment_transactions_item_expense import (
            CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItemExpense,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        document_id = d.pop("document_id", UNSET)

        sale_item_id = d.pop("sale_item_id", UNSET)

        sale_item_type = d.pop("sale_item_type", UNSET)

        expense_id = d.pop("expense_id", UNSET)

        account_id = d.pop("account_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        _account = d.pop("account", UNSET)
        account: CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItemAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItemAccount.from_dict(
                _account
            )

        _expense = d.pop("expense", UNSET)
        expense: CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItemExpense | Unset
        if isinstance(_expense, Unset):
            expense = UNSET
        else:
            expense = CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItemExpense.from_dict(
                _expense
            )

        company_salon_id_sale_documentid_response_data_types_data_state_payment_transactions_item = cls(
            id=id,
            document_id=document_id,
            sale_item_id=sale_item_id,
            sale_item_type=sale_item_type,
            expense_id=expense_id,
            account_id=account_id,
            created_at=created_at,
            account=account,
            expense=expense,
        )

        company_salon_id_sale_documentid_response_data_types_data_state_payment_transactions_item.additional_properties = d
        return company_salon_id_sale_documentid_response_data_types_data_state_payment_transactions_item

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
) -> CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItemAccount | Unset:
    CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItemAccount = MODEL_CLASSES.get(
        "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state_payment_transactions_item_account"
    ) or model_class(
        "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state_payment_transactions_item_account",
        "CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItemAccount",
    )

    _account = json_value
    account: CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItemAccount | Unset
    if isinstance(_account, Unset):
        account = UNSET
    else:
        account = CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItemAccount._lazy(
            _account, parse_ctx
        )

    return account


def _read_expense(
    json_value: Any, parse_ctx: ParseContext
) -> CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItemExpense | Unset:
    CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItemExpense = MODEL_CLASSES.get(
        "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state_payment_transactions_item_expense"
    ) or model_class(
        "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state_payment_transactions_item_expense",
        "CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItemExpense",
    )

    _expense = json_value
    expense: CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItemExpense | Unset
    if isinstance(_expense, Unset):
        expense = UNSET
    else:
        expense = CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItemExpense._lazy(
            _expense, parse_ctx
        )

    return expense


_DECLARED_KEYS = frozenset(
    {
        "id",
        "document_id",
        "sale_item_id",
        "sale_item_type",
        "expense_id",
        "account_id",
        "created_at",
        "account",
        "expense",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItem._lazy_fields = {
    "id": ("id", None, False),
    "document_id": ("document_id", None, False),
    "sale_item_id": ("sale_item_id", None, False),
    "sale_item_type": ("sale_item_type", None, False),
    "expense_id": ("expense_id", None, False),
    "account_id": ("account_id", None, False),
    "created_at": ("created_at", None, False),
    "account": ("account", _read_account, False),
    "expense": ("expense", _read_expense, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(
    model: CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItem, json_value: dict[str, Any]
) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.document_id = get("document_id", UNSET)
    model.sale_item_id = get("sale_item_id", UNSET)
    model.sale_item_type = get("sale_item_type", UNSET)
    model.expense_id = get("expense_id", UNSET)
    model.account_id = get("account_id", UNSET)
    model.created_at = get("created_at", UNSET)


def _fill_converted(
    model: CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItem,
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
                "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state_payment_transactions_item_account"
            ) or model_builder(
                "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state_payment_transactions_item_account",
                "CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItemAccount",
            )
            try:
                model.account = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "expense" not in done:
        value = get("expense", UNSET)
        if value is UNSET:
            model.expense = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state_payment_transactions_item_expense"
            ) or model_builder(
                "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state_payment_transactions_item_expense",
                "CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItemExpense",
            )
            try:
                model.expense = build(value, parse_ctx)
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
    model: CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItem | None = None,
) -> CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItem._lazy(
                json_value, parse_ctx
            )
        model = new_model(
            CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItem
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
        layout = layout_of(CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_account, value_expense = fill(json_value, model)
    if value_account is UNSET:
        model.account = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state_payment_transactions_item_account"
        ) or model_builder(
            "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state_payment_transactions_item_account",
            "CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItemAccount",
        )
        try:
            model.account = build(value_account, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_expense is UNSET:
        model.expense = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state_payment_transactions_item_expense"
        ) or model_builder(
            "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state_payment_transactions_item_expense",
            "CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItemExpense",
        )
        try:
            model.expense = build(value_expense, parse_ctx)
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
            CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItem
        )
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItem
        del model._raw, model._context
    return model


CompanySalonIdSaleDocumentidResponseDataTypesDataStatePaymentTransactionsItem._lazy_fill = (
    _fill_plain,
    _fill_converted,
    _build,
)
