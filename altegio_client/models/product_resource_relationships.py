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


T = TypeVar("T", bound="ProductResourceRelationships")


@_attrs_define
class ProductResourceRelationships(LazyModel):
    """Present when related data is requested through `include`"""

    loyalty_abonement_type: ToOneRelationship | Unset = UNSET
    loyalty_certificate_type: ToOneRelationship | Unset = UNSET
    mark_settings: ToOneRelationship | Unset = UNSET
    storage_amounts: ToManyRelationship | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        loyalty_abonement_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_abonement_type, Unset):
            loyalty_abonement_type = self.loyalty_abonement_type.to_dict()

        loyalty_certificate_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_certificate_type, Unset):
            loyalty_certificate_type = self.loyalty_certificate_type.to_dict()

        mark_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mark_settings, Unset):
            mark_settings = self.mark_settings.to_dict()

        storage_amounts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage_amounts, Unset):
            storage_amounts = self.storage_amounts.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if loyalty_abonement_type is not UNSET:
            field_dict["loyalty_abonement_type"] = loyalty_abonement_type
        if loyalty_certificate_type is not UNSET:
            field_dict["loyalty_certificate_type"] = loyalty_certificate_type
        if mark_settings is not UNSET:
            field_dict["mark_settings"] = mark_settings
        if storage_amounts is not UNSET:
            field_dict["storage_amounts"] = storage_amounts

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.to_many_relationship import ToManyRelationship  # noqa: PLC0415
        from ..models.to_one_relationship import ToOneRelationship  # noqa: PLC0415

        d = dict(src_dict)
        _loyalty_abonement_type = d.pop("loyalty_abonement_type", UNSET)
        loyalty_abonement_type: ToOneRelationship | Unset
        if isinstance(_loyalty_abonement_type, Unset):
            loyalty_abonement_type = UNSET
        else:
            loyalty_abonement_type = ToOneRelationship.from_dict(_loyalty_abonement_type)

        _loyalty_certificate_type = d.pop("loyalty_certificate_type", UNSET)
        loyalty_certificate_type: ToOneRelationship | Unset
        if isinstance(_loyalty_certificate_type, Unset):
            loyalty_certificate_type = UNSET
        else:
            loyalty_certificate_type = ToOneRelationship.from_dict(_loyalty_certificate_type)

        _mark_settings = d.pop("mark_settings", UNSET)
        mark_settings: ToOneRelationship | Unset
        if isinstance(_mark_settings, Unset):
            mark_settings = UNSET
        else:
            mark_settings = ToOneRelationship.from_dict(_mark_settings)

        _storage_amounts = d.pop("storage_amounts", UNSET)
        storage_amounts: ToManyRelationship | Unset
        if isinstance(_storage_amounts, Unset):
            storage_amounts = UNSET
        else:
            storage_amounts = ToManyRelationship.from_dict(_storage_amounts)

        product_resource_relationships = cls(
            loyalty_abonement_type=loyalty_abonement_type,
            loyalty_certificate_type=loyalty_certificate_type,
            mark_settings=mark_settings,
            storage_amounts=storage_amounts,
        )

        return product_resource_relationships


def _read_loyalty_abonement_type(json_value: Any, parse_ctx: ParseContext) -> ToOneRelationship | Unset:
    ToOneRelationship = MODEL_CLASSES.get("altegio_client.models.to_one_relationship") or model_class(
        "altegio_client.models.to_one_relationship", "ToOneRelationship"
    )

    _loyalty_abonement_type = json_value
    loyalty_abonement_type: ToOneRelationship | Unset
    if isinstance(_loyalty_abonement_type, Unset):
        loyalty_abonement_type = UNSET
    else:
        loyalty_abonement_type = ToOneRelationship._lazy(_loyalty_abonement_type, parse_ctx)

    return loyalty_abonement_type


def _read_loyalty_certificate_type(json_value: Any, parse_ctx: ParseContext) -> ToOneRelationship | Unset:
    ToOneRelationship = MODEL_CLASSES.get("altegio_client.models.to_one_relationship") or model_class(
        "altegio_client.models.to_one_relationship", "ToOneRelationship"
    )

    _loyalty_certificate_type = json_value
    loyalty_certificate_type: ToOneRelationship | Unset
    if isinstance(_loyalty_certificate_type, Unset):
        loyalty_certificate_type = UNSET
    else:
        loyalty_certificate_type = ToOneRelationship._lazy(_loyalty_certificate_type, parse_ctx)

    return loyalty_certificate_type


