from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import MODEL_CLASSES, LazyModel, ParseContext, model_class
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_tag_v2_response_201_data import CreateTagV2Response201Data
    from ..models.create_tag_v2_response_201_meta_item import (
        CreateTagV2Response201MetaItem,
    )


T = TypeVar("T", bound="CreateTagV2Response201")


@_attrs_define
class CreateTagV2Response201(LazyModel):
    data: CreateTagV2Response201Data | Unset = UNSET
    meta: list[CreateTagV2Response201MetaItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_tag_v2_response_201_data import CreateTagV2Response201Data  # noqa: PLC0415
        from ..models.create_tag_v2_response_201_meta_item import (
            CreateTagV2Response201MetaItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: CreateTagV2Response201Data | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = CreateTagV2Response201Data.from_dict(_data)

        _meta = d.pop("meta", UNSET)
        meta: list[CreateTagV2Response201MetaItem] | Unset = UNSET
        if _meta is not UNSET:
            meta = []
            for meta_item_data in _meta:
                meta_item = CreateTagV2Response201MetaItem.from_dict(meta_item_data)

                meta.append(meta_item)

        create_tag_v2_response_201 = cls(
            data=data,
            meta=meta,
        )

        create_tag_v2_response_201.additional_properties = d
        return create_tag_v2_response_201

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


def _read_data(json_value: Any, parse_ctx: ParseContext) -> CreateTagV2Response201Data | Unset:
    CreateTagV2Response201Data = MODEL_CLASSES.get(
        "altegio_client.models.create_tag_v2_response_201_data"
    ) or model_class("altegio_client.models.create_tag_v2_response_201_data", "CreateTagV2Response201Data")

    _data = json_value
    data: CreateTagV2Response201Data | Unset
    if isinstance(_data, Unset):
        data = UNSET
    else:
        data = CreateTagV2Response201Data._lazy(_data, parse_ctx)

    return data


def _read_meta(json_value: Any, parse_ctx: ParseContext) -> list[CreateTagV2Response201MetaItem] | Unset:
    CreateTagV2Response201MetaItem = MODEL_CLASSES.get(
        "altegio_client.models.create_tag_v2_response_201_meta_item"
    ) or model_class("altegio_client.models.create_tag_v2_response_201_meta_item", "CreateTagV2Response201MetaItem")

    _meta = json_value
    meta: list[CreateTagV2Response201MetaItem] | Unset = UNSET
    if _meta is not UNSET:
        meta = CreateTagV2Response201MetaItem._lazy_list(_meta, parse_ctx)

    return meta


_DECLARED_KEYS = frozenset(
    {
        "data",
        "meta",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


CreateTagV2Response201._lazy_fields = {
    "data": ("data", _read_data, False),
    "meta": ("meta", _read_meta, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: CreateTagV2Response201, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: CreateTagV2Response201, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    # A field that fails to convert is left unread: reading it raises the ResponseSchemaError.
    if "data" not in done:
        try:
            model.data = _read_data(json_value.get("data", UNSET), parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    if "meta" not in done:
        try:
            model.meta = _read_meta(json_value.get("meta", UNSET), parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    return


CreateTagV2Response201._lazy_fill = (_fill_plain, _fill_converted)
