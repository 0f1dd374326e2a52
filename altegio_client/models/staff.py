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
from ..models.staff_fired import StaffFired, check_staff_fired
from ..models.zero_or_one import ZeroOrOne, check_zero_or_one
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.staff_image_group import StaffImageGroup
    from ..models.staff_position_object import StaffPositionObject
    from ..models.staff_user import StaffUser


T = TypeVar("T", bound="Staff")


@_attrs_define
class Staff(LazyModel):
    """Team member data sent in webhook notifications. Matches the output of the team member detail API."""

    id: int | Unset = UNSET
    """ Team member ID. """
    api_id: str | Unset = UNSET
    name: str | Unset = UNSET
    """ Full name. """
    specialization: str | Unset = UNSET
    position: StaffPositionObject | Unset = UNSET
    """ Position details. """
    show_rating: ZeroOrOne | Unset = UNSET
    rating: float | Unset = UNSET
    votes_count: int | Unset = UNSET
    avatar: str | Unset = UNSET
    """ Avatar thumbnail URL. """
    avatar_big: str | Unset = UNSET
    """ Full-size avatar URL. """
    comments_count: int | Unset = UNSET
    weight: int | Unset = UNSET
    """ Sort order. """
    information: str | Unset = UNSET
    """ HTML biography. """
    hidden: ZeroOrOne | Unset = UNSET
    fired: StaffFired | Unset = UNSET
    """ 1 — dismissed, 0 — active. """
    status: ZeroOrOne | Unset = UNSET
    position_id: int | Unset = UNSET
    schedule_till: str | Unset = UNSET
    """ Schedule end date. """
    image_group: StaffImageGroup | Unset = UNSET
    """ Image group data. """
    prepaid: str | Unset = UNSET
    """ Prepaid slug. """
    user_id: int | None | Unset = UNSET
    user: None | StaffUser | Unset = UNSET
    has_access_timetable: bool | Unset = UNSET
    is_paid_staff: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.staff_user import StaffUser  # noqa: PLC0415

        id = self.id

        api_id = self.api_id

        name = self.name

        specialization = self.specialization

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        show_rating: int | Unset = UNSET
        if not isinstance(self.show_rating, Unset):
            show_rating = self.show_rating

        rating = self.rating

        votes_count = self.votes_count

        avatar = self.avatar

        avatar_big = self.avatar_big

        comments_count = self.comments_count

        weight = self.weight

        information = self.information

        hidden: int | Unset = UNSET
        if not isinstance(self.hidden, Unset):
            hidden = self.hidden

        fired: int | Unset = UNSET
        if not isinstance(self.fired, Unset):
            fired = self.fired

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        position_id = self.position_id

        schedule_till = self.schedule_till

        image_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_group, Unset):
            image_group = self.image_group.to_dict()

        prepaid = self.prepaid

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, StaffUser):
            user = self.user.to_dict()
        else:
            user = self.user

        has_access_timetable = self.has_access_timetable

        is_paid_staff = self.is_paid_staff

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
        if position is not UNSET:
            field_dict["position"] = position
        if show_rating is not UNSET:
            field_dict["show_rating"] = show_rating
        if rating is not UNSET:
            field_dict["rating"] = rating
        if votes_count is not UNSET:
            field_dict["votes_count"] = votes_count
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if avatar_big is not UNSET:
            field_dict["avatar_big"] = avatar_big
        if comments_count is not UNSET:
            field_dict["comments_count"] = comments_count
        if weight is not UNSET:
            field_dict["weight"] = weight
        if information is not UNSET:
            field_dict["information"] = information
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if fired is not UNSET:
            field_dict["fired"] = fired
        if status is not UNSET:
            field_dict["status"] = status
        if position_id is not UNSET:
            field_dict["position_id"] = position_id
        if schedule_till is not UNSET:
            field_dict["schedule_till"] = schedule_till
        if image_group is not UNSET:
            field_dict["image_group"] = image_group
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user is not UNSET:
            field_dict["user"] = user
        if has_access_timetable is not UNSET:
            field_dict["has_access_timetable"] = has_access_timetable
        if is_paid_staff is not UNSET:
            field_dict["is_paid_staff"] = is_paid_staff

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.staff_image_group import StaffImageGroup  # noqa: PLC0415
        from ..models.staff_position_object import StaffPositionObject  # noqa: PLC0415
        from ..models.staff_user import StaffUser  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        api_id = d.pop("api_id", UNSET)

        name = d.pop("name", UNSET)

        specialization = d.pop("specialization", UNSET)

        _position = d.pop("position", UNSET)
        position: StaffPositionObject | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = StaffPositionObject.from_dict(_position)

        _show_rating = d.pop("show_rating", UNSET)
        show_rating: ZeroOrOne | Unset
        if isinstance(_show_rating, Unset):
            show_rating = UNSET
        else:
            show_rating = check_zero_or_one(_show_rating)

        rating = d.pop("rating", UNSET)

        votes_count = d.pop("votes_count", UNSET)

        avatar = d.pop("avatar", UNSET)

        avatar_big = d.pop("avatar_big", UNSET)

        comments_count = d.pop("comments_count", UNSET)

        weight = d.pop("weight", UNSET)

        information = d.pop("information", UNSET)

        _hidden = d.pop("hidden", UNSET)
        hidden: ZeroOrOne | Unset
        if isinstance(_hidden, Unset):
            hidden = UNSET
        else:
            hidden = check_zero_or_one(_hidden)

        _fired = d.pop("fired", UNSET)
        fired: StaffFired | Unset
        if isinstance(_fired, Unset):
            fired = UNSET
        else:
            fired = check_staff_fired(_fired)

        _status = d.pop("status", UNSET)
        status: ZeroOrOne | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_zero_or_one(_status)

        position_id = d.pop("position_id", UNSET)

        schedule_till = d.pop("schedule_till", UNSET)

        _image_group = d.pop("image_group", UNSET)
        image_group: StaffImageGroup | Unset
        if isinstance(_image_group, Unset):
            image_group = UNSET
        else:
            image_group = StaffImageGroup.from_dict(_image_group)

        prepaid = d.pop("prepaid", UNSET)

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_user(data: object) -> None | StaffUser | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = StaffUser.from_dict(data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StaffUser | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        has_access_timetable = d.pop("has_access_timetable", UNSET)

        is_paid_staff = d.pop("is_paid_staff", UNSET)

        staff = cls(
            id=id,
            api_id=api_id,
            name=name,
            specialization=specialization,
            position=position,
            show_rating=show_rating,
            rating=rating,
            votes_count=votes_count,
            avatar=avatar,
            avatar_big=avatar_big,
            comments_count=comments_count,
            weight=weight,
            information=information,
            hidden=hidden,
            fired=fired,
            status=status,
            position_id=position_id,
            schedule_till=schedule_till,
            image_group=image_group,
            prepaid=prepaid,
            user_id=user_id,
            user=user,
            has_access_timetable=has_access_timetable,
            is_paid_staff=is_paid_staff,
        )

        staff.additional_properties = d
        return staff

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


def _read_position(json_value: Any, parse_ctx: ParseContext) -> StaffPositionObject | Unset:
    StaffPositionObject = MODEL_CLASSES.get("altegio_client.models.staff_position_object") or model_class(
        "altegio_client.models.staff_position_object", "StaffPositionObject"
    )

    _position = json_value
    position: StaffPositionObject | Unset
    if isinstance(_position, Unset):
        position = UNSET
    else:
        position = StaffPositionObject._lazy(_position, parse_ctx)

    return position


def _read_show_rating(json_value: Any, parse_ctx: ParseContext) -> ZeroOrOne | Unset:

    _show_rating = json_value
    show_rating: ZeroOrOne | Unset
    if isinstance(_show_rating, Unset):
        show_rating = UNSET
    else:
        show_rating = check_zero_or_one(_show_rating)

    return show_rating


def _read_hidden(json_value: Any, parse_ctx: ParseContext) -> ZeroOrOne | Unset:

    _hidden = json_value
    hidden: ZeroOrOne | Unset
    if isinstance(_hidden, Unset):
        hidden = UNSET
    else:
        hidden = check_zero_or_one(_hidden)

    return hidden


def _read_fired(json_value: Any, parse_ctx: ParseContext) -> StaffFired | Unset:

    _fired = json_value
    fired: StaffFired | Unset
    if isinstance(_fired, Unset):
        fired = UNSET
    else:
        fired = check_staff_fired(_fired)

    return fired


def _read_status(json_value: Any, parse_ctx: ParseContext) -> ZeroOrOne | Unset:

    _status = json_value
    status: ZeroOrOne | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = check_zero_or_one(_status)

    return status


def _read_image_group(json_value: Any, parse_ctx: ParseContext) -> StaffImageGroup | Unset:
    StaffImageGroup = MODEL_CLASSES.get("altegio_client.models.staff_image_group") or model_class(
        "altegio_client.models.staff_image_group", "StaffImageGroup"
    )

    _image_group = json_value
    image_group: StaffImageGroup | Unset
    if isinstance(_image_group, Unset):
        image_group = UNSET
    else:
        image_group = StaffImageGroup._lazy(_image_group, parse_ctx)

    return image_group


def _read_user(json_value: Any, parse_ctx: ParseContext) -> None | StaffUser | Unset:
    StaffUser = MODEL_CLASSES.get("altegio_client.models.staff_user") or model_class(
        "altegio_client.models.staff_user", "StaffUser"
    )

    def _parse_user(data: object) -> None | StaffUser | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            user_type_0 = StaffUser.from_dict(data)

            return user_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | StaffUser | Unset, data)

    user = _parse_user(json_value)

    return user