def _read_mark_settings(json_value: Any, parse_ctx: ParseContext) -> ToOneRelationship | Unset:
    ToOneRelationship = MODEL_CLASSES.get("altegio_client.models.to_one_relationship") or model_class(
        "altegio_client.models.to_one_relationship", "ToOneRelationship"
    )

    _mark_settings = json_value
    mark_settings: ToOneRelationship | Unset
    if isinstance(_mark_settings, Unset):
        mark_settings = UNSET
    else:
        mark_settings = ToOneRelationship._lazy(_mark_settings, parse_ctx)

    return mark_settings


def _read_storage_amounts(json_value: Any, parse_ctx: ParseContext) -> ToManyRelationship | Unset:
    ToManyRelationship = MODEL_CLASSES.get("altegio_client.models.to_many_relationship") or model_class(
        "altegio_client.models.to_many_relationship", "ToManyRelationship"
    )

    _storage_amounts = json_value
    storage_amounts: ToManyRelationship | Unset
    if isinstance(_storage_amounts, Unset):
        storage_amounts = UNSET
    else:
        storage_amounts = ToManyRelationship._lazy(_storage_amounts, parse_ctx)

    return storage_amounts


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ProductResourceRelationships._lazy_fields = {
    "loyalty_abonement_type": ("loyalty_abonement_type", _read_loyalty_abonement_type, False),
    "loyalty_certificate_type": ("loyalty_certificate_type", _read_loyalty_certificate_type, False),
    "mark_settings": ("mark_settings", _read_mark_settings, False),
    "storage_amounts": ("storage_amounts", _read_storage_amounts, False),
}


def _fill_plain(model: ProductResourceRelationships, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: ProductResourceRelationships, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "loyalty_abonement_type" not in done:
        value = get("loyalty_abonement_type", UNSET)
        if value is UNSET:
            model.loyalty_abonement_type = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
                "altegio_client.models.to_one_relationship", "ToOneRelationship"
            )
            try:
                model.loyalty_abonement_type = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "loyalty_certificate_type" not in done:
        value = get("loyalty_certificate_type", UNSET)
        if value is UNSET:
            model.loyalty_certificate_type = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
                "altegio_client.models.to_one_relationship", "ToOneRelationship"
            )
            try:
                model.loyalty_certificate_type = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "mark_settings" not in done:
        value = get("mark_settings", UNSET)
        if value is UNSET:
            model.mark_settings = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
                "altegio_client.models.to_one_relationship", "ToOneRelationship"
            )
            try:
                model.mark_settings = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "storage_amounts" not in done:
        value = get("storage_amounts", UNSET)
        if value is UNSET:
            model.storage_amounts = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
                "altegio_client.models.to_many_relationship", "ToManyRelationship"
            )
            try:
                model.storage_amounts = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ProductResourceRelationships | None = None
) -> ProductResourceRelationships:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ProductResourceRelationships._lazy(json_value, parse_ctx)
        model = new_model(ProductResourceRelationships)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(ProductResourceRelationships, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_loyalty_abonement_type, value_loyalty_certificate_type, value_mark_settings, value_storage_amounts = fill(
        json_value, model
    )
    if value_loyalty_abonement_type is UNSET:
        model.loyalty_abonement_type = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
            "altegio_client.models.to_one_relationship", "ToOneRelationship"
        )
        try:
            model.loyalty_abonement_type = build(value_loyalty_abonement_type, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_loyalty_certificate_type is UNSET:
        model.loyalty_certificate_type = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
            "altegio_client.models.to_one_relationship", "ToOneRelationship"
        )
        try:
            model.loyalty_certificate_type = build(value_loyalty_certificate_type, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_mark_settings is UNSET:
        model.mark_settings = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
            "altegio_client.models.to_one_relationship", "ToOneRelationship"
        )
        try:
            model.mark_settings = build(value_mark_settings, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_storage_amounts is UNSET:
        model.storage_amounts = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
            "altegio_client.models.to_many_relationship", "ToManyRelationship"
        )
        try:
            model.storage_amounts = build(value_storage_amounts, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(ProductResourceRelationships)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ProductResourceRelationships
        del model._raw, model._context
    return model


ProductResourceRelationships._lazy_fill = (_fill_plain, _fill_converted, _build)
