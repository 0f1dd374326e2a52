from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

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
    from ..models.to_one_relationship import ToOneRelationship


T = TypeVar("T", bound="TeamMemberResourceRelationships")


@_attrs_define
class TeamMemberResourceRelationships(LazyModel):
    """Present when related data is requested through `include`"""

    position: ToOneRelationship | Unset = UNSET
    employee: ToOneRelationship | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if position is not UNSET:
            field_dict["position"] = position
        if employee is not UNSET:
            field_dict["employee"] = employee

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.to_one_relationship import ToOneRelationship  # noqa: PLC0415

        d = dict(src_dict)
        _position = d.pop("position", UNSET)
        position: ToOneRelationship | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = ToOneRelationship.from_dict(_position)

        _employee = d.pop("employee", UNSET)
        employee: ToOneRelationship | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = ToOneRelationship.from_dict(_employee)

        team_member_resource_relationships = cls(
            position=position,
            employee=employee,
        )

        return team_member_resource_relationships


def _read_position(json_value: Any, parse_ctx: ParseContext) -> ToOneRelationship | Unset:
    ToOneRelationship = MODEL_CLASSES.get("altegio_client.models.to_one_relationship") or model_class(
        "altegio_client.models.to_one_relationship", "ToOneRelationship"
    )

    _position = json_value
    position: ToOneRelationship | Unset
    if isinstance(_position, Unset):
        position = UNSET
    else:
        position = ToOneRelationship._lazy(_position, parse_ctx)

    return position


def _read_employee(json_value: Any, parse_ctx: ParseContext) -> ToOneRelationship | Unset:
    ToOneRelationship = MODEL_CLASSES.get("altegio_client.models.to_one_relationship") or model_class(
        "altegio_client.models.to_one_relationship", "ToOneRelationship"
    )

    _employee = json_value
    employee: ToOneRelationship | Unset
    if isinstance(_employee, Unset):
        employee = UNSET
    else:
        employee = ToOneRelationship._lazy(_employee, parse_ctx)

    return employee


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


TeamMemberResourceRelationships._lazy_fields = {
    "position": ("position", _read_position, False),
    "employee": ("employee", _read_employee, False),
}


def _fill_plain(model: TeamMemberResourceRelationships, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: TeamMemberResourceRelationships, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "position" not in done:
        value = get("position", UNSET)
        if value is UNSET:
            model.position = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
                "altegio_client.models.to_one_relationship", "ToOneRelationship"
            )
            try:
                model.position = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "employee" not in done:
        value = get("employee", UNSET)
        if value is UNSET:
            model.employee = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
                "altegio_client.models.to_one_relationship", "ToOneRelationship"
            )
            try:
                model.employee = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: TeamMemberResourceRelationships | None = None
) -> TeamMemberResourceRelationships:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return TeamMemberResourceRelationships._lazy(json_value, parse_ctx)
        model = new_model(
            TeamMemberResourceRelationships
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
        layout = layout_of(TeamMemberResourceRelationships, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_position, value_employee = fill(json_value, model)
    if value_position is UNSET:
        model.position = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
            "altegio_client.models.to_one_relationship", "ToOneRelationship"
        )
        try:
            model.position = build(value_position, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_employee is UNSET:
        model.employee = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
            "altegio_client.models.to_one_relationship", "ToOneRelationship"
        )
        try:
            model.employee = build(value_employee, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(TeamMemberResourceRelationships)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = TeamMemberResourceRelationships
        del model._raw, model._context
    return model


TeamMemberResourceRelationships._lazy_fill = (_fill_plain, _fill_converted, _build)
