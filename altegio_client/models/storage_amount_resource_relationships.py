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
    from ..models.to_one_relationship import ToOneRelationship


T = TypeVar("T", bound="StorageAmountResourceRelationships")


@_attrs_define
class StorageAmountResourceRelationships(LazyModel):
    """Present when related data is requested through `include`"""

    storage: ToOneRelationship | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = self.storage.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if storage is not UNSET:
            field_dict["storage"] = storage

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.to_one_relationship import ToOneRelationship  # noqa: PLC0415

        d = dict(src_dict)
        _storage = d.pop("storage", UNSET)
        storage: ToOneRelationship | Unset
        if isinstance(_storage, Unset):
            storage = UNSET
        else:
            storage = ToOneRelationship.from_dict(_storage)

        storage_amount_resource_relationships = cls(
            storage=storage,
        )

        return storage_amount_resource_relationships


def _read_storage(json_value: Any, parse_ctx: ParseContext) -> ToOneRelationship | Unset:
    ToOneRelationship = MODEL_CLASSES.get("altegio_client.models.to_one_relationship") or model_class(
        "altegio_client.models.to_one_relationship", "ToOneRelationship"
    )

    _storage = json_value
    storage: ToOneRelationship | Unset
    if isinstance(_storage, Unset):
        storage = UNSET
    else:
        storage = ToOneRelationship._lazy(_storage, parse_ctx)

    return storage


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


StorageAmountResourceRelationships._lazy_fields = {
    "storage": ("storage", _read_storage, False),
}


def _fill_plain(model: StorageAmountResourceRelationships, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: StorageAmountResourceRelationships, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "storage" not in done:
        value = get("storage", UNSET)
        if value is UNSET:
            model.storage = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
                "altegio_client.models.to_one_relationship", "ToOneRelationship"
            )
            try:
                model.storage = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: StorageAmountResourceRelationships | None = None
) -> StorageAmountResourceRelationships:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return StorageAmountResourceRelationships._lazy(json_value, parse_ctx)
        model = new_model(
            StorageAmountResourceRelationships
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
        layout = layout_of(StorageAmountResourceRelationships, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_storage,) = fill(json_value, model)
    if value_storage is UNSET:
        model.storage = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
            "altegio_client.models.to_one_relationship", "ToOneRelationship"
        )
        try:
            model.storage = build(value_storage, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(StorageAmountResourceRelationships)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = StorageAmountResourceRelationships
        del model._raw, model._context
    return model


StorageAmountResourceRelationships._lazy_fill = (_fill_plain, _fill_converted, _build)