_DECLARED_KEYS = frozenset(
    {
        "id",
        "api_id",
        "name",
        "specialization",
        "position",
        "show_rating",
        "rating",
        "votes_count",
        "avatar",
        "avatar_big",
        "comments_count",
        "weight",
        "information",
        "hidden",
        "fired",
        "status",
        "position_id",
        "schedule_till",
        "image_group",
        "prepaid",
        "user_id",
        "user",
        "has_access_timetable",
        "is_paid_staff",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


Staff._lazy_fields = {
    "id": ("id", None, False),
    "api_id": ("api_id", None, False),
    "name": ("name", None, False),
    "specialization": ("specialization", None, False),
    "position": ("position", _read_position, False),
    "show_rating": ("show_rating", _read_show_rating, False),
    "rating": ("rating", None, False),
    "votes_count": ("votes_count", None, False),
    "avatar": ("avatar", None, False),
    "avatar_big": ("avatar_big", None, False),
    "comments_count": ("comments_count", None, False),
    "weight": ("weight", None, False),
    "information": ("information", None, False),
    "hidden": ("hidden", _read_hidden, False),
    "fired": ("fired", _read_fired, False),
    "status": ("status", _read_status, False),
    "position_id": ("position_id", None, False),
    "schedule_till": ("schedule_till", None, False),
    "image_group": ("image_group", _read_image_group, False),
    "prepaid": ("prepaid", None, False),
    "user_id": ("user_id", None, False),
    "user": ("user", _read_user, False),
    "has_access_timetable": ("has_access_timetable", None, False),
    "is_paid_staff": ("is_paid_staff", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: Staff, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.api_id = get("api_id", UNSET)
    model.name = get("name", UNSET)
    model.specialization = get("specialization", UNSET)
    model.rating = get("rating", UNSET)
    model.votes_count = get("votes_count", UNSET)
    model.avatar = get("avatar", UNSET)
    model.avatar_big = get("avatar_big", UNSET)
    model.comments_count = get("comments_count", UNSET)
    model.weight = get("weight", UNSET)
    model.information = get("information", UNSET)
    model.position_id = get("position_id", UNSET)
    model.schedule_till = get("schedule_till", UNSET)
    model.prepaid = get("prepaid", UNSET)
    model.user_id = get("user_id", UNSET)
    model.has_access_timetable = get("has_access_timetable", UNSET)
    model.is_paid_staff = get("is_paid_staff", UNSET)


def _fill_converted(model: Staff, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]) -> None:
    get = json_value.get
    if "position" not in done:
        value = get("position", UNSET)
        if value is UNSET:
            model.position = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.staff_position_object") or model_builder(
                "altegio_client.models.staff_position_object", "StaffPositionObject"
            )
            try:
                model.position = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "show_rating" not in done:
        value = get("show_rating", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.show_rating = UNSET
        else:
            try:
                model.show_rating = _read_show_rating(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "hidden" not in done:
        value = get("hidden", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.hidden = UNSET
        else:
            try:
                model.hidden = _read_hidden(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "fired" not in done:
        value = get("fired", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.fired = UNSET
        else:
            try:
                model.fired = _read_fired(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "status" not in done:
        value = get("status", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.status = UNSET
        else:
            try:
                model.status = _read_status(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "image_group" not in done:
        value = get("image_group", UNSET)
        if value is UNSET:
            model.image_group = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.staff_image_group") or model_builder(
                "altegio_client.models.staff_image_group", "StaffImageGroup"
            )
            try:
                model.image_group = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "user" not in done:
        value = get("user", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.user = UNSET
        else:
            try:
                model.user = _read_user(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: Staff | None = None) -> Staff:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return Staff._lazy(json_value, parse_ctx)
        model = new_model(Staff)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(Staff, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_position, value_show_rating, value_hidden, value_fired, value_status, value_image_group, value_user = fill(
        json_value, model
    )
    if value_position is UNSET:
        model.position = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.staff_position_object") or model_builder(
            "altegio_client.models.staff_position_object", "StaffPositionObject"
        )
        try:
            model.position = build(value_position, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_show_rating is UNSET:  # what every optional field's converter returns for it
        model.show_rating = UNSET
    else:
        try:
            model.show_rating = _read_show_rating(value_show_rating, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_hidden is UNSET:  # what every optional field's converter returns for it
        model.hidden = UNSET
    else:
        try:
            model.hidden = _read_hidden(value_hidden, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_fired is UNSET:  # what every optional field's converter returns for it
        model.fired = UNSET
    else:
        try:
            model.fired = _read_fired(value_fired, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_status is UNSET:  # what every optional field's converter returns for it
        model.status = UNSET
    else:
        try:
            model.status = _read_status(value_status, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_image_group is UNSET:
        model.image_group = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.staff_image_group") or model_builder(
            "altegio_client.models.staff_image_group", "StaffImageGroup"
        )
        try:
            model.image_group = build(value_image_group, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_user is UNSET:  # what every optional field's converter returns for it
        model.user = UNSET
    else:
        try:
            model.user = _read_user(value_user, parse_ctx)
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
        model.__class__ = lazily_read_class(Staff)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = Staff
        del model._raw, model._context
    return model


Staff._lazy_fill = (_fill_plain, _fill_converted, _build)
