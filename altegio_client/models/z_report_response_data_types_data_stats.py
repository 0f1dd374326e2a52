from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._codegen import (
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    new_model,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ZReportResponseDataTypesDataStats")


@_attrs_define
class ZReportResponseDataTypesDataStats(LazyModel):
    """general Statistics"""

    clients: int | Unset = UNSET
    """ Number of clients """
    clients_average: float | Unset = UNSET
    """ Average payment per customer """
    records: int | Unset = UNSET
    """ Number of records """
    records_average: float | Unset = UNSET
    """ Average pay per appointment """
    visit_records: int | Unset = UNSET
    """ Number of records with clients """
    visit_records_average: float | Unset = UNSET
    """ Average payment for records with clients """
    non_visit_records: int | Unset = UNSET
    """ Number of appointments without clients """
    non_visit_records_average: int | Unset = UNSET
    """ Average billing for records without clients """
    targets: int | Unset = UNSET
    """ Number of services """
    targets_paid: int | Unset = UNSET
    """ Payment for services """
    goods: int | Unset = UNSET
    """ Number of products """
    goods_paid: float | Unset = UNSET
    """ Payment by products """
    certificates: int | Unset = UNSET
    """ Number of certificates """
    certificates_paid: int | Unset = UNSET
    """ Payment for certificates """
    abonement: int | Unset = UNSET
    """ Number of subscriptions """
    abonement_paid: int | Unset = UNSET
    """ Subscription payment """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clients = self.clients

        clients_average = self.clients_average

        records = self.records

        records_average = self.records_average

        visit_records = self.visit_records

        visit_records_average = self.visit_records_average

        non_visit_records = self.non_visit_records

        non_visit_records_average = self.non_visit_records_average

        targets = self.targets

        targets_paid = self.targets_paid

        goods = self.goods

        goods_paid = self.goods_paid

        certificates = self.certificates

        certificates_paid = self.certificates_paid

        abonement = self.abonement

        abonement_paid = self.abonement_paid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if clients is not UNSET:
            field_dict["clients"] = clients
        if clients_average is not UNSET:
            field_dict["clients_average"] = clients_average
        if records is not UNSET:
            field_dict["records"] = records
        if records_average is not UNSET:
            field_dict["records_average"] = records_average
        if visit_records is not UNSET:
            field_dict["visit_records"] = visit_records
        if visit_records_average is not UNSET:
            field_dict["visit_records_average"] = visit_records_average
        if non_visit_records is not UNSET:
            field_dict["non_visit_records"] = non_visit_records
        if non_visit_records_average is not UNSET:
            field_dict["non_visit_records_average"] = non_visit_records_average
        if targets is not UNSET:
            field_dict["targets"] = targets
        if targets_paid is not UNSET:
            field_dict["targets_paid"] = targets_paid
        if goods is not UNSET:
            field_dict["goods"] = goods
        if goods_paid is not UNSET:
            field_dict["goods_paid"] = goods_paid
        if certificates is not UNSET:
            field_dict["certificates"] = certificates
        if certificates_paid is not UNSET:
            field_dict["certificates_paid"] = certificates_paid
        if abonement is not UNSET:
            field_dict["abonement"] = abonement
        if abonement_paid is not UNSET:
            field_dict["abonement_paid"] = abonement_paid

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        clients = d.pop("clients", UNSET)

        clients_average = d.pop("clients_average", UNSET)

        records = d.pop("records", UNSET)

        records_average = d.pop("records_average", UNSET)

        visit_records = d.pop("visit_records", UNSET)

        visit_records_average = d.pop("visit_records_average", UNSET)

        non_visit_records = d.pop("non_visit_records", UNSET)

        non_visit_records_average = d.pop("non_visit_records_average", UNSET)

        targets = d.pop("targets", UNSET)

        targets_paid = d.pop("targets_paid", UNSET)

        goods = d.pop("goods", UNSET)

        goods_paid = d.pop("goods_paid", UNSET)

        certificates = d.pop("certificates", UNSET)

        certificates_paid = d.pop("certificates_paid", UNSET)

        abonement = d.pop("abonement", UNSET)

        abonement_paid = d.pop("abonement_paid", UNSET)

        z_report_response_data_types_data_stats = cls(
            clients=clients,
            clients_average=clients_average,
            records=records,
            records_average=records_average,
            visit_records=visit_records,
            visit_records_average=visit_records_average,
            non_visit_records=non_visit_records,
            non_visit_records_average=non_visit_records_average,
            targets=targets,
            targets_paid=targets_paid,
            goods=goods,
            goods_paid=goods_paid,
            certificates=certificates,
            certificates_paid=certificates_paid,
            abonement=abonement,
            abonement_paid=abonement_paid,
        )

        z_report_response_data_types_data_stats.additional_properties = d
        return z_report_response_data_types_data_stats

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


_DECLARED_KEYS = frozenset(
    {
        "clients",
        "clients_average",
        "records",
        "records_average",
        "visit_records",
        "visit_records_average",
        "non_visit_records",
        "non_visit_records_average",
        "targets",
        "targets_paid",
        "goods",
        "goods_paid",
        "certificates",
        "certificates_paid",
        "abonement",
        "abonement_paid",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ZReportResponseDataTypesDataStats._lazy_fields = {
    "clients": ("clients", None, False),
    "clients_average": ("clients_average", None, False),
    "records": ("records", None, False),
    "records_average": ("records_average", None, False),
    "visit_records": ("visit_records", None, False),
    "visit_records_average": ("visit_records_average", None, False),
    "non_visit_records": ("non_visit_records", None, False),
    "non_visit_records_average": ("non_visit_records_average", None, False),
    "targets": ("targets", None, False),
    "targets_paid": ("targets_paid", None, False),
    "goods": ("goods", None, False),
    "goods_paid": ("goods_paid", None, False),
    "certificates": ("certificates", None, False),
    "certificates_paid": ("certificates_paid", None, False),
    "abonement": ("abonement", None, False),
    "abonement_paid": ("abonement_paid", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ZReportResponseDataTypesDataStats, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.clients = get("clients", UNSET)
    model.clients_average = get("clients_average", UNSET)
    model.records = get("records", UNSET)
    model.records_average = get("records_average", UNSET)
    model.visit_records = get("visit_records", UNSET)
    model.visit_records_average = get("visit_records_average", UNSET)
    model.non_visit_records = get("non_visit_records", UNSET)
    model.non_visit_records_average = get("non_visit_records_average", UNSET)
    model.targets = get("targets", UNSET)
    model.targets_paid = get("targets_paid", UNSET)
    model.goods = get("goods", UNSET)
    model.goods_paid = get("goods_paid", UNSET)
    model.certificates = get("certificates", UNSET)
    model.certificates_paid = get("certificates_paid", UNSET)
    model.abonement = get("abonement", UNSET)
    model.abonement_paid = get("abonement_paid", UNSET)


def _fill_converted(
    model: ZReportResponseDataTypesDataStats, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ZReportResponseDataTypesDataStats | None = None
) -> ZReportResponseDataTypesDataStats:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ZReportResponseDataTypesDataStats._lazy(json_value, parse_ctx)
        model = new_model(
            ZReportResponseDataTypesDataStats
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
        layout = layout_of(ZReportResponseDataTypesDataStats, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    fill(json_value, model)
    if only_declared:  # no undeclared key, the usual case (known from the layout, see _layouts.py)
        model.additional_properties = {}
    else:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True
    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(ZReportResponseDataTypesDataStats)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ZReportResponseDataTypesDataStats
        del model._raw, model._context
    return model


ZReportResponseDataTypesDataStats._lazy_fill = (_fill_plain, _fill_converted, _build)
