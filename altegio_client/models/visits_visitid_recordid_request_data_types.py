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
    from ..models.visits_visitid_recordid_request_data_types_goods_transactions_item import (
        VisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem,
    )
    from ..models.visits_visitid_recordid_request_data_types_new_transactions_item import (
        VisitsVisitidRecordidRequestDataTypesNewTransactionsItem,
    )
    from ..models.visits_visitid_recordid_request_data_types_services_item import (
        VisitsVisitidRecordidRequestDataTypesServicesItem,
    )


T = TypeVar("T", bound="VisitsVisitidRecordidRequestDataTypes")


@_attrs_define
class VisitsVisitidRecordidRequestDataTypes(LazyModel):
    """Edit Visit

    Example:
        {'attendance': 1, 'comment': '', 'new_transactions': [{'id': 12345, 'amount': 100, 'account_id': 23322}],
            'deleted_transaction_ids': [], 'fast_payment': 1, 'goods_transactions': [{'id': 2168657, 'title': 'Vital Creme
            Shampoo Plus', 'barcode': '123', 'article': '120277', 'amount': -1, 'cost_per_unit': 15, 'price': 15, 'cost':
            12, 'operation_unit_type': 2, 'master_id': 55436, 'storage_id': 91303, 'good_id': 232658, 'discount': 20}],
            'services': [{'id': 389045, 'title': 'Hand massage (10 min)', 'cost': 255, 'cost_per_unit': 300, 'discount': 15,
            'first_cost': 300, 'record_id': 10403702}]}

    """

    attendance: float
    """ Visit status (2 - The user confirmed the appointment, 1 - The user came, the services were provided, 0 - the
    user is waiting, -1 - the user did not show) """
    comment: str
    """ A comment """
    new_transactions: list[VisitsVisitidRecordidRequestDataTypesNewTransactionsItem] | Unset = UNSET
    """ Array of objects of new commodity transactions """
    deleted_transaction_ids: list[JsonObject] | Unset = UNSET
    """ Array of instance IDs """
    goods_transactions: list[VisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem] | Unset = UNSET
    """ Array of commodity transactions objects """
    services: list[VisitsVisitidRecordidRequestDataTypesServicesItem] | Unset = UNSET
    """ Array of objects with services """
    fast_payment: float | Unset = UNSET
    """ Quick payment 1 - cash, 2 - cashless, 129 - cash and print, 130 - cashless and print """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attendance = self.attendance

        comment = self.comment

        new_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.new_transactions, Unset):
            new_transactions = []
            for new_transactions_item_data in self.new_transactions:
                new_transactions_item = new_transactions_item_data.to_dict()
                new_transactions.append(new_transactions_item)

        deleted_transaction_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deleted_transaction_ids, Unset):
            deleted_transaction_ids = []
            for deleted_transaction_ids_item_data in self.deleted_transaction_ids:
                deleted_transaction_ids_item = deleted_transaction_ids_item_data.to_dict()
                deleted_transaction_ids.append(deleted_transaction_ids_item)

        goods_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goods_transactions, Unset):
            goods_transactions = []
            for goods_transactions_item_data in self.goods_transactions:
                goods_transactions_item = goods_transactions_item_data.to_dict()
                goods_transactions.append(goods_transactions_item)

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        fast_payment = self.fast_payment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attendance": attendance,
                "comment": comment,
            }
        )
        if new_transactions is not UNSET:
            field_dict["new_transactions"] = new_transactions
        if deleted_transaction_ids is not UNSET:
            field_dict["deleted_transaction_ids"] = deleted_transaction_ids
        if goods_transactions is not UNSET:
            field_dict["goods_transactions"] = goods_transactions
        if services is not UNSET:
            field_dict["services"] = services
        if fast_payment is not UNSET:
            field_dict["fast_payment"] = fast_payment

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415
        from ..models.visits_visitid_recordid_request_data_types_goods_transactions_item import (
            VisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem,  # noqa: PLC0415
        )
        from ..models.visits_visitid_recordid_request_data_types_new_transactions_item import (
            VisitsVisitidRecordidRequestDataTypesNewTransactionsItem,  # noqa: PLC0415
        )
        from ..models.visits_visitid_recordid_request_data_types_services_item import (
            VisitsVisitidRecordidRequestDataTypesServicesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        attendance = d.pop("attendance")

        comment = d.pop("comment")

        _new_transactions = d.pop("new_transactions", UNSET)
        new_transactions: list[VisitsVisitidRecordidRequestDataTypesNewTransactionsItem] | Unset = UNSET
        if _new_transactions is not UNSET:
            new_transactions = []
            for new_transactions_item_data in _new_transactions:
                new_transactions_item = VisitsVisitidRecordidRequestDataTypesNewTransactionsItem.from_dict(
                    new_transactions_item_data
                )

                new_transactions.append(new_transactions_item)

        _deleted_transaction_ids = d.pop("deleted_transaction_ids", UNSET)
        deleted_transaction_ids: list[JsonObject] | Unset = UNSET
        if _deleted_transaction_ids is not UNSET:
            deleted_transaction_ids = []
            for deleted_transaction_ids_item_data in _deleted_transaction_ids:
                deleted_transaction_ids_item = JsonObject.from_dict(deleted_transaction_ids_item_data)

                deleted_transaction_ids.append(deleted_transaction_ids_item)

        _goods_transactions = d.pop("goods_transactions", UNSET)
        goods_transactions: list[VisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem] | Unset = UNSET
        if _goods_transactions is not UNSET:
            goods_transactions = []
            for goods_transactions_item_data in _goods_transactions:
                goods_transactions_item = VisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem.from_dict(
                    goods_transactions_item_data
                )

                goods_transactions.append(goods_transactions_item)

        _services = d.pop("services", UNSET)
        services: list[VisitsVisitidRecordidRequestDataTypesServicesItem] | Unset = UNSET
        if _services is not UNSET:
            services = []
            for services_item_data in _services:
                services_item = VisitsVisitidRecordidRequestDataTypesServicesItem.from_dict(services_item_data)

                services.append(services_item)

        fast_payment = d.pop("fast_payment", UNSET)

        visits_visitid_recordid_request_data_types = cls(
            attendance=attendance,
            comment=comment,
            new_transactions=new_transactions,
            deleted_transaction_ids=deleted_transaction_ids,
            goods_transactions=goods_transactions,
            services=services,
            fast_payment=fast_payment,
        )

        visits_visitid_recordid_request_data_types.additional_properties = d
        return visits_visitid_recordid_request_data_types

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


def _read_new_transactions(
    json_value: Any, parse_ctx: ParseContext
) -> list[VisitsVisitidRecordidRequestDataTypesNewTransactionsItem] | Unset:
    VisitsVisitidRecordidRequestDataTypesNewTransactionsItem = MODEL_CLASSES.get(
        "altegio_client.models.visits_visitid_recordid_request_data_types_new_transactions_item"
    ) or model_class(
        "altegio_client.models.visits_visitid_recordid_request_data_types_new_transactions_item",
        "VisitsVisitidRecordidRequestDataTypesNewTransactionsItem",
    )

    _new_transactions = json_value
    new_transactions: list[VisitsVisitidRecordidRequestDataTypesNewTransactionsItem] | Unset = UNSET
    if _new_transactions is not UNSET:
        new_transactions = VisitsVisitidRecordidRequestDataTypesNewTransactionsItem._lazy_list(
            _new_transactions, parse_ctx
        )

    return new_transactions


def _read_deleted_transaction_ids(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _deleted_transaction_ids = json_value
    deleted_transaction_ids: list[JsonObject] | Unset = UNSET
    if _deleted_transaction_ids is not UNSET:
        deleted_transaction_ids = JsonObject._lazy_list(_deleted_transaction_ids, parse_ctx)

    return deleted_transaction_ids


def _read_goods_transactions(
    json_value: Any, parse_ctx: ParseContext
) -> list[VisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem] | Unset:
    VisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem = MODEL_CLASSES.get(
        "altegio_client.models.visits_visitid_recordid_request_data_types_goods_transactions_item"
    ) or model_class(
        "altegio_client.models.visits_visitid_recordid_request_data_types_goods_transactions_item",
        "VisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem",
    )

    _goods_transactions = json_value
    goods_transactions: list[VisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem] | Unset = UNSET
    if _goods_transactions is not UNSET:
        goods_transactions = VisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem._lazy_list(
            _goods_transactions, parse_ctx
        )

    return goods_transactions


def _read_services(
    json_value: Any, parse_ctx: ParseContext
) -> list[VisitsVisitidRecordidRequestDataTypesServicesItem] | Unset:
    VisitsVisitidRecordidRequestDataTypesServicesItem = MODEL_CLASSES.get(
        "altegio_client.models.visits_visitid_recordid_request_data_types_services_item"
    ) or model_class(
        "altegio_client.models.visits_visitid_recordid_request_data_types_services_item",
        "VisitsVisitidRecordidRequestDataTypesServicesItem",
    )

    _services = json_value
    services: list[VisitsVisitidRecordidRequestDataTypesServicesItem] | Unset = UNSET
    if _services is not UNSET:
        services = VisitsVisitidRecordidRequestDataTypesServicesItem._lazy_list(_services, parse_ctx)

    return services


_DECLARED_KEYS = frozenset(
    {
        "attendance",
        "comment",
        "new_transactions",
        "deleted_transaction_ids",
        "goods_transactions",
        "services",
        "fast_payment",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


VisitsVisitidRecordidRequestDataTypes._lazy_fields = {
    "attendance": ("attendance", None, True),
    "comment": ("comment", None, True),
    "new_transactions": ("new_transactions", _read_new_transactions, False),
    "deleted_transaction_ids": ("deleted_transaction_ids", _read_deleted_transaction_ids, False),
    "goods_transactions": ("goods_transactions", _read_goods_transactions, False),
    "services": ("services", _read_services, False),
    "fast_payment": ("fast_payment", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: VisitsVisitidRecordidRequestDataTypes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "attendance" in json_value:
        model.attendance = json_value["attendance"]
    if "comment" in json_value:
        model.comment = json_value["comment"]
    model.fast_payment = get("fast_payment", UNSET)


def _fill_converted(
    model: VisitsVisitidRecordidRequestDataTypes,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "new_transactions" not in done:
        value = get("new_transactions", UNSET)
        if value is UNSET:
            model.new_transactions = UNSET
        elif value == []:
            model.new_transactions = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.visits_visitid_recordid_request_data_types_new_transactions_item"
            ) or model_builder(
                "altegio_client.models.visits_visitid_recordid_request_data_types_new_transactions_item",
                "VisitsVisitidRecordidRequestDataTypesNewTransactionsItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.new_transactions = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "deleted_transaction_ids" not in done:
        value = get("deleted_transaction_ids", UNSET)
        if value is UNSET:
            model.deleted_transaction_ids = UNSET
        elif value == []:
            model.deleted_transaction_ids = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.deleted_transaction_ids = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "goods_transactions" not in done:
        value = get("goods_transactions", UNSET)
        if value is UNSET:
            model.goods_transactions = UNSET
        elif value == []:
            model.goods_transactions = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.visits_visitid_recordid_request_data_types_goods_transactions_item"
            ) or model_builder(
                "altegio_client.models.visits_visitid_recordid_request_data_types_goods_transactions_item",
                "VisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.goods_transactions = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "services" not in done:
        value = get("services", UNSET)
        if value is UNSET:
            model.services = UNSET
        elif value == []:
            model.services = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.visits_visitid_recordid_request_data_types_services_item"
            ) or model_builder(
                "altegio_client.models.visits_visitid_recordid_request_data_types_services_item",
                "VisitsVisitidRecordidRequestDataTypesServicesItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.services = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: VisitsVisitidRecordidRequestDataTypes | None = None
) -> VisitsVisitidRecordidRequestDataTypes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return VisitsVisitidRecordidRequestDataTypes._lazy(json_value, parse_ctx)
        model = new_model(
            VisitsVisitidRecordidRequestDataTypes
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
        layout = layout_of(VisitsVisitidRecordidRequestDataTypes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_new_transactions, value_deleted_transaction_ids, value_goods_transactions, value_services = fill(
        json_value, model
    )
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_new_transactions is UNSET:
        model.new_transactions = UNSET
    elif value_new_transactions == []:
        model.new_transactions = value_new_transactions  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.visits_visitid_recordid_request_data_types_new_transactions_item"
        ) or model_builder(
            "altegio_client.models.visits_visitid_recordid_request_data_types_new_transactions_item",
            "VisitsVisitidRecordidRequestDataTypesNewTransactionsItem",
        )
        try:
            if _builtins.type(value_new_transactions) is not list:
                raise TypeError
            model.new_transactions = [build(item, parse_ctx) for item in value_new_transactions]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_deleted_transaction_ids is UNSET:
        model.deleted_transaction_ids = UNSET
    elif value_deleted_transaction_ids == []:
        model.deleted_transaction_ids = value_deleted_transaction_ids  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
        )
        try:
            if _builtins.type(value_deleted_transaction_ids) is not list:
                raise TypeError
            model.deleted_transaction_ids = [build(item, parse_ctx) for item in value_deleted_transaction_ids]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_goods_transactions is UNSET:
        model.goods_transactions = UNSET
    elif value_goods_transactions == []:
        model.goods_transactions = value_goods_transactions  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.visits_visitid_recordid_request_data_types_goods_transactions_item"
        ) or model_builder(
            "altegio_client.models.visits_visitid_recordid_request_data_types_goods_transactions_item",
            "VisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem",
        )
        try:
            if _builtins.type(value_goods_transactions) is not list:
                raise TypeError
            model.goods_transactions = [build(item, parse_ctx) for item in value_goods_transactions]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_services is UNSET:
        model.services = UNSET
    elif value_services == []:
        model.services = value_services  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.visits_visitid_recordid_request_data_types_services_item"
        ) or model_builder(
            "altegio_client.models.visits_visitid_recordid_request_data_types_services_item",
            "VisitsVisitidRecordidRequestDataTypesServicesItem",
        )
        try:
            if _builtins.type(value_services) is not list:
                raise TypeError
            model.services = [build(item, parse_ctx) for item in value_services]
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
        model.__class__ = lazily_read_class(VisitsVisitidRecordidRequestDataTypes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = VisitsVisitidRecordidRequestDataTypes
        del model._raw, model._context
    return model


VisitsVisitidRecordidRequestDataTypes._lazy_fill = (_fill_plain, _fill_converted, _build)
