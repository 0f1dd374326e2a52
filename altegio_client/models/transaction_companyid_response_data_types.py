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
    from ..models.transaction import Transaction


T = TypeVar("T", bound="TransactionCompanyidResponseDataTypes")


@_attrs_define
class TransactionCompanyidResponseDataTypes(LazyModel):
    """Get transactions

    Example:
        {'success': True, 'data': [{'id': 4815162342, 'document_id': 22256641, 'expense': {'id': 5, 'title': 'Provision
            of services'}, 'date': '2026-04-13T15:34:31-0500', 'amount': 1000, 'comment': 'Comment', 'master': {'id': 1926,
            'title': 'Sweeney Todd'}, 'supplier': {'id': 1968, 'title': 'George'}, 'account': {'id': 23182, 'title':
            'Cards'}, 'client': {'id': 481516, 'name': 'John Turk', 'phone': 13155550176}, 'last_change_date':
            '2026-02-01T12:00:00-0500', 'record_id': 308786662, 'visit_id': 262551993, 'sold_item_id': 7134634,
            'sold_item_type': 'service'}], 'meta': []}

    """

    success: bool | Unset = UNSET
    """ Execution success status (true) """
    data: list[Transaction] | Unset = UNSET
    """ Array of objects with data """
    meta: list[JsonObject] | Unset = UNSET
    """ Metadata (empty array) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        meta: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = []
            for meta_item_data in self.meta:
                meta_item = meta_item_data.to_dict()
                meta.append(meta_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415
        from ..models.transaction import Transaction  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _data = d.pop("data", UNSET)
        data: list[Transaction] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = Transaction.from_dict(data_item_data)

                data.append(data_item)

        _meta = d.pop("meta", UNSET)
        meta: list[JsonObject] | Unset = UNSET
        if _meta is not UNSET:
            meta = []
            for meta_item_data in _meta:
                meta_item = JsonObject.from_dict(meta_item_data)

                meta.append(meta_item)

        transaction_companyid_response_data_types = cls(
            success=success,
            data=data,
            meta=meta,
        )

        transaction_companyid_response_data_types.additional_properties = d
        return transaction_companyid_response_data_types

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


def _read_data(json_value: Any, parse_ctx: ParseContext) -> list[Transaction] | Unset:
    Transaction = MODEL_CLASSES.get("altegio_client.models.transaction") or model_class(
        "altegio_client.models.transaction", "Transaction"
    )

    _data = json_value
    data: list[Transaction] | Unset = UNSET
    if _data is not UNSET:
        data = Transaction._lazy_list(_data, parse_ctx)

    return data


def _read_meta(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _meta = json_value
    meta: list[JsonObject] | Unset = UNSET
    if _meta is not UNSET:
        meta = JsonObject._lazy_list(_meta, parse_ctx)

    return meta


_DECLARED_KEYS = frozenset(
    {
        "success",
        "data",
        "meta",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


TransactionCompanyidResponseDataTypes._lazy_fields = {
    "success": ("success", None, False),
    "data": ("data", _read_data, False),
    "meta": ("meta", _read_meta, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: TransactionCompanyidResponseDataTypes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.success = get("success", UNSET)


def _fill_converted(
    model: TransactionCompanyidResponseDataTypes,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "data" not in done:
        value = get("data", UNSET)
        if value is UNSET:
            model.data = UNSET
        elif value == []:
            model.data = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.transaction") or model_builder(
                "altegio_client.models.transaction", "Transaction"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.data = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "meta" not in done:
        value = get("meta", UNSET)
        if value is UNSET:
            model.meta = UNSET
        elif value == []:
            model.meta = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.meta = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: TransactionCompanyidResponseDataTypes | None = None
) -> TransactionCompanyidResponseDataTypes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return TransactionCompanyidResponseDataTypes._lazy(json_value, parse_ctx)
        model = new_model(
            TransactionCompanyidResponseDataTypes
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
        layout = layout_of(TransactionCompanyidResponseDataTypes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_data, value_meta = fill(json_value, model)
    if value_data is UNSET:
        model.data = UNSET
    elif value_data == []:
        model.data = value_data  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.transaction") or model_builder(
            "altegio_client.models.transaction", "Transaction"
        )
        try:
            if _builtins.type(value_data) is not list:
                raise TypeError
            model.data = [build(item, parse_ctx) for item in value_data]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_meta is UNSET:
        model.meta = UNSET
    elif value_meta == []:
        model.meta = value_meta  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
        )
        try:
            if _builtins.type(value_meta) is not list:
                raise TypeError
            model.meta = [build(item, parse_ctx) for item in value_meta]
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
        model.__class__ = lazily_read_class(TransactionCompanyidResponseDataTypes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = TransactionCompanyidResponseDataTypes
        del model._raw, model._context
    return model


TransactionCompanyidResponseDataTypes._lazy_fill = (_fill_plain, _fill_converted, _build)
