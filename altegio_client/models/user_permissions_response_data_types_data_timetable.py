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

T = TypeVar("T", bound="UserPermissionsResponseDataTypesDataTimetable")


@_attrs_define
class UserPermissionsResponseDataTypesDataTimetable(LazyModel):
    """Appointment log"""

    timetable_access: bool | Unset = UNSET
    """ true - there is access to the appointment log, false - no access """
    master_id: int | Unset = UNSET
    """ 0 - if the user can view the schedule and records of all team members, otherwise only the team member whose
    ID is specified """
    position_id: int | Unset = UNSET
    """ 0 - if the user can view the schedule and records of all team members, otherwise only the position whose ID
    is specified """
    last_days_count: float | Unset = UNSET
    """ 0 - do not restrict access to schedule history and records """
    schedule_edit_access: bool | Unset = UNSET
    """ true - there is access to the team member's work schedule in the log, false - no access """
    timetable_phones_access: bool | Unset = UNSET
    """ true - there is access to the phone number in the appointment log, false - no access """
    timetable_transferring_record_access: bool | Unset = UNSET
    """ true - there is access to transferring records, false - no access """
    timetable_statistics_access: bool | Unset = UNSET
    """ true - there is access to view statistics, false - no access """
    timetable_waiting_list_access: bool | Unset = UNSET
    """ true - there is access to waiting list, false - no access """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timetable_access = self.timetable_access

        master_id = self.master_id

        position_id = self.position_id

        last_days_count = self.last_days_count

        schedule_edit_access = self.schedule_edit_access

        timetable_phones_access = self.timetable_phones_access

        timetable_transferring_record_access = self.timetable_transferring_record_access

        timetable_statistics_access = self.timetable_statistics_access

        timetable_waiting_list_access = self.timetable_waiting_list_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timetable_access is not UNSET:
            field_dict["timetable_access"] = timetable_access
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if position_id is not UNSET:
            field_dict["position_id"] = position_id
        if last_days_count is not UNSET:
            field_dict["last_days_count"] = last_days_count
        if schedule_edit_access is not UNSET:
            field_dict["schedule_edit_access"] = schedule_edit_access
        if timetable_phones_access is not UNSET:
            field_dict["timetable_phones_access"] = timetable_phones_access
        if timetable_transferring_record_access is not UNSET:
            field_dict["timetable_transferring_record_access"] = timetable_transferring_record_access
        if timetable_statistics_access is not UNSET:
            field_dict["timetable_statistics_access"] = timetable_statistics_access
        if timetable_waiting_list_access is not UNSET:
            field_dict["timetable_waiting_list_access"] = timetable_waiting_list_access

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timetable_access = d.pop("timetable_access", UNSET)

        master_id = d.pop("master_id", UNSET)

        position_id = d.pop("position_id", UNSET)

        last_days_count = d.pop("last_days_count", UNSET)

        schedule_edit_access = d.pop("schedule_edit_access", UNSET)

        timetable_phones_access = d.pop("timetable_phones_access", UNSET)

        timetable_transferring_record_access = d.pop("timetable_transferring_record_access", UNSET)

        timetable_statistics_access = d.pop("timetable_statistics_access", UNSET)

        timetable_waiting_list_access = d.pop("timetable_waiting_list_access", UNSET)

        user_permissions_response_data_types_data_timetable = cls(
            timetable_access=timetable_access,
            master_id=master_id,
            position_id=position_id,
            last_days_count=last_days_count,
            schedule_edit_access=schedule_edit_access,
            timetable_phones_access=timetable_phones_access,
            timetable_transferring_record_access=timetable_transferring_record_access,
            timetable_statistics_access=timetable_statistics_access,
            timetable_waiting_list_access=timetable_waiting_list_access,
        )

        user_permissions_response_data_types_data_timetable.additional_properties = d
        return user_permissions_response_data_types_data_timetable

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
        "timetable_access",
        "master_id",
        "position_id",
        "last_days_count",
        "schedule_edit_access",
        "timetable_phones_access",
        "timetable_transferring_record_access",
        "timetable_statistics_access",
        "timetable_waiting_list_access",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


UserPermissionsResponseDataTypesDataTimetable._lazy_fields = {
    "timetable_access": ("timetable_access", None, False),
    "master_id": ("master_id", None, False),
    "position_id": ("position_id", None, False),
    "last_days_count": ("last_days_count", None, False),
    "schedule_edit_access": ("schedule_edit_access", None, False),
    "timetable_phones_access": ("timetable_phones_access", None, False),
    "timetable_transferring_record_access": ("timetable_transferring_record_access", None, False),
    "timetable_statistics_access": ("timetable_statistics_access", None, False),
    "timetable_waiting_list_access": ("timetable_waiting_list_access", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: UserPermissionsResponseDataTypesDataTimetable, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.timetable_access = get("timetable_access", UNSET)
    model.master_id = get("master_id", UNSET)
    model.position_id = get("position_id", UNSET)
    model.last_days_count = get("last_days_count", UNSET)
    model.schedule_edit_access = get("schedule_edit_access", UNSET)
    model.timetable_phones_access = get("timetable_phones_access", UNSET)
    model.timetable_transferring_record_access = get("timetable_transferring_record_access", UNSET)
    model.timetable_statistics_access = get("timetable_statistics_access", UNSET)
    model.timetable_waiting_list_access = get("timetable_waiting_list_access", UNSET)


def _fill_converted(
    model: UserPermissionsResponseDataTypesDataTimetable,
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
    json_value: Any, parse_ctx: ParseContext, model: UserPermissionsResponseDataTypesDataTimetable | None = None
) -> UserPermissionsResponseDataTypesDataTimetable:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return UserPermissionsResponseDataTypesDataTimetable._lazy(json_value, parse_ctx)
        model = new_model(
            UserPermissionsResponseDataTypesDataTimetable
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
        layout = layout_of(UserPermissionsResponseDataTypesDataTimetable, keys)
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
        model.__class__ = lazily_read_class(UserPermissionsResponseDataTypesDataTimetable)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = UserPermissionsResponseDataTypesDataTimetable
        del model._raw, model._context
    return model


UserPermissionsResponseDataTypesDataTimetable._lazy_fill = (_fill_plain, _fill_converted, _build)
