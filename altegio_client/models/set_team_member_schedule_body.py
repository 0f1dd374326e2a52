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
    from ..models.set_team_member_schedule_body_schedules_to_delete_item import (
        SetTeamMemberScheduleBodySchedulesToDeleteItem,
    )
    from ..models.set_team_member_schedule_body_schedules_to_set_item import (
        SetTeamMemberScheduleBodySchedulesToSetItem,
    )


T = TypeVar("T", bound="SetTeamMemberScheduleBody")


@_attrs_define
class SetTeamMemberScheduleBody(LazyModel):
    schedules_to_set: list[SetTeamMemberScheduleBodySchedulesToSetItem] | Unset = UNSET
    """ Schedules to create or update """
    schedules_to_delete: list[SetTeamMemberScheduleBodySchedulesToDeleteItem] | Unset = UNSET
    """ Schedules to delete (make non-working days) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedules_to_set: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedules_to_set, Unset):
            schedules_to_set = []
            for schedules_to_set_item_data in self.schedules_to_set:
                schedules_to_set_item = schedules_to_set_item_data.to_dict()
                schedules_to_set.append(schedules_to_set_item)

        schedules_to_delete: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedules_to_delete, Unset):
            schedules_to_delete = []
            for schedules_to_delete_item_data in self.schedules_to_delete:
                schedules_to_delete_item = schedules_to_delete_item_data.to_dict()
                schedules_to_delete.append(schedules_to_delete_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schedules_to_set is not UNSET:
            field_dict["schedules_to_set"] = schedules_to_set
        if schedules_to_delete is not UNSET:
            field_dict["schedules_to_delete"] = schedules_to_delete

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.set_team_member_schedule_body_schedules_to_delete_item import (
            SetTeamMemberScheduleBodySchedulesToDeleteItem,  # noqa: PLC0415
        )
        from ..models.set_team_member_schedule_body_schedules_to_set_item import (
            SetTeamMemberScheduleBodySchedulesToSetItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _schedules_to_set = d.pop("schedules_to_set", UNSET)
        schedules_to_set: list[SetTeamMemberScheduleBodySchedulesToSetItem] | Unset = UNSET
        if _schedules_to_set is not UNSET:
            schedules_to_set = []
            for schedules_to_set_item_data in _schedules_to_set:
                schedules_to_set_item = SetTeamMemberScheduleBodySchedulesToSetItem.from_dict(
                    schedules_to_set_item_data
                )

                schedules_to_set.append(schedules_to_set_item)

        _schedules_to_delete = d.pop("schedules_to_delete", UNSET)
        schedules_to_delete: list[SetTeamMemberScheduleBodySchedulesToDeleteItem] | Unset = UNSET
        if _schedules_to_delete is not UNSET:
            schedules_to_delete = []
            for schedules_to_delete_item_data in _schedules_to_delete:
                schedules_to_delete_item = SetTeamMemberScheduleBodySchedulesToDeleteItem.from_dict(
                    schedules_to_delete_item_data
                )

                schedules_to_delete.append(schedules_to_delete_item)

        set_team_member_schedule_body = cls(
            schedules_to_set=schedules_to_set,
            schedules_to_delete=schedules_to_delete,
        )

        set_team_member_schedule_body.additional_properties = d
        return set_team_member_schedule_body

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


def _read_schedules_to_set(
    json_value: Any, parse_ctx: ParseContext
) -> list[SetTeamMemberScheduleBodySchedulesToSetItem] | Unset:
    SetTeamMemberScheduleBodySchedulesToSetItem = MODEL_CLASSES.get(
        "altegio_client.models.set_team_member_schedule_body_schedules_to_set_item"
    ) or model_class(
        "altegio_client.models.set_team_member_schedule_body_schedules_to_set_item",
        "SetTeamMemberScheduleBodySchedulesToSetItem",
    )

    _schedules_to_set = json_value
    schedules_to_set: list[SetTeamMemberScheduleBodySchedulesToSetItem] | Unset = UNSET
    if _schedules_to_set is not UNSET:
        schedules_to_set = SetTeamMemberScheduleBodySchedulesToSetItem._lazy_list(_schedules_to_set, parse_ctx)

    return schedules_to_set


def _read_schedules_to_delete(
    json_value: Any, parse_ctx: ParseContext
) -> list[SetTeamMemberScheduleBodySchedulesToDeleteItem] | Unset:
    SetTeamMemberScheduleBodySchedulesToDeleteItem = MODEL_CLASSES.get(
        "altegio_client.models.set_team_member_schedule_body_schedules_to_delete_item"
    ) or model_class(
        "altegio_client.models.set_team_member_schedule_body_schedules_to_delete_item",
        "SetTeamMemberScheduleBodySchedulesToDeleteItem",
    )

    _schedules_to_delete = json_value
    schedules_to_delete: list[SetTeamMemberScheduleBodySchedulesToDeleteItem] | Unset = UNSET
    if _schedules_to_delete is not UNSET:
        schedules_to_delete = SetTeamMemberScheduleBodySchedulesToDeleteItem._lazy_list(_schedules_to_delete, parse_ctx)

    return schedules_to_delete


_DECLARED_KEYS = frozenset(
    {
        "schedules_to_set",
        "schedules_to_delete",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


SetTeamMemberScheduleBody._lazy_fields = {
    "schedules_to_set": ("schedules_to_set", _read_schedules_to_set, False),
    "schedules_to_delete": ("schedules_to_delete", _read_schedules_to_delete, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: SetTeamMemberScheduleBody, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: SetTeamMemberScheduleBody, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "schedules_to_set" not in done:
        value = get("schedules_to_set", UNSET)
        if value is UNSET:
            model.schedules_to_set = UNSET
        elif value == []:
            model.schedules_to_set = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.set_team_member_schedule_body_schedules_to_set_item"
            ) or model_builder(
                "altegio_client.models.set_team_member_schedule_body_schedules_to_set_item",
                "SetTeamMemberScheduleBodySchedulesToSetItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.schedules_to_set = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "schedules_to_delete" not in done:
        value = get("schedules_to_delete", UNSET)
        if value is UNSET:
            model.schedules_to_delete = UNSET
        elif value == []:
            model.schedules_to_delete = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.set_team_member_schedule_body_schedules_to_delete_item"
            ) or model_builder(
                "altegio_client.models.set_team_member_schedule_body_schedules_to_delete_item",
                "SetTeamMemberScheduleBodySchedulesToDeleteItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.schedules_to_delete = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: SetTeamMemberScheduleBody | None = None
) -> SetTeamMemberScheduleBody:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return SetTeamMemberScheduleBody._lazy(json_value, parse_ctx)
        model = new_model(SetTeamMemberScheduleBody)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(SetTeamMemberScheduleBody, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_schedules_to_set, value_schedules_to_delete = fill(json_value, model)
    if value_schedules_to_set is UNSET:
        model.schedules_to_set = UNSET
    elif value_schedules_to_set == []:
        model.schedules_to_set = value_schedules_to_set  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.set_team_member_schedule_body_schedules_to_set_item"
        ) or model_builder(
            "altegio_client.models.set_team_member_schedule_body_schedules_to_set_item",
            "SetTeamMemberScheduleBodySchedulesToSetItem",
        )
        try:
            if _builtins.type(value_schedules_to_set) is not list:
                raise TypeError
            model.schedules_to_set = [build(item, parse_ctx) for item in value_schedules_to_set]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_schedules_to_delete is UNSET:
        model.schedules_to_delete = UNSET
    elif value_schedules_to_delete == []:
        model.schedules_to_delete = value_schedules_to_delete  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.set_team_member_schedule_body_schedules_to_delete_item"
        ) or model_builder(
            "altegio_client.models.set_team_member_schedule_body_schedules_to_delete_item",
            "SetTeamMemberScheduleBodySchedulesToDeleteItem",
        )
        try:
            if _builtins.type(value_schedules_to_delete) is not list:
                raise TypeError
            model.schedules_to_delete = [build(item, parse_ctx) for item in value_schedules_to_delete]
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
        model.__class__ = lazily_read_class(SetTeamMemberScheduleBody)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = SetTeamMemberScheduleBody
        del model._raw, model._context
    return model


SetTeamMemberScheduleBody._lazy_fill = (_fill_plain, _fill_converted, _build)
