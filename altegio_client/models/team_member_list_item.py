from __future__ import annotations

import builtins as _builtins
import datetime
import datetime as _datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._codegen import (
    ISO_PARSERS,
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    date_from_iso,
    layout_of,
    lazily_read_class,
    model_class,
    new_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_and_title import IdAndTitle
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="TeamMemberListItem")


@_attrs_define
class TeamMemberListItem(LazyModel):
    id: int | Unset = UNSET
    """ Team member ID """
    api_id: int | None | Unset = UNSET
    """ External API ID (for integrations) """
    name: str | Unset = UNSET
    """ Team member name """
    specialization: str | Unset = UNSET
    """ Team member specialization/title """
    rating: float | Unset = UNSET
    """ Average rating score """
    show_rating: int | Unset = UNSET
    """ Whether to show rating (1 = show, 0 = hide) """
    user_id: int | None | Unset = UNSET
    """ Linked user account ID """
    has_access_timetable: bool | Unset = UNSET
    """ Whether team member has access to timetable management """
    avatar: str | Unset = UNSET
    """ URL to small avatar image """
    avatar_big: str | Unset = UNSET
    """ URL to large avatar image """
    comments_count: int | Unset = UNSET
    """ Number of comments/reviews """
    votes_count: int | Unset = UNSET
    """ Number of rating votes """
    bookable: bool | Unset = UNSET
    """ Whether team member is available for online booking """
    image_group: JsonObject | list[Any] | Unset = UNSET
    """ Additional images """
    information: str | Unset = UNSET
    """ Additional information/bio """
    position_id: int | Unset = UNSET
    """ Position/role ID """
    schedule_till: _datetime.date | Unset = UNSET
    """ Schedule available until date (YYYY-MM-DD) """
    weight: int | Unset = UNSET
    """ Sort order weight """
    fired: int | Unset = UNSET
    """ Fired status (1 = fired, 0 = active) """
    status: int | Unset = UNSET
    """ Status flag (1 = removed, 0 = active) """
    hidden: int | Unset = UNSET
    """ Hidden from online booking (1 = hidden, 0 = visible) """
    user: JsonObject | list[Any] | Unset = UNSET
    """ Linked user data """
    prepaid: str | Unset = UNSET
    """ Prepayment requirement (forbidden, allowed, required) """
    position: IdAndTitle | list[Any] | Unset = UNSET
    """ Position object or empty array if unassigned """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.id_and_title import IdAndTitle  # noqa: PLC0415
        from ..models.json_object import JsonObject  # noqa: PLC0415

        id = self.id

        api_id: int | None | Unset
        if isinstance(self.api_id, Unset):
            api_id = UNSET
        else:
            api_id = self.api_id

        name = self.name

        specialization = self.specialization

        rating = self.rating

        show_rating = self.show_rating

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        has_access_timetable = self.has_access_timetable

        avatar = self.avatar

        avatar_big = self.avatar_big

        comments_count = self.comments_count

        votes_count = self.votes_count

        bookable = self.bookable

        image_group: dict[str, Any] | list[Any] | Unset
        if isinstance(self.image_group, Unset):
            image_group = UNSET
        elif isinstance(self.image_group, JsonObject):
            image_group = self.image_group.to_dict()
        else:
            image_group = self.image_group

        information = self.information

        position_id = self.position_id

        schedule_till: str | Unset = UNSET
        if not isinstance(self.schedule_till, Unset):
            schedule_till = self.schedule_till.isoformat()

        weight = self.weight

        fired = self.fired

        status = self.status

        hidden = self.hidden

        user: dict[str, Any] | list[Any] | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, JsonObject):
            user = self.user.to_dict()
        else:
            user = self.user

        prepaid = self.prepaid

        position: dict[str, Any] | list[Any] | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, IdAndTitle):
            position = self.position.to_dict()
        else:
            position = self.position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if name is not UNSET:
            field_dict["name"] = name
        if specialization is not UNSET:
            field_dict["specialization"] = specialization
        if rating is not UNSET:
            field_dict["rating"] = rating
        if show_rating is not UNSET:
            field_dict["show_rating"] = show_rating
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if has_access_timetable is not UNSET:
            field_dict["has_access_timetable"] = has_access_timetable
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if avatar_big is not UNSET:
            field_dict["avatar_big"] = avatar_big
        if comments_count is not UNSET:
            field_dict["comments_count"] = comments_count
        if votes_count is not UNSET:
            field_dict["votes_count"] = votes_count
        if bookable is not UNSET:
            field_dict["bookable"] = bookable
        if image_group is not UNSET:
            field_dict["image_group"] = image_group
        if information is not UNSET:
            field_dict["information"] = information
        if position_id is not UNSET:
            field_dict["position_id"] = position_id
        if schedule_till is not UNSET:
            field_dict["schedule_till"] = schedule_till
        if weight is not UNSET:
            field_dict["weight"] = weight
        if fired is not UNSET:
            field_dict["fired"] = fired
        if status is not UNSET:
            field_dict["status"] = status
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if user is not UNSET:
            field_dict["user"] = user
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_and_title import IdAndTitle  # noqa: PLC0415
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_api_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        api_id = _parse_api_id(d.pop("api_id", UNSET))

        name = d.pop("name", UNSET)

        specialization = d.pop("specialization", UNSET)

        rating = d.pop("rating", UNSET)

        show_rating = d.pop("show_rating", UNSET)

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        has_access_timetable = d.pop("has_access_timetable", UNSET)

        avatar = d.pop("avatar", UNSET)

        avatar_big = d.pop("avatar_big", UNSET)

        comments_count = d.pop("comments_count", UNSET)

        votes_count = d.pop("votes_count", UNSET)

        bookable = d.pop("bookable", UNSET)

        def _parse_image_group(data: object) -> JsonObject | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_group_type_0 = JsonObject.from_dict(data)

                return image_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            image_group_type_1 = cast(list[Any], data)

            return image_group_type_1

        image_group = _parse_image_group(d.pop("image_group", UNSET))

        information = d.pop("information", UNSET)

        position_id = d.pop("position_id", UNSET)

        _schedule_till = d.pop("schedule_till", UNSET)
        schedule_till: datetime.date | Unset
        if isinstance(_schedule_till, Unset):
            schedule_till = UNSET
        else:
            schedule_till = types.parse_iso_date(_schedule_till)

        weight = d.pop("weight", UNSET)

        fired = d.pop("fired", UNSET)

        status = d.pop("status", UNSET)

        hidden = d.pop("hidden", UNSET)

        def _parse_user(data: object) -> JsonObject | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = JsonObject.from_dict(data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            user_type_1 = cast(list[Any], data)

            return user_type_1

        user = _parse_user(d.pop("user", UNSET))

        prepaid = d.pop("prepaid", UNSET)

        def _parse_position(data: object) -> IdAndTitle | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                position_type_0 = IdAndTitle.from_dict(data)

                return position_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            position_type_1 = cast(list[Any], data)

            return position_type_1

        position = _parse_position(d.pop("position", UNSET))

        team_member_list_item = cls(
            id=id,
            api_id=api_id,
            name=name,
            specialization=specialization,
            rating=rating,
            show_rating=show_rating,
            user_id=user_id,
            has_access_timetable=has_access_timetable,
            avatar=avatar,
            avatar_big=avatar_big,
            comments_count=comments_count,
            votes_count=votes_count,
            bookable=bookable,
            image_group=image_group,
            information=information,
            position_id=position_id,
            schedule_till=schedule_till,
            weight=weight,
            fired=fired,
            status=status,
            hidden=hidden,
            user=user,
            prepaid=prepaid,
            position=position,
        )

        team_member_list_item.additional_properties = d
        return team_member_list_item

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


def _read_image_group(json_value: Any, parse_ctx: ParseContext) -> JsonObject | list[Any] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    def _parse_image_group(data: object) -> JsonObject | list[Any] | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            image_group_type_0 = new_model(JsonObject)
            image_group_type_0.additional_properties = dict(data)

            return image_group_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, list):
            raise TypeError()
        image_group_type_1 = cast(list[Any], data)

        return image_group_type_1

    image_group = _parse_image_group(json_value)

    return image_group


