from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

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
    from ..models.to_many_relationship import ToManyRelationship
    from ..models.to_one_relationship import ToOneRelationship


T = TypeVar("T", bound="AppointmentResourceRelationships")


@_attrs_define
class AppointmentResourceRelationships(LazyModel):
    """Present when related data is requested through `include`"""

    client: ToOneRelationship | Unset = UNSET
    staff: ToOneRelationship | Unset = UNSET
    services: ToManyRelationship | Unset = UNSET
    goods: ToManyRelationship | Unset = UNSET
    resource_instances: ToManyRelationship | Unset = UNSET
    labels: ToManyRelationship | Unset = UNSET
    attendance_service_items: ToManyRelationship | Unset = UNSET
    attendance_good_items: ToManyRelationship | Unset = UNSET
    attendance_document: ToOneRelationship | Unset = UNSET
    transactions: ToManyRelationship | Unset = UNSET
    fast_payment_settings: ToOneRelationship | Unset = UNSET
    acceptance_free: ToOneRelationship | Unset = UNSET
    custom_field_values: ToManyRelationship | Unset = UNSET
    comer: ToOneRelationship | Unset = UNSET
    client_notification_settings: ToOneRelationship | Unset = UNSET
    client_schedule: ToOneRelationship | Unset = UNSET
    duration_details: ToOneRelationship | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        services: dict[str, Any] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services.to_dict()

        goods: dict[str, Any] | Unset = UNSET
        if not isinstance(self.goods, Unset):
            goods = self.goods.to_dict()

        resource_instances: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource_instances, Unset):
            resource_instances = self.resource_instances.to_dict()

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        attendance_service_items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attendance_service_items, Unset):
            attendance_service_items = self.attendance_service_items.to_dict()

        attendance_good_items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attendance_good_items, Unset):
            attendance_good_items = self.attendance_good_items.to_dict()

        attendance_document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attendance_document, Unset):
            attendance_document = self.attendance_document.to_dict()

        transactions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = self.transactions.to_dict()

        fast_payment_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fast_payment_settings, Unset):
            fast_payment_settings = self.fast_payment_settings.to_dict()

        acceptance_free: dict[str, Any] | Unset = UNSET
        if not isinstance(self.acceptance_free, Unset):
            acceptance_free = self.acceptance_free.to_dict()

        custom_field_values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_field_values, Unset):
            custom_field_values = self.custom_field_values.to_dict()

        comer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.comer, Unset):
            comer = self.comer.to_dict()

        client_notification_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_notification_settings, Unset):
            client_notification_settings = self.client_notification_settings.to_dict()

        client_schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_schedule, Unset):
            client_schedule = self.client_schedule.to_dict()

        duration_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.duration_details, Unset):
            duration_details = self.duration_details.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if client is not UNSET:
            field_dict["client"] = client
        if staff is not UNSET:
            field_dict["staff"] = staff
        if services is not UNSET:
            field_dict["services"] = services
        if goods is not UNSET:
            field_dict["goods"] = goods
        if resource_instances is not UNSET:
            field_dict["resource_instances"] = resource_instances
        if labels is not UNSET:
            field_dict["labels"] = labels
        if attendance_service_items is not UNSET:
            field_dict["attendance_service_items"] = attendance_service_items
        if attendance_good_items is not UNSET:
            field_dict["attendance_good_items"] = attendance_good_items
        if attendance_document is not UNSET:
            field_dict["attendance_document"] = attendance_document
        if transactions is not UNSET:
            field_dict["transactions"] = transactions
        if fast_payment_settings is not UNSET:
            field_dict["fast_payment_settings"] = fast_payment_settings
        if acceptance_free is not UNSET:
            field_dict["acceptance_free"] = acceptance_free
        if custom_field_values is not UNSET:
            field_dict["custom_field_values"] = custom_field_values
        if comer is not UNSET:
            field_dict["comer"] = comer
        if client_notification_settings is not UNSET:
            field_dict["client_notification_settings"] = client_notification_settings
        if client_schedule is not UNSET:
            field_dict["client_schedule"] = client_schedule
        if duration_details is not UNSET:
            field_dict["duration_details"] = duration_details

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.to_many_relationship import ToManyRelationship  # noqa: PLC0415
        from ..models.to_one_relationship import ToOneRelationship  # noqa: PLC0415

        d = dict(src_dict)
        _client = d.pop("client", UNSET)
        client: ToOneRelationship | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = ToOneRelationship.from_dict(_client)

        _staff = d.pop("staff", UNSET)
        staff: ToOneRelationship | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = ToOneRelationship.from_dict(_staff)

        _services = d.pop("services", UNSET)
        services: ToManyRelationship | Unset
        if isinstance(_services, Unset):
            services = UNSET
        else:
            services = ToManyRelationship.from_dict(_services)

        _goods = d.pop("goods", UNSET)
        goods: ToManyRelationship | Unset
        if isinstance(_goods, Unset):
            goods = UNSET
        else:
            goods = ToManyRelationship.from_dict(_goods)

        _resource_instances = d.pop("resource_instances", UNSET)
        resource_instances: ToManyRelationship | Unset
        if isinstance(_resource_instances, Unset):
            resource_instances = UNSET
        else:
            resource_instances = ToManyRelationship.from_dict(_resource_instances)

        _labels = d.pop("labels", UNSET)
        labels: ToManyRelationship | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = ToManyRelationship.from_dict(_labels)

        _attendance_service_items = d.pop("attendance_service_items", UNSET)
        attendance_service_items: ToManyRelationship | Unset
        if isinstance(_attendance_service_items, Unset):
            attendance_service_items = UNSET
        else:
            attendance_service_items = ToManyRelationship.from_dict(_attendance_service_items)

        _attendance_good_items = d.pop("attendance_good_items", UNSET)
        attendance_good_items: ToManyRelationship | Unset
        if isinstance(_attendance_good_items, Unset):
            attendance_good_items = UNSET
        else:
            attendance_good_items = ToManyRelationship.from_dict(_attendance_good_items)

        _attendance_document = d.pop("attendance_document", UNSET)
        attendance_document: ToOneRelationship | Unset
        if isinstance(_attendance_document, Unset):
            attendance_document = UNSET
        else:
            attendance_document = ToOneRelationship.from_dict(_attendance_document)

        _transactions = d.pop("transactions", UNSET)
        transactions: ToManyRelationship | Unset
        if isinstance(_transactions, Unset):
            transactions = UNSET
        else:
            transactions = ToManyRelationship.from_dict(_transactions)

        _fast_payment_settings = d.pop("fast_payment_settings", UNSET)
        fast_payment_settings: ToOneRelationship | Unset
        if isinstance(_fast_payment_settings, Unset):
            fast_payment_settings = UNSET
        else:
            fast_payment_settings = ToOneRelationship.from_dict(_fast_payment_settings)

        _acceptance_free = d.pop("acceptance_free", UNSET)
        acceptance_free: ToOneRelationship | Unset
        if isinstance(_acceptance_free, Unset):
            acceptance_free = UNSET
        else:
            acceptance_free = ToOneRelationship.from_dict(_acceptance_free)

        _custom_field_values = d.pop("custom_field_values", UNSET)
        custom_field_values: ToManyRelationship | Unset
        if isinstance(_custom_field_values, Unset):
            custom_field_values = UNSET
        else:
            custom_field_values = ToManyRelationship.from_dict(_custom_field_values)

        _comer = d.pop("comer", UNSET)
        comer: ToOneRelationship | Unset
        if isinstance(_comer, Unset):
            comer = UNSET
        else:
            comer = ToOneRelationship.from_dict(_comer)

        _client_notification_settings = d.pop("client_notification_settings", UNSET)
        client_notification_settings: ToOneRelationship | Unset
        if isinstance(_client_notification_settings, Unset):
            client_notification_settings = UNSET
        else:
            client_notification_settings = ToOneRelationship.from_dict(_client_notification_settings)

        _client_schedule = d.pop("client_schedule", UNSET)
        client_schedule: ToOneRelationship | Unset
        if isinstance(_client_schedule, Unset):
            client_schedule = UNSET
        else:
            client_schedule = ToOneRelationship.from_dict(_client_schedule)

        _duration_details = d.pop("duration_details", UNSET)
        duration_details: ToOneRelationship | Unset
        if isinstance(_duration_details, Unset):
            duration_details = UNSET
        else:
            duration_details = ToOneRelationship.from_dict(_duration_details)

        appointment_resource_relationships = cls(
            client=client,
            staff=staff,
            services=services,
            goods=goods,
            resource_instances=resource_instances,
            labels=labels,
            attendance_service_items=attendance_service_items,
            attendance_good_items=attendance_good_items,
            attendance_document=attendance_document,
            transactions=transactions,
            fast_payment_settings=fast_payment_settings,
            acceptance_free=acceptance_free,
            custom_field_values=custom_field_values,
            comer=comer,
            client_notification_settings=client_notification_settings,
            client_schedule=client_schedule,
            duration_details=duration_details,
        )

        return appointment_resource_relationships


