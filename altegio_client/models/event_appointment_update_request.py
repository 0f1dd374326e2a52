from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
    from ..models.event_appointment_update_request_attendance_good_items_item import (
        EventAppointmentUpdateRequestAttendanceGoodItemsItem,
    )
    from ..models.event_appointment_update_request_attendance_service_item import (
        EventAppointmentUpdateRequestAttendanceServiceItem,
    )


T = TypeVar("T", bound="EventAppointmentUpdateRequest")


@_attrs_define
class EventAppointmentUpdateRequest(LazyModel):
    attendance_service_item: EventAppointmentUpdateRequestAttendanceServiceItem
    attendance_good_items: list[EventAppointmentUpdateRequestAttendanceGoodItemsItem] | Unset = UNSET
    """ Literal wire field for Appointment Product Items """
    comment: None | str | Unset = UNSET
    """ Appointment comment """
    label_ids: list[int] | None | Unset = UNSET
    """ Tag IDs """
    color: None | str | Unset = UNSET
    """ Appointment color without `#` """
    clients_count: int | None | Unset = UNSET
    """ Number of places reserved by the Appointment """

    def to_dict(self) -> dict[str, Any]:
        attendance_service_item = self.attendance_service_item.to_dict()

        attendance_good_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attendance_good_items, Unset):
            attendance_good_items = []
            for attendance_good_items_item_data in self.attendance_good_items:
                attendance_good_items_item = attendance_good_items_item_data.to_dict()
                attendance_good_items.append(attendance_good_items_item)

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        label_ids: list[int] | None | Unset
        if isinstance(self.label_ids, Unset):
            label_ids = UNSET
        elif isinstance(self.label_ids, list):
            label_ids = self.label_ids

        else:
            label_ids = self.label_ids

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        clients_count: int | None | Unset
        if isinstance(self.clients_count, Unset):
            clients_count = UNSET
        else:
            clients_count = self.clients_count

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "attendance_service_item": attendance_service_item,
            }
        )
        if attendance_good_items is not UNSET:
            field_dict["attendance_good_items"] = attendance_good_items
        if comment is not UNSET:
            field_dict["comment"] = comment
        if label_ids is not UNSET:
            field_dict["label_ids"] = label_ids
        if color is not UNSET:
            field_dict["color"] = color
        if clients_count is not UNSET:
            field_dict["clients_count"] = clients_count

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_appointment_update_request_attendance_good_items_item import (
            EventAppointmentUpdateRequestAttendanceGoodItemsItem,  # noqa: PLC0415
        )
        from ..models.event_appointment_update_request_attendance_service_item import (
            EventAppointmentUpdateRequestAttendanceServiceItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        attendance_service_item = EventAppointmentUpdateRequestAttendanceServiceItem.from_dict(
            d.pop("attendance_service_item")
        )

        _attendance_good_items = d.pop("attendance_good_items", UNSET)
        attendance_good_items: list[EventAppointmentUpdateRequestAttendanceGoodItemsItem] | Unset = UNSET
        if _attendance_good_items is not UNSET:
            attendance_good_items = []
            for attendance_good_items_item_data in _attendance_good_items:
                attendance_good_items_item = EventAppointmentUpdateRequestAttendanceGoodItemsItem.from_dict(
                    attendance_good_items_item_data
                )

                attendance_good_items.append(attendance_good_items_item)

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        def _parse_label_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                label_ids_type_0 = cast(list[int], data)

                return label_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        label_ids = _parse_label_ids(d.pop("label_ids", UNSET))

        def _parse_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        color = _parse_color(d.pop("color", UNSET))

        def _parse_clients_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        clients_count = _parse_clients_count(d.pop("clients_count", UNSET))

        event_appointment_update_request = cls(
            attendance_service_item=attendance_service_item,
            attendance_good_items=attendance_good_items,
            comment=comment,
            label_ids=label_ids,
            color=color,
            clients_count=clients_count,
        )

        return event_appointment_update_request


def _read_attendance_service_item(
    json_value: Any, parse_ctx: ParseContext
) -> EventAppointmentUpdateRequestAttendanceServiceItem:
    EventAppointmentUpdateRequestAttendanceServiceItem = MODEL_CLASSES.get(
        "altegio_client.models.event_appointment_update_request_attendance_service_item"
    ) or model_class(
        "altegio_client.models.event_appointment_update_request_attendance_service_item",
        "EventAppointmentUpdateRequestAttendanceServiceItem",
    )

    attendance_service_item = EventAppointmentUpdateRequestAttendanceServiceItem._lazy(json_value, parse_ctx)

    return attendance_service_item


def _read_attendance_good_items(
    json_value: Any, parse_ctx: ParseContext
) -> list[EventAppointmentUpdateRequestAttendanceGoodItemsItem] | Unset:
    EventAppointmentUpdateRequestAttendanceGoodItemsItem = MODEL_CLASSES.get(
        "altegio_client.models.event_appointment_update_request_attendance_good_items_item"
    ) or model_class(
        "altegio_client.models.event_appointment_update_request_attendance_good_items_item",
        "EventAppointmentUpdateRequestAttendanceGoodItemsItem",
    )

    _attendance_good_items = json_value
    attendance_good_items: list[EventAppointmentUpdateRequestAttendanceGoodItemsItem] | Unset = UNSET
    if _attendance_good_items is not UNSET:
        attendance_good_items = EventAppointmentUpdateRequestAttendanceGoodItemsItem._lazy_list(
            _attendance_good_items, parse_ctx
        )

    return attendance_good_items


def _read_label_ids(json_value: Any, parse_ctx: ParseContext) -> list[int] | None | Unset:

    def _parse_label_ids(data: object) -> list[int] | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, list):
                raise TypeError()
            label_ids_type_0 = cast(list[int], data)

            return label_ids_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(list[int] | None | Unset, data)

    label_ids = _parse_label_ids(json_value)

    return label_ids


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


