from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._codegen import (
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    new_model,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CountriesResponseDataTypesDataItem")


@_attrs_define
class CountriesResponseDataTypesDataItem(LazyModel):
    id: int | Unset = UNSET
    """ Country ID """
    title: str | Unset = UNSET
    """ Short country name """
    full_title: str | Unset = UNSET
    """ Full country name """
    iso_code: str | Unset = UNSET
    """ ISO 3166-1 alpha-2 country code """
    phone_code: str | Unset = UNSET
    """ Country phone code """
    phone_template: str | Unset = UNSET
    """ Country phone number mask """
    phone_example: str | Unset = UNSET
    """ Country phone number example """
    currency: str | Unset = UNSET
    """ Country currency symbol """
    exchange: float | Unset = UNSET
    """ Currency exchange rate """
    lang_id: int | Unset = UNSET
    """ Language ID """
    group_type: float | Unset = UNSET
    """ Country group type """
    is_eu: bool | Unset = UNSET
    """ Whether the country is in the European Union """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        full_title = self.full_title

        iso_code = self.iso_code

        phone_code = self.phone_code

        phone_template = self.phone_template

        phone_example = self.phone_example

        currency = self.currency

        exchange = self.exchange

        lang_id = self.lang_id

        group_type = self.group_type

        is_eu = self.is_eu

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if full_title is not UNSET:
            field_dict["full_title"] = full_title
        if iso_code is not UNSET:
            field_dict["iso_code"] = iso_code
        if phone_code is not UNSET:
            field_dict["phone_code"] = phone_code
        if phone_template is not UNSET:
            field_dict["phone_template"] = phone_template
        if phone_example is not UNSET:
            field_dict["phone_example"] = phone_example
        if currency is not UNSET:
            field_dict["currency"] = currency
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if lang_id is not UNSET:
            field_dict["lang_id"] = lang_id
        if group_type is not UNSET:
            field_dict["group_type"] = group_type
        if is_eu is not UNSET:
            field_dict["is_eu"] = is_eu

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        full_title = d.pop("full_title", UNSET)

        iso_code = d.pop("iso_code", UNSET)

        phone_code = d.pop("phone_code", UNSET)

        phone_template = d.pop("phone_template", UNSET)

        phone_example = d.pop("phone_example", UNSET)

        currency = d.pop("currency", UNSET)

        exchange = d.pop("exchange", UNSET)

        lang_id = d.pop("lang_id", UNSET)

        group_type = d.pop("group_type", UNSET)

        is_eu = d.pop("is_eu", UNSET)

        countries_response_data_types_data_item = cls(
            id=id,
            title=title,
            full_title=full_title,
            iso_code=iso_code,
            phone_code=phone_code,
            phone_template=phone_template,
            phone_example=phone_example,
            currency=currency,
            exchange=exchange,
            lang_id=lang_id,
            group_type=group_type,
            is_eu=is_eu,
        )

        countries_response_data_types_data_item.additional_properties = d
        return countries_response_data_types_data_item

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


_DECLARED_KEYS = frozenset(
    {
        "id",
        "title",
        "full_title",
        "iso_code",
        "phone_code",
        "phone_template",
        "phone_example",
        "currency",
        "exchange",
        "lang_id",
        "group_type",
        "is_eu",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CountriesResponseDataTypesDataItem._lazy_fields = {
    "id": ("id", None, False),
    "title": ("title", None, False),
    "full_title": ("full_title", None, False),
    "iso_code": ("iso_code", None, False),
    "phone_code": ("phone_code", None, False),
    "phone_template": ("phone_template", None, False),
    "phone_example": ("phone_example", None, False),
    "currency": ("currency", None, False),
    "exchange": ("exchange", None, False),
    "lang_id": ("lang_id", None, False),
    "group_type": ("group_type", None, False),
    "is_eu": ("is_eu", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: CountriesResponseDataTypesDataItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.title = get("title", UNSET)
    model.full_title = get("full_title", UNSET)
    model.iso_code = get("iso_code", UNSET)
    model.phone_code = get("phone_code", UNSET)
    model.phone_template = get("phone_template", UNSET)
    model.phone_example = get("phone_example", UNSET)
    model.currency = get("currency", UNSET)
    model.exchange = get("exchange", UNSET)
    model.lang_id = get("lang_id", UNSET)
    model.group_type = get("group_type", UNSET)
    model.is_eu = get("is_eu", UNSET)


def _fill_converted(
    model: CountriesResponseDataTypesDataItem, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: CountriesResponseDataTypesDataItem | None = None
) -> CountriesResponseDataTypesDataItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CountriesResponseDataTypesDataItem._lazy(json_value, parse_ctx)
        model = new_model(
            CountriesResponseDataTypesDataItem
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
        layout = layout_of(CountriesResponseDataTypesDataItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    fill(json_value, model)
    if only_declared:  # no undeclared key, the usual case (known from the layout, see _layouts.py)
        model.additional_properties = {}
    else:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True
    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(CountriesResponseDataTypesDataItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CountriesResponseDataTypesDataItem
        del model._raw, model._context
    return model


CountriesResponseDataTypesDataItem._lazy_fill = (_fill_plain, _fill_converted, _build)
