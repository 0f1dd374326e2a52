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
    from ..models.client_visits_history_record_service import (
        ClientVisitsHistoryRecordService,
    )
    from ..models.comer import Comer
    from ..models.company_minimal import CompanyMinimal
    from ..models.master_with_position import MasterWithPosition
    from ..models.tips_reduce import TipsReduce
    from ..models.tips_reduce_with_full_info import TipsReduceWithFullInfo


T = TypeVar("T", bound="ClientVisitsHistoryRecord")


@_attrs_define
class ClientVisitsHistoryRecord(LazyModel):
    """Client appointment data.

    Example:
        {'id': 123, 'comment': 'Comment to post', 'date': '2026-01-31T12:34:56-05:00', 'visit_id': 123, 'attendance': 1,
            'services': [{'id': 123, 'title': 'My service', 'first_cost': 1000, 'discount_percent': 0, 'cost_to_pay': 1000,
            'paid_sum': 1000, 'payment_status': 'paid_full', 'consumables': [{'title': 'My consumable', 'amount': 1,
            'cost_per_unit': 1000, 'unit': 'PCS.'}]}], 'staff': {'id': 123, 'name': 'James Smith', 'company_id': 123,
            'specialization': 'Master', 'avatar': 'https://app.alteg.io/images/no-master-sm.png', 'avatar_big':
            'https://app.alteg.io/images/no-master.png', 'position': {'id': 123, 'title': 'team member'}}, 'company': {'id':
            123, 'title': 'My branch office.'}, 'tips': {'has_tips': False, 'sum': None}, 'comer': {'id': 123, 'title':
            'James Smith', 'slug': 'person'}}

    """

    id: int | Unset = UNSET
    """ Appointment ID. """
    comment: str | Unset = UNSET
    """ A comment. """
    date: _datetime.datetime | Unset = UNSET
    """ Date of appointment. """
    visit_id: int | Unset = UNSET
    """ Visit ID. """
    attendance: float | Unset = UNSET
    """ Appointment status in visit """
    services: list[ClientVisitsHistoryRecordService] | Unset = UNSET
    """ Services in appointment. """
    staff: MasterWithPosition | Unset = UNSET
    company: CompanyMinimal | Unset = UNSET
    tips: TipsReduce | TipsReduceWithFullInfo | Unset = UNSET
    """ Tipping data. Different models are used depending on whether the current user is the team member in the
    appointment. """
    comer: Comer | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tips_reduce import TipsReduce  # noqa: PLC0415

        id = self.id

        comment = self.comment

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        visit_id = self.visit_id

        attendance = self.attendance

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        tips: dict[str, Any] | Unset
        if isinstance(self.tips, Unset):
            tips = UNSET
        elif isinstance(self.tips, TipsReduce):
            tips = self.tips.to_dict()
        else:
            tips = self.tips.to_dict()

        comer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.comer, Unset):
            comer = self.comer.to_dict()

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
        if attendance is not UNSET:
            field_dict["attendance"] = attendance
        if services is not UNSET:
            field_dict["services"] = services
        if staff is not UNSET:
            field_dict["staff"] = staff
        if company is not UNSET:
            field_dict["company"] = company
        if tips is not UNSET:
            field_dict["tips"] = tips
        if comer is not UNSET:
            field_dict["comer"] = comer

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client_visits_history_record_service import (
            ClientVisitsHistoryRecordService,  # noqa: PLC0415
        )
        from ..models.comer import Comer  # noqa: PLC0415
        from ..models.company_minimal import CompanyMinimal  # noqa: PLC0415
        from ..models.master_with_position import MasterWithPosition  # noqa: PLC0415
        from ..models.tips_reduce import TipsReduce  # noqa: PLC0415
        from ..models.tips_reduce_with_full_info import TipsReduceWithFullInfo  # noqa: PLC0415

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

        attendance = d.pop("attendance", UNSET)

        _services = d.pop("services", UNSET)
        services: list[ClientVisitsHistoryRecordService] | Unset = UNSET
        if _services is not UNSET:
            services = []
            for services_item_data in _services:
                services_item = ClientVisitsHistoryRecordService.from_dict(services_item_data)

                services.append(services_item)

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

        def _parse_tips(data: object) -> TipsReduce | TipsReduceWithFullInfo | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tips_type_0 = TipsReduce.from_dict(data)

                return tips_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            tips_type_1 = TipsReduceWithFullInfo.from_dict(data)

            return tips_type_1

        tips = _parse_tips(d.pop("tips", UNSET))

        _comer = d.pop("comer", UNSET)
        comer: Comer | Unset
        if isinstance(_comer, Unset):
            comer = UNSET
        else:
            comer = Comer.from_dict(_comer)

        client_visits_history_record = cls(
            id=id,
            comment=comment,
            date=date,
            visit_id=visit_id,
            attendance=attendance,
            services=services,
            staff=staff,
            company=company,
            tips=tips,
            comer=comer,
        )

        client_visits_history_record.additional_properties = d
        return client_visits_history_record

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


