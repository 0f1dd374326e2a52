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
from ..models.zero_or_one import ZeroOrOne, check_zero_or_one
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.service_staff_item import ServiceStaffItem


T = TypeVar("T", bound="Service")


@_attrs_define
class Service(LazyModel):
    """Service data sent in webhook notifications. Matches the output of the service detail API."""

    id: int | Unset = UNSET
    """ Service ID. """
    salon_service_id: int | Unset = UNSET
    title: str | Unset = UNSET
    booking_title: str | Unset = UNSET
    """ Title shown in online booking. """
    category_id: int | Unset = UNSET
    price_min: float | Unset = UNSET
    price_max: float | Unset = UNSET
    duration: int | Unset = UNSET
    """ Duration in minutes. """
    discount: float | Unset = UNSET
    comment: str | Unset = UNSET
    weight: int | Unset = UNSET
    """ Sort order. """
    active: ZeroOrOne | Unset = UNSET
    api_id: str | Unset = UNSET
    staff: list[ServiceStaffItem] | Unset = UNSET
    """ Assigned team members. """
    image_group: JsonObject | Unset = UNSET
    prepaid: str | Unset = UNSET
    is_multi: bool | Unset = UNSET
    capacity: int | Unset = UNSET
    is_price_managed_only_in_chain: bool | Unset = UNSET
    is_comment_managed_only_in_chain: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        salon_service_id = self.salon_service_id

        title = self.title

        booking_title = self.booking_title

        category_id = self.category_id

        price_min = self.price_min

        price_max = self.price_max

        duration = self.duration

        discount = self.discount

        comment = self.comment

        weight = self.weight

        active: int | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active

        api_id = self.api_id

        staff: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = []
            for staff_item_data in self.staff:
                staff_item = staff_item_data.to_dict()
                staff.append(staff_item)

        image_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_group, Unset):
            image_group = self.image_group.to_dict()

        prepaid = self.prepaid

        is_multi = self.is_multi

        capacity = self.capacity

        is_price_managed_only_in_chain = self.is_price_managed_only_in_chain

        is_comment_managed_only_in_chain = self.is_comment_managed_only_in_chain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if salon_service_id is not UNSET:
            field_dict["salon_service_id"] = salon_service_id
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
        if discount is not UNSET:
            field_dict["discount"] = discount
        if comment is not UNSET:
            field_dict["comment"] = comment
        if weight is not UNSET:
            field_dict["weight"] = weight
        if active is not UNSET:
            field_dict["active"] = active
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if staff is not UNSET:
            field_dict["staff"] = staff
        if image_group is not UNSET:
            field_dict["image_group"] = image_group
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if is_multi is not UNSET:
            field_dict["is_multi"] = is_multi
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if is_price_managed_only_in_chain is not UNSET:
            field_dict["is_price_managed_only_in_chain"] = is_price_managed_only_in_chain
        if is_comment_managed_only_in_chain is not UNSET:
            field_dict["is_comment_managed_only_in_chain"] = is_comment_managed_only_in_chain

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415
        from ..models.service_staff_item import ServiceStaffItem  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        salon_service_id = d.pop("salon_service_id", UNSET)

        title = d.pop("title", UNSET)

        booking_title = d.pop("booking_title", UNSET)

        category_id = d.pop("category_id", UNSET)

        price_min = d.pop("price_min", UNSET)

        price_max = d.pop("price_max", UNSET)

        duration = d.pop("duration", UNSET)

        discount = d.pop("discount", UNSET)

        comment = d.pop("comment", UNSET)

        weight = d.pop("weight", UNSET)

        _active = d.pop("active", UNSET)
        active: ZeroOrOne | Unset
        if isinstance(_active, Unset):
            active = UNSET
        else:
            active = check_zero_or_one(_active)

        api_id = d.pop("api_id", UNSET)

        _staff = d.pop("staff", UNSET)
        staff: list[ServiceStaffItem] | Unset = UNSET
        if _staff is not UNSET:
            staff = []
            for staff_item_data in _staff:
                staff_item = ServiceStaffItem.from_dict(staff_item_data)

                staff.append(staff_item)

        _image_group = d.pop("image_group", UNSET)
        image_group: JsonObject | Unset
        if isinstance(_image_group, Unset):
            image_group = UNSET
        else:
            image_group = JsonObject.from_dict(_image_group)

        prepaid = d.pop("prepaid", UNSET)

        is_multi = d.pop("is_multi", UNSET)

        capacity = d.pop("capacity", UNSET)

        is_price_managed_only_in_chain = d.pop("is_price_managed_only_in_chain", UNSET)

        is_comment_managed_only_in_chain = d.pop("is_comment_managed_only_in_chain", UNSET)

        service = cls(
            id=id,
            salon_service_id=salon_service_id,
            title=title,
            booking_title=booking_title,
            category_id=category_id,
            price_min=price_min,
            price_max=price_max,
            duration=duration,
            discount=discount,
            comment=comment,
            weight=weight,
            active=active,
            api_id=api_id,
            staff=staff,
            image_group=image_group,
            prepaid=prepaid,
            is_multi=is_multi,
            capacity=capacity,
            is_price_managed_only_in_chain=is_price_managed_only_in_chain,
            is_comment_managed_only_in_chain=is_comment_managed_only_in_chain,
        )

        service.additional_properties = d
        return service

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


