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
    from ..models.z_report_response_data_types_data_z_data_1481101200_item_masters_item_good_item import (
        ZReportResponseDataTypesDataZData1481101200ItemMastersItemGoodItem,
    )
    from ..models.z_report_response_data_types_data_z_data_1481101200_item_masters_item_others import (
        ZReportResponseDataTypesDataZData1481101200ItemMastersItemOthers,
    )
    from ..models.z_report_response_data_types_data_z_data_1481101200_item_masters_item_service_item import (
        ZReportResponseDataTypesDataZData1481101200ItemMastersItemServiceItem,
    )


T = TypeVar("T", bound="ZReportResponseDataTypesDataZData1481101200ItemMastersItem")


@_attrs_define
class ZReportResponseDataTypesDataZData1481101200ItemMastersItem(LazyModel):
    master_id: int | Unset = UNSET
    """ team member ID """
    master_name: str | Unset = UNSET
    """ team member name """
    service: list[ZReportResponseDataTypesDataZData1481101200ItemMastersItemServiceItem] | Unset = UNSET
    """ Services """
    good: list[ZReportResponseDataTypesDataZData1481101200ItemMastersItemGoodItem] | Unset = UNSET
    """ Products """
    others: ZReportResponseDataTypesDataZData1481101200ItemMastersItemOthers | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        master_id = self.master_id

        master_name = self.master_name

        service: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = []
            for service_item_data in self.service:
                service_item = service_item_data.to_dict()
                service.append(service_item)

        good: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.good, Unset):
            good = []
            for good_item_data in self.good:
                good_item = good_item_data.to_dict()
                good.append(good_item)

        others: dict[str, Any] | Unset = UNSET
        if not isinstance(self.others, Unset):
            others = self.others.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if master_name is not UNSET:
            field_dict["master_name"] = master_name
        if service is not UNSET:
            field_dict["service"] = service
        if good is not UNSET:
            field_dict["good"] = good
        if others is not UNSET:
            field_dict["others"] = others

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.z_report_response_data_types_data_z_data_1481101200_item_masters_item_good_item import (
            ZReportResponseDataTypesDataZData1481101200ItemMastersItemGoodItem,  # noqa: PLC0415
        )
        from ..models.z_report_response_data_types_data_z_data_1481101200_item_masters_item_others import (
            ZReportResponseDataTypesDataZData1481101200ItemMastersItemOthers,  # noqa: PLC0415
        )
        from ..models.z_report_response_data_types_data_z_data_1481101200_item_masters_item_service_item import (
            ZReportResponseDataTypesDataZData1481101200ItemMastersItemServiceItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        master_id = d.pop("master_id", UNSET)

        master_name = d.pop("master_name", UNSET)

        _service = d.pop("service", UNSET)
        service: list[ZReportResponseDataTypesDataZData1481101200ItemMastersItemServiceItem] | Unset = UNSET
        if _service is not UNSET:
            service = []
            for service_item_data in _service:
                service_item = ZReportResponseDataTypesDataZData1481101200ItemMastersItemServiceItem.from_dict(
                    service_item_data
                )

                service.append(service_item)

        _good = d.pop("good", UNSET)
        good: list[ZReportResponseDataTypesDataZData1481101200ItemMastersItemGoodItem] | Unset = UNSET
        if _good is not UNSET:
            good = []
            for good_item_data in _good:
                good_item = ZReportResponseDataTypesDataZData1481101200ItemMastersItemGoodItem.from_dict(good_item_data)

                good.append(good_item)

        _others = d.pop("others", UNSET)
        others: ZReportResponseDataTypesDataZData1481101200ItemMastersItemOthers | Unset
        if isinstance(_others, Unset):
            others = UNSET
        else:
            others = ZReportResponseDataTypesDataZData1481101200ItemMastersItemOthers.from_dict(_others)

        z_report_response_data_types_data_z_data_1481101200_item_masters_item = cls(
            master_id=master_id,
            master_name=master_name,
            service=service,
            good=good,
            others=others,
        )

        z_report_response_data_types_data_z_data_1481101200_item_masters_item.additional_properties = d
        return z_report_response_data_types_data_z_data_1481101200_item_masters_item

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


def _read_service(
    json_value: Any, parse_ctx: ParseContext
) -> list[ZReportResponseDataTypesDataZData1481101200ItemMastersItemServiceItem] | Unset:
    ZReportResponseDataTypesDataZData1481101200ItemMastersItemServiceItem = MODEL_CLASSES.get(
        "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item_masters_item_service_item"
    ) or model_class(
        "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item_masters_item_service_item",
        "ZReportResponseDataTypesDataZData1481101200ItemMastersItemServiceItem",
    )

    _service = json_value
    service: list[ZReportResponseDataTypesDataZData1481101200ItemMastersItemServiceItem] | Unset = UNSET
    if _service is not UNSET:
        service = ZReportResponseDataTypesDataZData1481101200ItemMastersItemServiceItem._lazy_list(_service, parse_ctx)

    return service


def _read_good(
    json_value: Any, parse_ctx: ParseContext
) -> list[ZReportResponseDataTypesDataZData1481101200ItemMastersItemGoodItem] | Unset:
    ZReportResponseDataTypesDataZData1481101200ItemMastersItemGoodItem = MODEL_CLASSES.get(
        "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item_masters_item_good_item"
    ) or model_class(
        "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item_masters_item_good_item",
        "ZReportResponseDataTypesDataZData1481101200ItemMastersItemGoodItem",
    )

    _good = json_value
    good: list[ZReportResponseDataTypesDataZData1481101200ItemMastersItemGoodItem] | Unset = UNSET
    if _good is not UNSET:
        good = ZReportResponseDataTypesDataZData1481101200ItemMastersItemGoodItem._lazy_list(_good, parse_ctx)

    return good


def _read_others(
    json_value: Any, parse_ctx: ParseContext
) -> ZReportResponseDataTypesDataZData1481101200ItemMastersItemOthers | Unset:
    ZReportResponseDataTypesDataZData1481101200ItemMastersItemOthers = MODEL_CLASSES.get(
        "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item_masters_item_others"
    ) or model_class(
        "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item_masters_item_others",
        "ZReportResponseDataTypesDataZData1481101200ItemMastersItemOthers",
    )

    _others = json_value
    others: ZReportResponseDataTypesDataZData1481101200ItemMastersItemOthers | Unset
    if isinstance(_others, Unset):
        others = UNSET
    else:
        others = ZReportResponseDataTypesDataZData1481101200ItemMastersItemOthers._lazy(_others, parse_ctx)

    return others


_DECLARED_KEYS = frozenset(
    {
        "master_id",
        "master_name",
        "service",
        "good",
        "others",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ZReportResponseDataTypesDataZData1481101200ItemMastersItem._lazy_fields = {
    "master_id": ("master_id", None, False),
    "master_name": ("master_name", None, False),
    "service": ("service", _read_service, False),
    "good": ("good", _read_good, False),
    "others": ("others", _read_others, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ZReportResponseDataTypesDataZData1481101200ItemMastersItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.master_id = get("master_id", UNSET)
    model.master_name = get("master_name", UNSET)


def _fill_converted(
    model: ZReportResponseDataTypesDataZData1481101200ItemMastersItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "service" not in done:
        value = get("service", UNSET)
        if value is UNSET:
            model.service = UNSET
        elif value == []:
            model.service = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item_masters_item_service_item"
            ) or model_builder(
                "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item_masters_item_service_item",
                "ZReportResponseDataTypesDataZData1481101200ItemMastersItemServiceItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.service = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "good" not in done:
        value = get("good", UNSET)
        if value is UNSET:
            model.good = UNSET
        elif value == []:
            model.good = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item_masters_item_good_item"
            ) or model_builder(
                "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item_masters_item_good_item",
                "ZReportResponseDataTypesDataZData1481101200ItemMastersItemGoodItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.good = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "others" not in done:
        value = get("others", UNSET)
        if value is UNSET:
            model.others = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item_masters_item_others"
            ) or model_builder(
                "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item_masters_item_others",
                "ZReportResponseDataTypesDataZData1481101200ItemMastersItemOthers",
            )
            try:
                model.others = build(value, parse_ctx)
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
    model: ZReportResponseDataTypesDataZData1481101200ItemMastersItem | None = None,
) -> ZReportResponseDataTypesDataZData1481101200ItemMastersItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ZReportResponseDataTypesDataZData1481101200ItemMastersItem._lazy(json_value, parse_ctx)
        model = new_model(
            ZReportResponseDataTypesDataZData1481101200ItemMastersItem
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
        layout = layout_of(ZReportResponseDataTypesDataZData1481101200ItemMastersItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_service, value_good, value_others = fill(json_value, model)
    if value_service is UNSET:
        model.service = UNSET
    elif value_service == []:
        model.service = value_service  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item_masters_item_service_item"
        ) or model_builder(
            "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item_masters_item_service_item",
            "ZReportResponseDataTypesDataZData1481101200ItemMastersItemServiceItem",
        )
        try:
            if _builtins.type(value_service) is not list:
                raise TypeError
            model.service = [build(item, parse_ctx) for item in value_service]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_good is UNSET:
        model.good = UNSET
    elif value_good == []:
        model.good = value_good  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item_masters_item_good_item"
        ) or model_builder(
            "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item_masters_item_good_item",
            "ZReportResponseDataTypesDataZData1481101200ItemMastersItemGoodItem",
        )
        try:
            if _builtins.type(value_good) is not list:
                raise TypeError
            model.good = [build(item, parse_ctx) for item in value_good]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_others is UNSET:
        model.others = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item_masters_item_others"
        ) or model_builder(
            "altegio_client.models.z_report_response_data_types_data_z_data_1481101200_item_masters_item_others",
            "ZReportResponseDataTypesDataZData1481101200ItemMastersItemOthers",
        )
        try:
            model.others = build(value_others, parse_ctx)
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
        model.__class__ = lazily_read_class(ZReportResponseDataTypesDataZData1481101200ItemMastersItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ZReportResponseDataTypesDataZData1481101200ItemMastersItem
        del model._raw, model._context
    return model


ZReportResponseDataTypesDataZData1481101200ItemMastersItem._lazy_fill = (_fill_plain, _fill_converted, _build)
