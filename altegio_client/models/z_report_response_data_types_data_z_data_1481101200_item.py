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
    from ..models.z_report_response_data_types_data_z_data_1481101200_item_masters_item import (
        ZReportResponseDataTypesDataZData1481101200ItemMastersItem,
    )


T = TypeVar("T", bound="ZReportResponseDataTypesDataZData1481101200Item")


@_attrs_define
class ZReportResponseDataTypesDataZData1481101200Item(LazyModel):
    client_id: int | Unset = UNSET
    """ Client ID """
    client_name: str | Unset = UNSET
    """ Client name """
    client_phone: str | Unset = UNSET
    """ Customer phone """
    client_email: str | Unset = UNSET
    """ Client's email address """
    masters: list[ZReportResponseDataTypesDataZData1481101200ItemMastersItem] | Unset = UNSET
    """ team members """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_name = self.client_name

        client_phone = self.client_phone

        client_email = self.client_email

        masters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.masters, Unset):
            masters = []
            for masters_item_data in self.masters:
                masters_item = masters_item_data.to_dict()
                masters.append(masters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_name is not UNSET:
            field_dict["client_name"] = client_name
        if client_phone is not UNSET:
            field_dict["client_phone"] = client_phone
        if client_email is not UNSET:
            field_dict["client_email"] = client_email
        if masters is not UNSET:
            field_dict["masters"] = masters

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.z_report_response_data_types_data_z_data_1481101200_item_masters_item import (
            ZReportResponseDataTypesDataZData1481101200ItemMastersItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        client_id = d.pop("client_id", UNSET)

        client_name = d.pop("client_name", UNSET)

        client_phone = d.pop("client_phone", UNSET)

        client_email = d.pop("client_email", UNSET)

        _masters = d.pop("masters", UNSET)
        masters: list[ZReportResponseDataTypesDataZData1481101200ItemMastersItem] | Unset = UNSET
        if _masters is not UNSET:
            masters = []
            for masters_item_data in _masters:
                masters_item = ZReportResponseDataTypesDataZData1481101200ItemMastersItem.from_dict(masters_item_data)

                masters.append(masters_item)

        z_report_response_data_types_data_z_data_1481101200_item = cls(
            client_id=client_id,
            client_name=client_name,
            client_phone=client_phone,
            client_email=client_email,
            masters=masters,
        )

        z_report_response_data_types_data_z_data_1481101200_item.additional_properties = d
        return z_report_response_data_types_data_z_data_1481101200_item

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


def _read_masters(
    json_value: Any, parse_ctx: ParseContext
) -> list[ZReportResponseDataTypesDataZData1481101200ItemMastersItem] | Unset:
    ZReportResponseDataTypesDataZData1481101200ItemMastersItem = MODEL_CLASSES.get(
        "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item_masters_item"
    ) or model_class(
        "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item_masters_item",
        "ZReportResponseDataTypesDataZData1481101200ItemMastersItem",
    )

    _masters = json_value
    masters: list[ZReportResponseDataTypesDataZData1481101200ItemMastersItem] | Unset = UNSET
    if _masters is not UNSET:
        masters = ZReportResponseDataTypesDataZData1481101200ItemMastersItem._lazy_list(_masters, parse_ctx)

    return masters


_DECLARED_KEYS = frozenset(
    {
        "client_id",
        "client_name",
        "client_phone",
        "client_email",
        "masters",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ZReportResponseDataTypesDataZData1481101200Item._lazy_fields = {
    "client_id": ("client_id", None, False),
    "client_name": ("client_name", None, False),
    "client_phone": ("client_phone", None, False),
    "client_email": ("client_email", None, False),
    "masters": ("masters", _read_masters, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ZReportResponseDataTypesDataZData1481101200Item, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.client_id = get("client_id", UNSET)
    model.client_name = get("client_name", UNSET)
    model.client_phone = get("client_phone", UNSET)
    model.client_email = get("client_email", UNSET)


def _fill_converted(
    model: ZReportResponseDataTypesDataZData1481101200Item,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "masters" not in done:
        value = get("masters", UNSET)
        if value is UNSET:
            model.masters = UNSET
        elif value == []:
            model.masters = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item_masters_item"
            ) or model_builder(
                "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item_masters_item",
                "ZReportResponseDataTypesDataZData1481101200ItemMastersItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.masters = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ZReportResponseDataTypesDataZData1481101200Item | None = None
) -> ZReportResponseDataTypesDataZData1481101200Item:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ZReportResponseDataTypesDataZData1481101200Item._lazy(json_value, parse_ctx)
        model = new_model(
            ZReportResponseDataTypesDataZData1481101200Item
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
        layout = layout_of(ZReportResponseDataTypesDataZData1481101200Item, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_masters,) = fill(json_value, model)
    if value_masters is UNSET:
        model.masters = UNSET
    elif value_masters == []:
        model.masters = value_masters  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item_masters_item"
        ) or model_builder(
            "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item_masters_item",
            "ZReportResponseDataTypesDataZData1481101200ItemMastersItem",
        )
        try:
            if _builtins.type(value_masters) is not list:
                raise TypeError
            model.masters = [build(item, parse_ctx) for item in value_masters]
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
        model.__class__ = lazily_read_class(ZReportResponseDataTypesDataZData1481101200Item)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ZReportResponseDataTypesDataZData1481101200Item
        del model._raw, model._context
    return model


ZReportResponseDataTypesDataZData1481101200Item._lazy_fill = (_fill_plain, _fill_converted, _build)
