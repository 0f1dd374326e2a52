from __future__ import annotations

import builtins as _builtins
import datetime
import datetime as _datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._codegen import (
    ISO_PARSERS,
    MODEL_BUILDERS,
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    datetime_from_iso,
    layout_of,
    lazily_read_class,
    model_builder,
    model_class,
    new_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.visits_visitid_data_types_data_records_item import (
        VisitsVisitidDataTypesDataRecordsItem,
    )


T = TypeVar("T", bound="VisitsVisitidDataTypesData")


@_attrs_define
class VisitsVisitidDataTypesData(LazyModel):
    """Object with data"""

    attendance: float | Unset = UNSET
    """ Visit status """
    datetime: _datetime.datetime | Unset = UNSET
    """ Date of visit """
    comment: int | Unset = UNSET
    """ A comment """
    records: list[VisitsVisitidDataTypesDataRecordsItem] | Unset = UNSET
    """ Appointment array """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attendance = self.attendance

        datetime: str | Unset = UNSET
        if not isinstance(self.datetime, Unset):
            datetime = self.datetime.isoformat()

        comment = self.comment

        records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.records, Unset):
            records = []
            for records_item_data in self.records:
                records_item = records_item_data.to_dict()
                records.append(records_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attendance is not UNSET:
            field_dict["attendance"] = attendance
        if datetime is not UNSET:
            field_dict["datetime"] = datetime
        if comment is not UNSET:
            field_dict["comment"] = comment
        if records is not UNSET:
            field_dict["records"] = records

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.visits_visitid_data_types_data_records_item import (
            VisitsVisitidDataTypesDataRecordsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        attendance = d.pop("attendance", UNSET)

        _datetime = d.pop("datetime", UNSET)
        datetime: datetime.datetime | Unset
        if isinstance(_datetime, Unset):
            datetime = UNSET
        else:
            datetime = types.parse_iso_datetime(_datetime)

        comment = d.pop("comment", UNSET)

        _records = d.pop("records", UNSET)
        records: list[VisitsVisitidDataTypesDataRecordsItem] | Unset = UNSET
        if _records is not UNSET:
            records = []
            for records_item_data in _records:
                records_item = VisitsVisitidDataTypesDataRecordsItem.from_dict(records_item_data)

                records.append(records_item)

        visits_visitid_data_types_data = cls(
            attendance=attendance,
            datetime=datetime,
            comment=comment,
            records=records,
        )

        visits_visitid_data_types_data.additional_properties = d
        return visits_visitid_data_types_data

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


def _read_datetime(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    datetime: datetime.datetime | Unset
    if isinstance(json_value, Unset):
        datetime = UNSET
    else:
        try:
            datetime = datetime_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            datetime = types.parse_iso_datetime(json_value)

    return datetime


ISO_PARSERS[_read_datetime] = datetime_from_iso


def _read_records(json_value: Any, parse_ctx: ParseContext) -> list[VisitsVisitidDataTypesDataRecordsItem] | Unset:
    VisitsVisitidDataTypesDataRecordsItem = MODEL_CLASSES.get(
        "altegio_client.models.visits_visitid_data_types_data_records_item"
    ) or model_class(
        "altegio_client.models.visits_visitid_data_types_data_records_item", "VisitsVisitidDataTypesDataRecordsItem"
    )

    _records = json_value
    records: list[VisitsVisitidDataTypesDataRecordsItem] | Unset = UNSET
    if _records is not UNSET:
        records = VisitsVisitidDataTypesDataRecordsItem._lazy_list(_records, parse_ctx)

    return records


_DECLARED_KEYS = frozenset(
    {
        "attendance",
        "datetime",
        "comment",
        "records",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


VisitsVisitidDataTypesData._lazy_fields = {
    "attendance": ("attendance", None, False),
    "datetime": ("datetime", _read_datetime, False),
    "comment": ("comment", None, False),
    "records": ("records", _read_records, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: VisitsVisitidDataTypesData, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.attendance = get("attendance", UNSET)
    model.comment = get("comment", UNSET)


def _fill_converted(
    model: VisitsVisitidDataTypesData, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "datetime" not in done:
        value = get("datetime", UNSET)
        if value is UNSET:
            model.datetime = UNSET
        else:
            try:
                try:
                    model.datetime = datetime_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.datetime = types.parse_iso_datetime(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "records" not in done:
        value = get("records", UNSET)
        if value is UNSET:
            model.records = UNSET
        elif value == []:
            model.records = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.visits_visitid_data_types_data_records_item"
            ) or model_builder(
                "altegio_client.models.visits_visitid_data_types_data_records_item",
                "VisitsVisitidDataTypesDataRecordsItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.records = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: VisitsVisitidDataTypesData | None = None
) -> VisitsVisitidDataTypesData:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return VisitsVisitidDataTypesData._lazy(json_value, parse_ctx)
        model = new_model(VisitsVisitidDataTypesData)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(VisitsVisitidDataTypesData, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_datetime, value_records = fill(json_value, model)
    if value_datetime is UNSET:
        model.datetime = UNSET
    else:
        try:
            try:
                model.datetime = datetime_from_iso(value_datetime)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.datetime = types.parse_iso_datetime(value_datetime)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_records is UNSET:
        model.records = UNSET
    elif value_records == []:
        model.records = value_records  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.visits_visitid_data_types_data_records_item"
        ) or model_builder(
            "altegio_client.models.visits_visitid_data_types_data_records_item", "VisitsVisitidDataTypesDataRecordsItem"
        )
        try:
            if _builtins.type(value_records) is not list:
                raise TypeError
            model.records = [build(item, parse_ctx) for item in value_records]
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
        model.__class__ = lazily_read_class(VisitsVisitidDataTypesData)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = VisitsVisitidDataTypesData
        del model._raw, model._context
    return model


VisitsVisitidDataTypesData._lazy_fill = (_fill_plain, _fill_converted, _build)