def _read_client(json_value: Any, parse_ctx: ParseContext) -> ToOneRelationship | Unset:
    ToOneRelationship = MODEL_CLASSES.get("altegio_client.models.to_one_relationship") or model_class(
        "altegio_client.models.to_one_relationship", "ToOneRelationship"
    )

    _client = json_value
    client: ToOneRelationship | Unset
    if isinstance(_client, Unset):
        client = UNSET
    else:
        client = ToOneRelationship._lazy(_client, parse_ctx)

    return client


def _read_staff(json_value: Any, parse_ctx: ParseContext) -> ToOneRelationship | Unset:
    ToOneRelationship = MODEL_CLASSES.get("altegio_client.models.to_one_relationship") or model_class(
        "altegio_client.models.to_one_relationship", "ToOneRelationship"
    )

    _staff = json_value
    staff: ToOneRelationship | Unset
    if isinstance(_staff, Unset):
        staff = UNSET
    else:
        staff = ToOneRelationship._lazy(_staff, parse_ctx)

    return staff


def _read_services(json_value: Any, parse_ctx: ParseContext) -> ToManyRelationship | Unset:
    ToManyRelationship = MODEL_CLASSES.get("altegio_client.models.to_many_relationship") or model_class(
        "altegio_client.models.to_many_relationship", "ToManyRelationship"
    )

    _services = json_value
    services: ToManyRelationship | Unset
    if isinstance(_services, Unset):
        services = UNSET
    else:
        services = ToManyRelationship._lazy(_services, parse_ctx)

    return services


