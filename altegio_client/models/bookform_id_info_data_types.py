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
    from ..models.bookform_id_info_data_types_data import BookformIdInfoDataTypesData
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="BookformIdInfoDataTypes")


@_attrs_define
class BookformIdInfoDataTypes(LazyModel):
    """appointment form settings

    Example:
        {'success': True, 'data': {'steps': [{'step': 'master', 'title': 'Choose a team member', 'num': 2, 'hidden':
            False, 'default': -1}, {'step': 'service', 'title': 'Choose a service', 'num': 1, 'hidden': True, 'default':
            196}, {'step': 'datetime', 'title': 'Select date and time', 'num': 3, 'hidden': False, 'date_hidden': False,
            'time_hidden': False, 'date_default': '0000-00-00', 'time_default': 0}, {'step': 'contact', 'title': 'Business
            Example', 'num': 3, 'hidden': False, 'default': 0}, {'step': 'comfirm', 'title': 'Business Example', 'num': 4,
            'hidden': False, 'default': 0}], 'style': {'show_header': True, 'logo': 'https://app.alteg.io/uploads/logo.png',
            'header_background': 'https://app.alteg.io/uploads/header.png', 'menu_background':
            'https://app.alteg.io/uploads/menu.png', 'main_color': '#FFCB00', 'secondary_color': '#999999', 'buttons_color':
            '#FFFFFF'}, 'group_id': 1, 'company_id': 1, 'phone_confirmation': False, 'lang': 'en-US', 'langs': [{'id': 2,
            'code': 'en-US', 'title': 'English'}, {'id': 4, 'code': 'lv-LV', 'title': 'Latviešu valoda'}, {'id': 5, 'code':
            'et-EE', 'title': 'Eesti keel'}, {'id': 6, 'code': 'lt-LT', 'title': 'Lietuva'}, {'id': 7, 'code': 'uk-UK',
            'title': 'Ukrainian'}, {'id': 8, 'code': 'fr-FR', 'title': 'Français'}, {'id': 9, 'code': 'it-IT', 'title':
            'Italiano'}, {'id': 10, 'code': 'es-ES', 'title': 'Español'}, {'id': 13, 'code': 'ka-KA', 'title': 'ქართული'},
            {'id': 14, 'code': 'hy-AM', 'title': 'Հայերեն'}, {'id': 15, 'code': 'kk-KK', 'title': 'Kazakh tili'}, {'id': 16,
            'code': 'hr-HR', 'title': 'Hrvatski jezik'}, {'id': 17, 'code': 'cs-CS', 'title': 'český jazyk'}, {'id': 18,
            'code': 'ro-RO', 'title': 'Limba Română'}, {'id': 19, 'code': 'cn-CN', 'title': '中文'}, {'id': 20, 'code': 'ar-
            AR', 'title': 'العَرَبِيَّة'}, {'id': 21, 'code': 'bg-BG', 'title': 'Bulgarian'}, {'id': 22, 'code': 'he-IL',
            'title': 'עברית'}, {'id': 23, 'code': 'hu-HU', 'title': 'Magyar nyelv'}, {'id': 24, 'code': 'Lt-sr-SP', 'title':
            'Srpski jezik'}, {'id': 25, 'code': 'sk-SK', 'title': 'Slovenský jazyk'}, {'id': 26, 'code': 'mn-MN', 'title':
            'Mongol hal'}, {'id': 27, 'code': 'az-AZ', 'title': 'Azərbaycan dili'}, {'id': 28, 'code': 'pl-PL', 'title':
            'Polszczyzna'}, {'id': 30, 'code': 'sl-SL', 'title': 'Slòvēnskī'}], 'comment_required': False,
            'metrika_counter_id': 50217133, 'google_analytics_id': 'UA-125358345-1', 'facebook_pixel_id':
            '2218788388343154', 'app_metrika_id': '46ab3b93-1bc6-457d-82f0-c1b51f39b01e', 'sms_enabled': True}, 'meta': []}

    """

    success: bool | Unset = UNSET
    """ Execution success status (true) """
    data: BookformIdInfoDataTypesData | Unset = UNSET
    """ Object with data """
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
        from ..models.bookform_id_info_data_types_data import (
            BookformIdInfoDataTypesData,  # noqa: PLC0415
        )
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _data = d.pop("data", UNSET)
        data: BookformIdInfoDataTypesData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = BookformIdInfoDataTypesData.from_dict(_data)

        _meta = d.pop("meta", UNSET)
        meta: list[JsonObject] | Unset = UNSET
        if _meta is not UNSET:
            meta = []
            for meta_item_data in _meta:
                meta_item = JsonObject.from_dict(meta_item_data)

                meta.append(meta_item)

        bookform_id_info_data_types = cls(
            success=success,
            data=data,
            meta=meta,
        )

        bookform_id_info_data_types.additional_properties = d
        return bookform_id_info_data_types

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


def _read_data(json_value: Any, parse_ctx: ParseContext) -> BookformIdInfoDataTypesData | Unset:
    BookformIdInfoDataTypesData = MODEL_CLASSES.get(
        "altegio_client.models.bookform_id_info_data_types_data"
    ) or model_class("altegio_client.models.bookform_id_info_data_types_data", "BookformIdInfoDataTypesData")

    _data = json_value
    data: BookformIdInfoDataTypesData | Unset
    if isinstance(_data, Unset):
        data = UNSET
    else:
        data = BookformIdInfoDataTypesData._lazy(_data, parse_ctx)

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


BookformIdInfoDataTypes._lazy_fields = {
    "success": ("success", None, False),
    "data": ("data", _read_data, False),
    "meta": ("meta", _read_meta, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: BookformIdInfoDataTypes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.success = get("success", UNSET)


def _fill_converted(
    model: BookformIdInfoDataTypes, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "data" not in done:
        value = get("data", UNSET)
        if value is UNSET:
            model.data = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.bookform_id_info_data_types_data") or model_builder(
                "altegio_client.models.bookform_id_info_data_types_data", "BookformIdInfoDataTypesData"
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
    json_value: Any, parse_ctx: ParseContext, model: BookformIdInfoDataTypes | None = None
) -> BookformIdInfoDataTypes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return BookformIdInfoDataTypes._lazy(json_value, parse_ctx)
        model = new_model(BookformIdInfoDataTypes)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(BookformIdInfoDataTypes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_data, value_meta = fill(json_value, model)
    if value_data is UNSET:
        model.data = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.bookform_id_info_data_types_data") or model_builder(
            "altegio_client.models.bookform_id_info_data_types_data", "BookformIdInfoDataTypesData"
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
        model.__class__ = lazily_read_class(BookformIdInfoDataTypes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = BookformIdInfoDataTypes
        del model._raw, model._context
    return model


BookformIdInfoDataTypes._lazy_fill = (_fill_plain, _fill_converted, _build)
