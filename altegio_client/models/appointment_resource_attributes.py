from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .._codegen import (
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    new_model,
)
from ..models.appointment_resource_attributes_attendance import (
    AppointmentResourceAttributesAttendance,
    check_appointment_resource_attributes_attendance,
)
from ..models.appointment_resource_attributes_attendance_status import (
    AppointmentResourceAttributesAttendanceStatus,
    check_appointment_resource_attributes_attendance_status,
)
from ..models.appointment_resource_attributes_attendance_status_slug import (
    AppointmentResourceAttributesAttendanceStatusSlug,
    check_appointment_resource_attributes_attendance_status_slug,
)
from ..models.appointment_resource_attributes_paid_full import (
    AppointmentResourceAttributesPaidFull,
    check_appointment_resource_attributes_paid_full,
)
from ..types import UNSET

T = TypeVar("T", bound="AppointmentResourceAttributes")


@_attrs_define
class AppointmentResourceAttributes(LazyModel):
    company_id: int
    """ Location ID """
    external_id: str
    """ External Appointment ID """
    visit_id: int
    """ Linked visit ID, or `0` when not linked """
    booking_user_id: int
    """ Booking User account ID, or `0` """
    bookform_id: int
    """ Booking form ID, or `0` """
    master_id: int
    """ Deprecated wire field for Team Member ID; use `staff_id` """
    staff_id: int
    """ Team Member ID """
    client_id: int
    """ Booking User profile ID, or `0` when absent """
    comer_id: int | None
    """ Walk-in visitor ID """
    source: int
    """ Appointment source wire value """
    attendance: AppointmentResourceAttributesAttendance
    """ Deprecated attendance wire value; use `attendance_status_slug` """
    attendance_status: AppointmentResourceAttributesAttendanceStatus
    """ Deprecated attendance status; use `attendance_status_slug` """
    attendance_status_slug: AppointmentResourceAttributesAttendanceStatusSlug
    """ Appointment attendance status """
    client_fictive_name: None | str
    """ Fallback Booking User name stored on the Appointment """
    client_fictive_phone: None | str
    """ Fallback Booking User phone stored on the Appointment """
    client_fictive_email: None | str
    """ Fallback Booking User email stored on the Appointment """
    clients_count: int
    """ Number of Booking Users in the Appointment """
    activity_id: int
    """ Event ID, or `0` when the Appointment is not part of an Event """
    custom_color: str
    """ Appointment background color without `#`, or an empty string """
    custom_font_color: str
    """ Appointment text color without `#`, or an empty string """
    length: int
    """ Deprecated duration in seconds; use `duration` """
    duration: int
    """ Appointment duration in seconds """
    paid_full: AppointmentResourceAttributesPaidFull
    """ Deprecated payment wire value; use `is_paid` and `is_overpaid` """
    is_paid: bool
    """ Whether the Appointment is fully paid """
    is_overpaid: bool
    """ Whether the Appointment is overpaid """
    timestamp: int
    """ Appointment start as a Unix timestamp """
    date: str
    """ Appointment start in the Location timezone, without an offset """
    created_datetime: str
    """ Creation date and time in the Location timezone, without an offset """
    from_url: str
    """ Source URL, or an empty string """
    is_mobile: int
    """ Mobile-origin wire status """
    comment: str
    """ Appointment comment """
    prepaid_status: int
    """ Prepayment status wire value """
    record_from: str
    """ Human-readable Appointment source, or an empty string """
    payment_status: int | None
    """ Membership auto-payment status, when available """
    is_sale_bill_printed: bool | None
    """ Whether the sale bill is printed, when available """
    is_client_notification_sent: bool
    """ Whether a Booking User notification was sent """

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        external_id = self.external_id

        visit_id = self.visit_id

        booking_user_id = self.booking_user_id

        bookform_id = self.bookform_id

        master_id = self.master_id

        staff_id = self.staff_id

        client_id = self.client_id

        comer_id: int | None
        comer_id = self.comer_id

        source = self.source

        attendance: int = self.attendance

        attendance_status: int = self.attendance_status

        attendance_status_slug: str = self.attendance_status_slug

        client_fictive_name: None | str
        client_fictive_name = self.client_fictive_name

        client_fictive_phone: None | str
        client_fictive_phone = self.client_fictive_phone

        client_fictive_email: None | str
        client_fictive_email = self.client_fictive_email

        clients_count = self.clients_count

        activity_id = self.activity_id

        custom_color = self.custom_color

        custom_font_color = self.custom_font_color

        length = self.length

        duration = self.duration

        paid_full: int = self.paid_full

        is_paid = self.is_paid

        is_overpaid = self.is_overpaid

        timestamp = self.timestamp

        date = self.date

        created_datetime = self.created_datetime

        from_url = self.from_url

        is_mobile = self.is_mobile

        comment = self.comment

        prepaid_status = self.prepaid_status

        record_from = self.record_from

        payment_status: int | None
        payment_status = self.payment_status

        is_sale_bill_printed: bool | None
        is_sale_bill_printed = self.is_sale_bill_printed

        is_client_notification_sent = self.is_client_notification_sent

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "company_id": company_id,
                "external_id": external_id,
                "visit_id": visit_id,
                "booking_user_id": booking_user_id,
                "bookform_id": bookform_id,
                "master_id": master_id,
                "staff_id": staff_id,
                "client_id": client_id,
                "comer_id": comer_id,
                "source": source,
                "attendance": attendance,
                "attendance_status": attendance_status,
                "attendance_status_slug": attendance_status_slug,
                "client_fictive_name": client_fictive_name,
                "client_fictive_phone": client_fictive_phone,
                "client_fictive_email": client_fictive_email,
                "clients_count": clients_count,
                "activity_id": activity_id,
                "custom_color": custom_color,
                "custom_font_color": custom_font_color,
                "length": length,
                "duration": duration,
                "paid_full": paid_full,
                "is_paid": is_paid,
                "is_overpaid": is_overpaid,
                "timestamp": timestamp,
                "date": date,
                "created_datetime": created_datetime,
                "from_url": from_url,
                "is_mobile": is_mobile,
                "comment": comment,
                "prepaid_status": prepaid_status,
                "record_from": record_from,
                "payment_status": payment_status,
                "is_sale_bill_printed": is_sale_bill_printed,
                "is_client_notification_sent": is_client_notification_sent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_id = d.pop("company_id")

        external_id = d.pop("external_id")

        visit_id = d.pop("visit_id")

        booking_user_id = d.pop("booking_user_id")

        bookform_id = d.pop("bookform_id")

        master_id = d.pop("master_id")

        staff_id = d.pop("staff_id")

        client_id = d.pop("client_id")

        def _parse_comer_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        comer_id = _parse_comer_id(d.pop("comer_id"))

        source = d.pop("source")

        attendance = check_appointment_resource_attributes_attendance(d.pop("attendance"))

        attendance_status = check_appointment_resource_attributes_attendance_status(d.pop("attendance_status"))

        attendance_status_slug = check_appointment_resource_attributes_attendance_status_slug(
            d.pop("attendance_status_slug")
        )

        def _parse_client_fictive_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_fictive_name = _parse_client_fictive_name(d.pop("client_fictive_name"))

        def _parse_client_fictive_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_fictive_phone = _parse_client_fictive_phone(d.pop("client_fictive_phone"))

        def _parse_client_fictive_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_fictive_email = _parse_client_fictive_email(d.pop("client_fictive_email"))

        clients_count = d.pop("clients_count")

        activity_id = d.pop("activity_id")

        custom_color = d.pop("custom_color")

        custom_font_color = d.pop("custom_font_color")

        length = d.pop("length")

        duration = d.pop("duration")

        paid_full = check_appointment_resource_attributes_paid_full(d.pop("paid_full"))

        is_paid = d.pop("is_paid")

        is_overpaid = d.pop("is_overpaid")

        timestamp = d.pop("timestamp")

        date = d.pop("date")

        created_datetime = d.pop("created_datetime")

        from_url = d.pop("from_url")

        is_mobile = d.pop("is_mobile")

        comment = d.pop("comment")

        prepaid_status = d.pop("prepaid_status")

        record_from = d.pop("record_from")

        def _parse_payment_status(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        payment_status = _parse_payment_status(d.pop("payment_status"))

        def _parse_is_sale_bill_printed(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        is_sale_bill_printed = _parse_is_sale_bill_printed(d.pop("is_sale_bill_printed"))

        is_client_notification_sent = d.pop("is_client_notification_sent")

        appointment_resource_attributes = cls(
            company_id=company_id,
            external_id=external_id,
            visit_id=visit_id,
            booking_user_id=booking_user_id,
            bookform_id=bookform_id,
            master_id=master_id,
            staff_id=staff_id,
            client_id=client_id,
            comer_id=comer_id,
            source=source,
            attendance=attendance,
            attendance_status=attendance_status,
            attendance_status_slug=attendance_status_slug,
            client_fictive_name=client_fictive_name,
            client_fictive_phone=client_fictive_phone,
            client_fictive_email=client_fictive_email,
            clients_count=clients_count,
            activity_id=activity_id,
            custom_color=custom_color,
            custom_font_color=custom_font_color,
            length=length,
            duration=duration,
            paid_full=paid_full,
            is_paid=is_paid,
            is_overpaid=is_overpaid,
            timestamp=timestamp,
            date=date,
            created_datetime=created_datetime,
            from_url=from_url,
            is_mobile=is_mobile,
            comment=comment,
            prepaid_status=prepaid_status,
            record_from=record_from,
            payment_status=payment_status,
            is_sale_bill_printed=is_sale_bill_printed,
            is_client_notification_sent=is_client_notification_sent,
        )

        return appointment_resource_attributes


def _read_attendance(json_value: Any, parse_ctx: ParseContext) -> AppointmentResourceAttributesAttendance:

    attendance = check_appointment_resource_attributes_attendance(json_value)

    return attendance


def _read_attendance_status(json_value: Any, parse_ctx: ParseContext) -> AppointmentResourceAttributesAttendanceStatus:

    attendance_status = check_appointment_resource_attributes_attendance_status(json_value)

    return attendance_status


def _read_attendance_status_slug(
    json_value: Any, parse_ctx: ParseContext
) -> AppointmentResourceAttributesAttendanceStatusSlug:

    attendance_status_slug = check_appointment_resource_attributes_attendance_status_slug(json_value)

    return attendance_status_slug


def _read_paid_full(json_value: Any, parse_ctx: ParseContext) -> AppointmentResourceAttributesPaidFull:

    paid_full = check_appointment_resource_attributes_paid_full(json_value)

    return paid_full


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


AppointmentResourceAttributes._lazy_fields = {
    "company_id": ("company_id", None, True),
    "external_id": ("external_id", None, True),
    "visit_id": ("visit_id", None, True),
    "booking_user_id": ("booking_user_id", None, True),
    "bookform_id": ("bookform_id", None, True),
    "master_id": ("master_id", None, True),
    "staff_id": ("staff_id", None, True),
    "client_id": ("client_id", None, True),
    "comer_id": ("comer_id", None, True),
    "source": ("source", None, True),
    "attendance": ("attendance", _read_attendance, True),
    "attendance_status": ("attendance_status", _read_attendance_status, True),
    "attendance_status_slug": ("attendance_status_slug", _read_attendance_status_slug, True),
    "client_fictive_name": ("client_fictive_name", None, True),
    "client_fictive_phone": ("client_fictive_phone", None, True),
    "client_fictive_email": ("client_fictive_email", None, True),
    "clients_count": ("clients_count", None, True),
    "activity_id": ("activity_id", None, True),
    "custom_color": ("custom_color", None, True),
    "custom_font_color": ("custom_font_color", None, True),
    "length": ("length", None, True),
    "duration": ("duration", None, True),
    "paid_full": ("paid_full", _read_paid_full, True),
    "is_paid": ("is_paid", None, True),
    "is_overpaid": ("is_overpaid", None, True),
    "timestamp": ("timestamp", None, True),
    "date": ("date", None, True),
    "created_datetime": ("created_datetime", None, True),
    "from_url": ("from_url", None, True),
    "is_mobile": ("is_mobile", None, True),
    "comment": ("comment", None, True),
    "prepaid_status": ("prepaid_status", None, True),
    "record_from": ("record_from", None, True),
    "payment_status": ("payment_status", None, True),
    "is_sale_bill_printed": ("is_sale_bill_printed", None, True),
    "is_client_notification_sent": ("is_client_notification_sent", None, True),
}


def _fill_plain(model: AppointmentResourceAttributes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "company_id" in json_value:
        model.company_id = json_value["company_id"]
    if "external_id" in json_value:
        model.external_id = json_value["external_id"]
    if "visit_id" in json_value:
        model.visit_id = json_value["visit_id"]
    if "booking_user_id" in json_value:
        model.booking_user_id = json_value["booking_user_id"]
    if "bookform_id" in json_value:
        model.bookform_id = json_value["bookform_id"]
    if "master_id" in json_value:
        model.master_id = json_value["master_id"]
    if "staff_id" in json_value:
        model.staff_id = json_value["staff_id"]
    if "client_id" in json_value:
        model.client_id = json_value["client_id"]
    if "comer_id" in json_value:
        model.comer_id = json_value["comer_id"]
    if "source" in json_value:
        model.source = json_value["source"]
    if "client_fictive_name" in json_value:
        model.client_fictive_name = json_value["client_fictive_name"]
    if "client_fictive_phone" in json_value:
        model.client_fictive_phone = json_value["client_fictive_phone"]
    if "client_fictive_email" in json_value:
        model.client_fictive_email = json_value["client_fictive_email"]
    if "clients_count" in json_value:
        model.clients_count = json_value["clients_count"]
    if "activity_id" in json_value:
        model.activity_id = json_value["activity_id"]
    if "custom_color" in json_value:
        model.custom_color = json_value["custom_color"]
    if "custom_font_color" in json_value:
        model.custom_font_color = json_value["custom_font_color"]
    if "length" in json_value:
        model.length = json_value["length"]
    if "duration" in json_value:
        model.duration = json_value["duration"]
    if "is_paid" in json_value:
        model.is_paid = json_value["is_paid"]
    if "is_overpaid" in json_value:
        model.is_overpaid = json_value["is_overpaid"]
    if "timestamp" in json_value:
        model.timestamp = json_value["timestamp"]
    if "date" in json_value:
        model.date = json_value["date"]
    if "created_datetime" in json_value:
        model.created_datetime = json_value["created_datetime"]
    if "from_url" in json_value:
        model.from_url = json_value["from_url"]
    if "is_mobile" in json_value:
        model.is_mobile = json_value["is_mobile"]
    if "comment" in json_value:
        model.comment = json_value["comment"]
    if "prepaid_status" in json_value:
        model.prepaid_status = json_value["prepaid_status"]
    if "record_from" in json_value:
        model.record_from = json_value["record_from"]
    if "payment_status" in json_value:
        model.payment_status = json_value["payment_status"]
    if "is_sale_bill_printed" in json_value:
        model.is_sale_bill_printed = json_value["is_sale_bill_printed"]
    if "is_client_notification_sent" in json_value:
        model.is_client_notification_sent = json_value["is_client_notification_sent"]


def _fill_converted(
    model: AppointmentResourceAttributes, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "attendance" not in done:
        try:
            model.attendance = _read_attendance(json_value["attendance"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "attendance_status" not in done:
        try:
            model.attendance_status = _read_attendance_status(json_value["attendance_status"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "attendance_status_slug" not in done:
        try:
            model.attendance_status_slug = _read_attendance_status_slug(json_value["attendance_status_slug"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "paid_full" not in done:
        try:
            model.paid_full = _read_paid_full(json_value["paid_full"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: AppointmentResourceAttributes | None = None
) -> AppointmentResourceAttributes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return AppointmentResourceAttributes._lazy(json_value, parse_ctx)
        model = new_model(AppointmentResourceAttributes)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(AppointmentResourceAttributes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_attendance, value_attendance_status, value_attendance_status_slug, value_paid_full = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_attendance is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.attendance = _read_attendance(value_attendance, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_attendance_status is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.attendance_status = _read_attendance_status(value_attendance_status, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_attendance_status_slug is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.attendance_status_slug = _read_attendance_status_slug(value_attendance_status_slug, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_paid_full is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.paid_full = _read_paid_full(value_paid_full, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(AppointmentResourceAttributes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = AppointmentResourceAttributes
        del model._raw, model._context
    return model


AppointmentResourceAttributes._lazy_fill = (_fill_plain, _fill_converted, _build)
