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
    from ..models.json_object import JsonObject
    from ..models.kkm_transactions_response_data_type_data_item import (
        KkmTransactionsResponseDataTypeDataItem,
    )


T = TypeVar("T", bound="KkmTransactionsPrintResponseDataTypeData")


@_attrs_define
class KkmTransactionsPrintResponseDataTypeData(LazyModel):
    """Array of objects with data"""

    kkm_type: int | Unset = UNSET
    """ Type of KKM operation """
    kkm_transactions: list[KkmTransactionsResponseDataTypeDataItem] | Unset = UNSET
    status: int | Unset = UNSET
    bill_json: list[JsonObject | list[JsonObject]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_object import JsonObject  # noqa: PLC0415

        kkm_type = self.kkm_type

        kkm_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.kkm_transactions, Unset):
            kkm_transactions = []
            for kkm_transactions_item_data in self.kkm_transactions:
                kkm_transactions_item = kkm_transactions_item_data.to_dict()
                kkm_transactions.append(kkm_transactions_item)

        status = self.status

        bill_json: list[dict[str, Any] | list[dict[str, Any]]] | Unset = UNSET
        if not isinstance(self.bill_json, Unset):
            bill_json = []
            for bill_json_item_data in self.bill_json:
                bill_json_item: dict[str, Any] | list[dict[str, Any]]
                if isinstance(bill_json_item_data, JsonObject):
                    bill_json_item = bill_json_item_data.to_dict()
                else:
                    bill_json_item = []
                    for bill_json_item_type_1_item_data in bill_json_item_data:
                        bill_json_item_type_1_item = bill_json_item_type_1_item_data.to_dict()
                        bill_json_item.append(bill_json_item_type_1_item)

                bill_json.append(bill_json_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kkm_type is not UNSET:
            field_dict["kkm_type"] = kkm_type
        if kkm_transactions is not UNSET:
            field_dict["kkm_transactions"] = kkm_transactions
        if status is not UNSET:
            field_dict["status"] = status
        if bill_json is not UNSET:
            field_dict["bill_json"] = bill_json

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415
        from ..models.kkm_transactions_response_data_type_data_item import (
            KkmTransactionsResponseDataTypeDataItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        kkm_type = d.pop("kkm_type", UNSET)

        _kkm_transactions = d.pop("kkm_transactions", UNSET)
        kkm_transactions: list[KkmTransactionsResponseDataTypeDataItem] | Unset = UNSET
        if _kkm_transactions is not UNSET:
            kkm_transactions = []
            for kkm_transactions_item_data in _kkm_transactions:
                kkm_transactions_item = KkmTransactionsResponseDataTypeDataItem.from_dict(kkm_transactions_item_data)

                kkm_transactions.append(kkm_transactions_item)

        status = d.pop("status", UNSET)

        _bill_json = d.pop("bill_json", UNSET)
        bill_json: list[JsonObject | list[JsonObject]] | Unset = UNSET
        if _bill_json is not UNSET:
            bill_json = []
            for bill_json_item_data in _bill_json:

                def _parse_bill_json_item(data: object) -> JsonObject | list[JsonObject]:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        bill_json_item_type_0 = JsonObject.from_dict(data)

                        return bill_json_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, list):
                        raise TypeError()
                    bill_json_item_type_1 = []
                    _bill_json_item_type_1 = data
                    for bill_json_item_type_1_item_data in _bill_json_item_type_1:
                        bill_json_item_type_1_item = JsonObject.from_dict(bill_json_item_type_1_item_data)

                        bill_json_item_type_1.append(bill_json_item_type_1_item)

                    return bill_json_item_type_1

                bill_json_item = _parse_bill_json_item(bill_json_item_data)

                bill_json.append(bill_json_item)

        kkm_transactions_print_response_data_type_data = cls(
            kkm_type=kkm_type,
            kkm_transactions=kkm_transactions,
            status=status,
            bill_json=bill_json,
        )

        kkm_transactions_print_response_data_type_data.additional_properties = d
        return kkm_transactions_print_response_data_type_data

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


def _read_kkm_transactions(
    json_value: Any, parse_ctx: ParseContext
) -> list[KkmTransactionsResponseDataTypeDataItem] | Unset:
    KkmTransactionsResponseDataTypeDataItem = MODEL_CLASSES.get(
        "altegio_client.models.kkm_transactions_response_data_type_data_item"
    ) or model_class(
        "altegio_client.models.kkm_transactions_response_data_type_data_item", "KkmTransactionsResponseDataTypeDataItem"
    )

    _kkm_transactions = json_value
    kkm_transactions: list[KkmTransactionsResponseDataTypeDataItem] | Unset = UNSET
    if _kkm_transactions is not UNSET:
        kkm_transactions = KkmTransactionsResponseDataTypeDataItem._lazy_list(_kkm_transactions, parse_ctx)

    return kkm_transactions


def _read_bill_json(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject | list[JsonObject]] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _bill_json = json_value
    bill_json: list[JsonObject | list[JsonObject]] | Unset = UNSET
    if _bill_json is not UNSET:
        bill_json = []
        for bill_json_item_data in _bill_json:

            def _parse_bill_json_item(data: object) -> JsonObject | list[JsonObject]:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    bill_json_item_type_0 = new_model(JsonObject)
                    bill_json_item_type_0.additional_properties = dict(data)

                    return bill_json_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                bill_json_item_type_1 = []
                _bill_json_item_type_1 = data
                for bill_json_item_type_1_item_data in _bill_json_item_type_1:
                    bill_json_item_type_1_item = JsonObject.from_dict(bill_json_item_type_1_item_data)

                    bill_json_item_type_1.append(bill_json_item_type_1_item)

                return bill_json_item_type_1

            bill_json_item = _parse_bill_json_item(bill_json_item_data)

            bill_json.append(bill_json_item)

    return bill_json


_DECLARED_KEYS = frozenset(
    {
        "kkm_type",
        "kkm_transactions",
        "status",
        "bill_json",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


KkmTransactionsPrintResponseDataTypeData._lazy_fields = {
    "kkm_type": ("kkm_type", None, False),
    "kkm_transactions": ("kkm_transactions", _read_kkm_transactions, False),
    "status": ("status", None, False),
    "bill_json": ("bill_json", _read_bill_json, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: KkmTransactionsPrintResponseDataTypeData, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.kkm_type = get("kkm_type", UNSET)
    model.status = get("status", UNSET)


def _fill_converted(
    model: KkmTransactionsPrintResponseDataTypeData,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "kkm_transactions" not in done:
        value = get("kkm_transactions", UNSET)
        if value is UNSET:
            model.kkm_transactions = UNSET
        elif value == []:
            model.kkm_transactions = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.kkm_transactions_response_data_type_data_item"
            ) or model_builder(
                "altegio_client.models.kkm_transactions_response_data_type_data_item",
                "KkmTransactionsResponseDataTypeDataItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.kkm_transactions = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "bill_json" not in done:
        value = get("bill_json", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.bill_json = UNSET
        else:
            try:
                model.bill_json = _read_bill_json(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: KkmTransactionsPrintResponseDataTypeData | None = None
) -> KkmTransactionsPrintResponseDataTypeData:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return KkmTransactionsPrintResponseDataTypeData._lazy(json_value, parse_ctx)
        model = new_model(
            KkmTransactionsPrintResponseDataTypeData
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
        layout = layout_of(KkmTransactionsPrintResponseDataTypeData, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_kkm_transactions, value_bill_json = fill(json_value, model)
    if value_kkm_transactions is UNSET:
        model.kkm_transactions = UNSET
    elif value_kkm_transactions == []:
        model.kkm_transactions = value_kkm_transactions  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.kkm_transactions_response_data_type_data_item"
        ) or model_builder(
            "altegio_client.models.kkm_transactions_response_data_type_data_item",
            "KkmTransactionsResponseDataTypeDataItem",
        )
        try:
            if _builtins.type(value_kkm_transactions) is not list:
                raise TypeError
            model.kkm_transactions = [build(item, parse_ctx) for item in value_kkm_transactions]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_bill_json is UNSET:  # what every optional field's converter returns for it
        model.bill_json = UNSET
    else:
        try:
            model.bill_json = _read_bill_json(value_bill_json, parse_ctx)
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
        model.__class__ = lazily_read_class(KkmTransactionsPrintResponseDataTypeData)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = KkmTransactionsPrintResponseDataTypeData
        del model._raw, model._context
    return model


KkmTransactionsPrintResponseDataTypeData._lazy_fill = (_fill_plain, _fill_converted, _build)
