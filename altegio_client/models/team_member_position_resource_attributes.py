from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .._codegen import (
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    new_model,
)
from ..models.team_member_position_resource_attributes_services_binding_type import (
    TeamMemberPositionResourceAttributesServicesBindingType,
    check_team_member_position_resource_attributes_services_binding_type,
)
from ..types import UNSET

T = TypeVar("T", bound="TeamMemberPositionResourceAttributes")


@_attrs_define
class TeamMemberPositionResourceAttributes(LazyModel):
    chain_id: int
    """ Chain ID """
    title: str
    """ Position title """
    description: str
    """ Position description """
    services_binding_type: TeamMemberPositionResourceAttributesServicesBindingType
    """ Service binding mode:
    - `0` - disabled
    - `1` - soft
    - `2` - strict
     """
    rules_required_fields: list[str]
    """ Required rule fields """
    only_chain_appointment: bool
    """ Whether the Position is available only for Chain Appointments """
    salon_ids: list[int]
    """ Location IDs linked to the Position """

    def to_dict(self) -> dict[str, Any]:
        chain_id = self.chain_id

        title = self.title

        description = self.description

        services_binding_type: int = self.services_binding_type

        rules_required_fields = self.rules_required_fields

        only_chain_appointment = self.only_chain_appointment

        salon_ids = self.salon_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "chain_id": chain_id,
                "title": title,
                "description": description,
                "services_binding_type": services_binding_type,
                "rules_required_fields": rules_required_fields,
                "only_chain_appointment": only_chain_appointment,
                "salon_ids": salon_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chain_id = d.pop("chain_id")

        title = d.pop("title")

        description = d.pop("description")

        services_binding_type = check_team_member_position_resource_attributes_services_binding_type(
            d.pop("services_binding_type")
        )

        rules_required_fields = cast(list[str], d.pop("rules_required_fields"))

        only_chain_appointment = d.pop("only_chain_appointment")

        salon_ids = cast(list[int], d.pop("salon_ids"))

        team_member_position_resource_attributes = cls(
            chain_id=chain_id,
            title=title,
            description=description,
            services_binding_type=services_binding_type,
            rules_required_fields=rules_required_fields,
            only_chain_appointment=only_chain_appointment,
            salon_ids=salon_ids,
        )

        return team_member_position_resource_attributes


def _read_services_binding_type(
    json_value: Any, parse_ctx: ParseContext
) -> TeamMemberPositionResourceAttributesServicesBindingType:

    services_binding_type = check_team_member_position_resource_attributes_services_binding_type(json_value)

    return services_binding_type


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


TeamMemberPositionResourceAttributes._lazy_fields = {
    "chain_id": ("chain_id", None, True),
    "title": ("title", None, True),
    "description": ("description", None, True),
    "services_binding_type": ("services_binding_type", _read_services_binding_type, True),
    "rules_required_fields": ("rules_required_fields", None, True),
    "only_chain_appointment": ("only_chain_appointment", None, True),
    "salon_ids": ("salon_ids", None, True),
}


def _fill_plain(model: TeamMemberPositionResourceAttributes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "chain_id" in json_value:
        model.chain_id = json_value["chain_id"]
    if "title" in json_value:
        model.title = json_value["title"]
    if "description" in json_value:
        model.description = json_value["description"]
    if "rules_required_fields" in json_value:
        model.rules_required_fields = json_value["rules_required_fields"]
    if "only_chain_appointment" in json_value:
        model.only_chain_appointment = json_value["only_chain_appointment"]
    if "salon_ids" in json_value:
        model.salon_ids = json_value["salon_ids"]


def _fill_converted(
    model: TeamMemberPositionResourceAttributes,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "services_binding_type" not in done:
        try:
            model.services_binding_type = _read_services_binding_type(json_value["services_binding_type"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: TeamMemberPositionResourceAttributes | None = None
) -> TeamMemberPositionResourceAttributes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return TeamMemberPositionResourceAttributes._lazy(json_value, parse_ctx)
        model = new_model(
            TeamMemberPositionResourceAttributes
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
        layout = layout_of(TeamMemberPositionResourceAttributes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_services_binding_type,) = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_services_binding_type is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.services_binding_type = _read_services_binding_type(value_services_binding_type, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(TeamMemberPositionResourceAttributes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = TeamMemberPositionResourceAttributes
        del model._raw, model._context
    return model


TeamMemberPositionResourceAttributes._lazy_fill = (_fill_plain, _fill_converted, _build)