def _read_goods(json_value: Any, parse_ctx: ParseContext) -> ToManyRelationship | Unset:
    ToManyRelationship = MODEL_CLASSES.get("altegio_client.models.to_many_relationship") or model_class(
        "altegio_client.models.to_many_relationship", "ToManyRelationship"
    )

    _goods = json_value
    goods: ToManyRelationship | Unset
    if isinstance(_goods, Unset):
        goods = UNSET
    else:
        goods = ToManyRelationship._lazy(_goods, parse_ctx)

    return goods


def _read_resource_instances(json_value: Any, parse_ctx: ParseContext) -> ToManyRelationship | Unset:
    ToManyRelationship = MODEL_CLASSES.get("altegio_client.models.to_many_relationship") or model_class(
        "altegio_client.models.to_many_relationship", "ToManyRelationship"
    )

    _resource_instances = json_value
    resource_instances: ToManyRelationship | Unset
    if isinstance(_resource_instances, Unset):
        resource_instances = UNSET
    else:
        resource_instances = ToManyRelationship._lazy(_resource_instances, parse_ctx)

    return resource_instances


def _read_labels(json_value: Any, parse_ctx: ParseContext) -> ToManyRelationship | Unset:
    ToManyRelationship = MODEL_CLASSES.get("altegio_client.models.to_many_relationship") or model_class(
        "altegio_client.models.to_many_relationship", "ToManyRelationship"
    )

    _labels = json_value
    labels: ToManyRelationship | Unset
    if isinstance(_labels, Unset):
        labels = UNSET
    else:
        labels = ToManyRelationship._lazy(_labels, parse_ctx)

    return labels


