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
    from ..models.company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_sm import (
        CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm,
    )


T = TypeVar("T", bound="CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImages")


@_attrs_define
class CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImages(LazyModel):
    sm: CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm | Unset = UNSET
    norm: CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm | Unset = UNSET
    origin: CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sm, Unset):
            sm = self.sm.to_dict()

        norm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.norm, Unset):
            norm = self.norm.to_dict()

        origin: dict[str, Any] | Unset = UNSET
        if not isinstance(self.origin, Unset):
            origin = self.origin.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sm is not UNSET:
            field_dict["sm"] = sm
        if norm is not UNSET:
            field_dict["norm"] = norm
        if origin is not UNSET:
            field_dict["origin"] = origin

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_sm import (
            CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _sm = d.pop("sm", UNSET)
        sm: CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm | Unset
        if isinstance(_sm, Unset):
            sm = UNSET
        else:
            sm = CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm.from_dict(_sm)

        _norm = d.pop("norm", UNSET)
        norm: CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm | Unset
        if isinstance(_norm, Unset):
            norm = UNSET
        else:
            norm = CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm.from_dict(_norm)

        _origin = d.pop("origin", UNSET)
        origin: CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm | Unset
        if isinstance(_origin, Unset):
            origin = UNSET
        else:
            origin = CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm.from_dict(
                _origin
            )

        company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images = cls(
            sm=sm,
            norm=norm,
            origin=origin,
        )

        company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images.additional_properties = d
        return company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images

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


def _read_sm(
    json_value: Any, parse_ctx: ParseContext
) -> CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm | Unset:
    CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm = MODEL_CLASSES.get(
        "altegio_client.models.company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_sm"
    ) or model_class(
        "altegio_client.models.company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_sm",
        "CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm",
    )

    _sm = json_value
    sm: CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm | Unset
    if isinstance(_sm, Unset):
        sm = UNSET
    else:
        sm = CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm._lazy(_sm, parse_ctx)

    return sm


def _read_norm(
    json_value: Any, parse_ctx: ParseContext
) -> CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm | Unset:
    CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm = MODEL_CLASSES.get(
        "altegio_client.models.company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_sm"
    ) or model_class(
        "altegio_client.models.company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_sm",
        "CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm",
    )

    _norm = json_value
    norm: CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm | Unset
    if isinstance(_norm, Unset):
        norm = UNSET
    else:
        norm = CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm._lazy(_norm, parse_ctx)

    return norm


def _read_origin(
    json_value: Any, parse_ctx: ParseContext
) -> CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm | Unset:
    CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm = MODEL_CLASSES.get(
        "altegio_client.models.company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_sm"
    ) or model_class(
        "altegio_client.models.company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_sm",
        "CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm",
    )

    _origin = json_value
    origin: CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm | Unset
    if isinstance(_origin, Unset):
        origin = UNSET
    else:
        origin = CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm._lazy(
            _origin, parse_ctx
        )

    return origin


_DECLARED_KEYS = frozenset(
    {
        "sm",
        "norm",
        "origin",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImages._lazy_fields = {
    "sm": ("sm", _read_sm, False),
    "norm": ("norm", _read_norm, False),
    "origin": ("origin", _read_origin, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(
    model: CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImages, json_value: dict[str, Any]
) -> None:
    get = json_value.get


def _fill_converted(
    model: CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImages,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "sm" not in done:
        value = get("sm", UNSET)
        if value is UNSET:
            model.sm = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_sm"
            ) or model_builder(
                "altegio_client.models.company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_sm",
                "CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm",
            )
            try:
                model.sm = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "norm" not in done:
        value = get("norm", UNSET)
        if value is UNSET:
            model.norm = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_sm"
            ) or model_builder(
                "altegio_client.models.company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_sm",
                "CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm",
            )
            try:
                model.norm = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "origin" not in done:
        value = get("origin", UNSET)
        if value is UNSET:
            model.origin = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_sm"
            ) or model_builder(
                "altegio_client.models.company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_sm",
                "CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm",
            )
            try:
                model.origin = build(value, parse_ctx)
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
    model: CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImages | None = None,
) -> CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImages:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImages._lazy(
                json_value, parse_ctx
            )
        model = new_model(
            CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImages
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
        layout = layout_of(CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImages, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_sm, value_norm, value_origin = fill(json_value, model)
    if value_sm is UNSET:
        model.sm = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_sm"
        ) or model_builder(
            "altegio_client.models.company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_sm",
            "CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm",
        )
        try:
            model.sm = build(value_sm, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_norm is UNSET:
        model.norm = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_sm"
        ) or model_builder(
            "altegio_client.models.company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_sm",
            "CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm",
        )
        try:
            model.norm = build(value_norm, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_origin is UNSET:
        model.origin = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_sm"
        ) or model_builder(
            "altegio_client.models.company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_sm",
            "CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm",
        )
        try:
            model.origin = build(value_origin, parse_ctx)
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
        model.__class__ = lazily_read_class(
            CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImages
        )
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImages
        del model._raw, model._context
    return model


CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImages._lazy_fill = (
    _fill_plain,
    _fill_converted,
    _build,
)
