from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
    from ..models.event_response_data_duration_details import (
        EventResponseDataDurationDetails,
    )
    from ..models.event_response_data_resource_instances_item import (
        EventResponseDataResourceInstancesItem,
    )
    from ..models.event_response_data_service import EventResponseDataService
    from ..models.event_response_data_staff import EventResponseDataStaff
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="EventResponseData")


@_attrs_define
class EventResponseData(LazyModel):
    """Object with data"""

    id: int | Unset = UNSET
    """ Event ID """
    salon_id: int | Unset = UNSET
    """ Location ID (deprecated, use company_id) """
    company_id: int | Unset = UNSET
    """ Location ID """
    service_id: int | Unset = UNSET
    """ Service ID """
    staff_id: int | Unset = UNSET
    """ team member ID """
    date: str | Unset = UNSET
    """ Event date and time """
    timestamp: float | Unset = UNSET
    """ Unix timestamp of Event date """
    length: float | Unset = UNSET
    """ Event duration in seconds """
    capacity: float | Unset = UNSET
    """ Capacity """
    records_count: float | Unset = UNSET
    """ Number of Appointments in this Event """
    color: str | Unset = UNSET
    """ Event color """
    font_color: str | Unset = UNSET
    """ Font color """
    instructions: str | Unset = UNSET
    """ Event instructions """
    stream_link: str | Unset = UNSET
    """ Stream link for online events """
    notified: bool | Unset = UNSET
    """ Whether notifications have been sent """
    comment: None | str | Unset = UNSET
    """ Event comment """
    prepaid: str | Unset = UNSET
    """ Prepayment status (forbidden, optional, required) """
    is_deleted: bool | Unset = UNSET
    """ Whether Event is deleted """
    duration_details: EventResponseDataDurationDetails | Unset = UNSET
    """ Event duration details """
    service: EventResponseDataService | Unset = UNSET
    """ Service """
    staff: EventResponseDataStaff | Unset = UNSET
    """ team member """
    resource_instances: list[EventResponseDataResourceInstancesItem] | Unset = UNSET
    """ Resource instances """
    labels: list[JsonObject] | Unset = UNSET
    """ Event tags """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        salon_id = self.salon_id

        company_id = self.company_id

        service_id = self.service_id

        staff_id = self.staff_id

        date = self.date

        timestamp = self.timestamp

        length = self.length

        capacity = self.capacity

        records_count = self.records_count

        color = self.color

        font_color = self.font_color

        instructions = self.instructions

        stream_link = self.stream_link

        notified = self.notified

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        prepaid = self.prepaid

        is_deleted = self.is_deleted

        duration_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.duration_details, Unset):
            duration_details = self.duration_details.to_dict()

        service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = self.service.to_dict()

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        resource_instances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resource_instances, Unset):
            resource_instances = []
            for resource_instances_item_data in self.resource_instances:
                resource_instances_item = resource_instances_item_data.to_dict()
                resource_instances.append(resource_instances_item)

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if date is not UNSET:
            field_dict["date"] = date
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if length is not UNSET:
            field_dict["length"] = length
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if records_count is not UNSET:
            field_dict["records_count"] = records_count
        if color is not UNSET:
            field_dict["color"] = color
        if font_color is not UNSET:
            field_dict["font_color"] = font_color
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if stream_link is not UNSET:
            field_dict["stream_link"] = stream_link
        if notified is not UNSET:
            field_dict["notified"] = notified
        if comment is not UNSET:
            field_dict["comment"] = comment
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if is_deleted is not UNSET:
            field_dict["is_deleted"] = is_deleted
        if duration_details is not UNSET:
            field_dict["duration_details"] = duration_details
        if service is not UNSET:
            field_dict["service"] = service
        if staff is not UNSET:
            field_dict["staff"] = staff
        if resource_instances is not UNSET:
            field_dict["resource_instances"] = resource_instances
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_response_data_duration_details import (
            EventResponseDataDurationDetails,  # noqa: PLC0415
        )
        from ..models.event_response_data_resource_instances_item import (
            EventResponseDataResourceInstancesItem,  # noqa: PLC0415
        )
        from ..models.event_response_data_service import EventResponseDataService  # noqa: PLC0415
        from ..models.event_response_data_staff import EventResponseDataStaff  # noqa: PLC0415
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        company_id = d.pop("company_id", UNSET)

        service_id = d.pop("service_id", UNSET)

        staff_id = d.pop("staff_id", UNSET)

        date = d.pop("date", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        length = d.pop("length", UNSET)

        capacity = d.pop("capacity", UNSET)

        records_count = d.pop("records_count", UNSET)

        color = d.pop("color", UNSET)

        font_color = d.pop("font_color", UNSET)

        instructions = d.pop("instructions", UNSET)

        stream_link = d.pop("stream_link", UNSET)

        notified = d.pop("notified", UNSET)

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        prepaid = d.pop("prepaid", UNSET)

        is_deleted = d.pop("is_deleted", UNSET)

        _duration_details = d.pop("duration_details", UNSET)
        duration_details: EventResponseDataDurationDetails | Unset
        if isinstance(_duration_details, Unset):
            duration_details = UNSET
        else:
            duration_details = EventResponseDataDurationDetails.from_dict(_duration_details)

        _service = d.pop("service", UNSET)
        service: EventResponseDataService | Unset
        if isinstance(_service, Unset):
            service = UNSET
        else:
            service = EventResponseDataService.from_dict(_service)

        _staff = d.pop("staff", UNSET)
        staff: EventResponseDataStaff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = EventResponseDataStaff.from_dict(_staff)

        _resource_instances = d.pop("resource_instances", UNSET)
        resource_instances: list[EventResponseDataResourceInstancesItem] | Unset = UNSET
        if _resource_instances is not UNSET:
            resource_instances = []
            for resource_instances_item_data in _resource_instances:
                resource_instances_item = EventResponseDataResourceInstancesItem.from_dict(resource_instances_item_data)

                resource_instances.append(resource_instances_item)

        _labels = d.pop("labels", UNSET)
        labels: list[JsonObject] | Unset = UNSET
        if _labels is not UNSET:
            labels = []
            for labels_item_data in _labels:
                labels_item = JsonObject.from_dict(labels_item_data)

                labels.append(labels_item)

        event_response_data = cls(
            id=id,
            salon_id=salon_id,
            company_id=company_id,
            service_id=service_id,
            staff_id=staff_id,
            date=date,
            timestamp=timestamp,
            length=length,
            capacity=capacity,
            records_count=records_count,
            color=color,
            font_color=font_color,
            instructions=instructions,
            stream_link=stream_link,
            notified=notified,
            comment=comment,
            prepaid=prepaid,
            is_deleted=is_deleted,
            duration_details=duration_details,
            service=service,
            staff=staff,
            resource_instances=resource_instances,
            labels=labels,
        )

        event_response_data.additional_properties = d
        return event_response_data

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


def _read_duration_details(json_value: Any, parse_ctx: ParseContext) -> EventResponseDataDurationDetails | Unset:
    EventResponseDataDurationDetails = MODEL_CLASSES.get(
        "altegio_client.models.event_response_data_duration_details"
    ) or model_class("altegio_client.models.event_response_data_duration_details", "EventResponseDataDurationDetails")

    _duration_details = json_value
    duration_details: EventResponseDataDurationDetails | Unset
    if isinstance(_duration_details, Unset):
        duration_details = UNSET
    else:
        duration_details = EventResponseDataDurationDetails._lazy(_duration_details, parse_ctx)

    return duration_details


def _read_service(json_value: Any, parse_ctx: ParseContext) -> EventResponseDataService | Unset:
    EventResponseDataService = MODEL_CLASSES.get("altegio_client.models.event_response_data_service") or model_class(
        "altegio_client.models.event_response_data_service", "EventResponseDataService"
    )

    _service = json_value
    service: EventResponseDataService | Unset
    if isinstance(_service, Unset):
        service = UNSET
    else:
        service = EventResponseDataService._lazy(_service, parse_ctx)

    return service


def _read_staff(json_value: Any, parse_ctx: ParseContext) -> EventResponseDataStaff | Unset:
    EventResponseDataStaff = MODEL_CLASSES.get("altegio_client.models.event_response_data_staff") or model_class(
        "altegio_client.models.event_response_data_staff", "EventResponseDataStaff"
    )

    _staff = json_value
    staff: EventResponseDataStaff | Unset
    if isinstance(_staff, Unset):
        staff = UNSET
    else:
        staff = EventResponseDataStaff._lazy(_staff, parse_ctx)

    return staff


def _read_resource_instances(
    json_value: Any, parse_ctx: ParseContext
) -> list[EventResponseDataResourceInstancesItem] | Unset:
    EventResponseDataResourceInstancesItem = MODEL_CLASSES.get(
        "altegio_client.models.event_response_data_resource_instances_item"
    ) or model_class(
        "altegio_client.models.event_response_data_resource_instances_item", "EventResponseDataResourceInstancesItem"
    )

    _resource_instances = json_value
    resource_instances: list[EventResponseDataResourceInstancesItem] | Unset = UNSET
    if _resource_instances is not UNSET:
        resource_instances = EventResponseDataResourceInstancesItem._lazy_list(_resource_instances, parse_ctx)

    return resource_instances


def _read_labels(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _labels = json_value
    labels: list[JsonObject] | Unset = UNSET
    if _labels is not UNSET:
        labels = JsonObject._lazy_list(_labels, parse_ctx)

    return labels


_DECLARED_KEYS = frozenset(
    {
        "id",
        "salon_id",
        "company_id",
        "service_id",
        "staff_id",
        "date",
        "timestamp",
        "length",
        "capacity",
        "records_count",
        "color",
        "font_color",
        "instructions",
        "stream_link",
        "notified",
        "comment",
        "prepaid",
        "is_deleted",
        "duration_details",
        "service",
        "staff",
        "resource_instances",
        "labels",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


EventResponseData._lazy_fields = {
    "id": ("id", None, False),
    "salon_id": ("salon_id", None, False),
    "company_id": ("company_id", None, False),
    "service_id": ("service_id", None, False),
    "staff_id": ("staff_id", None, False),
    "date": ("date", None, False),
    "timestamp": ("timestamp", None, False),
    "length": ("length", None, False),
    "capacity": ("capacity", None, False),
    "records_count": ("records_count", None, False),
    "color": ("color", None, False),
    "font_color": ("font_color", None, False),
    "instructions": ("instructions", None, False),
    "stream_link": ("stream_link", None, False),
    "notified": ("notified", None, False),
    "comment": ("comment", None, False),
    "prepaid": ("prepaid", None, False),
    "is_deleted": ("is_deleted", None, False),
    "duration_details": ("duration_details", _read_duration_details, False),
    "service": ("service", _read_service, False),
    "staff": ("staff", _read_staff, False),
    "resource_instances": ("resource_instances", _read_resource_instances, False),
    "labels": ("labels", _read_labels, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: EventResponseData, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.salon_id = get("salon_id", UNSET)
    model.company_id = get("company_id", UNSET)
    model.service_id = get("service_id", UNSET)
    model.staff_id = get("staff_id", UNSET)
    model.date = get("date", UNSET)
    model.timestamp = get("timestamp", UNSET)
    model.length = get("length", UNSET)
    model.capacity = get("capacity", UNSET)
    model.records_count = get("records_count", UNSET)
    model.color = get("color", UNSET)
    model.font_color = get("font_color", UNSET)
    model.instructions = get("instructions", UNSET)
    model.stream_link = get("stream_link", UNSET)
    model.notified = get("notified", UNSET)
    model.comment = get("comment", UNSET)
    model.prepaid = get("prepaid", UNSET)
    model.is_deleted = get("is_deleted", UNSET)


def _fill_converted(
    model: EventResponseData, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "duration_details" not in done:
        value = get("duration_details", UNSET)
        if value is UNSET:
            model.duration_details = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.event_response_data_duration_details") or model_builder(
                "altegio_client.models.event_response_data_duration_details", "EventResponseDataDurationDetails"
            )
            try:
                model.duration_details = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "service" not in done:
        value = get("service", UNSET)
        if value is UNSET:
            model.service = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.event_response_data_service") or model_builder(
                "altegio_client.models.event_response_data_service", "EventResponseDataService"
            )
            try:
                model.service = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "staff" not in done:
        value = get("staff", UNSET)
        if value is UNSET:
            model.staff = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.event_response_data_staff") or model_builder(
                "altegio_client.models.event_response_data_staff", "EventResponseDataStaff"
            )
            try:
                model.staff = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "resource_instances" not in done:
        value = get("resource_instances", UNSET)
        if value is UNSET:
            model.resource_instances = UNSET
        elif value == []:
            model.resource_instances = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.event_response_data_resource_instances_item"
            ) or model_builder(
                "altegio_client.models.event_response_data_resource_instances_item",
                "EventResponseDataResourceInstancesItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.resource_instances = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "labels" not in done:
        value = get("labels", UNSET)
        if value is UNSET:
            model.labels = UNSET
        elif value == []:
            model.labels = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.labels = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: EventResponseData | None = None) -> EventResponseData:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return EventResponseData._lazy(json_value, parse_ctx)
        model = new_model(EventResponseData)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(EventResponseData, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_duration_details, value_service, value_staff, value_resource_instances, value_labels = fill(json_value, model)
    if value_duration_details is UNSET:
        model.duration_details = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.event_response_data_duration_details") or model_builder(
            "altegio_client.models.event_response_data_duration_details", "EventResponseDataDurationDetails"
        )
        try:
            model.duration_details = build(value_duration_details, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_service is UNSET:
        model.service = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.event_response_data_service") or model_builder(
            "altegio_client.models.event_response_data_service", "EventResponseDataService"
        )
        try:
            model.service = build(value_service, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_staff is UNSET:
        model.staff = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.event_response_data_staff") or model_builder(
            "altegio_client.models.event_response_data_staff", "EventResponseDataStaff"
        )
        try:
            model.staff = build(value_staff, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_resource_instances is UNSET:
        model.resource_instances = UNSET
    elif value_resource_instances == []:
        model.resource_instances = value_resource_instances  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.event_response_data_resource_instances_item"
        ) or model_builder(
            "altegio_client.models.event_response_data_resource_instances_item",
            "EventResponseDataResourceInstancesItem",
        )
        try:
            if _builtins.type(value_resource_instances) is not list:
                raise TypeError
            model.resource_instances = [build(item, parse_ctx) for item in value_resource_instances]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_labels is UNSET:
        model.labels = UNSET
    elif value_labels == []:
        model.labels = value_labels  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
        )
        try:
            if _builtins.type(value_labels) is not list:
                raise TypeError
            model.labels = [build(item, parse_ctx) for item in value_labels]
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
        model.__class__ = lazily_read_class(EventResponseData)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = EventResponseData
        del model._raw, model._context
    return model


EventResponseData._lazy_fill = (_fill_plain, _fill_converted, _build)
