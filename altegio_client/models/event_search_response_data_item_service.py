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
    from ..models.event_search_response_data_item_service_category import (
        EventSearchResponseDataItemServiceCategory,
    )


T = TypeVar("T", bound="EventSearchResponseDataItemService")


@_attrs_define
class EventSearchResponseDataItemService(LazyModel):
    """Service"""

    id: int | Unset = UNSET
    """ Service ID """
    category_id: int | Unset = UNSET
    """ Service category identifier """
    title: str | Unset = UNSET
    """ Service name """
    price_min: float | Unset = UNSET
    """ The minimum cost of the service """
    price_max: float | Unset = UNSET
    """ Maximum cost of the service """
    comment: str | Unset = UNSET
    """ A comment """
    image_url: str | Unset = UNSET
    """ The path to the image with the image of the service """
    salon_service_id: int | Unset = UNSET
    """ Category ID for the location on the chain """
    prepaid: str | Unset = UNSET
    """ Prepayment """
    category: EventSearchResponseDataItemServiceCategory | Unset = UNSET
    """ Category """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        category_id = self.category_id

        title = self.title

        price_min = self.price_min

        price_max = self.price_max

        comment = self.comment

        image_url = self.image_url

        salon_service_id = self.salon_service_id

        prepaid = self.prepaid

        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if title is not UNSET:
            field_dict["title"] = title
        if price_min is not UNSET:
            field_dict["price_min"] = price_min
        if price_max is not UNSET:
            field_dict["price_max"] = price_max
        if comment is not UNSET:
            field_dict["comment"] = comment
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if salon_service_id is not UNSET:
            field_dict["salon_service_id"] = salon_service_id
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_search_response_data_item_service_category import (
            EventSearchResponseDataItemServiceCategory,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        category_id = d.pop("category_id", UNSET)

        title = d.pop("title", UNSET)

        price_min = d.pop("price_min", UNSET)

        price_max = d.pop("price_max", UNSET)

        comment = d.pop("comment", UNSET)

        image_url = d.pop("image_url", UNSET)

        salon_service_id = d.pop("salon_service_id", UNSET)

        prepaid = d.pop("prepaid", UNSET)

        _category = d.pop("category", UNSET)
        category: EventSearchResponseDataItemServiceCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = EventSearchResponseDataItemServiceCategory.from_dict(_category)

        event_search_response_data_item_service = cls(
            id=id,
            category_id=category_id,
            title=title,
            price_min=price_min,
            price_max=price_max,
            comment=comment,
            image_url=image_url,
            salon_service_id=salon_service_id,
            prepaid=prepaid,
            category=category,
        )

        event_search_response_data_item_service.additional_properties = d
        return event_search_response_data_item_service

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


def _read_category(json_value: Any, parse_ctx: ParseContext) -> EventSearchResponseDataItemServiceCategory | Unset:
    EventSearchResponseDataItemServiceCategory = MODEL_CLASSES.get(
        "altegio_client.models.event_search_response_data_item_service_category"
    ) or model_class(
        "altegio_client.models.event_search_response_data_item_service_category",
        "EventSearchResponseDataItemServiceCategory",
    )

    _category = json_value
    category: EventSearchResponseDataItemServiceCategory | Unset
    if isinstance(_category, Unset):
        category = UNSET
    else:
        category = EventSearchResponseDataItemServiceCategory._lazy(_category, parse_ctx)

    return category


_DECLARED_KEYS = frozenset(
    {
        "id",
        "category_id",
        "title",
        "price_min",
        "price_max",
        "comment",
        "image_url",
        "salon_service_id",
        "prepaid",
        "category",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


EventSearchResponseDataItemService._lazy_fields = {
    "id": ("id", None, False),
    "category_id": ("category_id", None, False),
    "title": ("title", None, False),
    "price_min": ("price_min", None, False),
    "price_max": ("price_max", None, False),
    "comment": ("comment", None, False),
    "image_url": ("image_url", None, False),
    "salon_service_id": ("salon_service_id", None, False),
    "prepaid": ("prepaid", None, False),
    "category": ("category", _read_category, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: EventSearchResponseDataItemService, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.category_id = get("category_id", UNSET)
    model.title = get("title", UNSET)
    model.price_min = get("price_min", UNSET)
    model.price_max = get("price_max", UNSET)
    model.comment = get("comment", UNSET)
    model.image_url = get("image_url", UNSET)
    model.salon_service_id = get("salon_service_id", UNSET)
    model.prepaid = get("prepaid", UNSET)


def _fill_converted(
    model: EventSearchResponseDataItemService, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "category" not in done:
        value = get("category", UNSET)
        if value is UNSET:
            model.category = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.event_search_response_data_item_service_category"
            ) or model_builder(
                "altegio_client.models.event_search_response_data_item_service_category",
                "EventSearchResponseDataItemServiceCategory",
            )
            try:
                model.category = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: EventSearchResponseDataItemService | None = None
) -> EventSearchResponseDataItemService:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return EventSearchResponseDataItemService._lazy(json_value, parse_ctx)
        model = new_model(
            EventSearchResponseDataItemService
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
        layout = layout_of(EventSearchResponseDataItemService, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_category,) = fill(json_value, model)
    if value_category is UNSET:
        model.category = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.event_search_response_data_item_service_category"
        ) or model_builder(
            "altegio_client.models.event_search_response_data_item_service_category",
            "EventSearchResponseDataItemServiceCategory",
        )
        try:
            model.category = build(value_category, parse_ctx)
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
        model.__class__ = lazily_read_class(EventSearchResponseDataItemService)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = EventSearchResponseDataItemService
        del model._raw, model._context
    return model


EventSearchResponseDataItemService._lazy_fill = (_fill_plain, _fill_converted, _build)
