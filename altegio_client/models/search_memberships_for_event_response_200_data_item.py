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
    from ..models.search_memberships_for_event_response_200_data_item_attributes import (
        SearchMembershipsForEventResponse200DataItemAttributes,
    )
    from ..models.search_memberships_for_event_response_200_data_item_relationships import (
        SearchMembershipsForEventResponse200DataItemRelationships,
    )


T = TypeVar("T", bound="SearchMembershipsForEventResponse200DataItem")


@_attrs_define
class SearchMembershipsForEventResponse200DataItem(LazyModel):
    id: str | Unset = UNSET
    """ Membership instance ID """
    type: str | Unset = UNSET
    attributes: SearchMembershipsForEventResponse200DataItemAttributes | Unset = UNSET
    relationships: SearchMembershipsForEventResponse200DataItemRelationships | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type = self.type

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type is not UNSET:
            field_dict["type"] = type
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if relationships is not UNSET:
            field_dict["relationships"] = relationships

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_memberships_for_event_response_200_data_item_attributes import (
            SearchMembershipsForEventResponse200DataItemAttributes,  # noqa: PLC0415
        )
        from ..models.search_memberships_for_event_response_200_data_item_relationships import (
            SearchMembershipsForEventResponse200DataItemRelationships,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type = d.pop("type", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: SearchMembershipsForEventResponse200DataItemAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = SearchMembershipsForEventResponse200DataItemAttributes.from_dict(_attributes)

        _relationships = d.pop("relationships", UNSET)
        relationships: SearchMembershipsForEventResponse200DataItemRelationships | Unset
        if isinstance(_relationships, Unset):
            relationships = UNSET
        else:
            relationships = SearchMembershipsForEventResponse200DataItemRelationships.from_dict(_relationships)

        search_memberships_for_event_response_200_data_item = cls(
            id=id,
            type=type,
            attributes=attributes,
            relationships=relationships,
        )

        search_memberships_for_event_response_200_data_item.additional_properties = d
        return search_memberships_for_event_response_200_data_item

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


def _read_attributes(
    json_value: Any, parse_ctx: ParseContext
) -> SearchMembershipsForEventResponse200DataItemAttributes | Unset:
    SearchMembershipsForEventResponse200DataItemAttributes = MODEL_CLASSES.get(
        "altegio_client.models.search_memberships_for_event_response_200_data_item_attributes"
    ) or model_class(
        "altegio_client.models.search_memberships_for_event_response_200_data_item_attributes",
        "SearchMembershipsForEventResponse200DataItemAttributes",
    )

    _attributes = json_value
    attributes: SearchMembershipsForEventResponse200DataItemAttributes | Unset
    if isinstance(_attributes, Unset):
        attributes = UNSET
    else:
        attributes = SearchMembershipsForEventResponse200DataItemAttributes._lazy(_attributes, parse_ctx)

    return attributes


def _read_relationships(
    json_value: Any, parse_ctx: ParseContext
) -> SearchMembershipsForEventResponse200DataItemRelationships | Unset:
    SearchMembershipsForEventResponse200DataItemRelationships = MODEL_CLASSES.get(
        "altegio_client.models.search_memberships_for_event_response_200_data_item_relationships"
    ) or model_class(
        "altegio_client.models.search_memberships_for_event_response_200_data_item_relationships",
        "SearchMembershipsForEventResponse200DataItemRelationships",
    )

    _relationships = json_value
    relationships: SearchMembershipsForEventResponse200DataItemRelationships | Unset
    if isinstance(_relationships, Unset):
        relationships = UNSET
    else:
        relationships = SearchMembershipsForEventResponse200DataItemRelationships._lazy(_relationships, parse_ctx)

    return relationships


_DECLARED_KEYS = frozenset(
    {
        "id",
        "type",
        "attributes",
        "relationships",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


SearchMembershipsForEventResponse200DataItem._lazy_fields = {
    "id": ("id", None, False),
    "type": ("type", None, False),
    "attributes": ("attributes", _read_attributes, False),
    "relationships": ("relationships", _read_relationships, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: SearchMembershipsForEventResponse200DataItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.type = get("type", UNSET)


def _fill_converted(
    model: SearchMembershipsForEventResponse200DataItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "attributes" not in done:
        value = get("attributes", UNSET)
        if value is UNSET:
            model.attributes = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.search_memberships_for_event_response_200_data_item_attributes"
            ) or model_builder(
                "altegio_client.models.search_memberships_for_event_response_200_data_item_attributes",
                "SearchMembershipsForEventResponse200DataItemAttributes",
            )
            try:
                model.attributes = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "relationships" not in done:
        value = get("relationships", UNSET)
        if value is UNSET:
            model.relationships = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.search_memberships_for_event_response_200_data_item_relationships"
            ) or model_builder(
                "altegio_client.models.search_memberships_for_event_response_200_data_item_relationships",
                "SearchMembershipsForEventResponse200DataItemRelationships",
            )
            try:
                model.relationships = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: SearchMembershipsForEventResponse200DataItem | None = None
) -> SearchMembershipsForEventResponse200DataItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return SearchMembershipsForEventResponse200DataItem._lazy(json_value, parse_ctx)
        model = new_model(
            SearchMembershipsForEventResponse200DataItem
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
        layout = layout_of(SearchMembershipsForEventResponse200DataItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_attributes, value_relationships = fill(json_value, model)
    if value_attributes is UNSET:
        model.attributes = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.search_memberships_for_event_response_200_data_item_attributes"
        ) or model_builder(
            "altegio_client.models.search_memberships_for_event_response_200_data_item_attributes",
            "SearchMembershipsForEventResponse200DataItemAttributes",
        )
        try:
            model.attributes = build(value_attributes, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_relationships is UNSET:
        model.relationships = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.search_memberships_for_event_response_200_data_item_relationships"
        ) or model_builder(
            "altegio_client.models.search_memberships_for_event_response_200_data_item_relationships",
            "SearchMembershipsForEventResponse200DataItemRelationships",
        )
        try:
            model.relationships = build(value_relationships, parse_ctx)
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
        model.__class__ = lazily_read_class(SearchMembershipsForEventResponse200DataItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = SearchMembershipsForEventResponse200DataItem
        del model._raw, model._context
    return model


SearchMembershipsForEventResponse200DataItem._lazy_fill = (_fill_plain, _fill_converted, _build)
