from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._codegen import (
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    new_model,
)

T = TypeVar("T", bound="AssignServiceToTeamMemberBody")


@_attrs_define
class AssignServiceToTeamMemberBody(LazyModel):
    master_id: int
    """ ID of a team member who provides the service. """
    seance_length: float
    """ Duration of service provision by the specified team member in seconds,
    minimum 300 seconds (5 minutes), maximum 86100 seconds (23 hours 55 minutes).
     """
    technological_card_id: int | None
    """ ID of bill of materials used while providing the service. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        master_id = self.master_id

        seance_length = self.seance_length

        technological_card_id: int | None
        technological_card_id = self.technological_card_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "master_id": master_id,
                "seance_length": seance_length,
                "technological_card_id": technological_card_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        master_id = d.pop("master_id")

        seance_length = d.pop("seance_length")

        def _parse_technological_card_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        technological_card_id = _parse_technological_card_id(d.pop("technological_card_id"))

        assign_service_to_team_member_body = cls(
            master_id=master_id,
            seance_length=seance_length,
            technological_card_id=technological_card_id,
        )

        assign_service_to_team_member_body.additional_properties = d
        return assign_service_to_team_member_body

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
        "master_id",
        "seance_length",
        "technological_card_id",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


AssignServiceToTeamMemberBody._lazy_fields = {
    "master_id": ("master_id", None, True),
    "seance_length": ("seance_length", None, True),
    "technological_card_id": ("technological_card_id", None, True),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: AssignServiceToTeamMemberBody, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "master_id" in json_value:
        model.master_id = json_value["master_id"]
    if "seance_length" in json_value:
        model.seance_length = json_value["seance_length"]
    if "technological_card_id" in json_value:
        model.technological_card_id = json_value["technological_card_id"]


def _fill_converted(
    model: AssignServiceToTeamMemberBody, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: AssignServiceToTeamMemberBody | None = None
) -> AssignServiceToTeamMemberBody:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return AssignServiceToTeamMemberBody._lazy(json_value, parse_ctx)
        model = new_model(AssignServiceToTeamMemberBody)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(AssignServiceToTeamMemberBody, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if only_declared:  # no undeclared key, the usual case (known from the layout, see _layouts.py)
        model.additional_properties = {}
    else:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True
    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(AssignServiceToTeamMemberBody)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = AssignServiceToTeamMemberBody
        del model._raw, model._context
    return model


AssignServiceToTeamMemberBody._lazy_fill = (_fill_plain, _fill_converted, _build)
