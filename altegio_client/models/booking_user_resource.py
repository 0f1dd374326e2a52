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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.booking_user_resource_attributes import BookingUserResourceAttributes
    from ..models.booking_user_resource_relationships import (
        BookingUserResourceRelationships,
    )


T = TypeVar("T", bound="BookingUserResource")


@_attrs_define
class BookingUserResource:
    type_: Literal["client"]
    """ Literal legacy JSON:API resource type for a Booking User """
    id: str
    """ Booking User profile ID """
    attributes: BookingUserResourceAttributes
    relationships: BookingUserResourceRelationships | Unset = UNSET
    """ Present when related data is requested through `include` """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        attributes = self.attributes.to_dict()

        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
                "attributes": attributes,
            }
        )
        if relationships is not UNSET:
            field_dict["relationships"] = relationships

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.booking_user_resource_attributes import (
            BookingUserResourceAttributes,  # noqa: PLC0415
        )
        from ..models.booking_user_resource_relationships import (
            BookingUserResourceRelationships,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = cast(Literal["client"], d.pop("type"))
        if type_ != "client":
            raise ValueError(f"type must match const 'client', got '{type_}'")

        id = d.pop("id")

        attributes = BookingUserResourceAttributes.from_dict(d.pop("attributes"))

        _relationships = d.pop("relationships", UNSET)
        relationships: BookingUserResourceRelationships | Unset
        if isinstance(_relationships, Unset):
            relationships = UNSET
        else:
            relationships = BookingUserResourceRelationships.from_dict(_relationships)

        booking_user_resource = cls(
            type_=type_,
            id=id,
            attributes=attributes,
            relationships=relationships,
        )

        return booking_user_resource
