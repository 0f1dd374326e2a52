from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.team_member_position_resource_attributes import (
        TeamMemberPositionResourceAttributes,
    )


T = TypeVar("T", bound="TeamMemberPositionResource")


@_attrs_define
class TeamMemberPositionResource:
    type_: Literal["position"]
    """ Literal JSON:API resource type """
    id: str
    """ Position ID """
    attributes: TeamMemberPositionResourceAttributes

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.team_member_position_resource_attributes import (
            TeamMemberPositionResourceAttributes,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = cast(Literal["position"], d.pop("type"))
        if type_ != "position":
            raise ValueError(f"type must match const 'position', got '{type_}'")

        id = d.pop("id")

        attributes = TeamMemberPositionResourceAttributes.from_dict(d.pop("attributes"))

        team_member_position_resource = cls(
            type_=type_,
            id=id,
            attributes=attributes,
        )

        return team_member_position_resource
