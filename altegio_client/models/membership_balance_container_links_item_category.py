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
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="MembershipBalanceContainerLinksItemCategory")


@_attrs_define
class MembershipBalanceContainerLinksItemCategory(LazyModel):
    """Service category"""

    id: int | Unset = UNSET
    """ Service ID """
    category_id: int | Unset = UNSET
    """ Service Category ID """
    title: str | Unset = UNSET
    """ Service name """
    is_category: bool | Unset = UNSET
    online_sale_title: str | Unset = UNSET
    is_chain: bool | Unset = UNSET
    chain_price_min: float | Unset = UNSET
    chain_price_max: float | Unset = UNSET
    category: JsonObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        category_id = self.category_id

        title = self.title

        is_category = self.is_category

        online_sale_title = self.online_sale_title

        is_chain = self.is_chain

        chain_price_min = self.chain_price_min

        chain_price_max = self.chain_price_max

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
        if is_category is not UNSET:
            field_dict["is_category"] = is_category
        if online_sale_title is not UNSET:
            field_dict["online_sale_title"] = online_sale_title
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain
        if chain_price_min is not UNSET:
            field_dict["chain_price_min"] = chain_price_min
        if chain_price_max is not UNSET:
            field_dict["chain_price_max"] = chain_price_max
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        category_id = d.pop("category_id", UNSET)

        title = d.pop("title", UNSET)

        is_category = d.pop("is_category", UNSET)

        online_sale_title = d.pop("online_sale_title", UNSET)

        is_chain = d.pop("is_chain", UNSET)

        chain_price_min = d.pop("chain_price_min", UNSET)

        chain_price_max = d.pop("chain_price_max", UNSET)

        _category = d.pop("category", UNSET)
        category: JsonObject | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = JsonObject.from_dict(_category)

        membership_balance_container_links_item_category = cls(
            id=id,
            category_id=category_id,
            title=title,
            is_category=is_category,
            online_sale_title=online_sale_title,
            is_chain=is_chain,
            chain_price_min=chain_price_min,
            chain_price_max=chain_price_max,
            category=category,
        )

        membership_balance_container_links_item_category.additional_properties = d
        return membership_balance_container_links_item_category

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


def _read_category(json_value: Any, parse_ctx: ParseContext) -> JsonObject | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _category = json_value
    category: JsonObject | Unset
    if isinstance(_category, Unset):
        category = UNSET
    else:
        category = JsonObject._lazy(_category, parse_ctx)

    return category


_DECLARED_KEYS = frozenset(
    {
        "id",
        "category_id",
        "title",
        "is_category",
        "online_sale_title",
        "is_chain",
        "chain_price_min",
        "chain_price_max",
        "category",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


MembershipBalanceContainerLinksItemCategory._lazy_fields = {
    "id": ("id", None, False),
    "category_id": ("category_id", None, False),
    "title": ("title", None, False),
    "is_category": ("is_category", None, False),
    "online_sale_title": ("online_sale_title", None, False),
    "is_chain": ("is_chain", None, False),
    "chain_price_min": ("chain_price_min", None, False),
    "chain_price_max": ("chain_price_max", None, False),
    "category": ("category", _read_category, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: MembershipBalanceContainerLinksItemCategory, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.category_id = get("category_id", UNSET)
    model.title = get("title", UNSET)
    model.is_category = get("is_category", UNSET)
    model.online_sale_title = get("online_sale_title", UNSET)
    model.is_chain = get("is_chain", UNSET)
    model.chain_price_min = get("chain_price_min", UNSET)
    model.chain_price_max = get("chain_price_max", UNSET)


def _fill_converted(
    model: MembershipBalanceContainerLinksItemCategory,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "category" not in done:
        value = get("category", UNSET)
        if value is UNSET:
            model.category = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
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
    json_value: Any, parse_ctx: ParseContext, model: MembershipBalanceContainerLinksItemCategory | None = None
) -> MembershipBalanceContainerLinksItemCategory:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return MembershipBalanceContainerLinksItemCategory._lazy(json_value, parse_ctx)
        model = new_model(
            MembershipBalanceContainerLinksItemCategory
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
        layout = layout_of(MembershipBalanceContainerLinksItemCategory, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_category,) = fill(json_value, model)
    if value_category is UNSET:
        model.category = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
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
        model.__class__ = lazily_read_class(MembershipBalanceContainerLinksItemCategory)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = MembershipBalanceContainerLinksItemCategory
        del model._raw, model._context
    return model


MembershipBalanceContainerLinksItemCategory._lazy_fill = (_fill_plain, _fill_converted, _build)
