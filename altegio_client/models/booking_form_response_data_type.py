from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._codegen import (
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    model_class,
    new_model,
)
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.bookform_settings_response import BookformSettingsResponse
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="BookingFormResponseDataType")


@_attrs_define
class BookingFormResponseDataType(LazyModel):
    """appointment Widget Settings"""

    data: BookformSettingsResponse
    """ appointment Widget Settings """
    meta: list[JsonObject]
    """ Metadata """
    success: bool
    """ Success status (true) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        meta = []
        for meta_item_data in self.meta:
            meta_item = meta_item_data.to_dict()
            meta.append(meta_item)

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "meta": meta,
                "success": success,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bookform_settings_response import BookformSettingsResponse  # noqa: PLC0415
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        data = BookformSettingsResponse.from_dict(d.pop("data"))

        meta = []
        _meta = d.pop("meta")
        for meta_item_data in _meta:
            meta_item = JsonObject.from_dict(meta_item_data)

            meta.append(meta_item)

        success = d.pop("success")

        booking_form_response_data_type = cls(
            data=data,
            meta=meta,
            success=success,
        )

        booking_form_response_data_type.additional_properties = d
        return booking_form_response_data_type

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


def _read_data(json_value: Any, parse_ctx: ParseContext) -> BookformSettingsResponse:
    BookformSettingsResponse = MODEL_CLASSES.get("altegio_client.models.bookform_settings_response") or model_class(
        "altegio_client.models.bookform_settings_response", "BookformSettingsResponse"
    )

    data = BookformSettingsResponse._lazy(json_value, parse_ctx)

    return data


def _read_meta(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject]:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    meta = JsonObject._lazy_list(json_value, parse_ctx)

    return meta


_DECLARED_KEYS = frozenset(
    {
        "data",
        "meta",
        "success",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


BookingFormResponseDataType._lazy_fields = {
    "data": ("data", _read_data, True),
    "meta": ("meta", _read_meta, True),
    "success": ("success", None, True),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: BookingFormResponseDataType, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "success" in json_value:
        model.success = json_value["success"]


def _fill_converted(
    model: BookingFormResponseDataType, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "data" not in done:
        try:
            model.data = _read_data(json_value["data"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "meta" not in done:
        try:
            model.meta = _read_meta(json_value["meta"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: BookingFormResponseDataType | None = None
) -> BookingFormResponseDataType:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return BookingFormResponseDataType._lazy(json_value, parse_ctx)
        model = new_model(BookingFormResponseDataType)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(BookingFormResponseDataType, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_data, value_meta = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_data is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.data = _read_data(value_data, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_meta is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.meta = _read_meta(value_meta, parse_ctx)
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
        model.__class__ = lazily_read_class(BookingFormResponseDataType)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = BookingFormResponseDataType
        del model._raw, model._context
    return model


BookingFormResponseDataType._lazy_fill = (_fill_plain, _fill_converted, _build)
