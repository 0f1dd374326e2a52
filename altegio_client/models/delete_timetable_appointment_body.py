from __future__ import annotations

import builtins as _builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._codegen import LazyModel

T = TypeVar("T", bound="DeleteTimetableAppointmentBody")


@_attrs_define
class DeleteTimetableAppointmentBody(LazyModel):
    record_id: int
    """ Appointment ID """

    def to_dict(self) -> dict[str, Any]:
        record_id = self.record_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "recordId": record_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        record_id = d.pop("recordId")

        delete_timetable_appointment_body = cls(
            record_id=record_id,
        )

        return delete_timetable_appointment_body


DeleteTimetableAppointmentBody._lazy_fields = {
    "record_id": ("recordId", None, True),
}
