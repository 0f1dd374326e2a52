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
    from ..models.client_visits_history_goods_transaction_good import (
        ClientVisitsHistoryGoodsTransactionGood,
    )
    from ..models.company_minimal import CompanyMinimal
    from ..models.master_with_position import MasterWithPosition


T = TypeVar("T", bound="ClientVisitsHistoryGoodsTransaction")


@_attrs_define
class ClientVisitsHistoryGoodsTransaction(LazyModel):
    """Product sales data.

    Example:
        {'id': 123, 'comment': 'Comment to the sale of products', 'date': '2026-01-31T12:34:56-05:00', 'visit_id': 0,
            'record_id': 0, 'goods': [{'id': 123, 'title': 'My product', 'amount': -1, 'unit': 'PCS.', 'cost_per_unit':
            1000, 'first_cost': -1000, 'discount_percent': 0, 'cost_to_pay': 1000, 'paid_sum': 1000, 'payment_status':
            'paid_full'}], 'staff': {'id': 123, 'name': 'James Smith', 'company_id': 123, 'specialization': 'Master',
            'avatar': 'https://app.alteg.io/images/no-master-sm.png', 'avatar_big': 'https://app.alteg.io/images/no-
            master.png', 'position': {'id': 123, 'title': 'team member'}}, 'company': {'id': 123, 'title': 'My branch
            office.'}}

    """

    id: int | Unset = UNSET
    """ Identifier of the transaction for the sale of products. """
    comment: str | Unset = UNSET
    """ A comment. """
    date: _datetime.datetime | Unset = UNSET
    """ Date of sale. """
    visit_id: int | Unset = UNSET
    """ Visit ID. Equals `0` if there is no connection to the visit. """
    record_id: int | Unset = UNSET
    """ Appointment ID. Equals `0` if there is no link to the appointment. """
    goods: list[ClientVisitsHistoryGoodsTransactionGood] | Unset = UNSET
    """ List of products sold. """
    staff: MasterWithPosition | Unset = UNSET
    company: CompanyMinimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        comment = self.comment

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        visit_id = self.visit_id

        record_id = self.record_id

        goods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goods, Unset):
            goods = []
            for goods_item_data in self.goods:
                goods_item = goods_item_data.to_dict()
                goods.append(goods_item)

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if date is not UNSET:
            field_dict["date"] = date
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if goods is not UNSET:
            field_dict["goods"] = goods
        if staff is not UNSET:
            field_dict["staff"] = staff
        if company is not UNSET:
            field_dict["company"] = company

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client_visits_history_goods_transaction_good import (
            ClientVisitsHistoryGoodsTransactionGood,  # noqa: PLC0415
        )
        from ..models.company_minimal import CompanyMinimal  # noqa: PLC0415
        from ..models.master_with_position import MasterWithPosition  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        comment = d.pop("comment", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = types.parse_iso_datetime(_date)

        visit_id = d.pop("visit_id", UNSET)

        record_id = d.pop("record_id", UNSET)

        _goods = d.pop("goods", UNSET)
        goods: list[ClientVisitsHistoryGoodsTransactionGood] | Unset = UNSET
        if _goods is not UNSET:
            goods = []
            for goods_item_data in _goods:
                goods_item = ClientVisitsHistoryGoodsTransactionGood.from_dict(goods_item_data)

                goods.append(goods_item)

        _staff = d.pop("staff", UNSET)
        staff: MasterWithPosition | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = MasterWithPosition.from_dict(_staff)

        _company = d.pop("company", UNSET)
        company: CompanyMinimal | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = CompanyMinimal.from_dict(_company)

        client_visits_history_goods_transaction = cls(
            id=id,
            comment=comment,
            date=date,
            visit_id=visit_id,
            record_id=record_id,
            goods=goods,
            staff=staff,
            company=company,
        )

        client_visits_history_goods_transaction.additional_properties = d
        return client_visits_history_goods_transaction

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


def _read_goods(json_value: Any, parse_ctx: ParseContext) -> list[ClientVisitsHistoryGoodsTransactionGood] | Unset:
    ClientVisitsHistoryGoodsTransactionGood = MODEL_CLASSES.get(
        "altegio_client.models.client_visits_history_goods_transaction_good"
    ) or model_class(
        "altegio_client.models.client_visits_history_goods_transaction_good", "ClientVisitsHistoryGoodsTransactionGood"
    )

    _goods = json_value
    goods: list[ClientVisitsHistoryGoodsTransactionGood] | Unset = UNSET
    if _goods is not UNSET:
        goods = ClientVisitsHistoryGoodsTransactionGood._lazy_list(_goods, parse_ctx)

    return goods


def _read_staff(json_value: Any, parse_ctx: ParseContext) -> MasterWithPosition | Unset:
    MasterWithPosition = MODEL_CLASSES.get("altegio_client.models.master_with_position") or model_class(
        "altegio_client.models.master_with_position", "MasterWithPosition"
    )

    _staff = json_value
    staff: MasterWithPosition | Unset
    if isinstance(_staff, Unset):
        staff = UNSET
    else:
        staff = MasterWithPosition._lazy(_staff, parse_ctx)

    return staff


def _read_company(json_value: Any, parse_ctx: ParseContext) -> CompanyMinimal | Unset:
    CompanyMinimal = MODEL_CLASSES.get("altegio_client.models.company_minimal") or model_class(
        "altegio_client.models.company_minimal", "CompanyMinimal"
    )

    _company = json_value
    company: CompanyMinimal | Unset
    if isinstance(_company, Unset):
        company = UNSET
    else:
        company = CompanyMinimal._lazy(_company, parse_ctx)

    return company


_DECLARED_KEYS = frozenset(
    {
        "id",
        "comment",
        "date",
        "visit_id",
        "record_id",
        "goods",
        "staff",
        "company",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ClientVisitsHistoryGoodsTransaction._lazy_fields = {
    "id": ("id", None, False),
    "comment": ("comment", None, False),
    "date": ("date", _read_date, False),
    "visit_id": ("visit_id", None, False),
    "record_id": ("record_id", None, False),
    "goods": ("goods", _read_goods, False),
    "staff": ("staff", _read_staff, False),
    "company": ("company", _read_company, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ClientVisitsHistoryGoodsTransaction, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.comment = get("comment", UNSET)
    model.visit_id = get("visit_id", UNSET)
    model.record_id = get("record_id", UNSET)


def _fill_converted(
    model: ClientVisitsHistoryGoodsTransaction,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
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

    if "goods" not in done:
        value = get("goods", UNSET)
        if value is UNSET:
            model.goods = UNSET
        elif value == []:
            model.goods = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.client_visits_history_goods_transaction_good"
            ) or model_builder(
                "altegio_client.models.client_visits_history_goods_transaction_good",
                "ClientVisitsHistoryGoodsTransactionGood",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.goods = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "staff" not in done:
        value = get("staff", UNSET)
        if value is UNSET:
            model.staff = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.master_with_position") or model_builder(
                "altegio_client.models.master_with_position", "MasterWithPosition"
            )
            try:
                model.staff = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "company" not in done:
        value = get("company", UNSET)
        if value is UNSET:
            model.company = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.company_minimal") or model_builder(
                "altegio_client.models.company_minimal", "CompanyMinimal"
            )
            try:
                model.company = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ClientVisitsHistoryGoodsTransaction | None = None
) -> ClientVisitsHistoryGoodsTransaction:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ClientVisitsHistoryGoodsTransaction._lazy(json_value, parse_ctx)
        model = new_model(
            ClientVisitsHistoryGoodsTransaction
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
        layout = layout_of(ClientVisitsHistoryGoodsTransaction, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_date, value_goods, value_staff, value_company = fill(json_value, model)
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

    if value_goods is UNSET:
        model.goods = UNSET
    elif value_goods == []:
        model.goods = value_goods  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.client_visits_history_goods_transaction_good"
        ) or model_builder(
            "altegio_client.models.client_visits_history_goods_transaction_good",
            "ClientVisitsHistoryGoodsTransactionGood",
        )
        try:
            if _builtins.type(value_goods) is not list:
                raise TypeError
            model.goods = [build(item, parse_ctx) for item in value_goods]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_staff is UNSET:
        model.staff = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.master_with_position") or model_builder(
            "altegio_client.models.master_with_position", "MasterWithPosition"
        )
        try:
            model.staff = build(value_staff, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_company is UNSET:
        model.company = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.company_minimal") or model_builder(
            "altegio_client.models.company_minimal", "CompanyMinimal"
        )
        try:
            model.company = build(value_company, parse_ctx)
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
        model.__class__ = lazily_read_class(ClientVisitsHistoryGoodsTransaction)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ClientVisitsHistoryGoodsTransaction
        del model._raw, model._context
    return model


ClientVisitsHistoryGoodsTransaction._lazy_fill = (_fill_plain, _fill_converted, _build)