def _read_schedule_till(json_value: Any, parse_ctx: ParseContext) -> datetime.date | Unset:

    schedule_till: datetime.date | Unset
    if isinstance(json_value, Unset):
        schedule_till = UNSET
    else:
        try:
            schedule_till = date_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            schedule_till = types.parse_iso_date(json_value)

    return schedule_till


ISO_PARSERS[_read_schedule_till] = date_from_iso


def _read_user(json_value: Any, parse_ctx: ParseContext) -> JsonObject | list[Any] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    def _parse_user(data: object) -> JsonObject | list[Any] | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            user_type_0 = new_model(JsonObject)
            user_type_0.additional_properties = dict(data)

            return user_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, list):
            raise TypeError()
        user_type_1 = cast(list[Any], data)

        return user_type_1

    user = _parse_user(json_value)

    return user


def _read_position(json_value: Any, parse_ctx: ParseContext) -> IdAndTitle | list[Any] | Unset:
    IdAndTitle = MODEL_CLASSES.get("altegio_client.models.id_and_title") or model_class(
        "altegio_client.models.id_and_title", "IdAndTitle"
    )

    def _parse_position(data: object) -> IdAndTitle | list[Any] | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            position_type_0 = IdAndTitle.from_dict(data)

            return position_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, list):
            raise TypeError()
        position_type_1 = cast(list[Any], data)

        return position_type_1

    position = _parse_position(json_value)

    return position


