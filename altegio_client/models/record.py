from __future__ import annotations

import builtins as _builtins
import datetime
import datetime as _datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
from ..models.zero_or_one import ZeroOrOne, check_zero_or_one
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.record_client import RecordClient
    from ..models.record_record_labels_item import RecordRecordLabelsItem
    from ..models.record_services_item import RecordServicesItem
    from ..models.record_staff import RecordStaff


T = TypeVar("T", bound="Record")


@_attrs_define
class Record(LazyModel):
    """Appointment data sent in webhook notifications. Contains comprehensive appointment details including services, team
    member, client, and financial information.

    """

    id: int | Unset = UNSET
    """ Appointment ID. """
    company_id: int | Unset = UNSET
    staff_id: int | Unset = UNSET
    clients_count: int | Unset = UNSET
    date: str | Unset = UNSET
    datetime: _datetime.datetime | Unset = UNSET
    create_date: _datetime.datetime | Unset = UNSET
    last_change_date: _datetime.datetime | Unset = UNSET
    comment: str | Unset = UNSET
    online: bool | Unset = UNSET
    visit_id: int | Unset = UNSET
    visit_attendance: int | Unset = UNSET
    attendance: int | Unset = UNSET
    confirmed: ZeroOrOne | Unset = UNSET
    seance_length: int | Unset = UNSET
    """ Duration in seconds. """
    length: int | Unset = UNSET
    sms_before: ZeroOrOne | Unset = UNSET
    sms_now: bool | Unset = UNSET
    sms_now_text: str | Unset = UNSET
    email_now: ZeroOrOne | Unset = UNSET
    notified: str | Unset = UNSET
    master_request: str | Unset = UNSET
    api_id: str | Unset = UNSET
    from_url: str | Unset = UNSET
    review_requested: ZeroOrOne | Unset = UNSET
    created_user_id: int | Unset = UNSET
    deleted: bool | Unset = UNSET
    paid_full: bool | Unset = UNSET
    prepaid: bool | Unset = UNSET
    prepaid_confirmed: bool | Unset = UNSET
    is_update_blocked: bool | Unset = UNSET
    activity_id: int | Unset = UNSET
    bookform_id: int | Unset = UNSET
    record_from: str | Unset = UNSET
    is_mobile: bool | Unset = UNSET
    services: list[RecordServicesItem] | Unset = UNSET
    """ Booked services. """
    staff: None | RecordStaff | Unset = UNSET
    client: None | RecordClient | Unset = UNSET
    goods_transactions: list[JsonObject] | Unset = UNSET
    """ Product operations linked to this appointment. """
    custom_fields: list[JsonObject] | Unset = UNSET
    custom_color: str | Unset = UNSET
    """ Hex color code. """
    custom_font_color: str | Unset = UNSET
    record_labels: list[RecordRecordLabelsItem] | Unset = UNSET
    documents: list[JsonObject] | Unset = UNSET
    short_link: str | Unset = UNSET
    sms_remain_hours: int | None | Unset = UNSET
    email_remain_hours: int | None | Unset = UNSET
    comer: JsonObject | None | Unset = UNSET
    comer_person_info: JsonObject | None | Unset = UNSET
    composite: JsonObject | list[Any] | Unset = UNSET
    """ Composite appointment data if applicable. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_object import JsonObject  # noqa: PLC0415
        from ..models.record_client import RecordClient  # noqa: PLC0415
        from ..models.record_staff import RecordStaff  # noqa: PLC0415

        id = self.id

        company_id = self.company_id

        staff_id = self.staff_id

        clients_count = self.clients_count

        date = self.date

        datetime: str | Unset = UNSET
        if not isinstance(self.datetime, Unset):
            datetime = self.datetime.isoformat()

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = self.create_date.isoformat()

        last_change_date: str | Unset = UNSET
        if not isinstance(self.last_change_date, Unset):
            last_change_date = self.last_change_date.isoformat()

        comment = self.comment

        online = self.online

        visit_id = self.visit_id

        visit_attendance = self.visit_attendance

        attendance = self.attendance

        confirmed: int | Unset = UNSET
        if not isinstance(self.confirmed, Unset):
            confirmed = self.confirmed

        seance_length = self.seance_length

        length = self.length

        sms_before: int | Unset = UNSET
        if not isinstance(self.sms_before, Unset):
            sms_before = self.sms_before

        sms_now = self.sms_now

        sms_now_text = self.sms_now_text

        email_now: int | Unset = UNSET
        if not isinstance(self.email_now, Unset):
            email_now = self.email_now

        notified = self.notified

        master_request = self.master_request

        api_id = self.api_id

        from_url = self.from_url

        review_requested: int | Unset = UNSET
        if not isinstance(self.review_requested, Unset):
            review_requested = self.review_requested

        created_user_id = self.created_user_id

        deleted = self.deleted

        paid_full = self.paid_full

        prepaid = self.prepaid

        prepaid_confirmed = self.prepaid_confirmed

        is_update_blocked = self.is_update_blocked

        activity_id = self.activity_id

        bookform_id = self.bookform_id

        record_from = self.record_from

        is_mobile = self.is_mobile

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        staff: dict[str, Any] | None | Unset
        if isinstance(self.staff, Unset):
            staff = UNSET
        elif isinstance(self.staff, RecordStaff):
            staff = self.staff.to_dict()
        else:
            staff = self.staff

        client: dict[str, Any] | None | Unset
        if isinstance(self.client, Unset):
            client = UNSET
        elif isinstance(self.client, RecordClient):
            client = self.client.to_dict()
        else:
            client = self.client

        goods_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goods_transactions, Unset):
            goods_transactions = []
            for goods_transactions_item_data in self.goods_transactions:
                goods_transactions_item = goods_transactions_item_data.to_dict()
                goods_transactions.append(goods_transactions_item)

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        custom_color = self.custom_color

        custom_font_color = self.custom_font_color

        record_labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.record_labels, Unset):
            record_labels = []
            for record_labels_item_data in self.record_labels:
                record_labels_item = record_labels_item_data.to_dict()
                record_labels.append(record_labels_item)

        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = []
            for documents_item_data in self.documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)

        short_link = self.short_link

        sms_remain_hours: int | None | Unset
        if isinstance(self.sms_remain_hours, Unset):
            sms_remain_hours = UNSET
        else:
            sms_remain_hours = self.sms_remain_hours

        email_remain_hours: int | None | Unset
        if isinstance(self.email_remain_hours, Unset):
            email_remain_hours = UNSET
        else:
            email_remain_hours = self.email_remain_hours

        comer: dict[str, Any] | None | Unset
        if isinstance(self.comer, Unset):
            comer = UNSET
        elif isinstance(self.comer, JsonObject):
            comer = self.comer.to_dict()
        else:
            comer = self.comer

        comer_person_info: dict[str, Any] | None | Unset
        if isinstance(self.comer_person_info, Unset):
            comer_person_info = UNSET
        elif isinstance(self.comer_person_info, JsonObject):
            comer_person_info = self.comer_person_info.to_dict()
        else:
            comer_person_info = self.comer_person_info

        composite: dict[str, Any] | list[Any] | Unset
        if isinstance(self.composite, Unset):
            composite = UNSET
        elif isinstance(self.composite, JsonObject):
            composite = self.composite.to_dict()
        else:
            composite = self.composite

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if clients_count is not UNSET:
            field_dict["clients_count"] = clients_count
        if date is not UNSET:
            field_dict["date"] = date
        if datetime is not UNSET:
            field_dict["datetime"] = datetime
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if online is not UNSET:
            field_dict["online"] = online
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id
        if visit_attendance is not UNSET:
            field_dict["visit_attendance"] = visit_attendance
        if attendance is not UNSET:
            field_dict["attendance"] = attendance
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
        if seance_length is not UNSET:
            field_dict["seance_length"] = seance_length
        if length is not UNSET:
            field_dict["length"] = length
        if sms_before is not UNSET:
            field_dict["sms_before"] = sms_before
        if sms_now is not UNSET:
            field_dict["sms_now"] = sms_now
        if sms_now_text is not UNSET:
            field_dict["sms_now_text"] = sms_now_text
        if email_now is not UNSET:
            field_dict["email_now"] = email_now
        if notified is not UNSET:
            field_dict["notified"] = notified
        if master_request is not UNSET:
            field_dict["master_request"] = master_request
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if from_url is not UNSET:
            field_dict["from_url"] = from_url
        if review_requested is not UNSET:
            field_dict["review_requested"] = review_requested
        if created_user_id is not UNSET:
            field_dict["created_user_id"] = created_user_id
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if paid_full is not UNSET:
            field_dict["paid_full"] = paid_full
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if prepaid_confirmed is not UNSET:
            field_dict["prepaid_confirmed"] = prepaid_confirmed
        if is_update_blocked is not UNSET:
            field_dict["is_update_blocked"] = is_update_blocked
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if bookform_id is not UNSET:
            field_dict["bookform_id"] = bookform_id
        if record_from is not UNSET:
            field_dict["record_from"] = record_from
        if is_mobile is not UNSET:
            field_dict["is_mobile"] = is_mobile
        if services is not UNSET:
            field_dict["services"] = services
        if staff is not UNSET:
            field_dict["staff"] = staff
        if client is not UNSET:
            field_dict["client"] = client
        if goods_transactions is not UNSET:
            field_dict["goods_transactions"] = goods_transactions
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if custom_color is not UNSET:
            field_dict["custom_color"] = custom_color
        if custom_font_color is not UNSET:
            field_dict["custom_font_color"] = custom_font_color
        if record_labels is not UNSET:
            field_dict["record_labels"] = record_labels
        if documents is not UNSET:
            field_dict["documents"] = documents
        if short_link is not UNSET:
            field_dict["short_link"] = short_link
        if sms_remain_hours is not UNSET:
            field_dict["sms_remain_hours"] = sms_remain_hours
        if email_remain_hours is not UNSET:
            field_dict["email_remain_hours"] = email_remain_hours
        if comer is not UNSET:
            field_dict["comer"] = comer
        if comer_person_info is not UNSET:
            field_dict["comer_person_info"] = comer_person_info
        if composite is not UNSET:
            field_dict["composite"] = composite

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415
        from ..models.record_client import RecordClient  # noqa: PLC0415
        from ..models.record_record_labels_item import RecordRecordLabelsItem  # noqa: PLC0415
        from ..models.record_services_item import RecordServicesItem  # noqa: PLC0415
        from ..models.record_staff import RecordStaff  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        company_id = d.pop("company_id", UNSET)

        staff_id = d.pop("staff_id", UNSET)

        clients_count = d.pop("clients_count", UNSET)

        date = d.pop("date", UNSET)

        _datetime = d.pop("datetime", UNSET)
        datetime: datetime.datetime | Unset
        if isinstance(_datetime, Unset):
            datetime = UNSET
        else:
            datetime = types.parse_iso_datetime(_datetime)

        _create_date = d.pop("create_date", UNSET)
        create_date: datetime.datetime | Unset
        if isinstance(_create_date, Unset):
            create_date = UNSET
        else:
            create_date = types.parse_iso_datetime(_create_date)

        _last_change_date = d.pop("last_change_date", UNSET)
        last_change_date: datetime.datetime | Unset
        if isinstance(_last_change_date, Unset):
            last_change_date = UNSET
        else:
            last_change_date = types.parse_iso_datetime(_last_change_date)

        comment = d.pop("comment", UNSET)

        online = d.pop("online", UNSET)

        visit_id = d.pop("visit_id", UNSET)

        visit_attendance = d.pop("visit_attendance", UNSET)

        attendance = d.pop("attendance", UNSET)

        _confirmed = d.pop("confirmed", UNSET)
        confirmed: ZeroOrOne | Unset
        if isinstance(_confirmed, Unset):
            confirmed = UNSET
        else:
            confirmed = check_zero_or_one(_confirmed)

        seance_length = d.pop("seance_length", UNSET)

        length = d.pop("length", UNSET)

        _sms_before = d.pop("sms_before", UNSET)
        sms_before: ZeroOrOne | Unset
        if isinstance(_sms_before, Unset):
            sms_before = UNSET
        else:
            sms_before = check_zero_or_one(_sms_before)

        sms_now = d.pop("sms_now", UNSET)

        sms_now_text = d.pop("sms_now_text", UNSET)

        _email_now = d.pop("email_now", UNSET)
        email_now: ZeroOrOne | Unset
        if isinstance(_email_now, Unset):
            email_now = UNSET
        else:
            email_now = check_zero_or_one(_email_now)

        notified = d.pop("notified", UNSET)

        master_request = d.pop("master_request", UNSET)

        api_id = d.pop("api_id", UNSET)

        from_url = d.pop("from_url", UNSET)

        _review_requested = d.pop("review_requested", UNSET)
        review_requested: ZeroOrOne | Unset
        if isinstance(_review_requested, Unset):
            review_requested = UNSET
        else:
            review_requested = check_zero_or_one(_review_requested)

        created_user_id = d.pop("created_user_id", UNSET)

        deleted = d.pop("deleted", UNSET)

        paid_full = d.pop("paid_full", UNSET)

        prepaid = d.pop("prepaid", UNSET)

        prepaid_confirmed = d.pop("prepaid_confirmed", UNSET)

        is_update_blocked = d.pop("is_update_blocked", UNSET)

        activity_id = d.pop("activity_id", UNSET)

        bookform_id = d.pop("bookform_id", UNSET)

        record_from = d.pop("record_from", UNSET)

        is_mobile = d.pop("is_mobile", UNSET)

        _services = d.pop("services", UNSET)
        services: list[RecordServicesItem] | Unset = UNSET
        if _services is not UNSET:
            services = []
            for services_item_data in _services:
                services_item = RecordServicesItem.from_dict(services_item_data)

                services.append(services_item)

        def _parse_staff(data: object) -> None | RecordStaff | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                staff_type_0 = RecordStaff.from_dict(data)

                return staff_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecordStaff | Unset, data)

        staff = _parse_staff(d.pop("staff", UNSET))

        def _parse_client(data: object) -> None | RecordClient | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                client_type_0 = RecordClient.from_dict(data)

                return client_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecordClient | Unset, data)

        client = _parse_client(d.pop("client", UNSET))

        _goods_transactions = d.pop("goods_transactions", UNSET)
        goods_transactions: list[JsonObject] | Unset = UNSET
        if _goods_transactions is not UNSET:
            goods_transactions = []
            for goods_transactions_item_data in _goods_transactions:
                goods_transactions_item = JsonObject.from_dict(goods_transactions_item_data)

                goods_transactions.append(goods_transactions_item)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[JsonObject] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = JsonObject.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        custom_color = d.pop("custom_color", UNSET)

        custom_font_color = d.pop("custom_font_color", UNSET)

        _record_labels = d.pop("record_labels", UNSET)
        record_labels: list[RecordRecordLabelsItem] | Unset = UNSET
        if _record_labels is not UNSET:
            record_labels = []
            for record_labels_item_data in _record_labels:
                record_labels_item = RecordRecordLabelsItem.from_dict(record_labels_item_data)

                record_labels.append(record_labels_item)

        _documents = d.pop("documents", UNSET)
        documents: list[JsonObject] | Unset = UNSET
        if _documents is not UNSET:
            documents = []
            for documents_item_data in _documents:
                documents_item = JsonObject.from_dict(documents_item_data)

                documents.append(documents_item)

        short_link = d.pop("short_link", UNSET)

        def _parse_sms_remain_hours(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sms_remain_hours = _parse_sms_remain_hours(d.pop("sms_remain_hours", UNSET))

        def _parse_email_remain_hours(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        email_remain_hours = _parse_email_remain_hours(d.pop("email_remain_hours", UNSET))

        def _parse_comer(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                comer_type_0 = JsonObject.from_dict(data)

                return comer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonObject | None | Unset, data)

        comer = _parse_comer(d.pop("comer", UNSET))

        def _parse_comer_person_info(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                comer_person_info_type_0 = JsonObject.from_dict(data)

                return comer_person_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonObject | None | Unset, data)

        comer_person_info = _parse_comer_person_info(d.pop("comer_person_info", UNSET))

        def _parse_composite(data: object) -> JsonObject | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                composite_type_0 = JsonObject.from_dict(data)

                return composite_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            composite_type_1 = cast(list[Any], data)

            return composite_type_1

        composite = _parse_composite(d.pop("composite", UNSET))

        record = cls(
            id=id,
            company_id=company_id,
            staff_id=staff_id,
            clients_count=clients_count,
            date=date,
            datetime=datetime,
            create_date=create_date,
            last_change_date=last_change_date,
            comment=comment,
            online=online,
            visit_id=visit_id,
            visit_attendance=visit_attendance,
            attendance=attendance,
            confirmed=confirmed,
            seance_length=seance_length,
            length=length,
            sms_before=sms_before,
            sms_now=sms_now,
            sms_now_text=sms_now_text,
            email_now=email_now,
            notified=notified,
            master_request=master_request,
            api_id=api_id,
            from_url=from_url,
            review_requested=review_requested,
            created_user_id=created_user_id,
            deleted=deleted,
            paid_full=paid_full,
            prepaid=prepaid,
            prepaid_confirmed=prepaid_confirmed,
            is_update_blocked=is_update_blocked,
            activity_id=activity_id,
            bookform_id=bookform_id,
            record_from=record_from,
            is_mobile=is_mobile,
            services=services,
            staff=staff,
            client=client,
            goods_transactions=goods_transactions,
            custom_fields=custom_fields,
            custom_color=custom_color,
            custom_font_color=custom_font_color,
            record_labels=record_labels,
            documents=documents,
            short_link=short_link,
            sms_remain_hours=sms_remain_hours,
            email_remain_hours=email_remain_hours,
            comer=comer,
            comer_person_info=comer_person_info,
            composite=composite,
        )

        record.additional_properties = d
        return record

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


def _read_datetime(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    datetime: datetime.datetime | Unset
    if isinstance(json_value, Unset):
        datetime = UNSET
    else:
        try:
            datetime = datetime_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            datetime = types.parse_iso_datetime(json_value)

    return datetime


ISO_PARSERS[_read_datetime] = datetime_from_iso


def _read_create_date(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    create_date: datetime.datetime | Unset
    if isinstance(json_value, Unset):
        create_date = UNSET
    else:
        try:
            create_date = datetime_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            create_date = types.parse_iso_datetime(json_value)

    return create_date


ISO_PARSERS[_read_create_date] = datetime_from_iso


def _read_last_change_date(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    last_change_date: datetime.datetime | Unset
    if isinstance(json_value, Unset):
        last_change_date = UNSET
    else:
        try:
            last_change_date = datetime_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            last_change_date = types.parse_iso_datetime(json_value)

    return last_change_date


ISO_PARSERS[_read_last_change_date] = datetime_from_iso


def _read_confirmed(json_value: Any, parse_ctx: ParseContext) -> ZeroOrOne | Unset:

    _confirmed = json_value
    confirmed: ZeroOrOne | Unset
    if isinstance(_confirmed, Unset):
        confirmed = UNSET
    else:
        confirmed = check_zero_or_one(_confirmed)

    return confirmed


def _read_sms_before(json_value: Any, parse_ctx: ParseContext) -> ZeroOrOne | Unset:

    _sms_before = json_value
    sms_before: ZeroOrOne | Unset
    if isinstance(_sms_before, Unset):
        sms_before = UNSET
    else:
        sms_before = check_zero_or_one(_sms_before)

    return sms_before


def _read_email_now(json_value: Any, parse_ctx: ParseContext) -> ZeroOrOne | Unset:

    _email_now = json_value
    email_now: ZeroOrOne | Unset
    if isinstance(_email_now, Unset):
        email_now = UNSET
    else:
        email_now = check_zero_or_one(_email_now)

    return email_now


def _read_review_requested(json_value: Any, parse_ctx: ParseContext) -> ZeroOrOne | Unset:

    _review_requested = json_value
    review_requested: ZeroOrOne | Unset
    if isinstance(_review_requested, Unset):
        review_requested = UNSET
    else:
        review_requested = check_zero_or_one(_review_requested)

    return review_requested


def _read_services(json_value: Any, parse_ctx: ParseContext) -> list[RecordServicesItem] | Unset:
    RecordServicesItem = MODEL_CLASSES.get("altegio_client.models.record_services_item") or model_class(
        "altegio_client.models.record_services_item", "RecordServicesItem"
    )

    _services = json_value
    services: list[RecordServicesItem] | Unset = UNSET
    if _services is not UNSET:
        services = RecordServicesItem._lazy_list(_services, parse_ctx)

    return services


def _read_staff(json_value: Any, parse_ctx: ParseContext) -> None | RecordStaff | Unset:
    RecordStaff = MODEL_CLASSES.get("altegio_client.models.record_staff") or model_class(
        "altegio_client.models.record_staff", "RecordStaff"
    )

    def _parse_staff(data: object) -> None | RecordStaff | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            staff_type_0 = RecordStaff.from_dict(data)

            return staff_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | RecordStaff | Unset, data)

    staff = _parse_staff(json_value)

    return staff


def _read_client(json_value: Any, parse_ctx: ParseContext) -> None | RecordClient | Unset:
    RecordClient = MODEL_CLASSES.get("altegio_client.models.record_client") or model_class(
        "altegio_client.models.record_client", "RecordClient"
    )

    def _parse_client(data: object) -> None | RecordClient | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            client_type_0 = RecordClient.from_dict(data)

            return client_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | RecordClient | Unset, data)

    client = _parse_client(json_value)

    return client


def _read_goods_transactions(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _goods_transactions = json_value
    goods_transactions: list[JsonObject] | Unset = UNSET
    if _goods_transactions is not UNSET:
        goods_transactions = JsonObject._lazy_list(_goods_transactions, parse_ctx)

    return goods_transactions


def _read_custom_fields(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _custom_fields = json_value
    custom_fields: list[JsonObject] | Unset = UNSET
    if _custom_fields is not UNSET:
        custom_fields = JsonObject._lazy_list(_custom_fields, parse_ctx)

    return custom_fields


def _read_record_labels(json_value: Any, parse_ctx: ParseContext) -> list[RecordRecordLabelsItem] | Unset:
    RecordRecordLabelsItem = MODEL_CLASSES.get("altegio_client.models.record_record_labels_item") or model_class(
        "altegio_client.models.record_record_labels_item", "RecordRecordLabelsItem"
    )

    _record_labels = json_value
    record_labels: list[RecordRecordLabelsItem] | Unset = UNSET
    if _record_labels is not UNSET:
        record_labels = RecordRecordLabelsItem._lazy_list(_record_labels, parse_ctx)

    return record_labels


def _read_documents(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _documents = json_value
    documents: list[JsonObject] | Unset = UNSET
    if _documents is not UNSET:
        documents = JsonObject._lazy_list(_documents, parse_ctx)

    return documents


def _read_comer(json_value: Any, parse_ctx: ParseContext) -> JsonObject | None | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    def _parse_comer(data: object) -> JsonObject | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            comer_type_0 = new_model(JsonObject)
            comer_type_0.additional_properties = dict(data)

            return comer_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(JsonObject | None | Unset, data)

    comer = _parse_comer(json_value)

    return comer


def _read_comer_person_info(json_value: Any, parse_ctx: ParseContext) -> JsonObject | None | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    def _parse_comer_person_info(data: object) -> JsonObject | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            comer_person_info_type_0 = new_model(JsonObject)
            comer_person_info_type_0.additional_properties = dict(data)

            return comer_person_info_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(JsonObject | None | Unset, data)

    comer_person_info = _parse_comer_person_info(json_value)

    return comer_person_info


def _read_composite(json_value: Any, parse_ctx: ParseContext) -> JsonObject | list[Any] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    def _parse_composite(data: object) -> JsonObject | list[Any] | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            composite_type_0 = new_model(JsonObject)
            composite_type_0.additional_properties = dict(data)

            return composite_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, list):
            raise TypeError()
        composite_type_1 = cast(list[Any], data)

        return composite_type_1

    composite = _parse_composite(json_value)

    return composite


_DECLARED_KEYS = frozenset(
    {
        "id",
        "company_id",
        "staff_id",
        "clients_count",
        "date",
        "datetime",
        "create_date",
        "last_change_date",
        "comment",
        "online",
        "visit_id",
        "visit_attendance",
        "attendance",
        "confirmed",
        "seance_length",
        "length",
        "sms_before",
        "sms_now",
        "sms_now_text",
        "email_now",
        "notified",
        "master_request",
        "api_id",
        "from_url",
        "review_requested",
        "created_user_id",
        "deleted",
        "paid_full",
        "prepaid",
        "prepaid_confirmed",
        "is_update_blocked",
        "activity_id",
        "bookform_id",
        "record_from",
        "is_mobile",
        "services",
        "staff",
        "client",
        "goods_transactions",
        "custom_fields",
        "custom_color",
        "custom_font_color",
        "record_labels",
        "documents",
        "short_link",
        "sms_remain_hours",
        "email_remain_hours",
        "comer",
        "comer_person_info",
        "composite",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


Record._lazy_fields = {
    "id": ("id", None, False),
    "company_id": ("company_id", None, False),
    "staff_id": ("staff_id", None, False),
    "clients_count": ("clients_count", None, False),
    "date": ("date", None, False),
    "datetime": ("datetime", _read_datetime, False),
    "create_date": ("create_date", _read_create_date, False),
    "last_change_date": ("last_change_date", _read_last_change_date, False),
    "comment": ("comment", None, False),
    "online": ("online", None, False),
    "visit_id": ("visit_id", None, False),
    "visit_attendance": ("visit_attendance", None, False),
    "attendance": ("attendance", None, False),
    "confirmed": ("confirmed", _read_confirmed, False),
    "seance_length": ("seance_length", None, False),
    "length": ("length", None, False),
    "sms_before": ("sms_before", _read_sms_before, False),
    "sms_now": ("sms_now", None, False),
    "sms_now_text": ("sms_now_text", None, False),
    "email_now": ("email_now", _read_email_now, False),
    "notified": ("notified", None, False),
    "master_request": ("master_request", None, False),
    "api_id": ("api_id", None, False),
    "from_url": ("from_url", None, False),
    "review_requested": ("review_requested", _read_review_requested, False),
    "created_user_id": ("created_user_id", None, False),
    "deleted": ("deleted", None, False),
    "paid_full": ("paid_full", None, False),
    "prepaid": ("prepaid", None, False),
    "prepaid_confirmed": ("prepaid_confirmed", None, False),
    "is_update_blocked": ("is_update_blocked", None, False),
    "activity_id": ("activity_id", None, False),
    "bookform_id": ("bookform_id", None, False),
    "record_from": ("record_from", None, False),
    "is_mobile": ("is_mobile", None, False),
    "services": ("services", _read_services, False),
    "staff": ("staff", _read_staff, False),
    "client": ("client", _read_client, False),
    "goods_transactions": ("goods_transactions", _read_goods_transactions, False),
    "custom_fields": ("custom_fields", _read_custom_fields, False),
    "custom_color": ("custom_color", None, False),
    "custom_font_color": ("custom_font_color", None, False),
    "record_labels": ("record_labels", _read_record_labels, False),
    "documents": ("documents", _read_documents, False),
    "short_link": ("short_link", None, False),
    "sms_remain_hours": ("sms_remain_hours", None, False),
    "email_remain_hours": ("email_remain_hours", None, False),
    "comer": ("comer", _read_comer, False),
    "comer_person_info": ("comer_person_info", _read_comer_person_info, False),
    "composite": ("composite", _read_composite, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: Record, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.company_id = get("company_id", UNSET)
    model.staff_id = get("staff_id", UNSET)
    model.clients_count = get("clients_count", UNSET)
    model.date = get("date", UNSET)
    model.comment = get("comment", UNSET)
    model.online = get("online", UNSET)
    model.visit_id = get("visit_id", UNSET)
    model.visit_attendance = get("visit_attendance", UNSET)
    model.attendance = get("attendance", UNSET)
    model.seance_length = get("seance_length", UNSET)
    model.length = get("length", UNSET)
    model.sms_now = get("sms_now", UNSET)
    model.sms_now_text = get("sms_now_text", UNSET)
    model.notified = get("notified", UNSET)
    model.master_request = get("master_request", UNSET)
    model.api_id = get("api_id", UNSET)
    model.from_url = get("from_url", UNSET)
    model.created_user_id = get("created_user_id", UNSET)
    model.deleted = get("deleted", UNSET)
    model.paid_full = get("paid_full", UNSET)
    model.prepaid = get("prepaid", UNSET)
    model.prepaid_confirmed = get("prepaid_confirmed", UNSET)
    model.is_update_blocked = get("is_update_blocked", UNSET)
    model.activity_id = get("activity_id", UNSET)
    model.bookform_id = get("bookform_id", UNSET)
    model.record_from = get("record_from", UNSET)
    model.is_mobile = get("is_mobile", UNSET)
    model.custom_color = get("custom_color", UNSET)
    model.custom_font_color = get("custom_font_color", UNSET)
    model.short_link = get("short_link", UNSET)
    model.sms_remain_hours = get("sms_remain_hours", UNSET)
    model.email_remain_hours = get("email_remain_hours", UNSET)


def _fill_converted(model: Record, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]) -> None:
    get = json_value.get
    if "datetime" not in done:
        value = get("datetime", UNSET)
        if value is UNSET:
            model.datetime = UNSET
        else:
            try:
                try:
                    model.datetime = datetime_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.datetime = types.parse_iso_datetime(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "create_date" not in done:
        value = get("create_date", UNSET)
        if value is UNSET:
            model.create_date = UNSET
        else:
            try:
                try:
                    model.create_date = datetime_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.create_date = types.parse_iso_datetime(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "last_change_date" not in done:
        value = get("last_change_date", UNSET)
        if value is UNSET:
            model.last_change_date = UNSET
        else:
            try:
                try:
                    model.last_change_date = datetime_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.last_change_date = types.parse_iso_datetime(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "confirmed" not in done:
        value = get("confirmed", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.confirmed = UNSET
        else:
            try:
                model.confirmed = _read_confirmed(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "sms_before" not in done:
        value = get("sms_before", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.sms_before = UNSET
        else:
            try:
                model.sms_before = _read_sms_before(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "email_now" not in done:
        value = get("email_now", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.email_now = UNSET
        else:
            try:
                model.email_now = _read_email_now(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "review_requested" not in done:
        value = get("review_requested", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.review_requested = UNSET
        else:
            try:
                model.review_requested = _read_review_requested(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "services" not in done:
        value = get("services", UNSET)
        if value is UNSET:
            model.services = UNSET
        elif value == []:
            model.services = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.record_services_item") or model_builder(
                "altegio_client.models.record_services_item", "RecordServicesItem"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.services = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "staff" not in done:
        value = get("staff", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.staff = UNSET
        else:
            try:
                model.staff = _read_staff(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "client" not in done:
        value = get("client", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.client = UNSET
        else:
            try:
                model.client = _read_client(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "goods_transactions" not in done:
        value = get("goods_transactions", UNSET)
        if value is UNSET:
            model.goods_transactions = UNSET
        elif value == []:
            model.goods_transactions = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.goods_transactions = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "custom_fields" not in done:
        value = get("custom_fields", UNSET)
        if value is UNSET:
            model.custom_fields = UNSET
        elif value == []:
            model.custom_fields = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.custom_fields = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "record_labels" not in done:
        value = get("record_labels", UNSET)
        if value is UNSET:
            model.record_labels = UNSET
        elif value == []:
            model.record_labels = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.record_record_labels_item") or model_builder(
                "altegio_client.models.record_record_labels_item", "RecordRecordLabelsItem"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.record_labels = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "documents" not in done:
        value = get("documents", UNSET)
        if value is UNSET:
            model.documents = UNSET
        elif value == []:
            model.documents = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.documents = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "comer" not in done:
        value = get("comer", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.comer = UNSET
        elif _builtins.type(value) is dict:
            # the union's JsonObject branch: what _read_comer makes of an object
            json_object = new_model(
                MODEL_CLASSES.get("altegio_client.models.json_object")
                or model_class("altegio_client.models.json_object", "JsonObject")
            )
            json_object.additional_properties = dict(value)
            model.comer = json_object
        else:
            try:
                model.comer = _read_comer(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "comer_person_info" not in done:
        value = get("comer_person_info", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.comer_person_info = UNSET
        elif _builtins.type(value) is dict:
            # the union's JsonObject branch: what _read_comer_person_info makes of an object
            json_object = new_model(
                MODEL_CLASSES.get("altegio_client.models.json_object")
                or model_class("altegio_client.models.json_object", "JsonObject")
            )
            json_object.additional_properties = dict(value)
            model.comer_person_info = json_object
        else:
            try:
                model.comer_person_info = _read_comer_person_info(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "composite" not in done:
        value = get("composite", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.composite = UNSET
        elif _builtins.type(value) is dict:
            # the union's JsonObject branch: what _read_composite makes of an object
            json_object = new_model(
                MODEL_CLASSES.get("altegio_client.models.json_object")
                or model_class("altegio_client.models.json_object", "JsonObject")
            )
            json_object.additional_properties = dict(value)
            model.composite = json_object
        else:
            try:
                model.composite = _read_composite(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: Record | None = None) -> Record:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return Record._lazy(json_value, parse_ctx)
        model = new_model(Record)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(Record, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (
        value_datetime,
        value_create_date,
        value_last_change_date,
        value_confirmed,
        value_sms_before,
        value_email_now,
        value_review_requested,
        value_services,
        value_staff,
        value_client,
        value_goods_transactions,
        value_custom_fields,
        value_record_labels,
        value_documents,
        value_comer,
        value_comer_person_info,
        value_composite,
    ) = fill(json_value, model)
    if value_datetime is UNSET:
        model.datetime = UNSET
    else:
        try:
            try:
                model.datetime = datetime_from_iso(value_datetime)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.datetime = types.parse_iso_datetime(value_datetime)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_create_date is UNSET:
        model.create_date = UNSET
    else:
        try:
            try:
                model.create_date = datetime_from_iso(value_create_date)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.create_date = types.parse_iso_datetime(value_create_date)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_last_change_date is UNSET:
        model.last_change_date = UNSET
    else:
        try:
            try:
                model.last_change_date = datetime_from_iso(value_last_change_date)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.last_change_date = types.parse_iso_datetime(value_last_change_date)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_confirmed is UNSET:  # what every optional field's converter returns for it
        model.confirmed = UNSET
    else:
        try:
            model.confirmed = _read_confirmed(value_confirmed, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_sms_before is UNSET:  # what every optional field's converter returns for it
        model.sms_before = UNSET
    else:
        try:
            model.sms_before = _read_sms_before(value_sms_before, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_email_now is UNSET:  # what every optional field's converter returns for it
        model.email_now = UNSET
    else:
        try:
            model.email_now = _read_email_now(value_email_now, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_review_requested is UNSET:  # what every optional field's converter returns for it
        model.review_requested = UNSET
    else:
        try:
            model.review_requested = _read_review_requested(value_review_requested, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_services is UNSET:
        model.services = UNSET
    elif value_services == []:
        model.services = value_services  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.record_services_item") or model_builder(
            "altegio_client.models.record_services_item", "RecordServicesItem"
        )
        try:
            if _builtins.type(value_services) is not list:
                raise TypeError
            model.services = [build(item, parse_ctx) for item in value_services]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_staff is UNSET:  # what every optional field's converter returns for it
        model.staff = UNSET
    else:
        try:
            model.staff = _read_staff(value_staff, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_client is UNSET:  # what every optional field's converter returns for it
        model.client = UNSET
    else:
        try:
            model.client = _read_client(value_client, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_goods_transactions is UNSET:
        model.goods_transactions = UNSET
    elif value_goods_transactions == []:
        model.goods_transactions = value_goods_transactions  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
        )
        try:
            if _builtins.type(value_goods_transactions) is not list:
                raise TypeError
            model.goods_transactions = [build(item, parse_ctx) for item in value_goods_transactions]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_custom_fields is UNSET:
        model.custom_fields = UNSET
    elif value_custom_fields == []:
        model.custom_fields = value_custom_fields  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
        )
        try:
            if _builtins.type(value_custom_fields) is not list:
                raise TypeError
            model.custom_fields = [build(item, parse_ctx) for item in value_custom_fields]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_record_labels is UNSET:
        model.record_labels = UNSET
    elif value_record_labels == []:
        model.record_labels = value_record_labels  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.record_record_labels_item") or model_builder(
            "altegio_client.models.record_record_labels_item", "RecordRecordLabelsItem"
        )
        try:
            if _builtins.type(value_record_labels) is not list:
                raise TypeError
            model.record_labels = [build(item, parse_ctx) for item in value_record_labels]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_documents is UNSET:
        model.documents = UNSET
    elif value_documents == []:
        model.documents = value_documents  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
        )
        try:
            if _builtins.type(value_documents) is not list:
                raise TypeError
            model.documents = [build(item, parse_ctx) for item in value_documents]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_comer is UNSET:  # what every optional field's converter returns for it
        model.comer = UNSET
    elif _builtins.type(value_comer) is dict:
        # the union's JsonObject branch: what _read_comer makes of an object
        json_object = new_model(
            MODEL_CLASSES.get("altegio_client.models.json_object")
            or model_class("altegio_client.models.json_object", "JsonObject")
        )
        json_object.additional_properties = dict(value_comer)
        model.comer = json_object
    else:
        try:
            model.comer = _read_comer(value_comer, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_comer_person_info is UNSET:  # what every optional field's converter returns for it
        model.comer_person_info = UNSET
    elif _builtins.type(value_comer_person_info) is dict:
        # the union's JsonObject branch: what _read_comer_person_info makes of an object
        json_object = new_model(
            MODEL_CLASSES.get("altegio_client.models.json_object")
            or model_class("altegio_client.models.json_object", "JsonObject")
        )
        json_object.additional_properties = dict(value_comer_person_info)
        model.comer_person_info = json_object
    else:
        try:
            model.comer_person_info = _read_comer_person_info(value_comer_person_info, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_composite is UNSET:  # what every optional field's converter returns for it
        model.composite = UNSET
    elif _builtins.type(value_composite) is dict:
        # the union's JsonObject branch: what _read_composite makes of an object
        json_object = new_model(
            MODEL_CLASSES.get("altegio_client.models.json_object")
            or model_class("altegio_client.models.json_object", "JsonObject")
        )
        json_object.additional_properties = dict(value_composite)
        model.composite = json_object
    else:
        try:
            model.composite = _read_composite(value_composite, parse_ctx)
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
        model.__class__ = lazily_read_class(Record)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = Record
        del model._raw, model._context
    return model


Record._lazy_fill = (_fill_plain, _fill_converted, _build)
