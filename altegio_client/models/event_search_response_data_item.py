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
    from ..models.event_response_data_resource_instances_item import (
        EventResponseDataResourceInstancesItem,
    )
    from ..models.event_search_response_data_item_service import (
        EventSearchResponseDataItemService,
    )
    from ..models.event_search_response_data_item_staff import (
        EventSearchResponseDataItemStaff,
    )
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="EventSearchResponseDataItem")


@_attrs_define
class EventSearchResponseDataItem(LazyModel):
    id: int | Unset = UNSET
    """ Event ID """
    service_id: int | Unset = UNSET
    """ Service ID """
    company_id: int | Unset = UNSET
    """ Location ID """
    staff_id: int | Unset = UNSET
    """ team member ID """
    date: _datetime.datetime | Unset = UNSET
    """ Session date """
    length: float | Unset = UNSET
    """ Duration """
    capacity: float | Unset = UNSET
    """ Capacity """
    records_count: float | Unset = UNSET
    """ Number of appointments """
    color: str | Unset = UNSET
    """ Color """
    instructions: str | Unset = UNSET
    """ Instructions """
    stream_link: str | Unset = UNSET
    """ Link to instructions """
    font_color: str | Unset = UNSET
    """ Font color """
    notified: bool | Unset = UNSET
    """ Notifications """
    prepaid: str | Unset = UNSET
    """ Prepayment """
    service: EventSearchResponseDataItemService | Unset = UNSET
    """ Service """
    staff: EventSearchResponseDataItemStaff | Unset = UNSET
    """ team member """
    resource_instances: list[EventResponseDataResourceInstancesItem] | Unset = UNSET
    """ Resource instance """
    labels: JsonObject | list[JsonObject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        service_id = self.service_id

        company_id = self.company_id

        staff_id = self.staff_id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        length = self.length

        capacity = self.capacity

        records_count = self.records_count

        color = self.color

        instructions = self.instructions

        stream_link = self.stream_link

        font_color = self.font_color

        notified = self.notified

        prepaid = self.prepaid

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

        labels: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, list):
            labels = []
            for labels_type_0_item_data in self.labels:
                labels_type_0_item = labels_type_0_item_data.to_dict()
                labels.append(labels_type_0_item)

        else:
            labels = self.labels.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if date is not UNSET:
            field_dict["date"] = date
        if length is not UNSET:
            field_dict["length"] = length
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if records_count is not UNSET:
            field_dict["records_count"] = records_count
        if color is not UNSET:
            field_dict["color"] = color
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if stream_link is not UNSET:
            field_dict["stream_link"] = stream_link
        if font_color is not UNSET:
            field_dict["font_color"] = font_color
        if notified is not UNSET:
            field_dict["notified"] = notified
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
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
        from ..models.event_response_data_resource_instances_item import (
            EventResponseDataResourceInstancesItem,  # noqa: PLC0415
        )
        from ..models.event_search_response_data_item_service import (
            EventSearchResponseDataItemService,  # noqa: PLC0415
        )
        from ..models.event_search_response_data_item_staff import (
            EventSearchResponseDataItemStaff,  # noqa: PLC0415
        )
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        service_id = d.pop("service_id", UNSET)

        company_id = d.pop("company_id", UNSET)

        staff_id = d.pop("staff_id", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = types.parse_iso_datetime(_date)

        length = d.pop("length", UNSET)

        capacity = d.pop("capacity", UNSET)

        records_count = d.pop("records_count", UNSET)

        color = d.pop("color", UNSET)

        instructions = d.pop("instructions", UNSET)

        stream_link = d.pop("stream_link", UNSET)

        font_color = d.pop("font_color", UNSET)

        notified = d.pop("notified", UNSET)

        prepaid = d.pop("prepaid", UNSET)

        _service = d.pop("service", UNSET)
        service: EventSearchResponseDataItemService | Unset
        if isinstance(_service, Unset):
            service = UNSET
        else:
            service = EventSearchResponseDataItemService.from_dict(_service)

        _staff = d.pop("staff", UNSET)
        staff: EventSearchResponseDataItemStaff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = EventSearchResponseDataItemStaff.from_dict(_staff)

        _resource_instances = d.pop("resource_instances", UNSET)
        resource_instances: list[EventResponseDataResourceInstancesItem] | Unset = UNSET
        if _resource_instances is not UNSET:
            resource_instances = []
            for resource_instances_item_data in _resource_instances:
                resource_instances_item = EventResponseDataResourceInstancesItem.from_dict(resource_instances_item_data)

                resource_instances.append(resource_instances_item)

        def _parse_labels(data: object) -> JsonObject | list[JsonObject] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                labels_type_0 = []
                _labels_type_0 = data
                for labels_type_0_item_data in _labels_type_0:
                    labels_type_0_item = JsonObject.from_dict(labels_type_0_item_data)

                    labels_type_0.append(labels_type_0_item)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            labels_type_1 = JsonObject.from_dict(data)

            return labels_type_1

        labels = _parse_labels(d.pop("labels", UNSET))

        event_search_response_data_item = cls(
            id=id,
            service_id=service_id,
            company_id=company_id,
            staff_id=staff_id,
            date=date,
            length=length,
            capacity=capacity,
            records_count=records_count,
            color=color,
            instructions=instructions,
            stream_link=stream_link,
            font_color=font_color,
            notified=notified,
            prepaid=prepaid,
            service=service,
            staff=staff,
            resource_instances=resource_instances,
            labels=labels,
        )

        event_search_response_data_item.additional_properties = d
        return event_search_response_data_item

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


def _read_service(json_value: Any, parse_ctx: ParseContext) -> EventSearchResponseDataItemService | Unset:
    EventSearchResponseDataItemService = MODEL_CLASSES.get(
        "altegio_client.models.event_search_response_data_item_service"
    ) or model_class(
        "altegio_client.models.event_search_response_data_item_service", "EventSearchResponseDataItemService"
    )

    _service = json_value
    service: EventSearchResponseDataItemService | Unset
    if isinstance(_service, Unset):
        service = UNSET
    else:
        service = EventSearchResponseDataItemService._lazy(_service, parse_ctx)

    return service


def _read_staff(json_value: Any, parse_ctx: ParseContext) -> EventSearchResponseDataItemStaff | Unset:
    EventSearchResponseDataItemStaff = MODEL_CLASSES.get(
        "altegio_client.models.event_search_response_data_item_staff"
    ) or model_class("altegio_client.models.event_search_response_data_item_staff", "EventSearchResponseDataItemStaff")

    _staff = json_value
    staff: EventSearchResponseDataItemStaff | Unset
    if isinstance(_staff, Unset):
        staff = UNSET
    else:
        staff = EventSearchResponseDataItemStaff._lazy(_staff, parse_ctx)

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


def _read_labels(json_value: Any, parse_ctx: ParseContext) -> JsonObject | list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    def _parse_labels(data: object) -> JsonObject | list[JsonObject] | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, list):
                raise TypeError()
            labels_type_0 = []
            _labels_type_0 = data
            for labels_type_0_item_data in _labels_type_0:
                labels_type_0_item = JsonObject.from_dict(labels_type_0_item_data)

                labels_type_0.append(labels_type_0_item)

            return labels_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        labels_type_1 = new_model(JsonObject)
        labels_type_1.additional_properties = dict(data)

        return labels_type_1

    labels = _parse_labels(json_value)

    return labels


