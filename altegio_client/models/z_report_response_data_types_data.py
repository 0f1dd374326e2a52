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
    from ..models.z_report_response_data_types_data_paids import (
        ZReportResponseDataTypesDataPaids,
    )
    from ..models.z_report_response_data_types_data_stats import (
        ZReportResponseDataTypesDataStats,
    )
    from ..models.z_report_response_data_types_data_z_data import (
        ZReportResponseDataTypesDataZData,
    )


T = TypeVar("T", bound="ZReportResponseDataTypesData")


@_attrs_define
class ZReportResponseDataTypesData(LazyModel):
    """Object with data"""

    stats: ZReportResponseDataTypesDataStats | Unset = UNSET
    """ general Statistics """
    paids: ZReportResponseDataTypesDataPaids | Unset = UNSET
    """ Payments """
    z_data: ZReportResponseDataTypesDataZData | Unset = UNSET
    """ Data report """
    currency: str | Unset = UNSET
    """ Currency """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        paids: dict[str, Any] | Unset = UNSET
        if not isinstance(self.paids, Unset):
            paids = self.paids.to_dict()

        z_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.z_data, Unset):
            z_data = self.z_data.to_dict()

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stats is not UNSET:
            field_dict["stats"] = stats
        if paids is not UNSET:
            field_dict["paids"] = paids
        if z_data is not UNSET:
            field_dict["z_data"] = z_data
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.z_report_response_data_types_data_paids import (
            ZReportResponseDataTypesDataPaids,  # noqa: PLC0415
        )
        from ..models.z_report_response_data_types_data_stats import (
            ZReportResponseDataTypesDataStats,  # noqa: PLC0415
        )
        from ..models.z_report_response_data_types_data_z_data import (
            ZReportResponseDataTypesDataZData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _stats = d.pop("stats", UNSET)
        stats: ZReportResponseDataTypesDataStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = ZReportResponseDataTypesDataStats.from_dict(_stats)

        _paids = d.pop("paids", UNSET)
        paids: ZReportResponseDataTypesDataPaids | Unset
        if isinstance(_paids, Unset):
            paids = UNSET
        else:
            paids = ZReportResponseDataTypesDataPaids.from_dict(_paids)

        _z_data = d.pop("z_data", UNSET)
        z_data: ZReportResponseDataTypesDataZData | Unset
        if isinstance(_z_data, Unset):
            z_data = UNSET
        else:
            z_data = ZReportResponseDataTypesDataZData.from_dict(_z_data)

        currency = d.pop("currency", UNSET)

        z_report_response_data_types_data = cls(
            stats=stats,
            paids=paids,
            z_data=z_data,
            currency=currency,
        )

        z_report_response_data_types_data.additional_properties = d
        return z_report_response_data_types_data

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


def _read_stats(json_value: Any, parse_ctx: ParseContext) -> ZReportResponseDataTypesDataStats | Unset:
    ZReportResponseDataTypesDataStats = MODEL_CLASSES.get(
        "altegio_client.models.z_report_response_data_types_data_stats"
    ) or model_class(
        "altegio_client.models.z_report_response_data_types_data_stats", "ZReportResponseDataTypesDataStats"
    )

    _stats = json_value
    stats: ZReportResponseDataTypesDataStats | Unset
    if isinstance(_stats, Unset):
        stats = UNSET
    else:
        stats = ZReportResponseDataTypesDataStats._lazy(_stats, parse_ctx)

    return stats


def _read_paids(json_value: Any, parse_ctx: ParseContext) -> ZReportResponseDataTypesDataPaids | Unset:
    ZReportResponseDataTypesDataPaids = MODEL_CLASSES.get(
        "altegio_client.models.z_report_response_data_types_data_paids"
    ) or model_class(
        "altegio_client.models.z_report_response_data_types_data_paids", "ZReportResponseDataTypesDataPaids"
    )

    _paids = json_value
    paids: ZReportResponseDataTypesDataPaids | Unset
    if isinstance(_paids, Unset):
        paids = UNSET
    else:
        paids = ZReportResponseDataTypesDataPaids._lazy(_paids, parse_ctx)

    return paids


def _read_z_data(json_value: Any, parse_ctx: ParseContext) -> ZReportResponseDataTypesDataZData | Unset:
    ZReportResponseDataTypesDataZData = MODEL_CLASSES.get(
        "altegio_client.models.z_report_response_data_types_data_z_data"
    ) or model_class(
        "altegio_client.models.z_report_response_data_types_data_z_data", "ZReportResponseDataTypesDataZData"
    )

    _z_data = json_value
    z_data: ZReportResponseDataTypesDataZData | Unset
    if isinstance(_z_data, Unset):
        z_data = UNSET
    else:
        z_data = ZReportResponseDataTypesDataZData._lazy(_z_data, parse_ctx)

    return z_data


_DECLARED_KEYS = frozenset(
    {
        "stats",
        "paids",
        "z_data",
        "currency",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ZReportResponseDataTypesData._lazy_fields = {
    "stats": ("stats", _read_stats, False),
    "paids": ("paids", _read_paids, False),
    "z_data": ("z_data", _read_z_data, False),
    "currency": ("currency", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ZReportResponseDataTypesData, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.currency = get("currency", UNSET)


def _fill_converted(
    model: ZReportResponseDataTypesData, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "stats" not in done:
        value = get("stats", UNSET)
        if value is UNSET:
            model.stats = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.z_report_response_data_types_data_stats"
            ) or model_builder(
                "altegio_client.models.z_report_response_data_types_data_stats", "ZReportResponseDataTypesDataStats"
            )
            try:
                model.stats = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "paids" not in done:
        value = get("paids", UNSET)
        if value is UNSET:
            model.paids = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.z_report_response_data_types_data_paids"
            ) or model_builder(
                "altegio_client.models.z_report_response_data_types_data_paids", "ZReportResponseDataTypesDataPaids"
            )
            try:
                model.paids = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "z_data" not in done:
        value = get("z_data", UNSET)
        if value is UNSET:
            model.z_data = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.z_report_response_data_types_data_z_data"
            ) or model_builder(
                "altegio_client.models.z_report_response_data_types_data_z_data", "ZReportResponseDataTypesDataZData"
            )
            try:
                model.z_data = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ZReportResponseDataTypesData | None = None
) -> ZReportResponseDataTypesData:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ZReportResponseDataTypesData._lazy(json_value, parse_ctx)
        model = new_model(ZReportResponseDataTypesData)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(ZReportResponseDataTypesData, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_stats, value_paids, value_z_data = fill(json_value, model)
    if value_stats is UNSET:
        model.stats = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.z_report_response_data_types_data_stats") or model_builder(
            "altegio_client.models.z_report_response_data_types_data_stats", "ZReportResponseDataTypesDataStats"
        )
        try:
            model.stats = build(value_stats, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_paids is UNSET:
        model.paids = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.z_report_response_data_types_data_paids") or model_builder(
            "altegio_client.models.z_report_response_data_types_data_paids", "ZReportResponseDataTypesDataPaids"
        )
        try:
            model.paids = build(value_paids, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_z_data is UNSET:
        model.z_data = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.z_report_response_data_types_data_z_data") or model_builder(
            "altegio_client.models.z_report_response_data_types_data_z_data", "ZReportResponseDataTypesDataZData"
        )
        try:
            model.z_data = build(value_z_data, parse_ctx)
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
        model.__class__ = lazily_read_class(ZReportResponseDataTypesData)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ZReportResponseDataTypesData
        del model._raw, model._context
    return model


ZReportResponseDataTypesData._lazy_fill = (_fill_plain, _fill_converted, _build)
