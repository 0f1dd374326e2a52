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
    from ..models.company_create_response_data_types_data import (
        CompanyCreateResponseDataTypesData,
    )
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="CompanyCreateResponseDataTypes")


@_attrs_define
class CompanyCreateResponseDataTypes(LazyModel):
    """Create a location

    Example:
        {'success': True, 'data': {'id': 1050, 'title': 'James Smith LLC', 'short_descr': 'Beauty studio', 'logo':
            'https://app.alteg.io/images/no-master.png', 'active': 1, 'phone': '+13155550175', 'country_id': 7, 'schedule':
            '', 'country': 'United States', 'city_id': 181, 'city': 'New York', 'timezone_name': 'America/New_York',
            'address': 'New York, 787 Jackson Drive', 'coordinate_lat': 40.73061, 'coordinate_lon': -73.935242,
            'phone_confirmation': True, 'active_staff_count': 2, 'app_ios': '', 'app_android': '', 'currency_short_title':
            'R'}, 'meta': []}

    """

    success: bool | Unset = UNSET
    """ Success status (true) """
    data: CompanyCreateResponseDataTypesData | Unset = UNSET
    """ data object """
    meta: list[JsonObject] | Unset = UNSET
    """ Metadata (empty array) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        meta: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = []
            for meta_item_data in self.meta:
                meta_item = meta_item_data.to_dict()
                meta.append(meta_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_create_response_data_types_data import (
            CompanyCreateResponseDataTypesData,  # noqa: PLC0415
        )
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _data = d.pop("data", UNSET)
        data: CompanyCreateResponseDataTypesData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = CompanyCreateResponseDataTypesData.from_dict(_data)

        _meta = d.pop("meta", UNSET)
        meta: list[JsonObject] | Unset = UNSET
        if _meta is not UNSET:
            meta = []
            for meta_item_data in _meta:
                meta_item = JsonObject.from_dict(meta_item_data)

                meta.append(meta_item)

        company_create_response_data_types = cls(
            success=success,
            data=data,
            meta=meta,
        )

        company_create_response_data_types.additional_properties = d
        return company_create_response_data_types

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


def _read_data(json_value: Any, parse_ctx: ParseContext) -> CompanyCreateResponseDataTypesData | Unset:
    CompanyCreateResponseDataTypesData = MODEL_CLASSES.get(
        "altegio_client.models.company_create_response_data_types_data"
    ) or model_class(
        "altegio_client.models.company_create_response_data_types_data", "CompanyCreateResponseDataTypesData"
    )

    _data = json_value
    data: CompanyCreateResponseDataTypesData | Unset
    if isinstance(_data, Unset):
        data = UNSET
    else:
        data = CompanyCreateResponseDataTypesData._lazy(_data, parse_ctx)

    return data


def _read_meta(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _meta = json_value
    meta: list[JsonObject] | Unset = UNSET
    if _meta is not UNSET:
        meta = JsonObject._lazy_list(_meta, parse_ctx)

    return meta


_DECLARED_KEYS = frozenset(
    {
        "success",
        "data",
        "meta",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CompanyCreateResponseDataTypes._lazy_fields = {
    "success": ("success", None, False),
    "data": ("data", _read_data, False),
    "meta": ("meta", _read_meta, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: CompanyCreateResponseDataTypes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.success = get("success", UNSET)


def _fill_converted(
    model: CompanyCreateResponseDataTypes, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "data" not in done:
        value = get("data", UNSET)
        if value is UNSET:
            model.data = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.company_create_response_data_types_data"
            ) or model_builder(
                "altegio_client.models.company_create_response_data_types_data", "CompanyCreateResponseDataTypesData"
            )
            try:
                model.data = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "meta" not in done:
        value = get("meta", UNSET)
        if value is UNSET:
            model.meta = UNSET
        elif value == []:
            model.meta = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.meta = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: CompanyCreateResponseDataTypes | None = None
) -> CompanyCreateResponseDataTypes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CompanyCreateResponseDataTypes._lazy(json_value, parse_ctx)
        model = new_model(
            CompanyCreateResponseDataTypes
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
        layout = layout_of(CompanyCreateResponseDataTypes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_data, value_meta = fill(json_value, model)
    if value_data is UNSET:
        model.data = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.company_create_response_data_types_data") or model_builder(
            "altegio_client.models.company_create_response_data_types_data", "CompanyCreateResponseDataTypesData"
        )
        try:
            model.data = build(value_data, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_meta is UNSET:
        model.meta = UNSET
    elif value_meta == []:
        model.meta = value_meta  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
        )
        try:
            if _builtins.type(value_meta) is not list:
                raise TypeError
            model.meta = [build(item, parse_ctx) for item in value_meta]
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
        model.__class__ = lazily_read_class(CompanyCreateResponseDataTypes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CompanyCreateResponseDataTypes
        del model._raw, model._context
    return model


CompanyCreateResponseDataTypes._lazy_fill = (_fill_plain, _fill_converted, _build)