def _read_active(json_value: Any, parse_ctx: ParseContext) -> ZeroOrOne | Unset:

    _active = json_value
    active: ZeroOrOne | Unset
    if isinstance(_active, Unset):
        active = UNSET
    else:
        active = check_zero_or_one(_active)

    return active


def _read_staff(json_value: Any, parse_ctx: ParseContext) -> list[ServiceStaffItem] | Unset:
    ServiceStaffItem = MODEL_CLASSES.get("altegio_client.models.service_staff_item") or model_class(
        "altegio_client.models.service_staff_item", "ServiceStaffItem"
    )

    _staff = json_value
    staff: list[ServiceStaffItem] | Unset = UNSET
    if _staff is not UNSET:
        staff = ServiceStaffItem._lazy_list(_staff, parse_ctx)

    return staff


def _read_image_group(json_value: Any, parse_ctx: ParseContext) -> JsonObject | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _image_group = json_value
    image_group: JsonObject | Unset
    if isinstance(_image_group, Unset):
        image_group = UNSET
    else:
        image_group = JsonObject._lazy(_image_group, parse_ctx)

    return image_group


_DECLARED_KEYS = frozenset(
    {
        "id",
        "salon_service_id",
        "title",
        "booking_title",
        "category_id",
        "price_min",
        "price_max",
        "duration",
        "discount",
        "comment",
        "weight",
        "active",
        "api_id",
        "staff",
        "image_group",
        "prepaid",
        "is_multi",
        "capacity",
        "is_price_managed_only_in_chain",
        "is_comment_managed_only_in_chain",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


Service._lazy_fields = {
    "id": ("id", None, False),
    "salon_service_id": ("salon_service_id", None, False),
    "title": ("title", None, False),
    "booking_title": ("booking_title", None, False),
    "category_id": ("category_id", None, False),
    "price_min": ("price_min", None, False),
    "price_max": ("price_max", None, False),
    "duration": ("duration", None, False),
    "discount": ("discount", None, False),
    "comment": ("comment", None, False),
    "weight": ("weight", None, False),
    "active": ("active", _read_active, False),
    "api_id": ("api_id", None, False),
    "staff": ("staff", _read_staff, False),
    "image_group": ("image_group", _read_image_group, False),
    "prepaid": ("prepaid", None, False),
    "is_multi": ("is_multi", None, False),
    "capacity": ("capacity", None, False),
    "is_price_managed_only_in_chain": ("is_price_managed_only_in_chain", None, False),
    "is_comment_managed_only_in_chain": ("is_comment_managed_only_in_chain", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: Service, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.salon_service_id = get("salon_service_id", UNSET)
    model.title = get("title", UNSET)
    model.booking_title = get("booking_title", UNSET)
    model.category_id = get("category_id", UNSET)
    model.price_min = get("price_min", UNSET)
    model.price_max = get("price_max", UNSET)
    model.duration = get("duration", UNSET)
    model.discount = get("discount", UNSET)
    model.comment = get("comment", UNSET)
    model.weight = get("weight", UNSET)
    model.api_id = get("api_id", UNSET)
    model.prepaid = get("prepaid", UNSET)
    model.is_multi = get("is_multi", UNSET)
    model.capacity = get("capacity", UNSET)
    model.is_price_managed_only_in_chain = get("is_price_managed_only_in_chain", UNSET)
    model.is_comment_managed_only_in_chain = get("is_comment_managed_only_in_chain", UNSET)


def _fill_converted(model: Service, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]) -> None:
    get = json_value.get
    if "active" not in done:
        value = get("active", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.active = UNSET
        else:
            try:
                model.active = _read_active(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "staff" not in done:
        value = get("staff", UNSET)
        if value is UNSET:
            model.staff = UNSET
        elif value == []:
            model.staff = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.service_staff_item") or model_builder(
                "altegio_client.models.service_staff_item", "ServiceStaffItem"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.staff = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "image_group" not in done:
        value = get("image_group", UNSET)
        if value is UNSET:
            model.image_group = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
            )
            try:
                model.image_group = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: Service | None = None) -> Service:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return Service._lazy(json_value, parse_ctx)
        model = new_model(Service)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(Service, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_active, value_staff, value_image_group = fill(json_value, model)
    if value_active is UNSET:  # what every optional field's converter returns for it
        model.active = UNSET
    else:
        try:
            model.active = _read_active(value_active, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_staff is UNSET:
        model.staff = UNSET
    elif value_staff == []:
        model.staff = value_staff  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.service_staff_item") or model_builder(
            "altegio_client.models.service_staff_item", "ServiceStaffItem"
        )
        try:
            if _builtins.type(value_staff) is not list:
                raise TypeError
            model.staff = [build(item, parse_ctx) for item in value_staff]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_image_group is UNSET:
        model.image_group = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
        )
        try:
            model.image_group = build(value_image_group, parse_ctx)
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
        model.__class__ = lazily_read_class(Service)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = Service
        del model._raw, model._context
    return model


Service._lazy_fill = (_fill_plain, _fill_converted, _build)