def _read_services(json_value: Any, parse_ctx: ParseContext) -> list[ClientVisitsHistoryRecordService] | Unset:
    ClientVisitsHistoryRecordService = MODEL_CLASSES.get(
        "altegio_client.models.client_visits_history_record_service"
    ) or model_class("altegio_client.models.client_visits_history_record_service", "ClientVisitsHistoryRecordService")

    _services = json_value
    services: list[ClientVisitsHistoryRecordService] | Unset = UNSET
    if _services is not UNSET:
        services = ClientVisitsHistoryRecordService._lazy_list(_services, parse_ctx)

    return services


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


def _read_tips(json_value: Any, parse_ctx: ParseContext) -> TipsReduce | TipsReduceWithFullInfo | Unset:
    TipsReduce = MODEL_CLASSES.get("altegio_client.models.tips_reduce") or model_class(
        "altegio_client.models.tips_reduce", "TipsReduce"
    )
    TipsReduceWithFullInfo = MODEL_CLASSES.get("altegio_client.models.tips_reduce_with_full_info") or model_class(
        "altegio_client.models.tips_reduce_with_full_info", "TipsReduceWithFullInfo"
    )

    def _parse_tips(data: object) -> TipsReduce | TipsReduceWithFullInfo | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            tips_type_0 = TipsReduce.from_dict(data)

            return tips_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        tips_type_1 = TipsReduceWithFullInfo.from_dict(data)

        return tips_type_1

    tips = _parse_tips(json_value)

    return tips


def _read_comer(json_value: Any, parse_ctx: ParseContext) -> Comer | Unset:
    Comer = MODEL_CLASSES.get("altegio_client.models.comer") or model_class("altegio_client.models.comer", "Comer")

    _comer = json_value
    comer: Comer | Unset
    if isinstance(_comer, Unset):
        comer = UNSET
    else:
        comer = Comer._lazy(_comer, parse_ctx)

    return comer


_DECLARED_KEYS = frozenset(
    {
        "id",
        "comment",
        "date",
        "visit_id",
        "attendance",
        "services",
        "staff",
        "company",
        "tips",
        "comer",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ClientVisitsHistoryRecord._lazy_fields = {
    "id": ("id", None, False),
    "comment": ("comment", None, False),
    "date": ("date", _read_date, False),
    "visit_id": ("visit_id", None, False),
    "attendance": ("attendance", None, False),
    "services": ("services", _read_services, False),
    "staff": ("staff", _read_staff, False),
    "company": ("company", _read_company, False),
    "tips": ("tips", _read_tips, False),
    "comer": ("comer", _read_comer, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ClientVisitsHistoryRecord, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.comment = get("comment", UNSET)
    model.visit_id = get("visit_id", UNSET)
    model.attendance = get("attendance", UNSET)


def _fill_converted(
    model: ClientVisitsHistoryRecord, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
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

    if "services" not in done:
        value = get("services", UNSET)
        if value is UNSET:
            model.services = UNSET
        elif value == []:
            model.services = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.client_visits_history_record_service") or model_builder(
                "altegio_client.models.client_visits_history_record_service", "ClientVisitsHistoryRecordService"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.services = [build(item, parse_ctx) for item in value]
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

    if "tips" not in done:
        value = get("tips", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.tips = UNSET
        else:
            try:
                model.tips = _read_tips(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "comer" not in done:
        value = get("comer", UNSET)
        if value is UNSET:
            model.comer = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.comer") or model_builder(
                "altegio_client.models.comer", "Comer"
            )
            try:
                model.comer = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ClientVisitsHistoryRecord | None = None
) -> ClientVisitsHistoryRecord:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ClientVisitsHistoryRecord._lazy(json_value, parse_ctx)
        model = new_model(ClientVisitsHistoryRecord)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(ClientVisitsHistoryRecord, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_date, value_services, value_staff, value_company, value_tips, value_comer = fill(json_value, model)
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

    if value_services is UNSET:
        model.services = UNSET
    elif value_services == []:
        model.services = value_services  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.client_visits_history_record_service") or model_builder(
            "altegio_client.models.client_visits_history_record_service", "ClientVisitsHistoryRecordService"
        )
        try:
            if _builtins.type(value_services) is not list:
                raise TypeError
            model.services = [build(item, parse_ctx) for item in value_services]
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

    if value_tips is UNSET:  # what every optional field's converter returns for it
        model.tips = UNSET
    else:
        try:
            model.tips = _read_tips(value_tips, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_comer is UNSET:
        model.comer = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.comer") or model_builder(
            "altegio_client.models.comer", "Comer"
        )
        try:
            model.comer = build(value_comer, parse_ctx)
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
        model.__class__ = lazily_read_class(ClientVisitsHistoryRecord)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ClientVisitsHistoryRecord
        del model._raw, model._context
    return model


ClientVisitsHistoryRecord._lazy_fill = (_fill_plain, _fill_converted, _build)
