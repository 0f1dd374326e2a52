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
    date_from_iso,
    layout_of,
    lazily_read_class,
    model_builder,
    model_class,
    new_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.slot import Slot


T = TypeVar("T", bound="BookStaffSeancesCompanyidStaffidDataTypesData")


@_attrs_define
class BookStaffSeancesCompanyidStaffidDataTypesData(LazyModel):
    """Object with data"""

    seance_date: _datetime.date | Unset = UNSET
    """ Upcoming date with available sessions """
    seances: list[Slot] | Unset = UNSET
    """ List of available sessions """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seance_date: str | Unset = UNSET
        if not isinstance(self.seance_date, Unset):
            seance_date = self.seance_date.isoformat()

        seances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.seances, Unset):
            seances = []
            for seances_item_data in self.seances:
                seances_item = seances_item_data.to_dict()
                seances.append(seances_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if seance_date is not UNSET:
            field_dict["seance_date"] = seance_date
        if seances is not UNSET:
            field_dict["seances"] = seances

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.slot import Slot  # noqa: PLC0415

        d = dict(src_dict)
        _seance_date = d.pop("seance_date", UNSET)
        seance_date: datetime.date | Unset
        if isinstance(_seance_date, Unset):
            seance_date = UNSET
        else:
            seance_date = types.parse_iso_date(_seance_date)

        _seances = d.pop("seances", UNSET)
        seances: list[Slot] | Unset = UNSET
        if _seances is not UNSET:
            seances = []
            for seances_item_data in _seances:
                seances_item = Slot.from_dict(seances_item_data)

                seances.append(seances_item)

        book_staff_seances_companyid_staffid_data_types_data = cls(
            seance_date=seance_date,
            seances=seances,
        )

        book_staff_seances_companyid_staffid_data_types_data.additional_properties = d
        return book_staff_seances_companyid_staffid_data_types_data

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


def _read_seance_date(json_value: Any, parse_ctx: ParseContext) -> datetime.date | Unset:

    seance_date: datetime.date | Unset
    if isinstance(json_value, Unset):
        seance_date = UNSET
    else:
        try:
            seance_date = date_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            seance_date = types.parse_iso_date(json_value)

    return seance_date


ISO_PARSERS[_read_seance_date] = date_from_iso


def _read_seances(json_value: Any, parse_ctx: ParseContext) -> list[Slot] | Unset:
    Slot = MODEL_CLASSES.get("altegio_client.models.slot") or model_class("altegio_client.models.slot", "Slot")

    _seances = json_value
    seances: list[Slot] | Unset = UNSET
    if _seances is not UNSET:
        seances = Slot._lazy_list(_seances, parse_ctx)

    return seances


_DECLARED_KEYS = frozenset(
    {
        "seance_date",
        "seances",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


BookStaffSeancesCompanyidStaffidDataTypesData._lazy_fields = {
    "seance_date": ("seance_date", _read_seance_date, False),
    "seances": ("seances", _read_seances, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: BookStaffSeancesCompanyidStaffidDataTypesData, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: BookStaffSeancesCompanyidStaffidDataTypesData,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "seance_date" not in done:
        value = get("seance_date", UNSET)
        if value is UNSET:
            model.seance_date = UNSET
        else:
            try:
                try:
                    model.seance_date = date_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.seance_date = types.parse_iso_date(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "seances" not in done:
        value = get("seances", UNSET)
        if value is UNSET:
            model.seances = UNSET
        elif value == []:
            model.seances = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.slot") or model_builder(
                "altegio_client.models.slot", "Slot"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.seances = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: BookStaffSeancesCompanyidStaffidDataTypesData | None = None
) -> BookStaffSeancesCompanyidStaffidDataTypesData:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return BookStaffSeancesCompanyidStaffidDataTypesData._lazy(json_value, parse_ctx)
        model = new_model(
            BookStaffSeancesCompanyidStaffidDataTypesData
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
        layout = layout_of(BookStaffSeancesCompanyidStaffidDataTypesData, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_seance_date, value_seances = fill(json_value, model)
    if value_seance_date is UNSET:
        model.seance_date = UNSET
    else:
        try:
            try:
                model.seance_date = date_from_iso(value_seance_date)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.seance_date = types.parse_iso_date(value_seance_date)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_seances is UNSET:
        model.seances = UNSET
    elif value_seances == []:
        model.seances = value_seances  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.slot") or model_builder("altegio_client.models.slot", "Slot")
        try:
            if _builtins.type(value_seances) is not list:
                raise TypeError
            model.seances = [build(item, parse_ctx) for item in value_seances]
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
        model.__class__ = lazily_read_class(BookStaffSeancesCompanyidStaffidDataTypesData)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = BookStaffSeancesCompanyidStaffidDataTypesData
        del model._raw, model._context
    return model


BookStaffSeancesCompanyidStaffidDataTypesData._lazy_fill = (_fill_plain, _fill_converted, _build)
