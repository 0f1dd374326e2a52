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
    from ..models.tax_system_response_data_types_data_item_vats_item import (
        TaxSystemResponseDataTypesDataItemVatsItem,
    )


T = TypeVar("T", bound="TaxSystemResponseDataTypesDataItem")


@_attrs_define
class TaxSystemResponseDataTypesDataItem(LazyModel):
    title: str | Unset = UNSET
    """ Name of the taxation system """
    slug: str | Unset = UNSET
    """ Code name for the taxation system """
    vats: list[TaxSystemResponseDataTypesDataItemVatsItem] | Unset = UNSET
    """ List of available VAT for the taxation system """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        slug = self.slug

        vats: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vats, Unset):
            vats = []
            for vats_item_data in self.vats:
                vats_item = vats_item_data.to_dict()
                vats.append(vats_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if slug is not UNSET:
            field_dict["slug"] = slug
        if vats is not UNSET:
            field_dict["vats"] = vats

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tax_system_response_data_types_data_item_vats_item import (
            TaxSystemResponseDataTypesDataItemVatsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        slug = d.pop("slug", UNSET)

        _vats = d.pop("vats", UNSET)
        vats: list[TaxSystemResponseDataTypesDataItemVatsItem] | Unset = UNSET
        if _vats is not UNSET:
            vats = []
            for vats_item_data in _vats:
                vats_item = TaxSystemResponseDataTypesDataItemVatsItem.from_dict(vats_item_data)

                vats.append(vats_item)

        tax_system_response_data_types_data_item = cls(
            title=title,
            slug=slug,
            vats=vats,
        )

        tax_system_response_data_types_data_item.additional_properties = d
        return tax_system_response_data_types_data_item

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


def _read_vats(json_value: Any, parse_ctx: ParseContext) -> list[TaxSystemResponseDataTypesDataItemVatsItem] | Unset:
    TaxSystemResponseDataTypesDataItemVatsItem = MODEL_CLASSES.get(
        "altegio_client.models.tax_system_response_data_types_data_item_vats_item"
    ) or model_class(
        "altegio_client.models.tax_system_response_data_types_data_item_vats_item",
        "TaxSystemResponseDataTypesDataItemVatsItem",
    )

    _vats = json_value
    vats: list[TaxSystemResponseDataTypesDataItemVatsItem] | Unset = UNSET
    if _vats is not UNSET:
        vats = TaxSystemResponseDataTypesDataItemVatsItem._lazy_list(_vats, parse_ctx)

    return vats


_DECLARED_KEYS = frozenset(
    {
        "title",
        "slug",
        "vats",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


TaxSystemResponseDataTypesDataItem._lazy_fields = {
    "title": ("title", None, False),
    "slug": ("slug", None, False),
    "vats": ("vats", _read_vats, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: TaxSystemResponseDataTypesDataItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.title = get("title", UNSET)
    model.slug = get("slug", UNSET)


def _fill_converted(
    model: TaxSystemResponseDataTypesDataItem, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "vats" not in done:
        value = get("vats", UNSET)
        if value is UNSET:
            model.vats = UNSET
        elif value == []:
            model.vats = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.tax_system_response_data_types_data_item_vats_item"
            ) or model_builder(
                "altegio_client.models.tax_system_response_data_types_data_item_vats_item",
                "TaxSystemResponseDataTypesDataItemVatsItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.vats = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: TaxSystemResponseDataTypesDataItem | None = None
) -> TaxSystemResponseDataTypesDataItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return TaxSystemResponseDataTypesDataItem._lazy(json_value, parse_ctx)
        model = new_model(
            TaxSystemResponseDataTypesDataItem
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
        layout = layout_of(TaxSystemResponseDataTypesDataItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_vats,) = fill(json_value, model)
    if value_vats is UNSET:
        model.vats = UNSET
    elif value_vats == []:
        model.vats = value_vats  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.tax_system_response_data_types_data_item_vats_item"
        ) or model_builder(
            "altegio_client.models.tax_system_response_data_types_data_item_vats_item",
            "TaxSystemResponseDataTypesDataItemVatsItem",
        )
        try:
            if _builtins.type(value_vats) is not list:
                raise TypeError
            model.vats = [build(item, parse_ctx) for item in value_vats]
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
        model.__class__ = lazily_read_class(TaxSystemResponseDataTypesDataItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = TaxSystemResponseDataTypesDataItem
        del model._raw, model._context
    return model


TaxSystemResponseDataTypesDataItem._lazy_fill = (_fill_plain, _fill_converted, _build)