def _read_attendance_service_items(json_value: Any, parse_ctx: ParseContext) -> ToManyRelationship | Unset:
    ToManyRelationship = MODEL_CLASSES.get("altegio_client.models.to_many_relationship") or model_class(
        "altegio_client.models.to_many_relationship", "ToManyRelationship"
    )

    _attendance_service_items = json_value
    attendance_service_items: ToManyRelationship | Unset
    if isinstance(_attendance_service_items, Unset):
        attendance_service_items = UNSET
    else:
        attendance_service_items = ToManyRelationship._lazy(_attendance_service_items, parse_ctx)

    return attendance_service_items


def _read_attendance_good_items(json_value: Any, parse_ctx: ParseContext) -> ToManyRelationship | Unset:
    ToManyRelationship = MODEL_CLASSES.get("altegio_client.models.to_many_relationship") or model_class(
        "altegio_client.models.to_many_relationship", "ToManyRelationship"
    )

    _attendance_good_items = json_value
    attendance_good_items: ToManyRelationship | Unset
    if isinstance(_attendance_good_items, Unset):
        attendance_good_items = UNSET
    else:
        attendance_good_items = ToManyRelationship._lazy(_attendance_good_items, parse_ctx)

    return attendance_good_items


def _read_attendance_document(json_value: Any, parse_ctx: ParseContext) -> ToOneRelationship | Unset:
    ToOneRelationship = MODEL_CLASSES.get("altegio_client.models.to_one_relationship") or model_class(
        "altegio_client.models.to_one_relationship", "ToOneRelationship"
    )

    _attendance_document = json_value
    attendance_document: ToOneRelationship | Unset
    if isinstance(_attendance_document, Unset):
        attendance_document = UNSET
    else:
        attendance_document = ToOneRelationship._lazy(_attendance_document, parse_ctx)

    return attendance_document


def _read_transactions(json_value: Any, parse_ctx: ParseContext) -> ToManyRelationship | Unset:
    ToManyRelationship = MODEL_CLASSES.get("altegio_client.models.to_many_relationship") or model_class(
        "altegio_client.models.to_many_relationship", "ToManyRelationship"
    )

    _transactions = json_value
    transactions: ToManyRelationship | Unset
    if isinstance(_transactions, Unset):
        transactions = UNSET
    else:
        transactions = ToManyRelationship._lazy(_transactions, parse_ctx)

    return transactions


def _read_fast_payment_settings(json_value: Any, parse_ctx: ParseContext) -> ToOneRelationship | Unset:
    ToOneRelationship = MODEL_CLASSES.get("altegio_client.models.to_one_relationship") or model_class(
        "altegio_client.models.to_one_relationship", "ToOneRelationship"
    )

    _fast_payment_settings = json_value
    fast_payment_settings: ToOneRelationship | Unset
    if isinstance(_fast_payment_settings, Unset):
        fast_payment_settings = UNSET
    else:
        fast_payment_settings = ToOneRelationship._lazy(_fast_payment_settings, parse_ctx)

    return fast_payment_settings


def _read_acceptance_free(json_value: Any, parse_ctx: ParseContext) -> ToOneRelationship | Unset:
    ToOneRelationship = MODEL_CLASSES.get("altegio_client.models.to_one_relationship") or model_class(
        "altegio_client.models.to_one_relationship", "ToOneRelationship"
    )

    _acceptance_free = json_value
    acceptance_free: ToOneRelationship | Unset
    if isinstance(_acceptance_free, Unset):
        acceptance_free = UNSET
    else:
        acceptance_free = ToOneRelationship._lazy(_acceptance_free, parse_ctx)

    return acceptance_free


