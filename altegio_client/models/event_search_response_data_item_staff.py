from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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


T = TypeVar("T", bound="EventSearchResponseDataItemStaff")


@_attrs_define
class EventSearchResponseDataItemStaff(LazyModel):
    """team member"""

    id: int | Unset = UNSET
    """ team member ID """
    api_id: None | str | Unset = UNSET
    """ team member External ID """
    name: str | Unset = UNSET
    """ team member name """
    company_id: int | Unset = UNSET
    """ Location ID """
    specialization: str | Unset = UNSET
    """ team member specialization """
    rating: float | Unset = UNSET
    """ Rating """
    show_rating: bool | float | Unset = UNSET
    """ Whether to show the team member's rating (1 - show, 0 - do not show) """
    avatar: str | Unset = UNSET
    """ Path to team member avatar file """
    avatar_big: str | Unset = UNSET
    """ The path to the team member's avatar file in a higher resolution """
    comments_count: float | Unset = UNSET
    """ Number of comments to the team member """
    votes_count: float | Unset = UNSET
    """ Number of votes that rated a team member """
    average_score: float | Unset = UNSET
    """ Average rating """
    prepaid: str | Unset = UNSET
    """ Indicates whether online payment is available for the appointment """
    position: EventSearchResponseDataItemStaffPosition | Unset = UNSET
    """ team member's position """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        api_id: None | str | Unset
        if isinstance(self.api_id, Unset):
            api_id = UNSET
        else:
            api_id = self.api_id

        name = self.name

        company_id = self.company_id

        specialization = self.specialization

        rating = self.rating

        show_rating: bool | float | Unset
        if isinstance(self.show_rating, Unset):
            show_rating = UNSET
        else:
            show_rating = self.show_rating

        avatar = self.avatar

        avatar_big = self.avatar_big

        comments_count = self.comments_count

        votes_count = self.votes_count

        average_score = self.average_score

        prepaid = self.prepaid

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if name is not UNSET:
            field_dict["name"] = name
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if specialization is not UNSET:
            field_dict["specialization"] = specialization
        if rating is not UNSET:
            field_dict["rating"] = rating
        if show_rating is not UNSET:
            field_dict["show_rating"] = show_rating
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if avatar_big is not UNSET:
            field_dict["avatar_big"] = avatar_big
        if comments_count is not UNSET:
            field_dict["comments_count"] = comments_count
        if votes_count is not UNSET:
            field_dict["votes_count"] = votes_count
        if average_score is not UNSET:
            field_dict["average_score"] = average_score
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_search_response_data_item_staff_position import (
            EventSearchResponseDataItemStaffPosition,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_api_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_id = _parse_api_id(d.pop("api_id", UNSET))

        name = d.pop("name", UNSET)

        company_id = d.pop("company_id", UNSET)

        specialization = d.pop("specialization", UNSET)

        rating = d.pop("rating", UNSET)

        def _parse_show_rating(data: object) -> bool | float | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | float | Unset, data)

        show_rating = _parse_show_rating(d.pop("show_rating", UNSET))

        avatar = d.pop("avatar", UNSET)

        avatar_big = d.pop("avatar_big", UNSET)

        comments_count = d.pop("comments_count", UNSET)

        votes_count = d.pop("votes_count", UNSET)

        average_score = d.pop("average_score", UNSET)

        prepaid = d.pop("prepaid", UNSET)

        _position = d.pop("position", UNSET)
        position: EventSearchResponseDataItemStaffPosition | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = EventSearchResponseDataItemStaffPosition.from_dict(_position)

        event_search_response_data_item_staff = cls(
            id=id,
            api_id=api_id,
            name=name,
            company_id=company_id,
            specialization=specialization,
            rating=rating,
            show_rating=show_rating,
            avatar=avatar,
            avatar_big=avatar_big,
            comments_count=comments_count,
            votes_count=votes_count,
            average_score=average_score,
            prepaid=prepaid,
            position=position,
        )

        event_search_response_data_item_staff.additional_properties = d
        return event_search_response_data_item_staff

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
        "api_id",
        "name",
        "company_id",
        "specialization",
        "rating",
        "show_rating",
        "avatar",
        "avatar_big",
        "comments_count",
        "votes_count",
        "average_score",
        "prepaid",
        "position",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


EventSearchResponseDataItemStaff._lazy_fields = {
    "id": ("id", None, False),
    "api_id": ("api_id", None, False),
    "name": ("name", None, False),
    "company_id": ("company_id", None, False),
    "specialization": ("specialization", None, False),
    "rating": ("rating", None, False),
    "show_rating": ("show_rating", None, False),
    "avatar": ("avatar", None, False),
    "avatar_big": ("avatar_big", None, False),
    "comments_count": ("comments_count", None, False),
    "votes_count": ("votes_count", None, False),
    "average_score": ("average_score", None, False),
    "prepaid": ("prepaid", None, False),
    "position": ("position", _read_position, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: EventSearchResponseDataItemStaff, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.api_id = get("api_id", UNSET)
    model.name = get("name", UNSET)
    model.company_id = get("company_id", UNSET)
    model.specialization = get("specialization", UNSET)
    model.rating = get("rating", UNSET)
    model.show_rating = get("show_rating", UNSET)
    model.avatar = get("avatar", UNSET)
    model.avatar_big = get("avatar_big", UNSET)
    model.comments_count = get("comments_count", UNSET)
    model.votes_count = get("votes_count", UNSET)
    model.average_score = get("average_score", UNSET)
    model.prepaid = get("prepaid", UNSET)


def _fill_converted(
    model: EventSearchResponseDataItemStaff, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
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
    json_value: Any, parse_ctx: ParseContext, model: EventSearchResponseDataItemStaff | None = None
) -> EventSearchResponseDataItemStaff:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return EventSearchResponseDataItemStaff._lazy(json_value, parse_ctx)
        model = new_model(
            EventSearchResponseDataItemStaff
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
        layout = layout_of(EventSearchResponseDataItemStaff, keys)
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
        model.__class__ = lazily_read_class(EventSearchResponseDataItemStaff)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = EventSearchResponseDataItemStaff
        del model._raw, model._context
    return model


EventSearchResponseDataItemStaff._lazy_fill = (_fill_plain, _fill_converted, _build)
