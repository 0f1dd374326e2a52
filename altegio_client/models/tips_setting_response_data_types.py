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
    from ..models.tips_setting_response_data_types_data_item import (
        TipsSettingResponseDataTypesDataItem,
    )
    from ..models.tips_setting_response_data_types_meta import (
        TipsSettingResponseDataTypesMeta,
    )


T = TypeVar("T", bound="TipsSettingResponseDataTypes")


@_attrs_define
class TipsSettingResponseDataTypes(LazyModel):
    """Get a list of location team members with their tips

    Example:
        {'success': True, 'data': [{'id': 1, 'location_id': 253859, 'staff_id': 742418, 'hash':
            'ba816199-eecf-4bd2-9f1d-db470545bfaf', 'status': 3, 'status_title': 'pending account', 'is_enabled': True,
            'landing_external': 'https://app.alteg.io/tips/external/253859/ba816199-eecf-4bd2-9f1d-db470545bfaf/',
            'master_tips_form_link': 'https://app.alteg.io/companies/253859/staff/742418/tips/pay/', 'invite_sms_sent':
            False, 'staff': {'id': 742418, 'name': 'Fusa', 'specialization': 'cosmetologist', 'avatar':
            'https://assets.alteg.io/masters/sm/c/c7/c77a4bf2b6b3896_20210304004333.png', 'employee': {'id': 733043,
            'phone': '+13155550175'}, 'user': {'id': 1553930, 'name': 'James Smith', 'email': 'j.smith@example.com',
            'phone': '+13155550175'}, 'position': {'id': 103883, 'title': 'Yogist'}}}, {'id': 152763, 'location_id': 253859,
            'staff_id': 743018, 'hash': 'b7c81cab-290a-4b0a-ad05-9c4b98ef3565', 'status': 4, 'status_title': 'everything is
            set', 'is_enabled': True, 'landing_external':
            'https://app.alteg.io/tips/external/253859/b7c81cab-290a-4b0a-ad05-9c4b98ef3565/', 'master_tips_form_link':
            'https://app.alteg.io/companies/253859/staff/743018/tips/pay/', 'invite_sms_sent': False, 'staff': {'id':
            743018, 'name': 'Natasha M', 'specialization': 'manicurist', 'avatar': 'https://api.alteg.io/images/no-master-
            sm.png', 'employee': {'id': 733547, 'phone': '+13155550175'}, 'user': {'id': 6259059, 'name': 'Alice Smith',
            'email': 'a.smith@example.com', 'phone': '+13155550175'}, 'position': {'id': 103731, 'title': 'Manicurist'}}}],
            'meta': {'count': 2}}

    """

    success: bool | Unset = UNSET
    """ Execution success status (true) """
    data: list[TipsSettingResponseDataTypesDataItem] | Unset = UNSET
    """ Array of objects with data """
    meta: TipsSettingResponseDataTypesMeta | Unset = UNSET
    """ Metadata (contains the number of found team members) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

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
        from ..models.tips_setting_response_data_types_data_item import (
            TipsSettingResponseDataTypesDataItem,  # noqa: PLC0415
        )
        from ..models.tips_setting_response_data_types_meta import (
            TipsSettingResponseDataTypesMeta,  # noqa: PLC0415
        )

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _data = d.pop("data", UNSET)
        data: list[TipsSettingResponseDataTypesDataItem] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = TipsSettingResponseDataTypesDataItem.from_dict(data_item_data)

                data.append(data_item)

        _meta = d.pop("meta", UNSET)
        meta: TipsSettingResponseDataTypesMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = TipsSettingResponseDataTypesMeta.from_dict(_meta)

        tips_setting_response_data_types = cls(
            success=success,
            data=data,
            meta=meta,
        )

        tips_setting_response_data_types.additional_properties = d
        return tips_setting_response_data_types

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


def _read_data(json_value: Any, parse_ctx: ParseContext) -> list[TipsSettingResponseDataTypesDataItem] | Unset:
    TipsSettingResponseDataTypesDataItem = MODEL_CLASSES.get(
        "altegio_client.models.tips_setting_response_data_types_data_item"
    ) or model_class(
        "altegio_client.models.tips_setting_response_data_types_data_item", "TipsSettingResponseDataTypesDataItem"
    )

    _data = json_value
    data: list[TipsSettingResponseDataTypesDataItem] | Unset = UNSET
    if _data is not UNSET:
        data = TipsSettingResponseDataTypesDataItem._lazy_list(_data, parse_ctx)

    return data


def _read_meta(json_value: Any, parse_ctx: ParseContext) -> TipsSettingResponseDataTypesMeta | Unset:
    TipsSettingResponseDataTypesMeta = MODEL_CLASSES.get(
        "altegio_client.models.tips_setting_response_data_types_meta"
    ) or model_class("altegio_client.models.tips_setting_response_data_types_meta", "TipsSettingResponseDataTypesMeta")

    _meta = json_value
    meta: TipsSettingResponseDataTypesMeta | Unset
    if isinstance(_meta, Unset):
        meta = UNSET
    else:
        meta = TipsSettingResponseDataTypesMeta._lazy(_meta, parse_ctx)

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


TipsSettingResponseDataTypes._lazy_fields = {
    "success": ("success", None, False),
    "data": ("data", _read_data, False),
    "meta": ("meta", _read_meta, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: TipsSettingResponseDataTypes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.success = get("success", UNSET)


def _fill_converted(
    model: TipsSettingResponseDataTypes, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "data" not in done:
        value = get("data", UNSET)
        if value is UNSET:
            model.data = UNSET
        elif value == []:
            model.data = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.tips_setting_response_data_types_data_item"
            ) or model_builder(
                "altegio_client.models.tips_setting_response_data_types_data_item",
                "TipsSettingResponseDataTypesDataItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.data = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "meta" not in done:
        value = get("meta", UNSET)
        if value is UNSET:
            model.meta = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.tips_setting_response_data_types_meta") or model_builder(
                "altegio_client.models.tips_setting_response_data_types_meta", "TipsSettingResponseDataTypesMeta"
            )
            try:
                model.meta = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: TipsSettingResponseDataTypes | None = None
) -> TipsSettingResponseDataTypes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return TipsSettingResponseDataTypes._lazy(json_value, parse_ctx)
        model = new_model(TipsSettingResponseDataTypes)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(TipsSettingResponseDataTypes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_data, value_meta = fill(json_value, model)
    if value_data is UNSET:
        model.data = UNSET
    elif value_data == []:
        model.data = value_data  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.tips_setting_response_data_types_data_item") or model_builder(
            "altegio_client.models.tips_setting_response_data_types_data_item", "TipsSettingResponseDataTypesDataItem"
        )
        try:
            if _builtins.type(value_data) is not list:
                raise TypeError
            model.data = [build(item, parse_ctx) for item in value_data]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_meta is UNSET:
        model.meta = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.tips_setting_response_data_types_meta") or model_builder(
            "altegio_client.models.tips_setting_response_data_types_meta", "TipsSettingResponseDataTypesMeta"
        )
        try:
            model.meta = build(value_meta, parse_ctx)
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
        model.__class__ = lazily_read_class(TipsSettingResponseDataTypes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = TipsSettingResponseDataTypes
        del model._raw, model._context
    return model


TipsSettingResponseDataTypes._lazy_fill = (_fill_plain, _fill_converted, _build)
