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
from ..models.fiscalization_request_data_types_type import (
    FiscalizationRequestDataTypesType,
    check_fiscalization_request_data_types_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fiscalization_request_data_types_cashier import (
        FiscalizationRequestDataTypesCashier,
    )
    from ..models.fiscalization_request_data_types_customer import (
        FiscalizationRequestDataTypesCustomer,
    )
    from ..models.fiscalization_request_data_types_payments_item import (
        FiscalizationRequestDataTypesPaymentsItem,
    )
    from ..models.fiscalization_request_data_types_pos import (
        FiscalizationRequestDataTypesPos,
    )
    from ..models.fiscalization_request_data_types_positions_item import (
        FiscalizationRequestDataTypesPositionsItem,
    )


T = TypeVar("T", bound="FiscalizationRequestDataTypes")


@_attrs_define
class FiscalizationRequestDataTypes(LazyModel):
    """Example of a request for fiscalization of a document

    Example:
        {'id': 'd72fece5-6825-4895-9395-0133195612a4', 'date': '2026-09-21T23:00:00.000-05:00', 'document_id':
            239083104, 'type': 'sale', 'print_receipt': True, 'customer': {'email': 'customer@example.com', 'phone':
            '+13155550175'}, 'positions': [{'type': 'service', 'title': 'Consultation', 'price': 13.19, 'quantity': 1,
            'discount_amount': 2.54, 'vat': 'ru_vat_10', 'payment_method': 'payment', 'barcode': '12345'}], 'payments':
            [{'type': 'card', 'sum': 5.55}, {'type': 'cash', 'sum': 4.55}, {'type': 'prepaid', 'sum': 0.55}], 'tax':
            'ru_osn', 'cashier': {'uid': '4895-9395-0133195612a4', 'name': 'John Smith', 'position': 'Cashier'}, 'pos':
            {'enabled': True, 'slip_count': 2}, 'callback_url': 'https://app.alteg.io/api/v1/integration/kkm/callback/',
            'custom_text': 'some custom text'}

    """

    id: str | Unset = UNSET
    """ Unique ID of the sales document """
    date: _datetime.datetime | Unset = UNSET
    """ Date and time the document was sent for printing (in ISO-8601 format) """
    document_id: int | Unset = UNSET
    """ Internal document identifier in the Altegio system """
    type: FiscalizationRequestDataTypesType | Unset = UNSET
    """ Document type (list of possible values) """
    print_receipt: bool | Unset = UNSET
    """ Whether to print a paper check at the checkout during fiscalization """
    customer: FiscalizationRequestDataTypesCustomer | Unset = UNSET
    """ Client entity """
    positions: list[FiscalizationRequestDataTypesPositionsItem] | Unset = UNSET
    """ List of positions in the check """
    payments: list[FiscalizationRequestDataTypesPaymentsItem] | Unset = UNSET
    """ List of fees applied per check """
    tax: str | Unset = UNSET
    """ Type of taxation system (slug from the list of taxation systems) """
    cashier: FiscalizationRequestDataTypesCashier | Unset = UNSET
    """ The Essence of a Cashier """
    pos: FiscalizationRequestDataTypesPos | Unset = UNSET
    """ Options for the connected POS terminal """
    callback_url: str | Unset = UNSET
    """ Link to update fiscal status """
    custom_text: str | Unset = UNSET
    """ Arbitrary text for printing on a receipt """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        document_id = self.document_id

        type: str | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type

        print_receipt = self.print_receipt

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        positions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.positions, Unset):
            positions = []
            for positions_item_data in self.positions:
                positions_item = positions_item_data.to_dict()
                positions.append(positions_item)

        payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payments, Unset):
            payments = []
            for payments_item_data in self.payments:
                payments_item = payments_item_data.to_dict()
                payments.append(payments_item)

        tax = self.tax

        cashier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cashier, Unset):
            cashier = self.cashier.to_dict()

        pos: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pos, Unset):
            pos = self.pos.to_dict()

        callback_url = self.callback_url

        custom_text = self.custom_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if date is not UNSET:
            field_dict["date"] = date
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if type is not UNSET:
            field_dict["type"] = type
        if print_receipt is not UNSET:
            field_dict["print_receipt"] = print_receipt
        if customer is not UNSET:
            field_dict["customer"] = customer
        if positions is not UNSET:
            field_dict["positions"] = positions
        if payments is not UNSET:
            field_dict["payments"] = payments
        if tax is not UNSET:
            field_dict["tax"] = tax
        if cashier is not UNSET:
            field_dict["cashier"] = cashier
        if pos is not UNSET:
            field_dict["pos"] = pos
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if custom_text is not UNSET:
            field_dict["custom_text"] = custom_text

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fiscalization_request_data_types_cashier import (
            FiscalizationRequestDataTypesCashier,  # noqa: PLC0415
        )
        from ..models.fiscalization_request_data_types_customer import (
            FiscalizationRequestDataTypesCustomer,  # noqa: PLC0415
        )
        from ..models.fiscalization_request_data_types_payments_item import (
            FiscalizationRequestDataTypesPaymentsItem,  # noqa: PLC0415
        )
        from ..models.fiscalization_request_data_types_pos import (
            FiscalizationRequestDataTypesPos,  # noqa: PLC0415
        )
        from ..models.fiscalization_request_data_types_positions_item import (
            FiscalizationRequestDataTypesPositionsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = types.parse_iso_datetime(_date)

        document_id = d.pop("document_id", UNSET)

        _type = d.pop("type", UNSET)
        type: FiscalizationRequestDataTypesType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = check_fiscalization_request_data_types_type(_type)

        print_receipt = d.pop("print_receipt", UNSET)

        _customer = d.pop("customer", UNSET)
        customer: FiscalizationRequestDataTypesCustomer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = FiscalizationRequestDataTypesCustomer.from_dict(_customer)

        _positions = d.pop("positions", UNSET)
        positions: list[FiscalizationRequestDataTypesPositionsItem] | Unset = UNSET
        if _positions is not UNSET:
            positions = []
            for positions_item_data in _positions:
                positions_item = FiscalizationRequestDataTypesPositionsItem.from_dict(positions_item_data)

                positions.append(positions_item)

        _payments = d.pop("payments", UNSET)
        payments: list[FiscalizationRequestDataTypesPaymentsItem] | Unset = UNSET
        if _payments is not UNSET:
            payments = []
            for payments_item_data in _payments:
                payments_item = FiscalizationRequestDataTypesPaymentsItem.from_dict(payments_item_data)

                payments.append(payments_item)

        tax = d.pop("tax", UNSET)

        _cashier = d.pop("cashier", UNSET)
        cashier: FiscalizationRequestDataTypesCashier | Unset
        if isinstance(_cashier, Unset):
            cashier = UNSET
        else:
            cashier = FiscalizationRequestDataTypesCashier.from_dict(_cashier)

        _pos = d.pop("pos", UNSET)
        pos: FiscalizationRequestDataTypesPos | Unset
        if isinstance(_pos, Unset):
            pos = UNSET
        else:
            pos = FiscalizationRequestDataTypesPos.from_dict(_pos)

        callback_url = d.pop("callback_url", UNSET)

        custom_text = d.pop("custom_text", UNSET)

        fiscalization_request_data_types = cls(
            id=id,
            date=date,
            document_id=document_id,
            type=type,
            print_receipt=print_receipt,
            customer=customer,
            positions=positions,
            payments=payments,
            tax=tax,
            cashier=cashier,
            pos=pos,
            callback_url=callback_url,
            custom_text=custom_text,
        )

        fiscalization_request_data_types.additional_properties = d
        return fiscalization_request_data_types

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


def _read_date(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    date: datetime.datetime | Unset
    if isinstance(json_value, Unset):
        date = UNSET
    else:
        try:
            date = datetime_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            date = types.parse_iso_datetime(json_value)

    return date


ISO_PARSERS[_read_date] = datetime_from_iso


def _read_type(json_value: Any, parse_ctx: ParseContext) -> FiscalizationRequestDataTypesType | Unset:

    _type = json_value
    type: FiscalizationRequestDataTypesType | Unset
    if isinstance(_type, Unset):
        type = UNSET
    else:
        type = check_fiscalization_request_data_types_type(_type)

    return type


def _read_customer(json_value: Any, parse_ctx: ParseContext) -> FiscalizationRequestDataTypesCustomer | Unset:
    FiscalizationRequestDataTypesCustomer = MODEL_CLASSES.get(
        "altegio_client.models.fiscalization_request_data_types_customer"
    ) or model_class(
        "altegio_client.models.fiscalization_request_data_types_customer", "FiscalizationRequestDataTypesCustomer"
    )

    _customer = json_value
    customer: FiscalizationRequestDataTypesCustomer | Unset
    if isinstance(_customer, Unset):
        customer = UNSET
    else:
        customer = FiscalizationRequestDataTypesCustomer._lazy(_customer, parse_ctx)

    return customer


def _read_positions(
    json_value: Any, parse_ctx: ParseContext
) -> list[FiscalizationRequestDataTypesPositionsItem] | Unset:
    FiscalizationRequestDataTypesPositionsItem = MODEL_CLASSES.get(
        "altegio_client.models.fiscalization_request_data_types_positions_item"
    ) or model_class(
        "altegio_client.models.fiscalization_request_data_types_positions_item",
        "FiscalizationRequestDataTypesPositionsItem",
    )

    _positions = json_value
    positions: list[FiscalizationRequestDataTypesPositionsItem] | Unset = UNSET
    if _positions is not UNSET:
        positions = FiscalizationRequestDataTypesPositionsItem._lazy_list(_positions, parse_ctx)

    return positions


def _read_payments(json_value: Any, parse_ctx: ParseContext) -> list[FiscalizationRequestDataTypesPaymentsItem] | Unset:
    FiscalizationRequestDataTypesPaymentsItem = MODEL_CLASSES.get(
        "altegio_client.models.fiscalization_request_data_types_payments_item"
    ) or model_class(
        "altegio_client.models.fiscalization_request_data_types_payments_item",
        "FiscalizationRequestDataTypesPaymentsItem",
    )

    _payments = json_value
    payments: list[FiscalizationRequestDataTypesPaymentsItem] | Unset = UNSET
    if _payments is not UNSET:
        payments = FiscalizationRequestDataTypesPaymentsItem._lazy_list(_payments, parse_ctx)

    return payments


def _read_cashier(json_value: Any, parse_ctx: ParseContext) -> FiscalizationRequestDataTypesCashier | Unset:
    FiscalizationRequestDataTypesCashier = MODEL_CLASSES.get(
        "altegio_client.models.fiscalization_request_data_types_cashier"
    ) or model_class(
        "altegio_client.models.fiscalization_request_data_types_cashier", "FiscalizationRequestDataTypesCashier"
    )

    _cashier = json_value
    cashier: FiscalizationRequestDataTypesCashier | Unset
    if isinstance(_cashier, Unset):
        cashier = UNSET
    else:
        cashier = FiscalizationRequestDataTypesCashier._lazy(_cashier, parse_ctx)

    return cashier


def _read_pos(json_value: Any, parse_ctx: ParseContext) -> FiscalizationRequestDataTypesPos | Unset:
    FiscalizationRequestDataTypesPos = MODEL_CLASSES.get(
        "altegio_client.models.fiscalization_request_data_types_pos"
    ) or model_class("altegio_client.models.fiscalization_request_data_types_pos", "FiscalizationRequestDataTypesPos")

    _pos = json_value
    pos: FiscalizationRequestDataTypesPos | Unset
    if isinstance(_pos, Unset):
        pos = UNSET
    else:
        pos = FiscalizationRequestDataTypesPos._lazy(_pos, parse_ctx)

    return pos


_DECLARED_KEYS = frozenset(
    {
        "id",
        "date",
        "document_id",
        "type",
        "print_receipt",
        "customer",
        "positions",
        "payments",
        "tax",
        "cashier",
        "pos",
        "callback_url",
        "custom_text",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


FiscalizationRequestDataTypes._lazy_fields = {
    "id": ("id", None, False),
    "date": ("date", _read_date, False),
    "document_id": ("document_id", None, False),
    "type": ("type", _read_type, False),
    "print_receipt": ("print_receipt", None, False),
    "customer": ("customer", _read_customer, False),
    "positions": ("positions", _read_positions, False),
    "payments": ("payments", _read_payments, False),
    "tax": ("tax", None, False),
    "cashier": ("cashier", _read_cashier, False),
    "pos": ("pos", _read_pos, False),
    "callback_url": ("callback_url", None, False),
    "custom_text": ("custom_text", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: FiscalizationRequestDataTypes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.document_id = get("document_id", UNSET)
    model.print_receipt = get("print_receipt", UNSET)
    model.tax = get("tax", UNSET)
    model.callback_url = get("callback_url", UNSET)
    model.custom_text = get("custom_text", UNSET)


def _fill_converted(
    model: FiscalizationRequestDataTypes, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "date" not in done:
        value = get("date", UNSET)
        if value is UNSET:
            model.date = UNSET
        else:
            try:
                try:
                    model.date = datetime_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.date = types.parse_iso_datetime(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "type" not in done:
        value = get("type", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.type = UNSET
        else:
            try:
                model.type = _read_type(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "customer" not in done:
        value = get("customer", UNSET)
        if value is UNSET:
            model.customer = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.fiscalization_request_data_types_customer"
            ) or model_builder(
                "altegio_client.models.fiscalization_request_data_types_customer",
                "FiscalizationRequestDataTypesCustomer",
            )
            try:
                model.customer = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "positions" not in done:
        value = get("positions", UNSET)
        if value is UNSET:
            model.positions = UNSET
        elif value == []:
            model.positions = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.fiscalization_request_data_types_positions_item"
            ) or model_builder(
                "altegio_client.models.fiscalization_request_data_types_positions_item",
                "FiscalizationRequestDataTypesPositionsItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.positions = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "payments" not in done:
        value = get("payments", UNSET)
        if value is UNSET:
            model.payments = UNSET
        elif value == []:
            model.payments = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.fiscalization_request_data_types_payments_item"
            ) or model_builder(
                "altegio_client.models.fiscalization_request_data_types_payments_item",
                "FiscalizationRequestDataTypesPaymentsItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.payments = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "cashier" not in done:
        value = get("cashier", UNSET)
        if value is UNSET:
            model.cashier = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.fiscalization_request_data_types_cashier"
            ) or model_builder(
                "altegio_client.models.fiscalization_request_data_types_cashier", "FiscalizationRequestDataTypesCashier"
            )
            try:
                model.cashier = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "pos" not in done:
        value = get("pos", UNSET)
        if value is UNSET:
            model.pos = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.fiscalization_request_data_types_pos") or model_builder(
                "altegio_client.models.fiscalization_request_data_types_pos", "FiscalizationRequestDataTypesPos"
            )
            try:
                model.pos = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: FiscalizationRequestDataTypes | None = None
) -> FiscalizationRequestDataTypes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return FiscalizationRequestDataTypes._lazy(json_value, parse_ctx)
        model = new_model(FiscalizationRequestDataTypes)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(FiscalizationRequestDataTypes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_date, value_type, value_customer, value_positions, value_payments, value_cashier, value_pos = fill(
        json_value, model
    )
    if value_date is UNSET:
        model.date = UNSET
    else:
        try:
            try:
                model.date = datetime_from_iso(value_date)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.date = types.parse_iso_datetime(value_date)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_type is UNSET:  # what every optional field's converter returns for it
        model.type = UNSET
    else:
        try:
            model.type = _read_type(value_type, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_customer is UNSET:
        model.customer = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.fiscalization_request_data_types_customer") or model_builder(
            "altegio_client.models.fiscalization_request_data_types_customer", "FiscalizationRequestDataTypesCustomer"
        )
        try:
            model.customer = build(value_customer, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_positions is UNSET:
        model.positions = UNSET
    elif value_positions == []:
        model.positions = value_positions  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.fiscalization_request_data_types_positions_item"
        ) or model_builder(
            "altegio_client.models.fiscalization_request_data_types_positions_item",
            "FiscalizationRequestDataTypesPositionsItem",
        )
        try:
            if _builtins.type(value_positions) is not list:
                raise TypeError
            model.positions = [build(item, parse_ctx) for item in value_positions]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_payments is UNSET:
        model.payments = UNSET
    elif value_payments == []:
        model.payments = value_payments  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.fiscalization_request_data_types_payments_item"
        ) or model_builder(
            "altegio_client.models.fiscalization_request_data_types_payments_item",
            "FiscalizationRequestDataTypesPaymentsItem",
        )
        try:
            if _builtins.type(value_payments) is not list:
                raise TypeError
            model.payments = [build(item, parse_ctx) for item in value_payments]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_cashier is UNSET:
        model.cashier = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.fiscalization_request_data_types_cashier") or model_builder(
            "altegio_client.models.fiscalization_request_data_types_cashier", "FiscalizationRequestDataTypesCashier"
        )
        try:
            model.cashier = build(value_cashier, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_pos is UNSET:
        model.pos = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.fiscalization_request_data_types_pos") or model_builder(
            "altegio_client.models.fiscalization_request_data_types_pos", "FiscalizationRequestDataTypesPos"
        )
        try:
            model.pos = build(value_pos, parse_ctx)
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
        model.__class__ = lazily_read_class(FiscalizationRequestDataTypes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = FiscalizationRequestDataTypes
        del model._raw, model._context
    return model


FiscalizationRequestDataTypes._lazy_fill = (_fill_plain, _fill_converted, _build)
