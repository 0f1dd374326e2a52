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
from ..models.client_visits_history_record_service_payment_status import (
    ClientVisitsHistoryRecordServicePaymentStatus,
    check_client_visits_history_record_service_payment_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_visits_history_record_service_consumable import (
        ClientVisitsHistoryRecordServiceConsumable,
    )


T = TypeVar("T", bound="ClientVisitsHistoryRecordService")


@_attrs_define
class ClientVisitsHistoryRecordService(LazyModel):
    """Service data.

    Example:
        {'id': 123, 'title': 'My service', 'first_cost': 1000, 'discount_percent': 0, 'cost_to_pay': 1000, 'paid_sum':
            1000, 'payment_status': 'paid_full', 'consumables': [{'title': 'My consumable', 'amount': 1, 'cost_per_unit':
            1000, 'unit': 'PCS.'}]}

    """

    id: int | Unset = UNSET
    """ Service identifier. """
    title: str | Unset = UNSET
    """ Name of service. """
    first_cost: float | Unset = UNSET
    """ Price of service without discount. """
    discount_percent: float | Unset = UNSET
    """ Percent discount. """
    cost_to_pay: float | Unset = UNSET
    """ The cost of the service including the discount. """
    paid_sum: float | Unset = UNSET
    """ The amount that was paid by the customer. """
    payment_status: ClientVisitsHistoryRecordServicePaymentStatus | Unset = UNSET
    """ Visit payment status:
      `not_paid` - the visit is not paid, no payments were made for the visit;
      `paid_not_full` - the visit is partially paid;
      `paid_full` - the visit is paid in full, there is no overpayment;
      `paid_over` - there is an overpayment for the visit.
     """
    consumables: list[ClientVisitsHistoryRecordServiceConsumable] | Unset = UNSET
    """ Product consumables attached to this service. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        first_cost = self.first_cost

        discount_percent = self.discount_percent

        cost_to_pay = self.cost_to_pay

        paid_sum = self.paid_sum

        payment_status: str | Unset = UNSET
        if not isinstance(self.payment_status, Unset):
            payment_status = self.payment_status

        consumables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.consumables, Unset):
            consumables = []
            for consumables_item_data in self.consumables:
                consumables_item = consumables_item_data.to_dict()
                consumables.append(consumables_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if first_cost is not UNSET:
            field_dict["first_cost"] = first_cost
        if discount_percent is not UNSET:
            field_dict["discount_percent"] = discount_percent
        if cost_to_pay is not UNSET:
            field_dict["cost_to_pay"] = cost_to_pay
        if paid_sum is not UNSET:
            field_dict["paid_sum"] = paid_sum
        if payment_status is not UNSET:
            field_dict["payment_status"] = payment_status
        if consumables is not UNSET:
            field_dict["consumables"] = consumables

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client_visits_history_record_service_consumable import (
            ClientVisitsHistoryRecordServiceConsumable,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        first_cost = d.pop("first_cost", UNSET)

        discount_percent = d.pop("discount_percent", UNSET)

        cost_to_pay = d.pop("cost_to_pay", UNSET)

        paid_sum = d.pop("paid_sum", UNSET)

        _payment_status = d.pop("payment_status", UNSET)
        payment_status: ClientVisitsHistoryRecordServicePaymentStatus | Unset
        if isinstance(_payment_status, Unset):
            payment_status = UNSET
        else:
            payment_status = check_client_visits_history_record_service_payment_status(_payment_status)

        _consumables = d.pop("consumables", UNSET)
        consumables: list[ClientVisitsHistoryRecordServiceConsumable] | Unset = UNSET
        if _consumables is not UNSET:
            consumables = []
            for consumables_item_data in _consumables:
                consumables_item = ClientVisitsHistoryRecordServiceConsumable.from_dict(consumables_item_data)

                consumables.append(consumables_item)

        client_visits_history_record_service = cls(
            id=id,
            title=title,
            first_cost=first_cost,
            discount_percent=discount_percent,
            cost_to_pay=cost_to_pay,
            paid_sum=paid_sum,
            payment_status=payment_status,
            consumables=consumables,
        )

        client_visits_history_record_service.additional_properties = d
        return client_visits_history_record_service

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


def _read_payment_status(
    json_value: Any, parse_ctx: ParseContext
) -> ClientVisitsHistoryRecordServicePaymentStatus | Unset:

    _payment_status = json_value
    payment_status: ClientVisitsHistoryRecordServicePaymentStatus | Unset
    if isinstance(_payment_status, Unset):
        payment_status = UNSET
    else:
        payment_status = check_client_visits_history_record_service_payment_status(_payment_status)

    return payment_status


def _read_consumables(
    json_value: Any, parse_ctx: ParseContext
) -> list[ClientVisitsHistoryRecordServiceConsumable] | Unset:
    ClientVisitsHistoryRecordServiceConsumable = MODEL_CLASSES.get(
        "altegio_client.models.client_visits_history_record_service_consumable"
    ) or model_class(
        "altegio_client.models.client_visits_history_record_service_consumable",
        "ClientVisitsHistoryRecordServiceConsumable",
    )

    _consumables = json_value
    consumables: list[ClientVisitsHistoryRecordServiceConsumable] | Unset = UNSET
    if _consumables is not UNSET:
        consumables = ClientVisitsHistoryRecordServiceConsumable._lazy_list(_consumables, parse_ctx)

    return consumables


_DECLARED_KEYS = frozenset(
    {
        "id",
        "title",
        "first_cost",
        "discount_percent",
        "cost_to_pay",
        "paid_sum",
        "payment_status",
        "consumables",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ClientVisitsHistoryRecordService._lazy_fields = {
    "id": ("id", None, False),
    "title": ("title", None, False),
    "first_cost": ("first_cost", None, False),
    "discount_percent": ("discount_percent", None, False),
    "cost_to_pay": ("cost_to_pay", None, False),
    "paid_sum": ("paid_sum", None, False),
    "payment_status": ("payment_status", _read_payment_status, False),
    "consumables": ("consumables", _read_consumables, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ClientVisitsHistoryRecordService, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.title = get("title", UNSET)
    model.first_cost = get("first_cost", UNSET)
    model.discount_percent = get("discount_percent", UNSET)
    model.cost_to_pay = get("cost_to_pay", UNSET)
    model.paid_sum = get("paid_sum", UNSET)


def _fill_converted(
    model: ClientVisitsHistoryRecordService, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "payment_status" not in done:
        value = get("payment_status", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.payment_status = UNSET
        else:
            try:
                model.payment_status = _read_payment_status(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "consumables" not in done:
        value = get("consumables", UNSET)
        if value is UNSET:
            model.consumables = UNSET
        elif value == []:
            model.consumables = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.client_visits_history_record_service_consumable"
            ) or model_builder(
                "altegio_client.models.client_visits_history_record_service_consumable",
                "ClientVisitsHistoryRecordServiceConsumable",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.consumables = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ClientVisitsHistoryRecordService | None = None
) -> ClientVisitsHistoryRecordService:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ClientVisitsHistoryRecordService._lazy(json_value, parse_ctx)
        model = new_model(
            ClientVisitsHistoryRecordService
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
        layout = layout_of(ClientVisitsHistoryRecordService, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_payment_status, value_consumables = fill(json_value, model)
    if value_payment_status is UNSET:  # what every optional field's converter returns for it
        model.payment_status = UNSET
    else:
        try:
            model.payment_status = _read_payment_status(value_payment_status, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_consumables is UNSET:
        model.consumables = UNSET
    elif value_consumables == []:
        model.consumables = value_consumables  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.client_visits_history_record_service_consumable"
        ) or model_builder(
            "altegio_client.models.client_visits_history_record_service_consumable",
            "ClientVisitsHistoryRecordServiceConsumable",
        )
        try:
            if _builtins.type(value_consumables) is not list:
                raise TypeError
            model.consumables = [build(item, parse_ctx) for item in value_consumables]
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
        model.__class__ = lazily_read_class(ClientVisitsHistoryRecordService)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ClientVisitsHistoryRecordService
        del model._raw, model._context
    return model


ClientVisitsHistoryRecordService._lazy_fill = (_fill_plain, _fill_converted, _build)