_DECLARED_KEYS = frozenset(
    {
        "id",
        "api_id",
        "name",
        "specialization",
        "rating",
        "show_rating",
        "user_id",
        "has_access_timetable",
        "avatar",
        "avatar_big",
        "comments_count",
        "votes_count",
        "bookable",
        "image_group",
        "information",
        "position_id",
        "schedule_till",
        "weight",
        "fired",
        "status",
        "hidden",
        "user",
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


TeamMemberListItem._lazy_fields = {
    "id": ("id", None, False),
    "api_id": ("api_id", None, False),
    "name": ("name", None, False),
    "specialization": ("specialization", None, False),
    "rating": ("rating", None, False),
    "show_rating": ("show_rating", None, False),
    "user_id": ("user_id", None, False),
    "has_access_timetable": ("has_access_timetable", None, False),
    "avatar": ("avatar", None, False),
    "avatar_big": ("avatar_big", None, False),
    "comments_count": ("comments_count", None, False),
    "votes_count": ("votes_count", None, False),
    "bookable": ("bookable", None, False),
    "image_group": ("image_group", _read_image_group, False),
    "information": ("information", None, False),
    "position_id": ("position_id", None, False),
    "schedule_till": ("schedule_till", _read_schedule_till, False),
    "weight": ("weight", None, False),
    "fired": ("fired", None, False),
    "status": ("status", None, False),
    "hidden": ("hidden", None, False),
    "user": ("user", _read_user, False),
    "prepaid": ("prepaid", None, False),
    "position": ("position", _read_position, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: TeamMemberListItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.api_id = get("api_id", UNSET)
    model.name = get("name", UNSET)
    model.specialization = get("specialization", UNSET)
    model.rating = get("rating", UNSET)
    model.show_rating = get("show_rating", UNSET)
    model.user_id = get("user_id", UNSET)
    model.has_access_timetable = get("has_access_timetable", UNSET)
    model.avatar = get("avatar", UNSET)
    model.avatar_big = get("avatar_big", UNSET)
    model.comments_count = get("comments_count", UNSET)
    model.votes_count = get("votes_count", UNSET)
    model.bookable = get("bookable", UNSET)
    model.information = get("information", UNSET)
    model.position_id = get("position_id", UNSET)
    model.weight = get("weight", UNSET)
    model.fired = get("fired", UNSET)
    model.status = get("status", UNSET)
    model.hidden = get("hidden", UNSET)
    model.prepaid = get("prepaid", UNSET)


def _fill_converted(
    model: TeamMemberListItem, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "image_group" not in done:
        value = get("image_group", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.image_group = UNSET
        elif _builtins.type(value) is dict:
            # the union's JsonObject branch: what _read_image_group makes of an object
            json_object = new_model(
                MODEL_CLASSES.get("altegio_client.models.json_object")
                or model_class("altegio_client.models.json_object", "JsonObject")
            )
            json_object.additional_properties = dict(value)
            model.image_group = json_object
        else:
            try:
                model.image_group = _read_image_group(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "schedule_till" not in done:
        value = get("schedule_till", UNSET)
        if value is UNSET:
            model.schedule_till = UNSET
        else:
            try:
                try:
                    model.schedule_till = date_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.schedule_till = types.parse_iso_date(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "user" not in done:
        value = get("user", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.user = UNSET
        elif _builtins.type(value) is dict:
            # the union's JsonObject branch: what _read_user makes of an object
            json_object = new_model(
                MODEL_CLASSES.get("altegio_client.models.json_object")
                or model_class("altegio_client.models.json_object", "JsonObject")
            )
            json_object.additional_properties = dict(value)
            model.user = json_object
        else:
            try:
                model.user = _read_user(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "position" not in done:
        value = get("position", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.position = UNSET
        else:
            try:
                model.position = _read_position(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: TeamMemberListItem | None = None) -> TeamMemberListItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return TeamMemberListItem._lazy(json_value, parse_ctx)
        model = new_model(TeamMemberListItem)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(TeamMemberListItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_image_group, value_schedule_till, value_user, value_position = fill(json_value, model)
    if value_image_group is UNSET:  # what every optional field's converter returns for it
        model.image_group = UNSET
    elif _builtins.type(value_image_group) is dict:
        # the union's JsonObject branch: what _read_image_group makes of an object
        json_object = new_model(
            MODEL_CLASSES.get("altegio_client.models.json_object")
            or model_class("altegio_client.models.json_object", "JsonObject")
        )
        json_object.additional_properties = dict(value_image_group)
        model.image_group = json_object
    else:
        try:
            model.image_group = _read_image_group(value_image_group, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_schedule_till is UNSET:
        model.schedule_till = UNSET
    else:
        try:
            try:
                model.schedule_till = date_from_iso(value_schedule_till)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.schedule_till = types.parse_iso_date(value_schedule_till)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_user is UNSET:  # what every optional field's converter returns for it
        model.user = UNSET
    elif _builtins.type(value_user) is dict:
        # the union's JsonObject branch: what _read_user makes of an object
        json_object = new_model(
            MODEL_CLASSES.get("altegio_client.models.json_object")
            or model_class("altegio_client.models.json_object", "JsonObject")
        )
        json_object.additional_properties = dict(value_user)
        model.user = json_object
    else:
        try:
            model.user = _read_user(value_user, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_position is UNSET:  # what every optional field's converter returns for it
        model.position = UNSET
    else:
        try:
            model.position = _read_position(value_position, parse_ctx)
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
        model.__class__ = lazily_read_class(TeamMemberListItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = TeamMemberListItem
        del model._raw, model._context
    return model


TeamMemberListItem._lazy_fill = (_fill_plain, _fill_converted, _build)
