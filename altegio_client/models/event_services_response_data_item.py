from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
    from ..models.event_services_response_data_item_category import (
        EventServicesResponseDataItemCategory,
    )
    from ..models.event_services_response_data_item_resources_item import (
        EventServicesResponseDataItemResourcesItem,
    )
    from ..models.event_services_response_data_item_staff_item import (
        EventServicesResponseDataItemStaffItem,
    )


T = TypeVar("T", bound="EventServicesResponseDataItem")


@_attrs_define
class EventServicesResponseDataItem(LazyModel):
    id: int | Unset = UNSET
    """ Service ID """
    title: str | Unset = UNSET
    """ Service name """
    capacity: float | Unset = UNSET
    """ Capacity """
    price_min: float | Unset = UNSET
    """ The minimum cost of the service """
    price_max: float | Unset = UNSET
    """ Maximum cost of the service """
    is_multi: bool | Unset = UNSET
    """ Is the Service available for Events """
    category: EventServicesResponseDataItemCategory | Unset = UNSET
    """ Service category """
    staff: list[EventServicesResponseDataItemStaffItem] | Unset = UNSET
    """ team member """
    resources: list[EventServicesResponseDataItemResourcesItem] | Unset = UNSET
    """ Resources """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        capacity = self.capacity

        price_min = self.price_min

        price_max = self.price_max

        is_multi = self.is_multi

        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.to_dict()

        staff: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = []
            for staff_item_data in self.staff:
                staff_item = staff_item_data.to_dict()
                staff.append(staff_item)

        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = []
            for resources_item_data in self.resources:
                resources_item = resources_item_data.to_dict()
                resources.append(resources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if price_min is not UNSET:
            field_dict["price_min"] = price_min
        if price_max is not UNSET:
            field_dict["price_max"] = price_max
        if is_multi is not UNSET:
            field_dict["is_multi"] = is_multi
        if category is not UNSET:
            field_dict["category"] = category
        if staff is not UNSET:
            field_dict["staff"] = staff
        if resources is not UNSET:
            field_dict["resources"] = resources

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_services_response_data_item_category import (
            EventServicesResponseDataItemCategory,  # noqa: PLC0415
        )
        from ..models.event_services_response_data_item_resources_item import (
            EventServicesResponseDataItemResourcesItem,  # noqa: PLC0415
        )
        from ..models.event_services_response_data_item_staff_item import (
            EventServicesResponseDataItemStaffItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        capacity = d.pop("capacity", UNSET)

        price_min = d.pop("price_min", UNSET)

        price_max = d.pop("price_max", UNSET)

        is_multi = d.pop("is_multi", UNSET)

        _category = d.pop("category", UNSET)
        category: EventServicesResponseDataItemCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = EventServicesResponseDataItemCategory.from_dict(_category)

        _staff = d.pop("staff", UNSET)
        staff: list[EventServicesResponseDataItemStaffItem] | Unset = UNSET
        if _staff is not UNSET:
            staff = []
            for staff_item_data in _staff:
                staff_item = EventServicesResponseDataItemStaffItem.from_dict(staff_item_data)

                staff.append(staff_item)

        _resources = d.pop("resources", UNSET)
        resources: list[EventServicesResponseDataItemResourcesItem] | Unset = UNSET
        if _resources is not UNSET:
            resources = []
            for resources_item_data in _resources:
                resources_item = EventServicesResponseDataItemResourcesItem.from_dict(resources_item_data)

                resources.append(resources_item)

        event_services_response_data_item = cls(
            id=id,
            title=title,
            capacity=capacity,
            price_min=price_min,
            price_max=price_max,
            is_multi=is_multi,
            category=category,
            staff=staff,
            resources=resources,
        )

        event_services_response_data_item.additional_properties = d
        return event_services_response_data_item

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


def _read_category(json_value: Any, parse_ctx: ParseContext) -> EventServicesResponseDataItemCategory | Unset:
    EventServicesResponseDataItemCategory = MODEL_CLASSES.get(
        "altegio_client.models.event_services_response_data_item_category"
    ) or model_class(
        "altegio_client.models.event_services_response_data_item_category", "EventServicesResponseDataItemCategory"
    )

    _category = json_value
    category: EventServicesResponseDataItemCategory | Unset
    if isinstance(_category, Unset):
        category = UNSET
    else:
        category = EventServicesResponseDataItemCategory._lazy(_category, parse_ctx)

    return category


def _read_staff(json_value: Any, parse_ctx: ParseContext) -> list[EventServicesResponseDataItemStaffItem] | Unset:
    EventServicesResponseDataItemStaffItem = MODEL_CLASSES.get(
        "altegio_client.models.event_services_response_data_item_staff_item"
    ) or model_class(
        "altegio_client.models.event_services_response_data_item_staff_item", "EventServicesResponseDataItemStaffItem"
    )

    _staff = json_value
    staff: list[EventServicesResponseDataItemStaffItem] | Unset = UNSET
    if _staff is not UNSET:
        staff = EventServicesResponseDataItemStaffItem._lazy_list(_staff, parse_ctx)

    return staff


def _read_resources(
    json_value: Any, parse_ctx: ParseContext
) -> list[EventServicesResponseDataItemResourcesItem] | Unset:
    EventServicesResponseDataItemResourcesItem = MODEL_CLASSES.get(
        "altegio_client.models.event_services_response_data_item_resources_item"
    ) or model_class(
        "altegio_client.models.event_services_response_data_item_resources_item",
        "EventServicesResponseDataItemResourcesItem",
    )

    _resources = json_value
    resources: list[EventServicesResponseDataItemResourcesItem] | Unset = UNSET
    if _resources is not UNSET:
        resources = EventServicesResponseDataItemResourcesItem._lazy_list(_resources, parse_ctx)

    return resources


_DECLARED_KEYS = frozenset(
    {
        "id",
        "title",
        "capacity",
        "price_min",
        "price_max",
        "is_multi",
        "category",
        "staff",
        "resources",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


EventServicesResponseDataItem._lazy_fields = {
    "id": ("id", None, False),
    "title": ("title", None, False),
    "capacity": ("capacity", None, False),
    "price_min": ("price_min", None, False),
    "price_max": ("price_max", None, False),
    "is_multi": ("is_multi", None, False),
    "category": ("category", _read_category, False),
    "staff": ("staff", _read_staff, False),
    "resources": ("resources", _read_resources, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: EventServicesResponseDataItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.title = get("title", UNSET)
    model.capacity = get("capacity", UNSET)
    model.price_min = get("price_min", UNSET)
    model.price_max = get("price_max", UNSET)
    model.is_multi = get("is_multi", UNSET)


def _fill_converted(
    model: EventServicesResponseDataItem, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "category" not in done:
        value = get("category", UNSET)
        if value is UNSET:
            model.category = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.event_services_response_data_item_category"
            ) or model_builder(
                "altegio_client.models.event_services_response_data_item_category",
                "EventServicesResponseDataItemCategory",
            )
            try:
                model.category = build(value, parse_ctx)
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
                "altegio_client.models.event_services_response_data_item_staff_item"
            ) or model_builder(
                "altegio_client.models.event_services_response_data_item_staff_item",
                "EventServicesResponseDataItemStaffItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.staff = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "resources" not in done:
        value = get("resources", UNSET)
        if value is UNSET:
            model.resources = UNSET
        elif value == []:
            model.resources = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.event_services_response_data_item_resources_item"
            ) or model_builder(
                "altegio_client.models.event_services_response_data_item_resources_item",
                "EventServicesResponseDataItemResourcesItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.resources = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: EventServicesResponseDataItem | None = None
) -> EventServicesResponseDataItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return EventServicesResponseDataItem._lazy(json_value, parse_ctx)
        model = new_model(EventServicesResponseDataItem)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(EventServicesResponseDataItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_category, value_staff, value_resources = fill(json_value, model)
    if value_category is UNSET:
        model.category = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.event_services_response_data_item_category") or model_builder(
            "altegio_client.models.event_services_response_data_item_category", "EventServicesResponseDataItemCategory"
        )
        try:
            model.category = build(value_category, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_staff is UNSET:
        model.staff = UNSET
    elif value_staff == []:
        model.staff = value_staff  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.event_services_response_data_item_staff_item"
        ) or model_builder(
            "altegio_client.models.event_services_response_data_item_staff_item",
            "EventServicesResponseDataItemStaffItem",
        )
        try:
            if _builtins.type(value_staff) is not list:
                raise TypeError
            model.staff = [build(item, parse_ctx) for item in value_staff]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_resources is UNSET:
        model.resources = UNSET
    elif value_resources == []:
        model.resources = value_resources  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.event_services_response_data_item_resources_item"
        ) or model_builder(
            "altegio_client.models.event_services_response_data_item_resources_item",
            "EventServicesResponseDataItemResourcesItem",
        )
        try:
            if _builtins.type(value_resources) is not list:
                raise TypeError
            model.resources = [build(item, parse_ctx) for item in value_resources]
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
        model.__class__ = lazily_read_class(EventServicesResponseDataItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = EventServicesResponseDataItem
        del model._raw, model._context
    return model


EventServicesResponseDataItem._lazy_fill = (_fill_plain, _fill_converted, _build)
