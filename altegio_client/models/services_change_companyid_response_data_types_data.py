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
    date_from_iso,
    layout_of,
    lazily_read_class,
    model_builder,
    model_class,
    new_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.services_change_companyid_response_data_types_data_staff_item import (
        ServicesChangeCompanyidResponseDataTypesDataStaffItem,
    )


T = TypeVar("T", bound="ServicesChangeCompanyidResponseDataTypesData")


@_attrs_define
class ServicesChangeCompanyidResponseDataTypesData(LazyModel):
    title: str | Unset = UNSET
    """ Service name """
    booking_title: str | Unset = UNSET
    """ Service name for appointment """
    category_id: int | Unset = UNSET
    """ ID service category """
    price_min: float | Unset = UNSET
    """ Minimum cost of the service """
    price_max: float | Unset = UNSET
    """ Maximum cost of the service """
    duration: float | Unset = UNSET
    """ Service duration, default value is 3600 """
    technical_break_duration: float | None | Unset = UNSET
    """ Technical break duration in seconds.
    - null = use location default
    - Value in multiples of 300 (5-minute intervals)
     """
    discount: float | Unset = UNSET
    """ Service discount """
    comment: str | Unset = UNSET
    """ Comment on the service """
    is_multi: bool | Unset = UNSET
    """ false - Appointment, true - Event """
    tax_variant: float | Unset = UNSET
    """ Bill ID """
    vat_id: int | Unset = UNSET
    """ VAT ID """
    is_need_limit_date: bool | Unset = UNSET
    """ The service is available for a limited time """
    date_from: _datetime.date | Unset = UNSET
    """ Service availability start date (YYYY-MM-DD) """
    date_to: _datetime.date | Unset = UNSET
    """ Service availability end date (YYYY-MM-DD) """
    seance_search_start: float | Unset = UNSET
    """ Start of period is the appointment available, in seconds """
    seance_search_finish: float | Unset = UNSET
    """ End of period is the appointment available, in seconds """
    step: float | Unset = UNSET
    """ Display interval of slots, in seconds """
    seance_search_step: float | Unset = UNSET
    """ Search interval of slots, in seconds """
    weight: float | Unset = UNSET
    """ Service weight (used to sort services when displayed) """
    active: float | Unset = UNSET
    """ 1 - available for online booking, 0 - not available """
    api_id: int | str | Unset = UNSET
    """ External Service ID """
    print_title: str | Unset = UNSET
    """ Service title for printing """
    service_type: float | Unset = UNSET
    """ Service type """
    api_service_id: int | Unset = UNSET
    """ External API service ID """
    repeat_visit_days_step: None | str | Unset = UNSET
    """ Repeat visit days step """
    schedule_template_type: float | Unset = UNSET
    """ Schedule template type """
    online_invoicing_status: float | Unset = UNSET
    """ Online invoicing status """
    is_abonement_autopayment_enabled: float | Unset = UNSET
    """ Is membership autopayment enabled (1/0) """
    autopayment_before_visit_time: float | Unset = UNSET
    """ Autopayment before visit time """
    abonement_restriction_value: float | Unset = UNSET
    """ Membership restriction value """
    is_chain: bool | Unset = UNSET
    """ Is chain service """
    is_price_managed_only_in_chain: bool | Unset = UNSET
    """ Is price managed only in chain """
    is_comment_managed_only_in_chain: bool | Unset = UNSET
    """ Is comment managed only in chain """
    price_prepaid_amount: float | Unset = UNSET
    """ Prepaid amount """
    price_prepaid_percent: float | Unset = UNSET
    """ Prepaid percent """
    id: int | Unset = UNSET
    """ Service ID """
    salon_service_id: int | Unset = UNSET
    """ Location service ID """
    prepaid: str | Unset = UNSET
    """ Prepaid status (forbidden/optional/required) """
    capacity: float | Unset = UNSET
    """ Service capacity """
    image_group: list[JsonObject] | Unset = UNSET
    """ Image group """
    dates: list[JsonObject | str] | Unset = UNSET
    """ Service dates """
    resources: list[JsonObject] | Unset = UNSET
    """ Service resources """
    is_online: bool | Unset = UNSET
    """ Is available for online booking """
    staff: list[ServicesChangeCompanyidResponseDataTypesDataStaffItem] | Unset = UNSET
    """ List of team members providing the service and session duration """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_object import JsonObject  # noqa: PLC0415

        title = self.title

        booking_title = self.booking_title

        category_id = self.category_id

        price_min = self.price_min

        price_max = self.price_max

        duration = self.duration

        technical_break_duration: float | None | Unset
        if isinstance(self.technical_break_duration, Unset):
            technical_break_duration = UNSET
        else:
            technical_break_duration = self.technical_break_duration

        discount = self.discount

        comment = self.comment

        is_multi = self.is_multi

        tax_variant = self.tax_variant

        vat_id = self.vat_id

        is_need_limit_date = self.is_need_limit_date

        date_from: str | Unset = UNSET
        if not isinstance(self.date_from, Unset):
            date_from = self.date_from.isoformat()

        date_to: str | Unset = UNSET
        if not isinstance(self.date_to, Unset):
            date_to = self.date_to.isoformat()

        seance_search_start = self.seance_search_start

        seance_search_finish = self.seance_search_finish

        step = self.step

        seance_search_step = self.seance_search_step

        weight = self.weight

        active = self.active

        api_id: int | str | Unset
        if isinstance(self.api_id, Unset):
            api_id = UNSET
        else:
            api_id = self.api_id

        print_title = self.print_title

        service_type = self.service_type

        api_service_id = self.api_service_id

        repeat_visit_days_step: None | str | Unset
        if isinstance(self.repeat_visit_days_step, Unset):
            repeat_visit_days_step = UNSET
        else:
            repeat_visit_days_step = self.repeat_visit_days_step

        schedule_template_type = self.schedule_template_type

        online_invoicing_status = self.online_invoicing_status

        is_abonement_autopayment_enabled = self.is_abonement_autopayment_enabled

        autopayment_before_visit_time = self.autopayment_before_visit_time

        abonement_restriction_value = self.abonement_restriction_value

        is_chain = self.is_chain

        is_price_managed_only_in_chain = self.is_price_managed_only_in_chain

        is_comment_managed_only_in_chain = self.is_comment_managed_only_in_chain

        price_prepaid_amount = self.price_prepaid_amount

        price_prepaid_percent = self.price_prepaid_percent

        id = self.id

        salon_service_id = self.salon_service_id

        prepaid = self.prepaid

        capacity = self.capacity

        image_group: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.image_group, Unset):
            image_group = []
            for image_group_item_data in self.image_group:
                image_group_item = image_group_item_data.to_dict()
                image_group.append(image_group_item)

        dates: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.dates, Unset):
            dates = []
            for dates_item_data in self.dates:
                dates_item: dict[str, Any] | str
                if isinstance(dates_item_data, JsonObject):
                    dates_item = dates_item_data.to_dict()
                else:
                    dates_item = dates_item_data
                dates.append(dates_item)

        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = []
            for resources_item_data in self.resources:
                resources_item = resources_item_data.to_dict()
                resources.append(resources_item)

        is_online = self.is_online

        staff: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = []
            for staff_item_data in self.staff:
                staff_item = staff_item_data.to_dict()
                staff.append(staff_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if booking_title is not UNSET:
            field_dict["booking_title"] = booking_title
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if price_min is not UNSET:
            field_dict["price_min"] = price_min
        if price_max is not UNSET:
            field_dict["price_max"] = price_max
        if duration is not UNSET:
            field_dict["duration"] = duration
        if technical_break_duration is not UNSET:
            field_dict["technical_break_duration"] = technical_break_duration
        if discount is not UNSET:
            field_dict["discount"] = discount
        if comment is not UNSET:
            field_dict["comment"] = comment
        if is_multi is not UNSET:
            field_dict["is_multi"] = is_multi
        if tax_variant is not UNSET:
            field_dict["tax_variant"] = tax_variant
        if vat_id is not UNSET:
            field_dict["vat_id"] = vat_id
        if is_need_limit_date is not UNSET:
            field_dict["is_need_limit_date"] = is_need_limit_date
        if date_from is not UNSET:
            field_dict["date_from"] = date_from
        if date_to is not UNSET:
            field_dict["date_to"] = date_to
        if seance_search_start is not UNSET:
            field_dict["seance_search_start"] = seance_search_start
        if seance_search_finish is not UNSET:
            field_dict["seance_search_finish"] = seance_search_finish
        if step is not UNSET:
            field_dict["step"] = step
        if seance_search_step is not UNSET:
            field_dict["seance_search_step"] = seance_search_step
        if weight is not UNSET:
            field_dict["weight"] = weight
        if active is not UNSET:
            field_dict["active"] = active
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if print_title is not UNSET:
            field_dict["print_title"] = print_title
        if service_type is not UNSET:
            field_dict["service_type"] = service_type
        if api_service_id is not UNSET:
            field_dict["api_service_id"] = api_service_id
        if repeat_visit_days_step is not UNSET:
            field_dict["repeat_visit_days_step"] = repeat_visit_days_step
        if schedule_template_type is not UNSET:
            field_dict["schedule_template_type"] = schedule_template_type
        if online_invoicing_status is not UNSET:
            field_dict["online_invoicing_status"] = online_invoicing_status
        if is_abonement_autopayment_enabled is not UNSET:
            field_dict["is_abonement_autopayment_enabled"] = is_abonement_autopayment_enabled
        if autopayment_before_visit_time is not UNSET:
            field_dict["autopayment_before_visit_time"] = autopayment_before_visit_time
        if abonement_restriction_value is not UNSET:
            field_dict["abonement_restriction_value"] = abonement_restriction_value
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain
        if is_price_managed_only_in_chain is not UNSET:
            field_dict["is_price_managed_only_in_chain"] = is_price_managed_only_in_chain
        if is_comment_managed_only_in_chain is not UNSET:
            field_dict["is_comment_managed_only_in_chain"] = is_comment_managed_only_in_chain
        if price_prepaid_amount is not UNSET:
            field_dict["price_prepaid_amount"] = price_prepaid_amount
        if price_prepaid_percent is not UNSET:
            field_dict["price_prepaid_percent"] = price_prepaid_percent
        if id is not UNSET:
            field_dict["id"] = id
        if salon_service_id is not UNSET:
            field_dict["salon_service_id"] = salon_service_id
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if image_group is not UNSET:
            field_dict["image_group"] = image_group
        if dates is not UNSET:
            field_dict["dates"] = dates
        if resources is not UNSET:
            field_dict["resources"] = resources
        if is_online is not UNSET:
            field_dict["is_online"] = is_online
        if staff is not UNSET:
            field_dict["staff"] = staff

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415
        from ..models.services_change_companyid_response_data_types_data_staff_item import (
            ServicesChangeCompanyidResponseDataTypesDataStaffItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        booking_title = d.pop("booking_title", UNSET)

        category_id = d.pop("category_id", UNSET)

        price_min = d.pop("price_min", UNSET)

        price_max = d.pop("price_max", UNSET)

        duration = d.pop("duration", UNSET)

        def _parse_technical_break_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        technical_break_duration = _parse_technical_break_duration(d.pop("technical_break_duration", UNSET))

        discount = d.pop("discount", UNSET)

        comment = d.pop("comment", UNSET)

        is_multi = d.pop("is_multi", UNSET)

        tax_variant = d.pop("tax_variant", UNSET)

        vat_id = d.pop("vat_id", UNSET)

        is_need_limit_date = d.pop("is_need_limit_date", UNSET)

        _date_from = d.pop("date_from", UNSET)
        date_from: datetime.date | Unset
        if isinstance(_date_from, Unset):
            date_from = UNSET
        else:
            date_from = types.parse_iso_date(_date_from)

        _date_to = d.pop("date_to", UNSET)
        date_to: datetime.date | Unset
        if isinstance(_date_to, Unset):
            date_to = UNSET
        else:
            date_to = types.parse_iso_date(_date_to)

        seance_search_start = d.pop("seance_search_start", UNSET)

        seance_search_finish = d.pop("seance_search_finish", UNSET)

        step = d.pop("step", UNSET)

        seance_search_step = d.pop("seance_search_step", UNSET)

        weight = d.pop("weight", UNSET)

        active = d.pop("active", UNSET)

        def _parse_api_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        api_id = _parse_api_id(d.pop("api_id", UNSET))

        print_title = d.pop("print_title", UNSET)

        service_type = d.pop("service_type", UNSET)

        api_service_id = d.pop("api_service_id", UNSET)

        def _parse_repeat_visit_days_step(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        repeat_visit_days_step = _parse_repeat_visit_days_step(d.pop("repeat_visit_days_step", UNSET))

        schedule_template_type = d.pop("schedule_template_type", UNSET)

        online_invoicing_status = d.pop("online_invoicing_status", UNSET)

        is_abonement_autopayment_enabled = d.pop("is_abonement_autopayment_enabled", UNSET)

        autopayment_before_visit_time = d.pop("autopayment_before_visit_time", UNSET)

        abonement_restriction_value = d.pop("abonement_restriction_value", UNSET)

        is_chain = d.pop("is_chain", UNSET)

        is_price_managed_only_in_chain = d.pop("is_price_managed_only_in_chain", UNSET)

        is_comment_managed_only_in_chain = d.pop("is_comment_managed_only_in_chain", UNSET)

        price_prepaid_amount = d.pop("price_prepaid_amount", UNSET)

        price_prepaid_percent = d.pop("price_prepaid_percent", UNSET)

        id = d.pop("id", UNSET)

        salon_service_id = d.pop("salon_service_id", UNSET)

        prepaid = d.pop("prepaid", UNSET)

        capacity = d.pop("capacity", UNSET)

        _image_group = d.pop("image_group", UNSET)
        image_group: list[JsonObject] | Unset = UNSET
        if _image_group is not UNSET:
            image_group = []
            for image_group_item_data in _image_group:
                image_group_item = JsonObject.from_dict(image_group_item_data)

                image_group.append(image_group_item)

        _dates = d.pop("dates", UNSET)
        dates: list[JsonObject | str] | Unset = UNSET
        if _dates is not UNSET:
            dates = []
            for dates_item_data in _dates:

                def _parse_dates_item(data: object) -> JsonObject | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        dates_item_type_0 = JsonObject.from_dict(data)

                        return dates_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(JsonObject | str, data)

                dates_item = _parse_dates_item(dates_item_data)

                dates.append(dates_item)

        _resources = d.pop("resources", UNSET)
        resources: list[JsonObject] | Unset = UNSET
        if _resources is not UNSET:
            resources = []
            for resources_item_data in _resources:
                resources_item = JsonObject.from_dict(resources_item_data)

                resources.append(resources_item)

        is_online = d.pop("is_online", UNSET)

        _staff = d.pop("staff", UNSET)
        staff: list[ServicesChangeCompanyidResponseDataTypesDataStaffItem] | Unset = UNSET
        if _staff is not UNSET:
            staff = []
            for staff_item_data in _staff:
                staff_item = ServicesChangeCompanyidResponseDataTypesDataStaffItem.from_dict(staff_item_data)

                staff.append(staff_item)

        services_change_companyid_response_data_types_data = cls(
            title=title,
            booking_title=booking_title,
            category_id=category_id,
            price_min=price_min,
            price_max=price_max,
            duration=duration,
            technical_break_duration=technical_break_duration,
            discount=discount,
            comment=comment,
            is_multi=is_multi,
            tax_variant=tax_variant,
            vat_id=vat_id,
            is_need_limit_date=is_need_limit_date,
            date_from=date_from,
            date_to=date_to,
            seance_search_start=seance_search_start,
            seance_search_finish=seance_search_finish,
            step=step,
            seance_search_step=seance_search_step,
            weight=weight,
            active=active,
            api_id=api_id,
            print_title=print_title,
            service_type=service_type,
            api_service_id=api_service_id,
            repeat_visit_days_step=repeat_visit_days_step,
            schedule_template_type=schedule_template_type,
            online_invoicing_status=online_invoicing_status,
            is_abonement_autopayment_enabled=is_abonement_autopayment_enabled,
            autopayment_before_visit_time=autopayment_before_visit_time,
            abonement_restriction_value=abonement_restriction_value,
            is_chain=is_chain,
            is_price_managed_only_in_chain=is_price_managed_only_in_chain,
            is_comment_managed_only_in_chain=is_comment_managed_only_in_chain,
            price_prepaid_amount=price_prepaid_amount,
            price_prepaid_percent=price_prepaid_percent,
            id=id,
            salon_service_id=salon_service_id,
            prepaid=prepaid,
            capacity=capacity,
            image_group=image_group,
            dates=dates,
            resources=resources,
            is_online=is_online,
            staff=staff,
        )

        services_change_companyid_response_data_types_data.additional_properties = d
        return services_change_companyid_response_data_types_data

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


def _read_date_from(json_value: Any, parse_ctx: ParseContext) -> datetime.date | Unset:

    date_from: datetime.date | Unset
    if isinstance(json_value, Unset):
        date_from = UNSET
    else:
        try:
            date_from = date_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            date_from = types.parse_iso_date(json_value)

    return date_from


ISO_PARSERS[_read_date_from] = date_from_iso


def _read_date_to(json_value: Any, parse_ctx: ParseContext) -> datetime.date | Unset:

    date_to: datetime.date | Unset
    if isinstance(json_value, Unset):
        date_to = UNSET
    else:
        try:
            date_to = date_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            date_to = types.parse_iso_date(json_value)

    return date_to


ISO_PARSERS[_read_date_to] = date_from_iso


def _read_image_group(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _image_group = json_value
    image_group: list[JsonObject] | Unset = UNSET
    if _image_group is not UNSET:
        image_group = JsonObject._lazy_list(_image_group, parse_ctx)

    return image_group


def _read_dates(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject | str] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _dates = json_value
    dates: list[JsonObject | str] | Unset = UNSET
    if _dates is not UNSET:
        dates = []
        for dates_item_data in _dates:

            def _parse_dates_item(data: object) -> JsonObject | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    dates_item_type_0 = new_model(JsonObject)
                    dates_item_type_0.additional_properties = dict(data)

                    return dates_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(JsonObject | str, data)

            dates_item = _parse_dates_item(dates_item_data)

            dates.append(dates_item)

    return dates


def _read_resources(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _resources = json_value
    resources: list[JsonObject] | Unset = UNSET
    if _resources is not UNSET:
        resources = JsonObject._lazy_list(_resources, parse_ctx)

    return resources


def _read_staff(
    json_value: Any, parse_ctx: ParseContext
) -> list[ServicesChangeCompanyidResponseDataTypesDataStaffItem] | Unset:
    ServicesChangeCompanyidResponseDataTypesDataStaffItem = MODEL_CLASSES.get(
        "altegio_client.models.services_change_companyid_response_data_types_data_staff_item"
    ) or model_class(
        "altegio_client.models.services_change_companyid_response_data_types_data_staff_item",
        "ServicesChangeCompanyidResponseDataTypesDataStaffItem",
    )

    _staff = json_value
    staff: list[ServicesChangeCompanyidResponseDataTypesDataStaffItem] | Unset = UNSET
    if _staff is not UNSET:
        staff = ServicesChangeCompanyidResponseDataTypesDataStaffItem._lazy_list(_staff, parse_ctx)

    return staff


_DECLARED_KEYS = frozenset(
    {
        "title",
        "booking_title",
        "category_id",
        "price_min",
        "price_max",
        "duration",
        "technical_break_duration",
        "discount",
        "comment",
        "is_multi",
        "tax_variant",
        "vat_id",
        "is_need_limit_date",
        "date_from",
        "date_to",
        "seance_search_start",
        "seance_search_finish",
        "step",
        "seance_search_step",
        "weight",
        "active",
        "api_id",
        "print_title",
        "service_type",
        "api_service_id",
        "repeat_visit_days_step",
        "schedule_template_type",
        "online_invoicing_status",
        "is_abonement_autopayment_enabled",
        "autopayment_before_visit_time",
        "abonement_restriction_value",
        "is_chain",
        "is_price_managed_only_in_chain",
        "is_comment_managed_only_in_chain",
        "price_prepaid_amount",
        "price_prepaid_percent",
        "id",
        "salon_service_id",
        "prepaid",
        "capacity",
        "image_group",
        "dates",
        "resources",
        "is_online",
        "staff",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ServicesChangeCompanyidResponseDataTypesData._lazy_fields = {
    "title": ("title", None, False),
    "booking_title": ("booking_title", None, False),
    "category_id": ("category_id", None, False),
    "price_min": ("price_min", None, False),
    "price_max": ("price_max", None, False),
    "duration": ("duration", None, False),
    "technical_break_duration": ("technical_break_duration", None, False),
    "discount": ("discount", None, False),
    "comment": ("comment", None, False),
    "is_multi": ("is_multi", None, False),
    "tax_variant": ("tax_variant", None, False),
    "vat_id": ("vat_id", None, False),
    "is_need_limit_date": ("is_need_limit_date", None, False),
    "date_from": ("date_from", _read_date_from, False),
    "date_to": ("date_to", _read_date_to, False),
    "seance_search_start": ("seance_search_start", None, False),
    "seance_search_finish": ("seance_search_finish", None, False),
    "step": ("step", None, False),
    "seance_search_step": ("seance_search_step", None, False),
    "weight": ("weight", None, False),
    "active": ("active", None, False),
    "api_id": ("api_id", None, False),
    "print_title": ("print_title", None, False),
    "service_type": ("service_type", None, False),
    "api_service_id": ("api_service_id", None, False),
    "repeat_visit_days_step": ("repeat_visit_days_step", None, False),
    "schedule_template_type": ("schedule_template_type", None, False),
    "online_invoicing_status": ("online_invoicing_status", None, False),
    "is_abonement_autopayment_enabled": ("is_abonement_autopayment_enabled", None, False),
    "autopayment_before_visit_time": ("autopayment_before_visit_time", None, False),
    "abonement_restriction_value": ("abonement_restriction_value", None, False),
    "is_chain": ("is_chain", None, False),
    "is_price_managed_only_in_chain": ("is_price_managed_only_in_chain", None, False),
    "is_comment_managed_only_in_chain": ("is_comment_managed_only_in_chain", None, False),
    "price_prepaid_amount": ("price_prepaid_amount", None, False),
    "price_prepaid_percent": ("price_prepaid_percent", None, False),
    "id": ("id", None, False),
    "salon_service_id": ("salon_service_id", None, False),
    "prepaid": ("prepaid", None, False),
    "capacity": ("capacity", None, False),
    "image_group": ("image_group", _read_image_group, False),
    "dates": ("dates", _read_dates, False),
    "resources": ("resources", _read_resources, False),
    "is_online": ("is_online", None, False),
    "staff": ("staff", _read_staff, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ServicesChangeCompanyidResponseDataTypesData, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.title = get("title", UNSET)
    model.booking_title = get("booking_title", UNSET)
    model.category_id = get("category_id", UNSET)
    model.price_min = get("price_min", UNSET)
    model.price_max = get("price_max", UNSET)
    model.duration = get("duration", UNSET)
    model.technical_break_duration = get("technical_break_duration", UNSET)
    model.discount = get("discount", UNSET)
    model.comment = get("comment", UNSET)
    model.is_multi = get("is_multi", UNSET)
    model.tax_variant = get("tax_variant", UNSET)
    model.vat_id = get("vat_id", UNSET)
    model.is_need_limit_date = get("is_need_limit_date", UNSET)
    model.seance_search_start = get("seance_search_start", UNSET)
    model.seance_search_finish = get("seance_search_finish", UNSET)
    model.step = get("step", UNSET)
    model.seance_search_step = get("seance_search_step", UNSET)
    model.weight = get("weight", UNSET)
    model.active = get("active", UNSET)
    model.api_id = get("api_id", UNSET)
    model.print_title = get("print_title", UNSET)
    model.service_type = get("service_type", UNSET)
    model.api_service_id = get("api_service_id", UNSET)
    model.repeat_visit_days_step = get("repeat_visit_days_step", UNSET)
    model.schedule_template_type = get("schedule_template_type", UNSET)
    model.online_invoicing_status = get("online_invoicing_status", UNSET)
    model.is_abonement_autopayment_enabled = get("is_abonement_autopayment_enabled", UNSET)
    model.autopayment_before_visit_time = get("autopayment_before_visit_time", UNSET)
    model.abonement_restriction_value = get("abonement_restriction_value", UNSET)
    model.is_chain = get("is_chain", UNSET)
    model.is_price_managed_only_in_chain = get("is_price_managed_only_in_chain", UNSET)
    model.is_comment_managed_only_in_chain = get("is_comment_managed_only_in_chain", UNSET)
    model.price_prepaid_amount = get("price_prepaid_amount", UNSET)
    model.price_prepaid_percent = get("price_prepaid_percent", UNSET)
    model.id = get("id", UNSET)
    model.salon_service_id = get("salon_service_id", UNSET)
    model.prepaid = get("prepaid", UNSET)
    model.capacity = get("capacity", UNSET)
    model.is_online = get("is_online", UNSET)


def _fill_converted(
    model: ServicesChangeCompanyidResponseDataTypesData,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "date_from" not in done:
        value = get("date_from", UNSET)
        if value is UNSET:
            model.date_from = UNSET
        else:
            try:
                try:
                    model.date_from = date_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.date_from = types.parse_iso_date(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "date_to" not in done:
        value = get("date_to", UNSET)
        if value is UNSET:
            model.date_to = UNSET
        else:
            try:
                try:
                    model.date_to = date_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.date_to = types.parse_iso_date(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "image_group" not in done:
        value = get("image_group", UNSET)
        if value is UNSET:
            model.image_group = UNSET
        elif value == []:
            model.image_group = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.image_group = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "dates" not in done:
        value = get("dates", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.dates = UNSET
        else:
            try:
                model.dates = _read_dates(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "resources" not in done:
        value = get("resources", UNSET)
        if value is UNSET:
            model.resources = UNSET
        elif value == []:
            model.resources = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.resources = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "staff" not in done:
        value = get("staff", UNSET)
        if value is UNSET:
            model.staff = UNSET
        elif value == []:
            model.staff = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.services_change_companyid_response_data_types_data_staff_item"
            ) or model_builder(
                "altegio_client.models.services_change_companyid_response_data_types_data_staff_item",
                "ServicesChangeCompanyidResponseDataTypesDataStaffItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.staff = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ServicesChangeCompanyidResponseDataTypesData | None = None
) -> ServicesChangeCompanyidResponseDataTypesData:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ServicesChangeCompanyidResponseDataTypesData._lazy(json_value, parse_ctx)
        model = new_model(
            ServicesChangeCompanyidResponseDataTypesData
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
        layout = layout_of(ServicesChangeCompanyidResponseDataTypesData, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_date_from, value_date_to, value_image_group, value_dates, value_resources, value_staff = fill(
        json_value, model
    )
    if value_date_from is UNSET:
        model.date_from = UNSET
    else:
        try:
            try:
                model.date_from = date_from_iso(value_date_from)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.date_from = types.parse_iso_date(value_date_from)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_date_to is UNSET:
        model.date_to = UNSET
    else:
        try:
            try:
                model.date_to = date_from_iso(value_date_to)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.date_to = types.parse_iso_date(value_date_to)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_image_group is UNSET:
        model.image_group = UNSET
    elif value_image_group == []:
        model.image_group = value_image_group  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
        )
        try:
            if _builtins.type(value_image_group) is not list:
                raise TypeError
            model.image_group = [build(item, parse_ctx) for item in value_image_group]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_dates is UNSET:  # what every optional field's converter returns for it
        model.dates = UNSET
    else:
        try:
            model.dates = _read_dates(value_dates, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_resources is UNSET:
        model.resources = UNSET
    elif value_resources == []:
        model.resources = value_resources  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
        )
        try:
            if _builtins.type(value_resources) is not list:
                raise TypeError
            model.resources = [build(item, parse_ctx) for item in value_resources]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_staff is UNSET:
        model.staff = UNSET
    elif value_staff == []:
        model.staff = value_staff  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.services_change_companyid_response_data_types_data_staff_item"
        ) or model_builder(
            "altegio_client.models.services_change_companyid_response_data_types_data_staff_item",
            "ServicesChangeCompanyidResponseDataTypesDataStaffItem",
        )
        try:
            if _builtins.type(value_staff) is not list:
                raise TypeError
            model.staff = [build(item, parse_ctx) for item in value_staff]
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
        model.__class__ = lazily_read_class(ServicesChangeCompanyidResponseDataTypesData)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ServicesChangeCompanyidResponseDataTypesData
        del model._raw, model._context
    return model


ServicesChangeCompanyidResponseDataTypesData._lazy_fill = (_fill_plain, _fill_converted, _build)