_DECLARED_KEYS = frozenset(
    {
        "id",
        "service_id",
        "company_id",
        "staff_id",
        "date",
        "length",
        "capacity",
        "records_count",
        "color",
        "instructions",
        "stream_link",
        "font_color",
        "notified",
        "prepaid",
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


EventSearchResponseDataItem._lazy_fields = {
    "id": ("id", None, False),
    "service_id": ("service_id", None, False),
    "company_id": ("company_id", None, False),
    "staff_id": ("staff_id", None, False),
    "date": ("date", _read_date, False),
    "length": ("length", None, False),
    "capacity": ("capacity", None, False),
    "records_count": ("records_count", None, False),
    "color": ("color", None, False),
    "instructions": ("instructions", None, False),
    "stream_link": ("stream_link", None, False),
    "font_color": ("font_color", None, False),
    "notified": ("notified", None, False),
    "prepaid": ("prepaid", None, False),
    "service": ("service", _read_service, False),
    "staff": ("staff", _read_staff, False),
    "resource_instances": ("resource_instances", _read_resource_instances, False),
    "labels": ("labels", _read_labels, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: EventSearchResponseDataItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.service_id = get("service_id", UNSET)
    model.company_id = get("company_id", UNSET)
    model.staff_id = get("staff_id", UNSET)
    model.length = get("length", UNSET)
    model.capacity = get("capacity", UNSET)
    model.records_count = get("records_count", UNSET)
    model.color = get("color", UNSET)
    model.instructions = get("instructions", UNSET)
    model.stream_link = get("stream_link", UNSET)
    model.font_color = get("font_color", UNSET)
    model.notified = get("notified", UNSET)
    model.prepaid = get("prepaid", UNSET)


def _fill_converted(
    model: EventSearchResponseDataItem, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
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

    if "service" not in done:
        value = get("service", UNSET)
        if value is UNSET:
            model.service = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.event_search_response_data_item_service"
            ) or model_builder(
                "altegio_client.models.event_search_response_data_item_service", "EventSearchResponseDataItemService"
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
            build = MODEL_BUILDERS.get("altegio_client.models.event_search_response_data_item_staff") or model_builder(
                "altegio_client.models.event_search_response_data_item_staff", "EventSearchResponseDataItemStaff"
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
        if value is UNSET:  # what every optional field's converter returns for it
            model.labels = UNSET
        else:
            try:
                model.labels = _read_labels(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: EventSearchResponseDataItem | None = None
) -> EventSearchResponseDataItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return EventSearchResponseDataItem._lazy(json_value, parse_ctx)
        model = new_model(EventSearchResponseDataItem)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(EventSearchResponseDataItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_date, value_service, value_staff, value_resource_instances, value_labels = fill(json_value, model)
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

    if value_service is UNSET:
        model.service = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.event_search_response_data_item_service") or model_builder(
            "altegio_client.models.event_search_response_data_item_service", "EventSearchResponseDataItemService"
        )
        try:
            model.service = build(value_service, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_staff is UNSET:
        model.staff = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.event_search_response_data_item_staff") or model_builder(
            "altegio_client.models.event_search_response_data_item_staff", "EventSearchResponseDataItemStaff"
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

    if value_labels is UNSET:  # what every optional field's converter returns for it
        model.labels = UNSET
    else:
        try:
            model.labels = _read_labels(value_labels, parse_ctx)
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
        model.__class__ = lazily_read_class(EventSearchResponseDataItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = EventSearchResponseDataItem
        del model._raw, model._context
    return model


EventSearchResponseDataItem._lazy_fill = (_fill_plain, _fill_converted, _build)
