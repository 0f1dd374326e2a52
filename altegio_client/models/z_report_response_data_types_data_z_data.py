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
    from ..models.z_report_response_data_types_data_z_data_1481101200_item import (
        ZReportResponseDataTypesDataZData1481101200Item,
    )


T = TypeVar("T", bound="ZReportResponseDataTypesDataZData")


@_attrs_define
class ZReportResponseDataTypesDataZData(LazyModel):
    """Data report"""

    field_1481101200: list[ZReportResponseDataTypesDataZData1481101200Item] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_1481101200: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.field_1481101200, Unset):
            field_1481101200 = []
            for field_1481101200_item_data in self.field_1481101200:
                field_1481101200_item = field_1481101200_item_data.to_dict()
                field_1481101200.append(field_1481101200_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_1481101200 is not UNSET:
            field_dict["1481101200"] = field_1481101200

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.z_report_response_data_types_data_z_data_1481101200_item import (
            ZReportResponseDataTypesDataZData1481101200Item,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _field_1481101200 = d.pop("1481101200", UNSET)
        field_1481101200: list[ZReportResponseDataTypesDataZData1481101200Item] | Unset = UNSET
        if _field_1481101200 is not UNSET:
            field_1481101200 = []
            for field_1481101200_item_data in _field_1481101200:
                field_1481101200_item = ZReportResponseDataTypesDataZData1481101200Item.from_dict(
                    field_1481101200_item_data
                )

                field_1481101200.append(field_1481101200_item)

        z_report_response_data_types_data_z_data = cls(
            field_1481101200=field_1481101200,
        )

        z_report_response_data_types_data_z_data.additional_properties = d
        return z_report_response_data_types_data_z_data

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


def _read_field_1481101200(
    json_value: Any, parse_ctx: ParseContext
) -> list[ZReportResponseDataTypesDataZData1481101200Item] | Unset:
    ZReportResponseDataTypesDataZData1481101200Item = MODEL_CLASSES.get(
        "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item"
    ) or model_class(
        "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item",
        "ZReportResponseDataTypesDataZData1481101200Item",
    )

    _field_1481101200 = json_value
    field_1481101200: list[ZReportResponseDataTypesDataZData1481101200Item] | Unset = UNSET
    if _field_1481101200 is not UNSET:
        field_1481101200 = ZReportResponseDataTypesDataZData1481101200Item._lazy_list(_field_1481101200, parse_ctx)

    return field_1481101200


_DECLARED_KEYS = frozenset(
    {
        "1481101200",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ZReportResponseDataTypesDataZData._lazy_fields = {
    "field_1481101200": ("1481101200", _read_field_1481101200, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ZReportResponseDataTypesDataZData, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: ZReportResponseDataTypesDataZData, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "field_1481101200" not in done:
        value = get("1481101200", UNSET)
        if value is UNSET:
            model.field_1481101200 = UNSET
        elif value == []:
            model.field_1481101200 = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item"
            ) or model_builder(
                "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item",
                "ZReportResponseDataTypesDataZData1481101200Item",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.field_1481101200 = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ZReportResponseDataTypesDataZData | None = None
) -> ZReportResponseDataTypesDataZData:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ZReportResponseDataTypesDataZData._lazy(json_value, parse_ctx)
        model = new_model(
            ZReportResponseDataTypesDataZData
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
        layout = layout_of(ZReportResponseDataTypesDataZData, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_field_1481101200,) = fill(json_value, model)
    if value_field_1481101200 is UNSET:
        model.field_1481101200 = UNSET
    elif value_field_1481101200 == []:
        model.field_1481101200 = value_field_1481101200  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item"
        ) or model_builder(
            "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item",
            "ZReportResponseDataTypesDataZData1481101200Item",
        )
        try:
            if _builtins.type(value_field_1481101200) is not list:
                raise TypeError
            model.field_1481101200 = [build(item, parse_ctx) for item in value_field_1481101200]
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
        model.__class__ = lazily_read_class(ZReportResponseDataTypesDataZData)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ZReportResponseDataTypesDataZData
        del model._raw, model._context
    return model


ZReportResponseDataTypesDataZData._lazy_fill = (_fill_plain, _fill_converted, _build)