def _read_custom_field_values(json_value: Any, parse_ctx: ParseContext) -> ToManyRelationship | Unset:
    ToManyRelationship = MODEL_CLASSES.get("altegio_client.models.to_many_relationship") or model_class(
        "altegio_client.models.to_many_relationship", "ToManyRelationship"
    )

    _custom_field_values = json_value
    custom_field_values: ToManyRelationship | Unset
    if isinstance(_custom_field_values, Unset):
        custom_field_values = UNSET
    else:
        custom_field_values = ToManyRelationship._lazy(_custom_field_values, parse_ctx)

    return custom_field_values


def _read_comer(json_value: Any, parse_ctx: ParseContext) -> ToOneRelationship | Unset:
    ToOneRelationship = MODEL_CLASSES.get("altegio_client.models.to_one_relationship") or model_class(
        "altegio_client.models.to_one_relationship", "ToOneRelationship"
    )

    _comer = json_value
    comer: ToOneRelationship | Unset
    if isinstance(_comer, Unset):
        comer = UNSET
    else:
        comer = ToOneRelationship._lazy(_comer, parse_ctx)

    return comer


def _read_client_notification_settings(json_value: Any, parse_ctx: ParseContext) -> ToOneRelationship | Unset:
    ToOneRelationship = MODEL_CLASSES.get("altegio_client.models.to_one_relationship") or model_class(
        "altegio_client.models.to_one_relationship", "ToOneRelationship"
    )

    _client_notification_settings = json_value
    client_notification_settings: ToOneRelationship | Unset
    if isinstance(_client_notification_settings, Unset):
        client_notification_settings = UNSET
    else:
        client_notification_settings = ToOneRelationship._lazy(_client_notification_settings, parse_ctx)

    return client_notification_settings


def _read_client_schedule(json_value: Any, parse_ctx: ParseContext) -> ToOneRelationship | Unset:
    ToOneRelationship = MODEL_CLASSES.get("altegio_client.models.to_one_relationship") or model_class(
        "altegio_client.models.to_one_relationship", "ToOneRelationship"
    )

    _client_schedule = json_value
    client_schedule: ToOneRelationship | Unset
    if isinstance(_client_schedule, Unset):
        client_schedule = UNSET
    else:
        client_schedule = ToOneRelationship._lazy(_client_schedule, parse_ctx)

    return client_schedule


def _read_duration_details(json_value: Any, parse_ctx: ParseContext) -> ToOneRelationship | Unset:
    ToOneRelationship = MODEL_CLASSES.get("altegio_client.models.to_one_relationship") or model_class(
        "altegio_client.models.to_one_relationship", "ToOneRelationship"
    )

    _duration_details = json_value
    duration_details: ToOneRelationship | Unset
    if isinstance(_duration_details, Unset):
        duration_details = UNSET
    else:
        duration_details = ToOneRelationship._lazy(_duration_details, parse_ctx)

    return duration_details


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


AppointmentResourceRelationships._lazy_fields = {
    "client": ("client", _read_client, False),
    "staff": ("staff", _read_staff, False),
    "services": ("services", _read_services, False),
    "goods": ("goods", _read_goods, False),
    "resource_instances": ("resource_instances", _read_resource_instances, False),
    "labels": ("labels", _read_labels, False),
    "attendance_service_items": ("attendance_service_items", _read_attendance_service_items, False),
    "attendance_good_items": ("attendance_good_items", _read_attendance_good_items, False),
    "attendance_document": ("attendance_document", _read_attendance_document, False),
    "transactions": ("transactions", _read_transactions, False),
    "fast_payment_settings": ("fast_payment_settings", _read_fast_payment_settings, False),
    "acceptance_free": ("acceptance_free", _read_acceptance_free, False),
    "custom_field_values": ("custom_field_values", _read_custom_field_values, False),
    "comer": ("comer", _read_comer, False),
    "client_notification_settings": ("client_notification_settings", _read_client_notification_settings, False),
    "client_schedule": ("client_schedule", _read_client_schedule, False),
    "duration_details": ("duration_details", _read_duration_details, False),
}


