from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

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
    from ..models.product_category_resource_attributes import (
        ProductCategoryResourceAttributes,
    )
    from ..models.product_category_resource_relationships import (
        ProductCategoryResourceRelationships,
    )


T = TypeVar("T", bound="ProductCategoryResource")


@_attrs_define
class ProductCategoryResource(LazyModel):
    type: Literal["good_category"]
    """ Literal JSON:API resource type """
    id: str
    """ Product Category ID """
    attributes: ProductCategoryResourceAttributes
    relationships: ProductCategoryResourceRelationships | Unset = UNSET
    """ Present when related data is requested through `include` """

    def to_dict(self) -> dict[str, Any]:
        type = self.type

        id = self.id

        attributes = self.attributes.to_dict()

        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type,
                "id": id,
                "attributes": attributes,
            }
        )
        if relationships is not UNSET:
            field_dict["relationships"] = relationships

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_category_resource_attributes import (
            ProductCategoryResourceAttributes,  # noqa: PLC0415
        )
        from ..models.product_category_resource_relationships import (
            ProductCategoryResourceRelationships,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type = cast(Literal["good_category"], d.pop("type"))
        if type != "good_category":
            raise ValueError(f"type must match const 'good_category', got '{type}'")

        id = d.pop("id")

        attributes = ProductCategoryResourceAttributes.from_dict(d.pop("attributes"))

        _relationships = d.pop("relationships", UNSET)
        relationships: ProductCategoryResourceRelationships | Unset
        if isinstance(_relationships, Unset):
            relationships = UNSET
        else:
            relationships = ProductCategoryResourceRelationships.from_dict(_relationships)

        product_category_resource = cls(
            type=type,
            id=id,
            attributes=attributes,
            relationships=relationships,
        )

        return product_category_resource


def _read_type(json_value: Any, parse_ctx: ParseContext) -> Literal["good_category"]:

    type = cast(Literal["good_category"], json_value)
    if type != "good_category":
        raise ValueError(f"type must match const 'good_category', got '{type}'")
    return type


def _read_attributes(json_value: Any, parse_ctx: ParseContext) -> ProductCategoryResourceAttributes:
    ProductCategoryResourceAttributes = MODEL_CLASSES.get(
        "altegio_client.models.product_category_resource_attributes"
    ) or model_class("altegio_client.models.product_category_resource_attributes", "ProductCategoryResourceAttributes")

    attributes = ProductCategoryResourceAttributes._lazy(json_value, parse_ctx)

    return attributes


def _read_relationships(json_value: Any, parse_ctx: ParseContext) -> ProductCategoryResourceRelationships | Unset:
    ProductCategoryResourceRelationships = MODEL_CLASSES.get(
        "altegio_client.models.product_category_resource_relationships"
    ) or model_class(
        "altegio_client.models.product_category_resource_relationships", "ProductCategoryResourceRelationships"
    )

    _relationships = json_value
    relationships: ProductCategoryResourceRelationships | Unset
    if isinstance(_relationships, Unset):
        relationships = UNSET
    else:
        relationships = ProductCategoryResourceRelationships._lazy(_relationships, parse_ctx)

    return relationships


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ProductCategoryResource._lazy_fields = {
    "type": ("type", _read_type, True),
    "id": ("id", None, True),
    "attributes": ("attributes", _read_attributes, True),
    "relationships": ("relationships", _read_relationships, False),
}


def _fill_plain(model: ProductCategoryResource, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "id" in json_value:
        model.id = json_value["id"]


def _fill_converted(
    model: ProductCategoryResource, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "type" not in done:
        try:
            model.type = _read_type(json_value["type"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "attributes" not in done:
        try:
            model.attributes = _read_attributes(json_value["attributes"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "relationships" not in done:
        value = get("relationships", UNSET)
        if value is UNSET:
            model.relationships = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.product_category_resource_relationships"
            ) or model_builder(
                "altegio_client.models.product_category_resource_relationships", "ProductCategoryResourceRelationships"
            )
            try:
                model.relationships = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ProductCategoryResource | None = None
) -> ProductCategoryResource:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ProductCategoryResource._lazy(json_value, parse_ctx)
        model = new_model(ProductCategoryResource)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(ProductCategoryResource, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_type, value_attributes, value_relationships = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_type is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.type = _read_type(value_type, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_attributes is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.attributes = _read_attributes(value_attributes, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_relationships is UNSET:
        model.relationships = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.product_category_resource_relationships") or model_builder(
            "altegio_client.models.product_category_resource_relationships", "ProductCategoryResourceRelationships"
        )
        try:
            model.relationships = build(value_relationships, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(ProductCategoryResource)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ProductCategoryResource
        del model._raw, model._context
    return model


ProductCategoryResource._lazy_fill = (_fill_plain, _fill_converted, _build)