EventAppointmentUpdateRequest._lazy_fields = {
    "attendance_service_item": ("attendance_service_item", _read_attendance_service_item, True),
    "attendance_good_items": ("attendance_good_items", _read_attendance_good_items, False),
    "comment": ("comment", None, False),
    "label_ids": ("label_ids", _read_label_ids, False),
    "color": ("color", None, False),
    "clients_count": ("clients_count", None, False),
}


def _fill_plain(model: EventAppointmentUpdateRequest, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.comment = get("comment", UNSET)
    model.color = get("color", UNSET)
    model.clients_count = get("clients_count", UNSET)


def _fill_converted(
    model: EventAppointmentUpdateRequest, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "attendance_service_item" not in done:
        try:
            model.attendance_service_item = _read_attendance_service_item(
                json_value["attendance_service_item"], parse_ctx
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "attendance_good_items" not in done:
        value = get("attendance_good_items", UNSET)
        if value is UNSET:
            model.attendance_good_items = UNSET
        elif value == []:
            model.attendance_good_items = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.event_appointment_update_request_attendance_good_items_item"
            ) or model_builder(
                "altegio_client.models.event_appointment_update_request_attendance_good_items_item",
                "EventAppointmentUpdateRequestAttendanceGoodItemsItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.attendance_good_items = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "label_ids" not in done:
        value = get("label_ids", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.label_ids = UNSET
        else:
            try:
                model.label_ids = _read_label_ids(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: EventAppointmentUpdateRequest | None = None
) -> EventAppointmentUpdateRequest:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return EventAppointmentUpdateRequest._lazy(json_value, parse_ctx)
        model = new_model(EventAppointmentUpdateRequest)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(EventAppointmentUpdateRequest, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_attendance_service_item, value_attendance_good_items, value_label_ids = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_attendance_service_item is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.attendance_service_item = _read_attendance_service_item(value_attendance_service_item, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_attendance_good_items is UNSET:
        model.attendance_good_items = UNSET
    elif value_attendance_good_items == []:
        model.attendance_good_items = value_attendance_good_items  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.event_appointment_update_request_attendance_good_items_item"
        ) or model_builder(
            "altegio_client.models.event_appointment_update_request_attendance_good_items_item",
            "EventAppointmentUpdateRequestAttendanceGoodItemsItem",
        )
        try:
            if _builtins.type(value_attendance_good_items) is not list:
                raise TypeError
            model.attendance_good_items = [build(item, parse_ctx) for item in value_attendance_good_items]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_label_ids is UNSET:  # what every optional field's converter returns for it
        model.label_ids = UNSET
    else:
        try:
            model.label_ids = _read_label_ids(value_label_ids, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(EventAppointmentUpdateRequest)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = EventAppointmentUpdateRequest
        del model._raw, model._context
    return model


EventAppointmentUpdateRequest._lazy_fill = (_fill_plain, _fill_converted, _build)
