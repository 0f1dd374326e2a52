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
    from ..models.event_search_response_data_item_staff_position import (
        EventSearchResponseDataItemStaffPosition,
    )


T = TypeVar("T", bound="VisitsVisitidDataTypesDataRecordsItemStaff")


@_attrs_define
class VisitsVisitidDataTypesDataRecordsItemStaff(LazyModel):
    """team member Information"""

    id: int | Unset = UNSET
    """ team member ID """
    name: str | Unset = UNSET
    """ team member name """
    specialization: str | Unset = UNSET
    """ team member specialization """
    position: EventSearchResponseDataItemStaffPosition | Unset = UNSET
    """ team member's position """
    avatar: str | Unset = UNSET
    """ The path to the file with the team member's avatar """
    avatar_big: str | Unset = UNSET
    """ Path to a file with a higher resolution team member avatar """
    rating: float | Unset = UNSET
    """ Rating """
    votes_count: float | Unset = UNSET
    """ Number of votes that rated the team member """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        specialization = self.specialization

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        avatar = self.avatar

        avatar_big = self.avatar_big

        rating = self.rating

        votes_count = self.votes_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if specialization is not UNSET:
            field_dict["specialization"] = specialization
        if position is not UNSET:
            field_dict["position"] = position
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if avatar_big is not UNSET:
            field_dict["avatar_big"] = avatar_big
        if rating is not UNSET:
            field_dict["rating"] = rating
        if votes_count is not UNSET:
            field_dict["votes_count"] = votes_count

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_search_response_data_item_staff_position import (
            EventSearchResponseDataItemStaffPosition,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        specialization = d.pop("specialization", UNSET)

        _position = d.pop("position", UNSET)
        position: EventSearchResponseDataItemStaffPosition | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = EventSearchResponseDataItemStaffPosition.from_dict(_position)

        avatar = d.pop("avatar", UNSET)

        avatar_big = d.pop("avatar_big", UNSET)

        rating = d.pop("rating", UNSET)

        votes_count = d.pop("votes_count", UNSET)

        visits_visitid_data_types_data_records_item_staff = cls(
            id=id,
            name=name,
            specialization=specialization,
            position=position,
            avatar=avatar,
            avatar_big=avatar_big,
            rating=rating,
            votes_count=votes_count,
        )

        visits_visitid_data_types_data_records_item_staff.additional_properties = d
        return visits_visitid_data_types_data_records_item_staff

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


def _read_position(json_value: Any, parse_ctx: ParseContext) -> EventSearchResponseDataItemStaffPosition | Unset:
    EventSearchResponseDataItemStaffPosition = MODEL_CLASSES.get(
        "altegio_client.models.event_search_response_data_item_staff_position"
    ) or model_class(
        "altegio_client.models.event_search_response_data_item_staff_position",
        "EventSearchResponseDataItemStaffPosition",
    )

    _position = json_value
    position: EventSearchResponseDataItemStaffPosition | Unset
    if isinstance(_position, Unset):
        position = UNSET
    else:
        position = EventSearchResponseDataItemStaffPosition._lazy(_position, parse_ctx)

    return position


_DECLARED_KEYS = frozenset(
    {
        "id",
        "name",
        "specialization",
        "position",
        "avatar",
        "avatar_big",
        "rating",
        "votes_count",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


VisitsVisitidDataTypesDataRecordsItemStaff._lazy_fields = {
    "id": ("id", None, False),
    "name": ("name", None, False),
    "specialization": ("specialization", None, False),
    "position": ("position", _read_position, False),
    "avatar": ("avatar", None, False),
    "avatar_big": ("avatar_big", None, False),
    "rating": ("rating", None, False),
    "votes_count": ("votes_count", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: VisitsVisitidDataTypesDataRecordsItemStaff, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.name = get("name", UNSET)
    model.specialization = get("specialization", UNSET)
    model.avatar = get("avatar", UNSET)
    model.avatar_big = get("avatar_big", UNSET)
    model.rating = get("rating", UNSET)
    model.votes_count = get("votes_count", UNSET)


def _fill_converted(
    model: VisitsVisitidDataTypesDataRecordsItemStaff,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "position" not in done:
        value = get("position", UNSET)
        if value is UNSET:
            model.position = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.event_search_response_data_item_staff_position"
            ) or model_builder(
                "altegio_client.models.event_search_response_data_item_staff_position",
                "EventSearchResponseDataItemStaffPosition",
            )
            try:
                model.position = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: VisitsVisitidDataTypesDataRecordsItemStaff | None = None
) -> VisitsVisitidDataTypesDataRecordsItemStaff:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return VisitsVisitidDataTypesDataRecordsItemStaff._lazy(json_value, parse_ctx)
        model = new_model(
            VisitsVisitidDataTypesDataRecordsItemStaff
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
        layout = layout_of(VisitsVisitidDataTypesDataRecordsItemStaff, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_position,) = fill(json_value, model)
    if value_position is UNSET:
        model.position = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.event_search_response_data_item_staff_position"
        ) or model_builder(
            "altegio_client.models.event_search_response_data_item_staff_position",
            "EventSearchResponseDataItemStaffPosition",
        )
        try:
            model.position = build(value_position, parse_ctx)
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
        model.__class__ = lazily_read_class(VisitsVisitidDataTypesDataRecordsItemStaff)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = VisitsVisitidDataTypesDataRecordsItemStaff
        del model._raw, model._context
    return model


VisitsVisitidDataTypesDataRecordsItemStaff._lazy_fill = (_fill_plain, _fill_converted, _build)
