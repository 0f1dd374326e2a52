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

T = TypeVar("T", bound="CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm")


@_attrs_define
class CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm(LazyModel):
    id: int | Unset = UNSET
    path: str | Unset = UNSET
    width: str | Unset = UNSET
    height: str | Unset = UNSET
    type: str | Unset = UNSET
    image_group_id: int | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        path = self.path

        width = self.width

        height = self.height

        type = self.type

        image_group_id = self.image_group_id

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if path is not UNSET:
            field_dict["path"] = path
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if type is not UNSET:
            field_dict["type"] = type
        if image_group_id is not UNSET:
            field_dict["image_group_id"] = image_group_id
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        path = d.pop("path", UNSET)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        type = d.pop("type", UNSET)

        image_group_id = d.pop("image_group_id", UNSET)

        version = d.pop("version", UNSET)

        company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_sm = cls(
            id=id,
            path=path,
            width=width,
            height=height,
            type=type,
            image_group_id=image_group_id,
            version=version,
        )

        company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_sm.additional_properties = d
        return company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_sm

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
        "path",
        "width",
        "height",
        "type",
        "image_group_id",
        "version",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm._lazy_fields = {
    "id": ("id", None, False),
    "path": ("path", None, False),
    "width": ("width", None, False),
    "height": ("height", None, False),
    "type": ("type", None, False),
    "image_group_id": ("image_group_id", None, False),
    "version": ("version", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(
    model: CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm, json_value: dict[str, Any]
) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.path = get("path", UNSET)
    model.width = get("width", UNSET)
    model.height = get("height", UNSET)
    model.type = get("type", UNSET)
    model.image_group_id = get("image_group_id", UNSET)
    model.version = get("version", UNSET)


def _fill_converted(
    model: CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any,
    parse_ctx: ParseContext,
    model: CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm | None = None,
) -> CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm._lazy(
                json_value, parse_ctx
            )
        model = new_model(
            CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm
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
        layout = layout_of(CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm, keys)
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
        model.__class__ = lazily_read_class(
            CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm
        )
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm
        del model._raw, model._context
    return model


CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm._lazy_fill = (
    _fill_plain,
    _fill_converted,
    _build,
)
