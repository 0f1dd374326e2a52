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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.appointment_client import AppointmentClient
    from ..models.appointment_comer_person_info import AppointmentComerPersonInfo
    from ..models.appointment_consumables_item import AppointmentConsumablesItem
    from ..models.appointment_documents_item import AppointmentDocumentsItem
    from ..models.appointment_finance_transactions_item import (
        AppointmentFinanceTransactionsItem,
    )
    from ..models.appointment_record_labels_item import AppointmentRecordLabelsItem
    from ..models.appointment_services_item import AppointmentServicesItem
    from ..models.appointment_staff import AppointmentStaff
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="Appointment")


@_attrs_define
class Appointment(LazyModel):
    """Object with data"""

    id: int | Unset = UNSET
    """ Appointment ID """
    company_id: int | Unset = UNSET
    """ location ID """
    staff_id: int | Unset = UNSET
    """ team member ID """
    services: list[AppointmentServicesItem] | Unset = UNSET
    """ Array of objects with services in the appointment """
    goods_transactions: list[JsonObject] | Unset = UNSET
    """ Array of commodity transactions """
    staff: AppointmentStaff | Unset = UNSET
    """ team member data object """
    client: AppointmentClient | None | Unset = UNSET
    date: _datetime.datetime | Unset = UNSET
    """ Session date """
    datetime: _datetime.datetime | Unset = UNSET
    """ Session date in ISO """
    create_date: _datetime.datetime | Unset = UNSET
    """ Session creation date """
    comment: str | Unset = UNSET
    """ Appointment Comment """
    online: bool | Unset = UNSET
    """ (Read only) Whether the appointment is online or not (false if the appointment was made by an administrator)
    """
    visit_attendance: float | Unset = UNSET
    """ Visit status, 2 - The user confirmed the appointment, 1 - The user came, the services were provided, 0 - the
    user is waiting, -1 - the user did not come to the visit """
    attendance: float | Unset = UNSET
    """ Appointment status, 2 - User confirmed the appointment, 1 - The user has arrived, services have been
    rendered, 0 - the user is waiting, -1 - the user has not come to visit """
    confirmed: float | Unset = UNSET
    """ Appointment confirmation status, 0 - not confirmed, 1 - confirmed """
    seance_length: float | Unset = UNSET
    """ Appointment duration in seconds. Includes technical_break_duration. Equal to the sum of services plus the
    technical break. """
    length: float | Unset = UNSET
    """ Appointment duration in seconds. Alias of seance_length. Includes technical_break_duration. """
    sms_before: float | Unset = UNSET
    """ Whether to send an SMS reminder to the client (if the client is specified) """
    sms_now: float | Unset = UNSET
    """ Did you send SMS when adding an appointment """
    sms_now_text: str | Unset = UNSET
    """ SMS text """
    email_now: float | Unset = UNSET
    """ Has an email notification been sent? """
    notified: float | Unset = UNSET
    """ Flag for confirmation of the appointment by the location administrator, if the client asked to confirm the
    appointment """
    master_request: float | Unset = UNSET
    """ Indicates whether a specific team member was selected for the appointment. Set to false if the "any team
    member" option was chosen """
    api_id: str | Unset = UNSET
    """ External appointment ID """
    from_url: str | Unset = UNSET
    """ From which page the transition was made to complete the appointment (website, VK application, etc.) """
    review_requested: float | Unset = UNSET
    """ Flag for requesting visit feedback from the client """
    is_remind_sms_sent: bool | Unset = UNSET
    """ Has reminder SMS been sent """
    visit_id: int | Unset = UNSET
    """ Visit ID """
    created_user_id: int | Unset = UNSET
    """ ID of the user who created the appointment """
    deleted: bool | Unset = UNSET
    """ (Read only) Whether the appointment was deleted (true if deleted) """
    paid_full: float | Unset = UNSET
    """ Flag, whether the appointment is paid in full (1 - if paid in full) """
    prepaid: bool | Unset = UNSET
    """ Is online payment available """
    prepaid_confirmed: bool | Unset = UNSET
    """ Online payment status """
    last_change_date: _datetime.datetime | Unset = UNSET
    """ The date and time when the appointment was last modified """
    custom_color: str | Unset = UNSET
    """ Log appointment color """
    custom_font_color: str | Unset = UNSET
    """ (Only when reading) Write font color """
    record_labels: list[AppointmentRecordLabelsItem] | Unset = UNSET
    """ Array of appointment categories """
    activity_id: int | Unset = UNSET
    """ Group event ID """
    custom_fields: JsonObject | list[Any] | Unset = UNSET
    """ Custom appointment fields (object or empty array) """
    documents: list[AppointmentDocumentsItem] | Unset = UNSET
    sms_remain_hours: float | None | Unset = UNSET
    """ How many hours before the start of the visit to send an SMS with a reminder """
    email_remain_hours: float | None | Unset = UNSET
    """ How many hours before the start of the visit to send a reminder email """
    bookform_id: int | Unset = UNSET
    """ Online Appointment Form ID """
    record_from: str | Unset = UNSET
    """ Name of online registration form """
    is_mobile: float | Unset = UNSET
    """ Type of device used to register (0 - appointment created by administrator, via web version or mobile app for
    administrators, 1 - Mobile browser, online appointment widget, 2 - Desktop browser, online appointment widget)
    """
    is_sale_bill_printed: bool | Unset = UNSET
    """ Is the sales receipt printed? """
    consumables: list[AppointmentConsumablesItem] | Unset = UNSET
    """ Consumable Array """
    finance_transactions: list[AppointmentFinanceTransactionsItem] | Unset = UNSET
    """ Array of financial transactions """
    acceptance_free: bool | None | Unset = UNSET
    """ Acceptance free flag """
    clients_count: float | Unset = UNSET
    """ Number of clients in appointment """
    comer: bool | None | Unset = UNSET
    """ Comer flag """
    comer_person_info: AppointmentComerPersonInfo | None | Unset = UNSET
    is_update_blocked: bool | Unset = UNSET
    """ Update blocked flag """
    payment_status: float | str | Unset = UNSET
    """ Payment status """
    resource_instance_ids: list[int] | Unset = UNSET
    """ Resource instance IDs """
    short_link: str | Unset = UNSET
    """ Short link to appointment """
    technical_break_duration: float | Unset = UNSET
    """ Technical break duration in seconds """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.appointment_client import AppointmentClient  # noqa: PLC0415
        from ..models.appointment_comer_person_info import AppointmentComerPersonInfo  # noqa: PLC0415
        from ..models.json_object import JsonObject  # noqa: PLC0415

        id = self.id

        company_id = self.company_id

        staff_id = self.staff_id

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        goods_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goods_transactions, Unset):
            goods_transactions = []
            for goods_transactions_item_data in self.goods_transactions:
                goods_transactions_item = goods_transactions_item_data.to_dict()
                goods_transactions.append(goods_transactions_item)

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        client: dict[str, Any] | None | Unset
        if isinstance(self.client, Unset):
            client = UNSET
        elif isinstance(self.client, AppointmentClient):
            client = self.client.to_dict()
        else:
            client = self.client

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        datetime: str | Unset = UNSET
        if not isinstance(self.datetime, Unset):
            datetime = self.datetime.isoformat()

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = self.create_date.isoformat()

        comment = self.comment

        online = self.online

        visit_attendance = self.visit_attendance

        attendance = self.attendance

        confirmed = self.confirmed

        seance_length = self.seance_length

        length = self.length

        sms_before = self.sms_before

        sms_now = self.sms_now

        sms_now_text = self.sms_now_text

        email_now = self.email_now

        notified = self.notified

        master_request = self.master_request

        api_id = self.api_id

        from_url = self.from_url

        review_requested = self.review_requested

        is_remind_sms_sent = self.is_remind_sms_sent

        visit_id = self.visit_id

        created_user_id = self.created_user_id

        deleted = self.deleted

        paid_full = self.paid_full

        prepaid = self.prepaid

        prepaid_confirmed = self.prepaid_confirmed

        last_change_date: str | Unset = UNSET
        if not isinstance(self.last_change_date, Unset):
            last_change_date = self.last_change_date.isoformat()

        custom_color = self.custom_color

        custom_font_color = self.custom_font_color

        record_labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.record_labels, Unset):
            record_labels = []
            for record_labels_item_data in self.record_labels:
                record_labels_item = record_labels_item_data.to_dict()
                record_labels.append(record_labels_item)

        activity_id = self.activity_id

        custom_fields: dict[str, Any] | list[Any] | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, JsonObject):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields

        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = []
            for documents_item_data in self.documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)

        sms_remain_hours: float | None | Unset
        if isinstance(self.sms_remain_hours, Unset):
            sms_remain_hours = UNSET
        else:
            sms_remain_hours = self.sms_remain_hours

        email_remain_hours: float | None | Unset
        if isinstance(self.email_remain_hours, Unset):
            email_remain_hours = UNSET
        else:
            email_remain_hours = self.email_remain_hours

        bookform_id = self.bookform_id

        record_from = self.record_from

        is_mobile = self.is_mobile

        is_sale_bill_printed = self.is_sale_bill_printed

        consumables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.consumables, Unset):
            consumables = []
            for consumables_item_data in self.consumables:
                consumables_item = consumables_item_data.to_dict()
                consumables.append(consumables_item)

        finance_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.finance_transactions, Unset):
            finance_transactions = []
            for finance_transactions_item_data in self.finance_transactions:
                finance_transactions_item = finance_transactions_item_data.to_dict()
                finance_transactions.append(finance_transactions_item)

        acceptance_free: bool | None | Unset
        if isinstance(self.acceptance_free, Unset):
            acceptance_free = UNSET
        else:
            acceptance_free = self.acceptance_free

        clients_count = self.clients_count

        comer: bool | None | Unset
        if isinstance(self.comer, Unset):
            comer = UNSET
        else:
            comer = self.comer

        comer_person_info: dict[str, Any] | None | Unset
        if isinstance(self.comer_person_info, Unset):
            comer_person_info = UNSET
        elif isinstance(self.comer_person_info, AppointmentComerPersonInfo):
            comer_person_info = self.comer_person_info.to_dict()
        else:
            comer_person_info = self.comer_person_info

        is_update_blocked = self.is_update_blocked

        payment_status: float | str | Unset
        if isinstance(self.payment_status, Unset):
            payment_status = UNSET
        else:
            payment_status = self.payment_status

        resource_instance_ids: list[int] | Unset = UNSET
        if not isinstance(self.resource_instance_ids, Unset):
            resource_instance_ids = self.resource_instance_ids

        short_link = self.short_link

        technical_break_duration = self.technical_break_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if services is not UNSET:
            field_dict["services"] = services
        if goods_transactions is not UNSET:
            field_dict["goods_transactions"] = goods_transactions
        if staff is not UNSET:
            field_dict["staff"] = staff
        if client is not UNSET:
            field_dict["client"] = client
        if date is not UNSET:
            field_dict["date"] = date
        if datetime is not UNSET:
            field_dict["datetime"] = datetime
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if online is not UNSET:
            field_dict["online"] = online
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
        if is_remind_sms_sent is not UNSET:
            field_dict["is_remind_sms_sent"] = is_remind_sms_sent
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id
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
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if custom_color is not UNSET:
            field_dict["custom_color"] = custom_color
        if custom_font_color is not UNSET:
            field_dict["custom_font_color"] = custom_font_color
        if record_labels is not UNSET:
            field_dict["record_labels"] = record_labels
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if documents is not UNSET:
            field_dict["documents"] = documents
        if sms_remain_hours is not UNSET:
            field_dict["sms_remain_hours"] = sms_remain_hours
        if email_remain_hours is not UNSET:
            field_dict["email_remain_hours"] = email_remain_hours
        if bookform_id is not UNSET:
            field_dict["bookform_id"] = bookform_id
        if record_from is not UNSET:
            field_dict["record_from"] = record_from
        if is_mobile is not UNSET:
            field_dict["is_mobile"] = is_mobile
        if is_sale_bill_printed is not UNSET:
            field_dict["is_sale_bill_printed"] = is_sale_bill_printed
        if consumables is not UNSET:
            field_dict["consumables"] = consumables
        if finance_transactions is not UNSET:
            field_dict["finance_transactions"] = finance_transactions
        if acceptance_free is not UNSET:
            field_dict["acceptance_free"] = acceptance_free
        if clients_count is not UNSET:
            field_dict["clients_count"] = clients_count
        if comer is not UNSET:
            field_dict["comer"] = comer
        if comer_person_info is not UNSET:
            field_dict["comer_person_info"] = comer_person_info
        if is_update_blocked is not UNSET:
            field_dict["is_update_blocked"] = is_update_blocked
        if payment_status is not UNSET:
            field_dict["payment_status"] = payment_status
        if resource_instance_ids is not UNSET:
            field_dict["resource_instance_ids"] = resource_instance_ids
        if short_link is not UNSET:
            field_dict["short_link"] = short_link
        if technical_break_duration is not UNSET:
            field_dict["technical_break_duration"] = technical_break_duration

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.appointment_client import AppointmentClient  # noqa: PLC0415
        from ..models.appointment_comer_person_info import AppointmentComerPersonInfo  # noqa: PLC0415
        from ..models.appointment_consumables_item import AppointmentConsumablesItem  # noqa: PLC0415
        from ..models.appointment_documents_item import AppointmentDocumentsItem  # noqa: PLC0415
        from ..models.appointment_finance_transactions_item import (
            AppointmentFinanceTransactionsItem,  # noqa: PLC0415
        )
        from ..models.appointment_record_labels_item import AppointmentRecordLabelsItem  # noqa: PLC0415
        from ..models.appointment_services_item import AppointmentServicesItem  # noqa: PLC0415
        from ..models.appointment_staff import AppointmentStaff  # noqa: PLC0415
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        company_id = d.pop("company_id", UNSET)

        staff_id = d.pop("staff_id", UNSET)

        _services = d.pop("services", UNSET)
        services: list[AppointmentServicesItem] | Unset = UNSET
        if _services is not UNSET:
            services = []
            for services_item_data in _services:
                services_item = AppointmentServicesItem.from_dict(services_item_data)

                services.append(services_item)

        _goods_transactions = d.pop("goods_transactions", UNSET)
        goods_transactions: list[JsonObject] | Unset = UNSET
        if _goods_transactions is not UNSET:
            goods_transactions = []
            for goods_transactions_item_data in _goods_transactions:
                goods_transactions_item = JsonObject.from_dict(goods_transactions_item_data)

                goods_transactions.append(goods_transactions_item)

        _staff = d.pop("staff", UNSET)
        staff: AppointmentStaff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = AppointmentStaff.from_dict(_staff)

        def _parse_client(data: object) -> AppointmentClient | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                client_type_0 = AppointmentClient.from_dict(data)

                return client_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AppointmentClient | None | Unset, data)

        client = _parse_client(d.pop("client", UNSET))

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = types.parse_iso_datetime(_date)

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

        comment = d.pop("comment", UNSET)

        online = d.pop("online", UNSET)

        visit_attendance = d.pop("visit_attendance", UNSET)

        attendance = d.pop("attendance", UNSET)

        confirmed = d.pop("confirmed", UNSET)

        seance_length = d.pop("seance_length", UNSET)

        length = d.pop("length", UNSET)

        sms_before = d.pop("sms_before", UNSET)

        sms_now = d.pop("sms_now", UNSET)

        sms_now_text = d.pop("sms_now_text", UNSET)

        email_now = d.pop("email_now", UNSET)

        notified = d.pop("notified", UNSET)

        master_request = d.pop("master_request", UNSET)

        api_id = d.pop("api_id", UNSET)

        from_url = d.pop("from_url", UNSET)

        review_requested = d.pop("review_requested", UNSET)

        is_remind_sms_sent = d.pop("is_remind_sms_sent", UNSET)

        visit_id = d.pop("visit_id", UNSET)

        created_user_id = d.pop("created_user_id", UNSET)

        deleted = d.pop("deleted", UNSET)

        paid_full = d.pop("paid_full", UNSET)

        prepaid = d.pop("prepaid", UNSET)

        prepaid_confirmed = d.pop("prepaid_confirmed", UNSET)

        _last_change_date = d.pop("last_change_date", UNSET)
        last_change_date: datetime.datetime | Unset
        if isinstance(_last_change_date, Unset):
            last_change_date = UNSET
        else:
            last_change_date = types.parse_iso_datetime(_last_change_date)

        custom_color = d.pop("custom_color", UNSET)

        custom_font_color = d.pop("custom_font_color", UNSET)

        _record_labels = d.pop("record_labels", UNSET)
        record_labels: list[AppointmentRecordLabelsItem] | Unset = UNSET
        if _record_labels is not UNSET:
            record_labels = []
            for record_labels_item_data in _record_labels:
                record_labels_item = AppointmentRecordLabelsItem.from_dict(record_labels_item_data)

                record_labels.append(record_labels_item)

        activity_id = d.pop("activity_id", UNSET)

        def _parse_custom_fields(data: object) -> JsonObject | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_fields_type_0 = JsonObject.from_dict(data)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            custom_fields_type_1 = cast(list[Any], data)

            return custom_fields_type_1

        custom_fields = _parse_custom_fields(d.pop("custom_fields", UNSET))

        _documents = d.pop("documents", UNSET)
        documents: list[AppointmentDocumentsItem] | Unset = UNSET
        if _documents is not UNSET:
            documents = []
            for documents_item_data in _documents:
                documents_item = AppointmentDocumentsItem.from_dict(documents_item_data)

                documents.append(documents_item)

        def _parse_sms_remain_hours(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        sms_remain_hours = _parse_sms_remain_hours(d.pop("sms_remain_hours", UNSET))

        def _parse_email_remain_hours(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        email_remain_hours = _parse_email_remain_hours(d.pop("email_remain_hours", UNSET))

        bookform_id = d.pop("bookform_id", UNSET)

        record_from = d.pop("record_from", UNSET)

        is_mobile = d.pop("is_mobile", UNSET)

        is_sale_bill_printed = d.pop("is_sale_bill_printed", UNSET)

        _consumables = d.pop("consumables", UNSET)
        consumables: list[AppointmentConsumablesItem] | Unset = UNSET
        if _consumables is not UNSET:
            consumables = []
            for consumables_item_data in _consumables:
                consumables_item = AppointmentConsumablesItem.from_dict(consumables_item_data)

                consumables.append(consumables_item)

        _finance_transactions = d.pop("finance_transactions", UNSET)
        finance_transactions: list[AppointmentFinanceTransactionsItem] | Unset = UNSET
        if _finance_transactions is not UNSET:
            finance_transactions = []
            for finance_transactions_item_data in _finance_transactions:
                finance_transactions_item = AppointmentFinanceTransactionsItem.from_dict(finance_transactions_item_data)

                finance_transactions.append(finance_transactions_item)

        def _parse_acceptance_free(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        acceptance_free = _parse_acceptance_free(d.pop("acceptance_free", UNSET))

        clients_count = d.pop("clients_count", UNSET)

        def _parse_comer(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        comer = _parse_comer(d.pop("comer", UNSET))

        def _parse_comer_person_info(data: object) -> AppointmentComerPersonInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                comer_person_info_type_0 = AppointmentComerPersonInfo.from_dict(data)

                return comer_person_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AppointmentComerPersonInfo | None | Unset, data)

        comer_person_info = _parse_comer_person_info(d.pop("comer_person_info", UNSET))

        is_update_blocked = d.pop("is_update_blocked", UNSET)

        def _parse_payment_status(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        payment_status = _parse_payment_status(d.pop("payment_status", UNSET))

        resource_instance_ids = cast(list[int], d.pop("resource_instance_ids", UNSET))

        short_link = d.pop("short_link", UNSET)

        technical_break_duration = d.pop("technical_break_duration", UNSET)

        appointment = cls(
            id=id,
            company_id=company_id,
            staff_id=staff_id,
            services=services,
            goods_transactions=goods_transactions,
            staff=staff,
            client=client,
            date=date,
            datetime=datetime,
            create_date=create_date,
            comment=comment,
            online=online,
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
            is_remind_sms_sent=is_remind_sms_sent,
            visit_id=visit_id,
            created_user_id=created_user_id,
            deleted=deleted,
            paid_full=paid_full,
            prepaid=prepaid,
            prepaid_confirmed=prepaid_confirmed,
            last_change_date=last_change_date,
            custom_color=custom_color,
            custom_font_color=custom_font_color,
            record_labels=record_labels,
            activity_id=activity_id,
            custom_fields=custom_fields,
            documents=documents,
            sms_remain_hours=sms_remain_hours,
            email_remain_hours=email_remain_hours,
            bookform_id=bookform_id,
            record_from=record_from,
            is_mobile=is_mobile,
            is_sale_bill_printed=is_sale_bill_printed,
            consumables=consumables,
            finance_transactions=finance_transactions,
            acceptance_free=acceptance_free,
            clients_count=clients_count,
            comer=comer,
            comer_person_info=comer_person_info,
            is_update_blocked=is_update_blocked,
            payment_status=payment_status,
            resource_instance_ids=resource_instance_ids,
            short_link=short_link,
            technical_break_duration=technical_break_duration,
        )

        appointment.additional_properties = d
        return appointment

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


def _read_services(json_value: Any, parse_ctx: ParseContext) -> list[AppointmentServicesItem] | Unset:
    AppointmentServicesItem = MODEL_CLASSES.get("altegio_client.models.appointment_services_item") or model_class(
        "altegio_client.models.appointment_services_item", "AppointmentServicesItem"
    )

    _services = json_value
    services: list[AppointmentServicesItem] | Unset = UNSET
    if _services is not UNSET:
        services = AppointmentServicesItem._lazy_list(_services, parse_ctx)

    return services


def _read_goods_transactions(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _goods_transactions = json_value
    goods_transactions: list[JsonObject] | Unset = UNSET
    if _goods_transactions is not UNSET:
        goods_transactions = JsonObject._lazy_list(_goods_transactions, parse_ctx)

    return goods_transactions


def _read_staff(json_value: Any, parse_ctx: ParseContext) -> AppointmentStaff | Unset:
    AppointmentStaff = MODEL_CLASSES.get("altegio_client.models.appointment_staff") or model_class(
        "altegio_client.models.appointment_staff", "AppointmentStaff"
    )

    _staff = json_value
    staff: AppointmentStaff | Unset
    if isinstance(_staff, Unset):
        staff = UNSET
    else:
        staff = AppointmentStaff._lazy(_staff, parse_ctx)

    return staff


def _read_client(json_value: Any, parse_ctx: ParseContext) -> AppointmentClient | None | Unset:
    AppointmentClient = MODEL_CLASSES.get("altegio_client.models.appointment_client") or model_class(
        "altegio_client.models.appointment_client", "AppointmentClient"
    )

    def _parse_client(data: object) -> AppointmentClient | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            client_type_0 = AppointmentClient.from_dict(data)

            return client_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(AppointmentClient | None | Unset, data)

    client = _parse_client(json_value)

    return client


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


def _read_record_labels(json_value: Any, parse_ctx: ParseContext) -> list[AppointmentRecordLabelsItem] | Unset:
    AppointmentRecordLabelsItem = MODEL_CLASSES.get(
        "altegio_client.models.appointment_record_labels_item"
    ) or model_class("altegio_client.models.appointment_record_labels_item", "AppointmentRecordLabelsItem")

    _record_labels = json_value
    record_labels: list[AppointmentRecordLabelsItem] | Unset = UNSET
    if _record_labels is not UNSET:
        record_labels = AppointmentRecordLabelsItem._lazy_list(_record_labels, parse_ctx)

    return record_labels


def _read_custom_fields(json_value: Any, parse_ctx: ParseContext) -> JsonObject | list[Any] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    def _parse_custom_fields(data: object) -> JsonObject | list[Any] | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            custom_fields_type_0 = new_model(JsonObject)
            custom_fields_type_0.additional_properties = dict(data)

            return custom_fields_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, list):
            raise TypeError()
        custom_fields_type_1 = cast(list[Any], data)

        return custom_fields_type_1

    custom_fields = _parse_custom_fields(json_value)

    return custom_fields


def _read_documents(json_value: Any, parse_ctx: ParseContext) -> list[AppointmentDocumentsItem] | Unset:
    AppointmentDocumentsItem = MODEL_CLASSES.get("altegio_client.models.appointment_documents_item") or model_class(
        "altegio_client.models.appointment_documents_item", "AppointmentDocumentsItem"
    )

    _documents = json_value
    documents: list[AppointmentDocumentsItem] | Unset = UNSET
    if _documents is not UNSET:
        documents = AppointmentDocumentsItem._lazy_list(_documents, parse_ctx)

    return documents


def _read_consumables(json_value: Any, parse_ctx: ParseContext) -> list[AppointmentConsumablesItem] | Unset:
    AppointmentConsumablesItem = MODEL_CLASSES.get("altegio_client.models.appointment_consumables_item") or model_class(
        "altegio_client.models.appointment_consumables_item", "AppointmentConsumablesItem"
    )

    _consumables = json_value
    consumables: list[AppointmentConsumablesItem] | Unset = UNSET
    if _consumables is not UNSET:
        consumables = AppointmentConsumablesItem._lazy_list(_consumables, parse_ctx)

    return consumables


def _read_finance_transactions(
    json_value: Any, parse_ctx: ParseContext
) -> list[AppointmentFinanceTransactionsItem] | Unset:
    AppointmentFinanceTransactionsItem = MODEL_CLASSES.get(
        "altegio_client.models.appointment_finance_transactions_item"
    ) or model_class(
        "altegio_client.models.appointment_finance_transactions_item", "AppointmentFinanceTransactionsItem"
    )

    _finance_transactions = json_value
    finance_transactions: list[AppointmentFinanceTransactionsItem] | Unset = UNSET
    if _finance_transactions is not UNSET:
        finance_transactions = AppointmentFinanceTransactionsItem._lazy_list(_finance_transactions, parse_ctx)

    return finance_transactions


def _read_comer_person_info(json_value: Any, parse_ctx: ParseContext) -> AppointmentComerPersonInfo | None | Unset:
    AppointmentComerPersonInfo = MODEL_CLASSES.get(
        "altegio_client.models.appointment_comer_person_info"
    ) or model_class("altegio_client.models.appointment_comer_person_info", "AppointmentComerPersonInfo")

    def _parse_comer_person_info(data: object) -> AppointmentComerPersonInfo | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            comer_person_info_type_0 = AppointmentComerPersonInfo.from_dict(data)

            return comer_person_info_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(AppointmentComerPersonInfo | None | Unset, data)

    comer_person_info = _parse_comer_person_info(json_value)

    return comer_person_info


_DECLARED_KEYS = frozenset(
    {
        "id",
        "company_id",
        "staff_id",
        "services",
        "goods_transactions",
        "staff",
        "client",
        "date",
        "datetime",
        "create_date",
        "comment",
        "online",
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
        "is_remind_sms_sent",
        "visit_id",
        "created_user_id",
        "deleted",
        "paid_full",
        "prepaid",
        "prepaid_confirmed",
        "last_change_date",
        "custom_color",
        "custom_font_color",
        "record_labels",
        "activity_id",
        "custom_fields",
        "documents",
        "sms_remain_hours",
        "email_remain_hours",
        "bookform_id",
        "record_from",
        "is_mobile",
        "is_sale_bill_printed",
        "consumables",
        "finance_transactions",
        "acceptance_free",
        "clients_count",
        "comer",
        "comer_person_info",
        "is_update_blocked",
        "payment_status",
        "resource_instance_ids",
        "short_link",
        "technical_break_duration",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


Appointment._lazy_fields = {
    "id": ("id", None, False),
    "company_id": ("company_id", None, False),
    "staff_id": ("staff_id", None, False),
    "services": ("services", _read_services, False),
    "goods_transactions": ("goods_transactions", _read_goods_transactions, False),
    "staff": ("staff", _read_staff, False),
    "client": ("client", _read_client, False),
    "date": ("date", _read_date, False),
    "datetime": ("datetime", _read_datetime, False),
    "create_date": ("create_date", _read_create_date, False),
    "comment": ("comment", None, False),
    "online": ("online", None, False),
    "visit_attendance": ("visit_attendance", None, False),
    "attendance": ("attendance", None, False),
    "confirmed": ("confirmed", None, False),
    "seance_length": ("seance_length", None, False),
    "length": ("length", None, False),
    "sms_before": ("sms_before", None, False),
    "sms_now": ("sms_now", None, False),
    "sms_now_text": ("sms_now_text", None, False),
    "email_now": ("email_now", None, False),
    "notified": ("notified", None, False),
    "master_request": ("master_request", None, False),
    "api_id": ("api_id", None, False),
    "from_url": ("from_url", None, False),
    "review_requested": ("review_requested", None, False),
    "is_remind_sms_sent": ("is_remind_sms_sent", None, False),
    "visit_id": ("visit_id", None, False),
    "created_user_id": ("created_user_id", None, False),
    "deleted": ("deleted", None, False),
    "paid_full": ("paid_full", None, False),
    "prepaid": ("prepaid", None, False),
    "prepaid_confirmed": ("prepaid_confirmed", None, False),
    "last_change_date": ("last_change_date", _read_last_change_date, False),
    "custom_color": ("custom_color", None, False),
    "custom_font_color": ("custom_font_color", None, False),
    "record_labels": ("record_labels", _read_record_labels, False),
    "activity_id": ("activity_id", None, False),
    "custom_fields": ("custom_fields", _read_custom_fields, False),
    "documents": ("documents", _read_documents, False),
    "sms_remain_hours": ("sms_remain_hours", None, False),
    "email_remain_hours": ("email_remain_hours", None, False),
    "bookform_id": ("bookform_id", None, False),
    "record_from": ("record_from", None, False),
    "is_mobile": ("is_mobile", None, False),
    "is_sale_bill_printed": ("is_sale_bill_printed", None, False),
    "consumables": ("consumables", _read_consumables, False),
    "finance_transactions": ("finance_transactions", _read_finance_transactions, False),
    "acceptance_free": ("acceptance_free", None, False),
    "clients_count": ("clients_count", None, False),
    "comer": ("comer", None, False),
    "comer_person_info": ("comer_person_info", _read_comer_person_info, False),
    "is_update_blocked": ("is_update_blocked", None, False),
    "payment_status": ("payment_status", None, False),
    "resource_instance_ids": ("resource_instance_ids", None, False),
    "short_link": ("short_link", None, False),
    "technical_break_duration": ("technical_break_duration", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: Appointment, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.company_id = get("company_id", UNSET)
    model.staff_id = get("staff_id", UNSET)
    model.comment = get("comment", UNSET)
    model.online = get("online", UNSET)
    model.visit_attendance = get("visit_attendance", UNSET)
    model.attendance = get("attendance", UNSET)
    model.confirmed = get("confirmed", UNSET)
    model.seance_length = get("seance_length", UNSET)
    model.length = get("length", UNSET)
    model.sms_before = get("sms_before", UNSET)
    model.sms_now = get("sms_now", UNSET)
    model.sms_now_text = get("sms_now_text", UNSET)
    model.email_now = get("email_now", UNSET)
    model.notified = get("notified", UNSET)
    model.master_request = get("master_request", UNSET)
    model.api_id = get("api_id", UNSET)
    model.from_url = get("from_url", UNSET)
    model.review_requested = get("review_requested", UNSET)
    model.is_remind_sms_sent = get("is_remind_sms_sent", UNSET)
    model.visit_id = get("visit_id", UNSET)
    model.created_user_id = get("created_user_id", UNSET)
    model.deleted = get("deleted", UNSET)
    model.paid_full = get("paid_full", UNSET)
    model.prepaid = get("prepaid", UNSET)
    model.prepaid_confirmed = get("prepaid_confirmed", UNSET)
    model.custom_color = get("custom_color", UNSET)
    model.custom_font_color = get("custom_font_color", UNSET)
    model.activity_id = get("activity_id", UNSET)
    model.sms_remain_hours = get("sms_remain_hours", UNSET)
    model.email_remain_hours = get("email_remain_hours", UNSET)
    model.bookform_id = get("bookform_id", UNSET)
    model.record_from = get("record_from", UNSET)
    model.is_mobile = get("is_mobile", UNSET)
    model.is_sale_bill_printed = get("is_sale_bill_printed", UNSET)
    model.acceptance_free = get("acceptance_free", UNSET)
    model.clients_count = get("clients_count", UNSET)
    model.comer = get("comer", UNSET)
    model.is_update_blocked = get("is_update_blocked", UNSET)
    model.payment_status = get("payment_status", UNSET)
    model.resource_instance_ids = get("resource_instance_ids", UNSET)
    model.short_link = get("short_link", UNSET)
    model.technical_break_duration = get("technical_break_duration", UNSET)


def _fill_converted(
    model: Appointment, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "services" not in done:
        value = get("services", UNSET)
        if value is UNSET:
            model.services = UNSET
        elif value == []:
            model.services = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.appointment_services_item") or model_builder(
                "altegio_client.models.appointment_services_item", "AppointmentServicesItem"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.services = [build(item, parse_ctx) for item in value]
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

    if "staff" not in done:
        value = get("staff", UNSET)
        if value is UNSET:
            model.staff = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.appointment_staff") or model_builder(
                "altegio_client.models.appointment_staff", "AppointmentStaff"
            )
            try:
                model.staff = build(value, parse_ctx)
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

    if "record_labels" not in done:
        value = get("record_labels", UNSET)
        if value is UNSET:
            model.record_labels = UNSET
        elif value == []:
            model.record_labels = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.appointment_record_labels_item") or model_builder(
                "altegio_client.models.appointment_record_labels_item", "AppointmentRecordLabelsItem"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.record_labels = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "custom_fields" not in done:
        value = get("custom_fields", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.custom_fields = UNSET
        elif _builtins.type(value) is dict:
            # the union's JsonObject branch: what _read_custom_fields makes of an object
            json_object = new_model(
                MODEL_CLASSES.get("altegio_client.models.json_object")
                or model_class("altegio_client.models.json_object", "JsonObject")
            )
            json_object.additional_properties = dict(value)
            model.custom_fields = json_object
        else:
            try:
                model.custom_fields = _read_custom_fields(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "documents" not in done:
        value = get("documents", UNSET)
        if value is UNSET:
            model.documents = UNSET
        elif value == []:
            model.documents = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.appointment_documents_item") or model_builder(
                "altegio_client.models.appointment_documents_item", "AppointmentDocumentsItem"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.documents = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "consumables" not in done:
        value = get("consumables", UNSET)
        if value is UNSET:
            model.consumables = UNSET
        elif value == []:
            model.consumables = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.appointment_consumables_item") or model_builder(
                "altegio_client.models.appointment_consumables_item", "AppointmentConsumablesItem"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.consumables = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "finance_transactions" not in done:
        value = get("finance_transactions", UNSET)
        if value is UNSET:
            model.finance_transactions = UNSET
        elif value == []:
            model.finance_transactions = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.appointment_finance_transactions_item") or model_builder(
                "altegio_client.models.appointment_finance_transactions_item", "AppointmentFinanceTransactionsItem"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.finance_transactions = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "comer_person_info" not in done:
        value = get("comer_person_info", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.comer_person_info = UNSET
        else:
            try:
                model.comer_person_info = _read_comer_person_info(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: Appointment | None = None) -> Appointment:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return Appointment._lazy(json_value, parse_ctx)
        model = new_model(Appointment)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(Appointment, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (
        value_services,
        value_goods_transactions,
        value_staff,
        value_client,
        value_date,
        value_datetime,
        value_create_date,
        value_last_change_date,
        value_record_labels,
        value_custom_fields,
        value_documents,
        value_consumables,
        value_finance_transactions,
        value_comer_person_info,
    ) = fill(json_value, model)
    if value_services is UNSET:
        model.services = UNSET
    elif value_services == []:
        model.services = value_services  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.appointment_services_item") or model_builder(
            "altegio_client.models.appointment_services_item", "AppointmentServicesItem"
        )
        try:
            if _builtins.type(value_services) is not list:
                raise TypeError
            model.services = [build(item, parse_ctx) for item in value_services]
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

    if value_staff is UNSET:
        model.staff = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.appointment_staff") or model_builder(
            "altegio_client.models.appointment_staff", "AppointmentStaff"
        )
        try:
            model.staff = build(value_staff, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_client is UNSET:  # what every optional field's converter returns for it
        model.client = UNSET
    else:
        try:
            model.client = _read_client(value_client, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

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

    if value_record_labels is UNSET:
        model.record_labels = UNSET
    elif value_record_labels == []:
        model.record_labels = value_record_labels  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.appointment_record_labels_item") or model_builder(
            "altegio_client.models.appointment_record_labels_item", "AppointmentRecordLabelsItem"
        )
        try:
            if _builtins.type(value_record_labels) is not list:
                raise TypeError
            model.record_labels = [build(item, parse_ctx) for item in value_record_labels]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_custom_fields is UNSET:  # what every optional field's converter returns for it
        model.custom_fields = UNSET
    elif _builtins.type(value_custom_fields) is dict:
        # the union's JsonObject branch: what _read_custom_fields makes of an object
        json_object = new_model(
            MODEL_CLASSES.get("altegio_client.models.json_object")
            or model_class("altegio_client.models.json_object", "JsonObject")
        )
        json_object.additional_properties = dict(value_custom_fields)
        model.custom_fields = json_object
    else:
        try:
            model.custom_fields = _read_custom_fields(value_custom_fields, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_documents is UNSET:
        model.documents = UNSET
    elif value_documents == []:
        model.documents = value_documents  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.appointment_documents_item") or model_builder(
            "altegio_client.models.appointment_documents_item", "AppointmentDocumentsItem"
        )
        try:
            if _builtins.type(value_documents) is not list:
                raise TypeError
            model.documents = [build(item, parse_ctx) for item in value_documents]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_consumables is UNSET:
        model.consumables = UNSET
    elif value_consumables == []:
        model.consumables = value_consumables  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.appointment_consumables_item") or model_builder(
            "altegio_client.models.appointment_consumables_item", "AppointmentConsumablesItem"
        )
        try:
            if _builtins.type(value_consumables) is not list:
                raise TypeError
            model.consumables = [build(item, parse_ctx) for item in value_consumables]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_finance_transactions is UNSET:
        model.finance_transactions = UNSET
    elif value_finance_transactions == []:
        model.finance_transactions = value_finance_transactions  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.appointment_finance_transactions_item") or model_builder(
            "altegio_client.models.appointment_finance_transactions_item", "AppointmentFinanceTransactionsItem"
        )
        try:
            if _builtins.type(value_finance_transactions) is not list:
                raise TypeError
            model.finance_transactions = [build(item, parse_ctx) for item in value_finance_transactions]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_comer_person_info is UNSET:  # what every optional field's converter returns for it
        model.comer_person_info = UNSET
    else:
        try:
            model.comer_person_info = _read_comer_person_info(value_comer_person_info, parse_ctx)
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
        model.__class__ = lazily_read_class(Appointment)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = Appointment
        del model._raw, model._context
    return model


Appointment._lazy_fill = (_fill_plain, _fill_converted, _build)
