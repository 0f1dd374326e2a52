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
    from ..models.marketplace_partner_applications_tariffs_list_response_200_data_item_options_item import (
        MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem,
    )


T = TypeVar("T", bound="MarketplacePartnerApplicationsTariffsListResponse200DataItem")


@_attrs_define
class MarketplacePartnerApplicationsTariffsListResponse200DataItem(LazyModel):
    id: int | Unset = UNSET
    """ Tariff ID """
    title: str | Unset = UNSET
    """ Tariff name """
    options: list[MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem] | Unset = UNSET
    """ Tariff options """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.marketplace_partner_applications_tariffs_list_response_200_data_item_options_item import (
            MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        _options = d.pop("options", UNSET)
        options: list[MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem.from_dict(
                    options_item_data
                )

                options.append(options_item)

        marketplace_partner_applications_tariffs_list_response_200_data_item = cls(
            id=id,
            title=title,
            options=options,
        )

        marketplace_partner_applications_tariffs_list_response_200_data_item.additional_properties = d
        return marketplace_partner_applications_tariffs_list_response_200_data_item

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


def _read_options(
    json_value: Any, parse_ctx: ParseContext
) -> list[MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem] | Unset:
    MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem = MODEL_CLASSES.get(
        "altegio_client.models.marketplace_partner_applications_tariffs_list_response_200_data_item_options_item"
    ) or model_class(
        "altegio_client.models.marketplace_partner_applications_tariffs_list_response_200_data_item_options_item",
        "MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem",
    )

    _options = json_value
    options: list[MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem] | Unset = UNSET
    if _options is not UNSET:
        options = MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem._lazy_list(
            _options, parse_ctx
        )

    return options


_DECLARED_KEYS = frozenset(
    {
        "id",
        "title",
        "options",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


MarketplacePartnerApplicationsTariffsListResponse200DataItem._lazy_fields = {
    "id": ("id", None, False),
    "title": ("title", None, False),
    "options": ("options", _read_options, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(
    model: MarketplacePartnerApplicationsTariffsListResponse200DataItem, json_value: dict[str, Any]
) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.title = get("title", UNSET)


def _fill_converted(
    model: MarketplacePartnerApplicationsTariffsListResponse200DataItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "options" not in done:
        value = get("options", UNSET)
        if value is UNSET:
            model.options = UNSET
        elif value == []:
            model.options = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.marketplace_partner_applications_tariffs_list_response_200_data_item_options_item"
            ) or model_builder(
                "altegio_client.models.marketplace_partner_applications_tariffs_list_response_200_data_item_options_item",
                "MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.options = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any,
    parse_ctx: ParseContext,
    model: MarketplacePartnerApplicationsTariffsListResponse200DataItem | None = None,
) -> MarketplacePartnerApplicationsTariffsListResponse200DataItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return MarketplacePartnerApplicationsTariffsListResponse200DataItem._lazy(json_value, parse_ctx)
        model = new_model(
            MarketplacePartnerApplicationsTariffsListResponse200DataItem
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
        layout = layout_of(MarketplacePartnerApplicationsTariffsListResponse200DataItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_options,) = fill(json_value, model)
    if value_options is UNSET:
        model.options = UNSET
    elif value_options == []:
        model.options = value_options  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.marketplace_partner_applications_tariffs_list_response_200_data_item_options_item"
        ) or model_builder(
            "altegio_client.models.marketplace_partner_applications_tariffs_list_response_200_data_item_options_item",
            "MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem",
        )
        try:
            if _builtins.type(value_options) is not list:
                raise TypeError
            model.options = [build(item, parse_ctx) for item in value_options]
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
        model.__class__ = lazily_read_class(MarketplacePartnerApplicationsTariffsListResponse200DataItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = MarketplacePartnerApplicationsTariffsListResponse200DataItem
        del model._raw, model._context
    return model


MarketplacePartnerApplicationsTariffsListResponse200DataItem._lazy_fill = (_fill_plain, _fill_converted, _build)
