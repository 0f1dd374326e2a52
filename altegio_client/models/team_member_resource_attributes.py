from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._codegen import (
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    new_model,
)

T = TypeVar("T", bound="TeamMemberResourceAttributes")


@_attrs_define
class TeamMemberResourceAttributes(LazyModel):
    name: str
    """ Team Member name """
    tt_markup: int
    """ Schedule grid interval value """
    specialization: str
    """ Team Member specialization """
    image: str
    """ Team Member image URL """
    position_id: int
    """ Position ID """
    is_available_as_assistant: bool
    """ Whether the Team Member is available as an assistant """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        tt_markup = self.tt_markup

        specialization = self.specialization

        image = self.image

        position_id = self.position_id

        is_available_as_assistant = self.is_available_as_assistant

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "tt_markup": tt_markup,
                "specialization": specialization,
                "image": image,
                "position_id": position_id,
                "is_available_as_assistant": is_available_as_assistant,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        tt_markup = d.pop("tt_markup")

        specialization = d.pop("specialization")

        image = d.pop("image")

        position_id = d.pop("position_id")

        is_available_as_assistant = d.pop("is_available_as_assistant")

        team_member_resource_attributes = cls(
            name=name,
            tt_markup=tt_markup,
            specialization=specialization,
            image=image,
            position_id=position_id,
            is_available_as_assistant=is_available_as_assistant,
        )

        return team_member_resource_attributes


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


TeamMemberResourceAttributes._lazy_fields = {
    "name": ("name", None, True),
    "tt_markup": ("tt_markup", None, True),
    "specialization": ("specialization", None, True),
    "image": ("image", None, True),
    "position_id": ("position_id", None, True),
    "is_available_as_assistant": ("is_available_as_assistant", None, True),
}


def _fill_plain(model: TeamMemberResourceAttributes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "name" in json_value:
        model.name = json_value["name"]
    if "tt_markup" in json_value:
        model.tt_markup = json_value["tt_markup"]
    if "specialization" in json_value:
        model.specialization = json_value["specialization"]
    if "image" in json_value:
        model.image = json_value["image"]
    if "position_id" in json_value:
        model.position_id = json_value["position_id"]
    if "is_available_as_assistant" in json_value:
        model.is_available_as_assistant = json_value["is_available_as_assistant"]


def _fill_converted(
    model: TeamMemberResourceAttributes, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: TeamMemberResourceAttributes | None = None
) -> TeamMemberResourceAttributes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return TeamMemberResourceAttributes._lazy(json_value, parse_ctx)
        model = new_model(TeamMemberResourceAttributes)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(TeamMemberResourceAttributes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(TeamMemberResourceAttributes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = TeamMemberResourceAttributes
        del model._raw, model._context
    return model


TeamMemberResourceAttributes._lazy_fill = (_fill_plain, _fill_converted, _build)
