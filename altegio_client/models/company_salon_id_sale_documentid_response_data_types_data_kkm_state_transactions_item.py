from __future__ import annotations

import builtins as _builtins
import datetime
import datetime as _datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._codegen import (
    ISO_PARSERS,
    MODEL_BUILDERS,
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    datetime_from_iso,
    layout_of,
    lazily_read_class,
    model_builder,
    model_class,
    new_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_salon_id_sale_documentid_response_data_types_data_kkm_state_transactions_item_document import (
        CompanySalonIdSaleDocumentidResponseDataTypesDataKkmStateTransactionsItemDocument,
    )
    from ..models.id_and_title import IdAndTitle
    from ..models.kkm_transactions_response_data_type_data_item_cashier import (
        KkmTransactionsResponseDataTypeDataItemCashier,
    )
    from ..models.kkm_transactions_response_data_type_data_item_status import (
        KkmTransactionsResponseDataTypeDataItemStatus,
    )


T = TypeVar("T", bound="CompanySalonIdSaleDocumentidResponseDataTypesDataKkmStateTransactionsItem")


@_attrs_define
class CompanySalonIdSaleDocumentidResponseDataTypesDataKkmStateTransactionsItem(LazyModel):
    id: int | Unset = UNSET
    """ KKM transaction ID """
    document_id: int | Unset = UNSET
    """ Document ID """
    print_date: _datetime.datetime | Unset = UNSET
    """ Check printing date """
    printed_count: int | Unset = UNSET
    sum: int | Unset = UNSET
    type: IdAndTitle | Unset = UNSET
    status: KkmTransactionsResponseDataTypeDataItemStatus | Unset = UNSET
    """ Receipt printing status """
    document: CompanySalonIdSaleDocumentidResponseDataTypesDataKkmStateTransactionsItemDocument | Unset = UNSET
    cashier: KkmTransactionsResponseDataTypeDataItemCashier | Unset = UNSET
    """ Cashier """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_id = self.document_id

        print_date: str | Unset = UNSET
        if not isinstance(self.print_date, Unset):
            print_date = self.print_date.isoformat()

        printed_count = self.printed_count

        sum = self.sum

        type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = self.document.to_dict()

        cashier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cashier, Unset):
            cashier = self.cashier.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if print_date is not UNSET:
            field_dict["print_date"] = print_date
        if printed_count is not UNSET:
            field_dict["printed_count"] = printed_count
        if sum is not UNSET:
            field_dict["sum"] = sum
        if type is not UNSET:
            field_dict["type"] = type
        if status is not UNSET:
            field_dict["status"] = status
        if document is not UNSET:
            field_dict["document"] = document
        if cashier is not UNSET:
            field_dict["cashier"] = cashier

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_salon_id_sale_documentid_response_data_types_data_kkm_state_transactions_item_document import (
            CompanySalonIdSaleDocumentidResponseDataTypesDataKkmStateTransactionsItemDocument,  # noqa: PLC0415
        )
        from ..models.id_and_title import IdAndTitle  # noqa: PLC0415
        from ..models.kkm_transactions_response_data_type_data_item_cashier import (
            KkmTransactionsResponseDataTypeDataItemCashier,  # noqa: PLC0415
        )
        from ..models.kkm_transactions_response_data_type_data_item_status import (
            KkmTransactionsResponseDataTypeDataItemStatus,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        document_id = d.pop("document_id", UNSET)

        _print_date = d.pop("print_date", UNSET)
        print_date: datetime.datetime | Unset
        if isinstance(_print_date, Unset):
            print_date = UNSET
        else:
            print_date = types.parse_iso_datetime(_print_date)

        printed_count = d.pop("printed_count", UNSET)

        sum = d.pop("sum", UNSET)

        _type = d.pop("type", UNSET)
        type: IdAndTitle | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = IdAndTitle.from_dict(_type)

        _status = d.pop("status", UNSET)
        status: KkmTransactionsResponseDataTypeDataItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = KkmTransactionsResponseDataTypeDataItemStatus.from_dict(_status)

        _document = d.pop("document", UNSET)
        document: CompanySalonIdSaleDocumentidResponseDataTypesDataKkmStateTransactionsItemDocument | Unset
        if isinstance(_document, Unset):
            document = UNSET
        else:
            document = CompanySalonIdSaleDocumentidResponseDataTypesDataKkmStateTransactionsItemDocument.from_dict(
                _document
            )

        _cashier = d.pop("cashier", UNSET)
        cashier: KkmTransactionsResponseDataTypeDataItemCashier | Unset
        if isinstance(_cashier, Unset):
            cashier = UNSET
        else:
            cashier = KkmTransactionsResponseDataTypeDataItemCashier.from_dict(_cashier)

        company_salon_id_sale_documentid_response_data_types_data_kkm_state_transactions_item = cls(
            id=id,
            document_id=document_id,
            print_date=print_date,
            printed_count=printed_count,
            sum=sum,
            type=type,
            status=status,
            document=document,
            cashier=cashier,
        )

        company_salon_id_sale_documentid_response_data_types_data_kkm_state_transactions_item.additional_properties = d
        return company_salon_id_sale_documentid_response_data_types_data_kkm_state_transactions_item

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


def _read_print_date(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    print_date: datetime.datetime | Unset
    if isinstance(json_value, Unset):
        print_date = UNSET
    else:
        try:
            print_date = datetime_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            print_date = types.parse_iso_datetime(json_value)

    return print_date


ISO_PARSERS[_read_print_date] = datetime_from_iso


def _read_type(json_value: Any, parse_ctx: ParseContext) -> IdAndTitle | Unset:
    IdAndTitle = MODEL_CLASSES.get("altegio_client.models.id_and_title") or model_class(
        "altegio_client.models.id_and_title", "IdAndTitle"
    )

    _type = json_value
    type: IdAndTitle | Unset
    if isinstance(_type, Unset):
        type = UNSET
    else:
        type = IdAndTitle._lazy(_type, parse_ctx)

    return type


def _read_status(json_value: Any, parse_ctx: ParseContext) -> KkmTransactionsResponseDataTypeDataItemStatus | Unset:
    KkmTransactionsResponseDataTypeDataItemStatus = MODEL_CLASSES.get(
        "altegio_client.models.kkm_transactions_response_data_type_data_item_status"
    ) or model_class(
        "altegio_client.models.kkm_transactions_response_data_type_data_item_status",
        "KkmTransactionsResponseDataTypeDataItemStatus",
    )

    _status = json_value
    status: KkmTransactionsResponseDataTypeDataItemStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = KkmTransactionsResponseDataTypeDataItemStatus._lazy(_status, parse_ctx)

    return status


def _read_document(
    json_value: Any, parse_ctx: ParseContext
) -> CompanySalonIdSaleDocumentidResponseDataTypesDataKkmStateTransactionsItemDocument | Unset:
    CompanySalonIdSaleDocumentidResponseDataTypesDataKkmStateTransactionsItemDocument = MODEL_CLASSES.get(
        "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_kkm_state_transactions_item_document"
    ) or model_class(
        "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_kkm_state_transactions_item_document",
        "CompanySalonIdSaleDocumentidResponseDataTypesDataKkmStateTransactionsItemDocument",
    )

    _document = json_value
    document: CompanySalonIdSaleDocumentidResponseDataTypesDataKkmStateTransactionsItemDocument | Unset
    if isinstance(_document, Unset):
        document = UNSET
    else:
        document = CompanySalonIdSaleDocumentidResponseDataTypesDataKkmStateTransactionsItemDocument._lazy(
            _document, parse_ctx
        )

    return document


def _read_cashier(json_value: Any, parse_ctx: ParseContext) -> KkmTransactionsResponseDataTypeDataItemCashier | Unset:
    KkmTransactionsResponseDataTypeDataItemCashier = MODEL_CLASSES.get(
        "altegio_client.models.kkm_transactions_response_data_type_data_item_cashier"
    ) or model_class(
        "altegio_client.models.kkm_transactions_response_data_type_data_item_cashier",
        "KkmTransactionsResponseDataTypeDataItemCashier",
    )

    _cashier = json_value
    cashier: KkmTransactionsResponseDataTypeDataItemCashier | Unset
    if isinstance(_cashier, Unset):
        cashier = UNSET
    else:
        cashier = KkmTransactionsResponseDataTypeDataItemCashier._lazy(_cashier, parse_ctx)

    return cashier


_DECLARED_KEYS = frozenset(
    {
        "id",
        "document_id",
        "print_date",
        "printed_count",
        "sum",
        "type",
        "status",
        "document",
        "cashier",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CompanySalonIdSaleDocumentidResponseDataTypesDataKkmStateTransactionsItem._lazy_fields = {
    "id": ("id", None, False),
    "document_id": ("document_id", None, False),
    "print_date": ("print_date", _read_print_date, False),
    "printed_count": ("printed_count", None, False),
    "sum": ("sum", None, False),
    "type": ("type", _read_type, False),
    "status": ("status", _read_status, False),
    "document": ("document", _read_document, False),
    "cashier": ("cashier", _read_cashier, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(
    model: CompanySalonIdSaleDocumentidResponseDataTypesDataKkmStateTransactionsItem, json_value: dict[str, Any]
) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.document_id = get("document_id", UNSET)
    model.printed_count = get("printed_count", UNSET)
    model.sum = get("sum", UNSET)


def _fill_converted(
    model: CompanySalonIdSaleDocumentidResponseDataTypesDataKkmStateTransactionsItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "print_date" not in done:
        value = get("print_date", UNSET)
        if value is UNSET:
            model.print_date = UNSET
        else:
            try:
                try:
                    model.print_date = datetime_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.print_date = types.parse_iso_datetime(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "type" not in done:
        value = get("type", UNSET)
        if value is UNSET:
            model.type = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.id_and_title") or model_builder(
                "altegio_client.models.id_and_title", "IdAndTitle"
            )
            try:
                model.type = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "status" not in done:
        value = get("status", UNSET)
        if value is UNSET:
            model.status = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.kkm_transactions_response_data_type_data_item_status"
            ) or model_builder(
                "altegio_client.models.kkm_transactions_response_data_type_data_item_status",
                "KkmTransactionsResponseDataTypeDataItemStatus",
            )
            try:
                model.status = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "document" not in done:
        value = get("document", UNSET)
        if value is UNSET:
            model.document = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_kkm_state_transactions_item_document"
            ) or model_builder(
                "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_kkm_state_transactions_item_document",
                "CompanySalonIdSaleDocumentidResponseDataTypesDataKkmStateTransactionsItemDocument",
            )
            try:
                model.document = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "cashier" not in done:
        value = get("cashier", UNSET)
        if value is UNSET:
            model.cashier = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.kkm_transactions_response_data_type_data_item_cashier"
            ) or model_builder(
                "altegio_client.models.kkm_transactions_response_data_type_data_item_cashier",
                "KkmTransactionsResponseDataTypeDataItemCashier",
            )
            try:
                model.cashier = build(value, parse_ctx)
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
    model: CompanySalonIdSaleDocumentidResponseDataTypesDataKkmStateTransactionsItem | None = None,
) -> CompanySalonIdSaleDocumentidResponseDataTypesDataKkmStateTransactionsItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CompanySalonIdSaleDocumentidResponseDataTypesDataKkmStateTransactionsItem._lazy(
                json_value, parse_ctx
            )
        model = new_model(
            CompanySalonIdSaleDocumentidResponseDataTypesDataKkmStateTransactionsItem
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
        layout = layout_of(CompanySalonIdSaleDocumentidResponseDataTypesDataKkmStateTransactionsItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_print_date, value_type, value_status, value_document, value_cashier = fill(json_value, model)
    if value_print_date is UNSET:
        model.print_date = UNSET
    else:
        try:
            try:
                model.print_date = datetime_from_iso(value_print_date)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.print_date = types.parse_iso_datetime(value_print_date)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_type is UNSET:
        model.type = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.id_and_title") or model_builder(
            "altegio_client.models.id_and_title", "IdAndTitle"
        )
        try:
            model.type = build(value_type, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_status is UNSET:
        model.status = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.kkm_transactions_response_data_type_data_item_status"
        ) or model_builder(
            "altegio_client.models.kkm_transactions_response_data_type_data_item_status",
            "KkmTransactionsResponseDataTypeDataItemStatus",
        )
        try:
            model.status = build(value_status, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_document is UNSET:
        model.document = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_kkm_state_transactions_item_document"
        ) or model_builder(
            "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_kkm_state_transactions_item_document",
            "CompanySalonIdSaleDocumentidResponseDataTypesDataKkmStateTransactionsItemDocument",
        )
        try:
            model.document = build(value_document, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_cashier is UNSET:
        model.cashier = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.kkm_transactions_response_data_type_data_item_cashier"
        ) or model_builder(
            "altegio_client.models.kkm_transactions_response_data_type_data_item_cashier",
            "KkmTransactionsResponseDataTypeDataItemCashier",
        )
        try:
            model.cashier = build(value_cashier, parse_ctx)
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
        model.__class__ = lazily_read_class(CompanySalonIdSaleDocumentidResponseDataTypesDataKkmStateTransactionsItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CompanySalonIdSaleDocumentidResponseDataTypesDataKkmStateTransactionsItem
        del model._raw, model._context
    return model


CompanySalonIdSaleDocumentidResponseDataTypesDataKkmStateTransactionsItem._lazy_fill = (
    _fill_plain,
    _fill_converted,
    _build,
)
