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
    from ..models.book_services_companyid_data_types_data_category_item import (
        BookServicesCompanyidDataTypesDataCategoryItem,
    )
    from ..models.book_services_companyid_data_types_data_services_item import (
        BookServicesCompanyidDataTypesDataServicesItem,
    )
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="BookServicesCompanyidDataTypesData")


@_attrs_define
class BookServicesCompanyidDataTypesData(LazyModel):
    """Object with data"""

    events: list[JsonObject] | Unset = UNSET
    services: list[BookServicesCompanyidDataTypesDataServicesItem] | Unset = UNSET
    """ Services """
    category: list[BookServicesCompanyidDataTypesDataCategoryItem] | Unset = UNSET
    """ Service categories """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        category: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = []
            for category_item_data in self.category:
                category_item = category_item_data.to_dict()
                category.append(category_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if events is not UNSET:
            field_dict["events"] = events
        if services is not UNSET:
            field_dict["services"] = services
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.book_services_companyid_data_types_data_category_item import (
            BookServicesCompanyidDataTypesDataCategoryItem,  # noqa: PLC0415
        )
        from ..models.book_services_companyid_data_types_data_services_item import (
            BookServicesCompanyidDataTypesDataServicesItem,  # noqa: PLC0415
        )
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        _events = d.pop("events", UNSET)
        events: list[JsonObject] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = JsonObject.from_dict(events_item_data)

                events.append(events_item)

        _services = d.pop("services", UNSET)
        services: list[BookServicesCompanyidDataTypesDataServicesItem] | Unset = UNSET
        if _services is not UNSET:
            services = []
            for services_item_data in _services:
                services_item = BookServicesCompanyidDataTypesDataServicesItem.from_dict(services_item_data)

                services.append(services_item)

        _category = d.pop("category", UNSET)
        category: list[BookServicesCompanyidDataTypesDataCategoryItem] | Unset = UNSET
        if _category is not UNSET:
            category = []
            for category_item_data in _category:
                category_item = BookServicesCompanyidDataTypesDataCategoryItem.from_dict(category_item_data)

                category.append(category_item)

        book_services_companyid_data_types_data = cls(
            events=events,
            services=services,
            category=category,
        )

        book_services_companyid_data_types_data.additional_properties = d
        return book_services_companyid_data_types_data

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


def _read_events(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _events = json_value
    events: list[JsonObject] | Unset = UNSET
    if _events is not UNSET:
        events = JsonObject._lazy_list(_events, parse_ctx)

    return events


def _read_services(
    json_value: Any, parse_ctx: ParseContext
) -> list[BookServicesCompanyidDataTypesDataServicesItem] | Unset:
    BookServicesCompanyidDataTypesDataServicesItem = MODEL_CLASSES.get(
        "altegio_client.models.book_services_companyid_data_types_data_services_item"
    ) or model_class(
        "altegio_client.models.book_services_companyid_data_types_data_services_item",
        "BookServicesCompanyidDataTypesDataServicesItem",
    )

    _services = json_value
    services: list[BookServicesCompanyidDataTypesDataServicesItem] | Unset = UNSET
    if _services is not UNSET:
        services = BookServicesCompanyidDataTypesDataServicesItem._lazy_list(_services, parse_ctx)

    return services


def _read_category(
    json_value: Any, parse_ctx: ParseContext
) -> list[BookServicesCompanyidDataTypesDataCategoryItem] | Unset:
    BookServicesCompanyidDataTypesDataCategoryItem = MODEL_CLASSES.get(
        "altegio_client.models.book_services_companyid_data_types_data_category_item"
    ) or model_class(
        "altegio_client.models.book_services_companyid_data_types_data_category_item",
        "BookServicesCompanyidDataTypesDataCategoryItem",
    )

    _category = json_value
    category: list[BookServicesCompanyidDataTypesDataCategoryItem] | Unset = UNSET
    if _category is not UNSET:
        category = BookServicesCompanyidDataTypesDataCategoryItem._lazy_list(_category, parse_ctx)

    return category


_DECLARED_KEYS = frozenset(
    {
        "events",
        "services",
        "category",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


BookServicesCompanyidDataTypesData._lazy_fields = {
    "events": ("events", _read_events, False),
    "services": ("services", _read_services, False),
    "category": ("category", _read_category, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: BookServicesCompanyidDataTypesData, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: BookServicesCompanyidDataTypesData, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "events" not in done:
        value = get("events", UNSET)
        if value is UNSET:
            model.events = UNSET
        elif value == []:
            model.events = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.events = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "services" not in done:
        value = get("services", UNSET)
        if value is UNSET:
            model.services = UNSET
        elif value == []:
            model.services = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.book_services_companyid_data_types_data_services_item"
            ) or model_builder(
                "altegio_client.models.book_services_companyid_data_types_data_services_item",
                "BookServicesCompanyidDataTypesDataServicesItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.services = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "category" not in done:
        value = get("category", UNSET)
        if value is UNSET:
            model.category = UNSET
        elif value == []:
            model.category = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.book_services_companyid_data_types_data_category_item"
            ) or model_builder(
                "altegio_client.models.book_services_companyid_data_types_data_category_item",
                "BookServicesCompanyidDataTypesDataCategoryItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.category = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: BookServicesCompanyidDataTypesData | None = None
) -> BookServicesCompanyidDataTypesData:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return BookServicesCompanyidDataTypesData._lazy(json_value, parse_ctx)
        model = new_model(
            BookServicesCompanyidDataTypesData
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
        layout = layout_of(BookServicesCompanyidDataTypesData, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_events, value_services, value_category = fill(json_value, model)
    if value_events is UNSET:
        model.events = UNSET
    elif value_events == []:
        model.events = value_events  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
        )
        try:
            if _builtins.type(value_events) is not list:
                raise TypeError
            model.events = [build(item, parse_ctx) for item in value_events]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_services is UNSET:
        model.services = UNSET
    elif value_services == []:
        model.services = value_services  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.book_services_companyid_data_types_data_services_item"
        ) or model_builder(
            "altegio_client.models.book_services_companyid_data_types_data_services_item",
            "BookServicesCompanyidDataTypesDataServicesItem",
        )
        try:
            if _builtins.type(value_services) is not list:
                raise TypeError
            model.services = [build(item, parse_ctx) for item in value_services]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_category is UNSET:
        model.category = UNSET
    elif value_category == []:
        model.category = value_category  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.book_services_companyid_data_types_data_category_item"
        ) or model_builder(
            "altegio_client.models.book_services_companyid_data_types_data_category_item",
            "BookServicesCompanyidDataTypesDataCategoryItem",
        )
        try:
            if _builtins.type(value_category) is not list:
                raise TypeError
            model.category = [build(item, parse_ctx) for item in value_category]
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
        model.__class__ = lazily_read_class(BookServicesCompanyidDataTypesData)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = BookServicesCompanyidDataTypesData
        del model._raw, model._context
    return model


BookServicesCompanyidDataTypesData._lazy_fill = (_fill_plain, _fill_converted, _build)
