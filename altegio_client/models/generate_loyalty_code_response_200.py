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
    from ..models.loyalty_generate_code_200_data_option import (
        LoyaltyGenerateCode200DataOption,
    )
    from ..models.loyalty_generate_code_200_option import LoyaltyGenerateCode200Option


T = TypeVar("T", bound="GenerateLoyaltyCodeResponse200")


@_attrs_define
class GenerateLoyaltyCodeResponse200(LazyModel):
    data: LoyaltyGenerateCode200DataOption
    meta: list[JsonObject]
    success: bool
    loyalty_generate_code_200_option: LoyaltyGenerateCode200Option | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        meta = []
        for meta_item_data in self.meta:
            meta_item = meta_item_data.to_dict()
            meta.append(meta_item)

        success = self.success

        loyalty_generate_code_200_option: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_generate_code_200_option, Unset):
            loyalty_generate_code_200_option = self.loyalty_generate_code_200_option.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "meta": meta,
                "success": success,
            }
        )
        if loyalty_generate_code_200_option is not UNSET:
            field_dict["LoyaltyGenerateCode200Option"] = loyalty_generate_code_200_option

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415
        from ..models.loyalty_generate_code_200_data_option import (
            LoyaltyGenerateCode200DataOption,  # noqa: PLC0415
        )
        from ..models.loyalty_generate_code_200_option import (
            LoyaltyGenerateCode200Option,  # noqa: PLC0415
        )

        d = dict(src_dict)
        data = LoyaltyGenerateCode200DataOption.from_dict(d.pop("data"))

        meta = []
        _meta = d.pop("meta")
        for meta_item_data in _meta:
            meta_item = JsonObject.from_dict(meta_item_data)

            meta.append(meta_item)

        success = d.pop("success")

        _loyalty_generate_code_200_option = d.pop("LoyaltyGenerateCode200Option", UNSET)
        loyalty_generate_code_200_option: LoyaltyGenerateCode200Option | Unset
        if isinstance(_loyalty_generate_code_200_option, Unset):
            loyalty_generate_code_200_option = UNSET
        else:
            loyalty_generate_code_200_option = LoyaltyGenerateCode200Option.from_dict(_loyalty_generate_code_200_option)

        generate_loyalty_code_response_200 = cls(
            data=data,
            meta=meta,
            success=success,
            loyalty_generate_code_200_option=loyalty_generate_code_200_option,
        )

        generate_loyalty_code_response_200.additional_properties = d
        return generate_loyalty_code_response_200

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


def _read_data(json_value: Any, parse_ctx: ParseContext) -> LoyaltyGenerateCode200DataOption:
    LoyaltyGenerateCode200DataOption = MODEL_CLASSES.get(
        "altegio_client.models.loyalty_generate_code_200_data_option"
    ) or model_class("altegio_client.models.loyalty_generate_code_200_data_option", "LoyaltyGenerateCode200DataOption")

    data = LoyaltyGenerateCode200DataOption._lazy(json_value, parse_ctx)

    return data


def _read_meta(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject]:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    meta = JsonObject._lazy_list(json_value, parse_ctx)

    return meta


def _read_loyalty_generate_code_200_option(
    json_value: Any, parse_ctx: ParseContext
) -> LoyaltyGenerateCode200Option | Unset:
    LoyaltyGenerateCode200Option = MODEL_CLASSES.get(
        "altegio_client.models.loyalty_generate_code_200_option"
    ) or model_class("altegio_client.models.loyalty_generate_code_200_option", "LoyaltyGenerateCode200Option")

    _loyalty_generate_code_200_option = json_value
    loyalty_generate_code_200_option: LoyaltyGenerateCode200Option | Unset
    if isinstance(_loyalty_generate_code_200_option, Unset):
        loyalty_generate_code_200_option = UNSET
    else:
        loyalty_generate_code_200_option = LoyaltyGenerateCode200Option._lazy(
            _loyalty_generate_code_200_option, parse_ctx
        )

    return loyalty_generate_code_200_option


_DECLARED_KEYS = frozenset(
    {
        "data",
        "meta",
        "success",
        "LoyaltyGenerateCode200Option",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


GenerateLoyaltyCodeResponse200._lazy_fields = {
    "data": ("data", _read_data, True),
    "meta": ("meta", _read_meta, True),
    "success": ("success", None, True),
    "loyalty_generate_code_200_option": ("LoyaltyGenerateCode200Option", _read_loyalty_generate_code_200_option, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: GenerateLoyaltyCodeResponse200, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "success" in json_value:
        model.success = json_value["success"]


def _fill_converted(
    model: GenerateLoyaltyCodeResponse200, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
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

    if "loyalty_generate_code_200_option" not in done:
        value = get("LoyaltyGenerateCode200Option", UNSET)
        if value is UNSET:
            model.loyalty_generate_code_200_option = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.loyalty_generate_code_200_option") or model_builder(
                "altegio_client.models.loyalty_generate_code_200_option", "LoyaltyGenerateCode200Option"
            )
            try:
                model.loyalty_generate_code_200_option = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: GenerateLoyaltyCodeResponse200 | None = None
) -> GenerateLoyaltyCodeResponse200:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return GenerateLoyaltyCodeResponse200._lazy(json_value, parse_ctx)
        model = new_model(
            GenerateLoyaltyCodeResponse200
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
        layout = layout_of(GenerateLoyaltyCodeResponse200, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_data, value_meta, value_loyalty_generate_code_200_option = fill(json_value, model)
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

    if value_loyalty_generate_code_200_option is UNSET:
        model.loyalty_generate_code_200_option = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.loyalty_generate_code_200_option") or model_builder(
            "altegio_client.models.loyalty_generate_code_200_option", "LoyaltyGenerateCode200Option"
        )
        try:
            model.loyalty_generate_code_200_option = build(value_loyalty_generate_code_200_option, parse_ctx)
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
        model.__class__ = lazily_read_class(GenerateLoyaltyCodeResponse200)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = GenerateLoyaltyCodeResponse200
        del model._raw, model._context
    return model


GenerateLoyaltyCodeResponse200._lazy_fill = (_fill_plain, _fill_converted, _build)