def _fill_plain(model: AppointmentResourceRelationships, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: AppointmentResourceRelationships, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "client" not in done:
        value = get("client", UNSET)
        if value is UNSET:
            model.client = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
                "altegio_client.models.to_one_relationship", "ToOneRelationship"
            )
            try:
                model.client = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "staff" not in done:
        value = get("staff", UNSET)
        if value is UNSET:
            model.staff = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
                "altegio_client.models.to_one_relationship", "ToOneRelationship"
            )
            try:
                model.staff = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "services" not in done:
        value = get("services", UNSET)
        if value is UNSET:
            model.services = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
                "altegio_client.models.to_many_relationship", "ToManyRelationship"
            )
            try:
                model.services = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "goods" not in done:
        value = get("goods", UNSET)
        if value is UNSET:
            model.goods = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
                "altegio_client.models.to_many_relationship", "ToManyRelationship"
            )
            try:
                model.goods = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "resource_instances" not in done:
        value = get("resource_instances", UNSET)
        if value is UNSET:
            model.resource_instances = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
                "altegio_client.models.to_many_relationship", "ToManyRelationship"
            )
            try:
                model.resource_instances = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "labels" not in done:
        value = get("labels", UNSET)
        if value is UNSET:
            model.labels = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
                "altegio_client.models.to_many_relationship", "ToManyRelationship"
            )
            try:
                model.labels = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "attendance_service_items" not in done:
        value = get("attendance_service_items", UNSET)
        if value is UNSET:
            model.attendance_service_items = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
                "altegio_client.models.to_many_relationship", "ToManyRelationship"
            )
            try:
                model.attendance_service_items = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "attendance_good_items" not in done:
        value = get("attendance_good_items", UNSET)
        if value is UNSET:
            model.attendance_good_items = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
                "altegio_client.models.to_many_relationship", "ToManyRelationship"
            )
            try:
                model.attendance_good_items = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "attendance_document" not in done:
        value = get("attendance_document", UNSET)
        if value is UNSET:
            model.attendance_document = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
                "altegio_client.models.to_one_relationship", "ToOneRelationship"
            )
            try:
                model.attendance_document = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "transactions" not in done:
        value = get("transactions", UNSET)
        if value is UNSET:
            model.transactions = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
                "altegio_client.models.to_many_relationship", "ToManyRelationship"
            )
            try:
                model.transactions = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "fast_payment_settings" not in done:
        value = get("fast_payment_settings", UNSET)
        if value is UNSET:
            model.fast_payment_settings = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
                "altegio_client.models.to_one_relationship", "ToOneRelationship"
            )
            try:
                model.fast_payment_settings = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "acceptance_free" not in done:
        value = get("acceptance_free", UNSET)
        if value is UNSET:
            model.acceptance_free = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
                "altegio_client.models.to_one_relationship", "ToOneRelationship"
            )
            try:
                model.acceptance_free = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "custom_field_values" not in done:
        value = get("custom_field_values", UNSET)
        if value is UNSET:
            model.custom_field_values = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
                "altegio_client.models.to_many_relationship", "ToManyRelationship"
            )
            try:
                model.custom_field_values = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "comer" not in done:
        value = get("comer", UNSET)
        if value is UNSET:
            model.comer = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
                "altegio_client.models.to_one_relationship", "ToOneRelationship"
            )
            try:
                model.comer = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "client_notification_settings" not in done:
        value = get("client_notification_settings", UNSET)
        if value is UNSET:
            model.client_notification_settings = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
                "altegio_client.models.to_one_relationship", "ToOneRelationship"
            )
            try:
                model.client_notification_settings = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "client_schedule" not in done:
        value = get("client_schedule", UNSET)
        if value is UNSET:
            model.client_schedule = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
                "altegio_client.models.to_one_relationship", "ToOneRelationship"
            )
            try:
                model.client_schedule = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "duration_details" not in done:
        value = get("duration_details", UNSET)
        if value is UNSET:
            model.duration_details = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
                "altegio_client.models.to_one_relationship", "ToOneRelationship"
            )
            try:
                model.duration_details = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: AppointmentResourceRelationships | None = None
) -> AppointmentResourceRelationships:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return AppointmentResourceRelationships._lazy(json_value, parse_ctx)
        model = new_model(
            AppointmentResourceRelationships
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
        layout = layout_of(AppointmentResourceRelationships, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (
        value_client,
        value_staff,
        value_services,
        value_goods,
        value_resource_instances,
        value_labels,
        value_attendance_service_items,
        value_attendance_good_items,
        value_attendance_document,
        value_transactions,
        value_fast_payment_settings,
        value_acceptance_free,
        value_custom_field_values,
        value_comer,
        value_client_notification_settings,
        value_client_schedule,
        value_duration_details,
    ) = fill(json_value, model)
    if value_client is UNSET:
        model.client = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
            "altegio_client.models.to_one_relationship", "ToOneRelationship"
        )
        try:
            model.client = build(value_client, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_staff is UNSET:
        model.staff = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
            "altegio_client.models.to_one_relationship", "ToOneRelationship"
        )
        try:
            model.staff = build(value_staff, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_services is UNSET:
        model.services = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
            "altegio_client.models.to_many_relationship", "ToManyRelationship"
        )
        try:
            model.services = build(value_services, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_goods is UNSET:
        model.goods = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
            "altegio_client.models.to_many_relationship", "ToManyRelationship"
        )
        try:
            model.goods = build(value_goods, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_resource_instances is UNSET:
        model.resource_instances = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
            "altegio_client.models.to_many_relationship", "ToManyRelationship"
        )
        try:
            model.resource_instances = build(value_resource_instances, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_labels is UNSET:
        model.labels = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
            "altegio_client.models.to_many_relationship", "ToManyRelationship"
        )
        try:
            model.labels = build(value_labels, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_attendance_service_items is UNSET:
        model.attendance_service_items = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
            "altegio_client.models.to_many_relationship", "ToManyRelationship"
        )
        try:
            model.attendance_service_items = build(value_attendance_service_items, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_attendance_good_items is UNSET:
        model.attendance_good_items = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
            "altegio_client.models.to_many_relationship", "ToManyRelationship"
        )
        try:
            model.attendance_good_items = build(value_attendance_good_items, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_attendance_document is UNSET:
        model.attendance_document = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
            "altegio_client.models.to_one_relationship", "ToOneRelationship"
        )
        try:
            model.attendance_document = build(value_attendance_document, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_transactions is UNSET:
        model.transactions = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
            "altegio_client.models.to_many_relationship", "ToManyRelationship"
        )
        try:
            model.transactions = build(value_transactions, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_fast_payment_settings is UNSET:
        model.fast_payment_settings = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
            "altegio_client.models.to_one_relationship", "ToOneRelationship"
        )
        try:
            model.fast_payment_settings = build(value_fast_payment_settings, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_acceptance_free is UNSET:
        model.acceptance_free = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
            "altegio_client.models.to_one_relationship", "ToOneRelationship"
        )
        try:
            model.acceptance_free = build(value_acceptance_free, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_custom_field_values is UNSET:
        model.custom_field_values = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
            "altegio_client.models.to_many_relationship", "ToManyRelationship"
        )
        try:
            model.custom_field_values = build(value_custom_field_values, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_comer is UNSET:
        model.comer = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
            "altegio_client.models.to_one_relationship", "ToOneRelationship"
        )
        try:
            model.comer = build(value_comer, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_client_notification_settings is UNSET:
        model.client_notification_settings = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
            "altegio_client.models.to_one_relationship", "ToOneRelationship"
        )
        try:
            model.client_notification_settings = build(value_client_notification_settings, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_client_schedule is UNSET:
        model.client_schedule = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
            "altegio_client.models.to_one_relationship", "ToOneRelationship"
        )
        try:
            model.client_schedule = build(value_client_schedule, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_duration_details is UNSET:
        model.duration_details = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
            "altegio_client.models.to_one_relationship", "ToOneRelationship"
        )
        try:
            model.duration_details = build(value_duration_details, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(AppointmentResourceRelationships)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = AppointmentResourceRelationships
        del model._raw, model._context
    return model


AppointmentResourceRelationships._lazy_fill = (_fill_plain, _fill_converted, _build)
