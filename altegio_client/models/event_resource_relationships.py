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


T = TypeVar("T", bound="EventResourceRelationships")


@_attrs_define
class EventResourceRelationships(LazyModel):
    """Present when related data is requested through `include`"""

    staff: ToOneRelationship | Unset = UNSET
    master: ToOneRelationship | Unset = UNSET
    service: ToOneRelationship | Unset = UNSET
    resource_instances: ToManyRelationship | Unset = UNSET
    labels: ToManyRelationship | Unset = UNSET
    duration_details: ToOneRelationship | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        master: dict[str, Any] | Unset = UNSET
        if not isinstance(self.master, Unset):
            master = self.master.to_dict()

        service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = self.service.to_dict()

        resource_instances: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource_instances, Unset):
            resource_instances = self.resource_instances.to_dict()

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        duration_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.duration_details, Unset):
            duration_details = self.duration_details.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if staff is not UNSET:
            field_dict["staff"] = staff
        if master is not UNSET:
            field_dict["master"] = master
        if service is not UNSET:
            field_dict["service"] = service
        if resource_instances is not UNSET:
            field_dict["resource_instances"] = resource_instances
        if labels is not UNSET:
            field_dict["labels"] = labels
        if duration_details is not UNSET:
            field_dict["duration_details"] = duration_details

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.to_many_relationship import ToManyRelationship  # noqa: PLC0415
        from ..models.to_one_relationship import ToOneRelationship  # noqa: PLC0415

        d = dict(src_dict)
        _staff = d.pop("staff", UNSET)
        staff: ToOneRelationship | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = ToOneRelationship.from_dict(_staff)

        _master = d.pop("master", UNSET)
        master: ToOneRelationship | Unset
        if isinstance(_master, Unset):
            master = UNSET
        else:
            master = ToOneRelationship.from_dict(_master)

        _service = d.pop("service", UNSET)
        service: ToOneRelationship | Unset
        if isinstance(_service, Unset):
            service = UNSET
        else:
            service = ToOneRelationship.from_dict(_service)

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

        _duration_details = d.pop("duration_details", UNSET)
        duration_details: ToOneRelationship | Unset
        if isinstance(_duration_details, Unset):
            duration_details = UNSET
        else:
            duration_details = ToOneRelationship.from_dict(_duration_details)

        event_resource_relationships = cls(
            staff=staff,
            master=master,
            service=service,
            resource_instances=resource_instances,
            labels=labels,
            duration_details=duration_details,
        )

        return event_resource_relationships


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


def _read_master(json_value: Any, parse_ctx: ParseContext) -> ToOneRelationship | Unset:
    ToOneRelationship = MODEL_CLASSES.get("altegio_client.models.to_one_relationship") or model_class(
        "altegio_client.models.to_one_relationship", "ToOneRelationship"
    )

    _master = json_value
    master: ToOneRelationship | Unset
    if isinstance(_master, Unset):
        master = UNSET
    else:
        master = ToOneRelationship._lazy(_master, parse_ctx)

    return master


def _read_service(json_value: Any, parse_ctx: ParseContext) -> ToOneRelationship | Unset:
    ToOneRelationship = MODEL_CLASSES.get("altegio_client.models.to_one_relationship") or model_class(
        "altegio_client.models.to_one_relationship", "ToOneRelationship"
    )

    _service = json_value
    service: ToOneRelationship | Unset
    if isinstance(_service, Unset):
        service = UNSET
    else:
        service = ToOneRelationship._lazy(_service, parse_ctx)

    return service


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


EventResourceRelationships._lazy_fields = {
    "staff": ("staff", _read_staff, False),
    "master": ("master", _read_master, False),
    "service": ("service", _read_service, False),
    "resource_instances": ("resource_instances", _read_resource_instances, False),
    "labels": ("labels", _read_labels, False),
    "duration_details": ("duration_details", _read_duration_details, False),
}


def _fill_plain(model: EventResourceRelationships, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: EventResourceRelationships, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
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

    if "master" not in done:
        value = get("master", UNSET)
        if value is UNSET:
            model.master = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
                "altegio_client.models.to_one_relationship", "ToOneRelationship"
            )
            try:
                model.master = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "service" not in done:
        value = get("service", UNSET)
        if value is UNSET:
            model.service = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
                "altegio_client.models.to_one_relationship", "ToOneRelationship"
            )
            try:
                model.service = build(value, parse_ctx)
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
    json_value: Any, parse_ctx: ParseContext, model: EventResourceRelationships | None = None
) -> EventResourceRelationships:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return EventResourceRelationships._lazy(json_value, parse_ctx)
        model = new_model(EventResourceRelationships)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(EventResourceRelationships, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_staff, value_master, value_service, value_resource_instances, value_labels, value_duration_details = fill(
        json_value, model
    )
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

    if value_master is UNSET:
        model.master = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
            "altegio_client.models.to_one_relationship", "ToOneRelationship"
        )
        try:
            model.master = build(value_master, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_service is UNSET:
        model.service = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
            "altegio_client.models.to_one_relationship", "ToOneRelationship"
        )
        try:
            model.service = build(value_service, parse_ctx)
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
        model.__class__ = lazily_read_class(EventResourceRelationships)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = EventResourceRelationships
        del model._raw, model._context
    return model


EventResourceRelationships._lazy_fill = (_fill_plain, _fill_converted, _build)
