from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._codegen import (
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    model_class,
    new_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.team_member_position_type_0 import TeamMemberPositionType0


T = TypeVar("T", bound="TeamMember")


@_attrs_define
class TeamMember(LazyModel):
    """Team member data object"""

    id: int | Unset = UNSET
    """ team member ID """
    name: str | Unset = UNSET
    """ team member name """
    company_id: int | Unset = UNSET
    """ location ID """
    specialization: str | Unset = UNSET
    """ team member specialization """
    position: list[Any] | None | TeamMemberPositionType0 | Unset = UNSET
    """ Team member's position (object when assigned, null or empty array when unassigned) """
    avatar: str | Unset = UNSET
    """ Path to team member avatar file """
    avatar_big: str | Unset = UNSET
    """ The path to the team member's avatar file in a higher resolution """
    fired: float | str | Unset = UNSET
    """ Whether the team member was fired, 1 - fired, 0 - not fired """
    status: float | str | Unset = UNSET
    """ Is the team member removed, 1 - removed, 0 - not removed """
    hidden: float | str | Unset = UNSET
    """ Whether the team member is hidden for online appointment, 1 - hidden, 0 - not hidden """
    user_id: int | None | Unset = UNSET
    """ team member's linked user ID """
    is_paid_staff: bool | Unset = UNSET
    """ Whether the team member is a paid staff member counted in license price """
    is_included_in_payment_policy: bool | Unset = UNSET
    """ Whether the team member is included in the location''s active payment policy scope.

    Always returned. Defaults to `true` when the `payment_policy` feature is disabled for the location or no active
    payment policy exists.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.team_member_position_type_0 import TeamMemberPositionType0  # noqa: PLC0415

        id = self.id

        name = self.name

        company_id = self.company_id

        specialization = self.specialization

        position: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, TeamMemberPositionType0):
            position = self.position.to_dict()
        elif isinstance(self.position, list):
            position = self.position

        else:
            position = self.position

        avatar = self.avatar

        avatar_big = self.avatar_big

        fired: float | str | Unset
        if isinstance(self.fired, Unset):
            fired = UNSET
        else:
            fired = self.fired

        status: float | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        hidden: float | str | Unset
        if isinstance(self.hidden, Unset):
            hidden = UNSET
        else:
            hidden = self.hidden

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        is_paid_staff = self.is_paid_staff

        is_included_in_payment_policy = self.is_included_in_payment_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if specialization is not UNSET:
            field_dict["specialization"] = specialization
        if position is not UNSET:
            field_dict["position"] = position
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if avatar_big is not UNSET:
            field_dict["avatar_big"] = avatar_big
        if fired is not UNSET:
            field_dict["fired"] = fired
        if status is not UNSET:
            field_dict["status"] = status
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if is_paid_staff is not UNSET:
            field_dict["is_paid_staff"] = is_paid_staff
        if is_included_in_payment_policy is not UNSET:
            field_dict["is_included_in_payment_policy"] = is_included_in_payment_policy

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.team_member_position_type_0 import TeamMemberPositionType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        company_id = d.pop("company_id", UNSET)

        specialization = d.pop("specialization", UNSET)

        def _parse_position(data: object) -> list[Any] | None | TeamMemberPositionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                position_type_0 = TeamMemberPositionType0.from_dict(data)

                return position_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                position_type_1 = cast(list[Any], data)

                return position_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | TeamMemberPositionType0 | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        avatar = d.pop("avatar", UNSET)

        avatar_big = d.pop("avatar_big", UNSET)

        def _parse_fired(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        fired = _parse_fired(d.pop("fired", UNSET))

        def _parse_status(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_hidden(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        hidden = _parse_hidden(d.pop("hidden", UNSET))

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        is_paid_staff = d.pop("is_paid_staff", UNSET)

        is_included_in_payment_policy = d.pop("is_included_in_payment_policy", UNSET)

        team_member = cls(
            id=id,
            name=name,
            company_id=company_id,
            specialization=specialization,
            position=position,
            avatar=avatar,
            avatar_big=avatar_big,
            fired=fired,
            status=status,
            hidden=hidden,
            user_id=user_id,
            is_paid_staff=is_paid_staff,
            is_included_in_payment_policy=is_included_in_payment_policy,
        )

        team_member.additional_properties = d
        return team_member

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


def _read_position(json_value: Any, parse_ctx: ParseContext) -> list[Any] | None | TeamMemberPositionType0 | Unset:
    TeamMemberPositionType0 = MODEL_CLASSES.get("altegio_client.models.team_member_position_type_0") or model_class(
        "altegio_client.models.team_member_position_type_0", "TeamMemberPositionType0"
    )

    def _parse_position(data: object) -> list[Any] | None | TeamMemberPositionType0 | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            position_type_0 = TeamMemberPositionType0.from_dict(data)

            return position_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, list):
                raise TypeError()
            position_type_1 = cast(list[Any], data)

            return position_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(list[Any] | None | TeamMemberPositionType0 | Unset, data)

    position = _parse_position(json_value)

    return position


_DECLARED_KEYS = frozenset(
    {
        "id",
        "name",
        "company_id",
        "specialization",
        "position",
        "avatar",
        "avatar_big",
        "fired",
        "status",
        "hidden",
        "user_id",
        "is_paid_staff",
        "is_included_in_payment_policy",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


TeamMember._lazy_fields = {
    "id": ("id", None, False),
    "name": ("name", None, False),
    "company_id": ("company_id", None, False),
    "specialization": ("specialization", None, False),
    "position": ("position", _read_position, False),
    "avatar": ("avatar", None, False),
    "avatar_big": ("avatar_big", None, False),
    "fired": ("fired", None, False),
    "status": ("status", None, False),
    "hidden": ("hidden", None, False),
    "user_id": ("user_id", None, False),
    "is_paid_staff": ("is_paid_staff", None, False),
    "is_included_in_payment_policy": ("is_included_in_payment_policy", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: TeamMember, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.name = get("name", UNSET)
    model.company_id = get("company_id", UNSET)
    model.specialization = get("specialization", UNSET)
    model.avatar = get("avatar", UNSET)
    model.avatar_big = get("avatar_big", UNSET)
    model.fired = get("fired", UNSET)
    model.status = get("status", UNSET)
    model.hidden = get("hidden", UNSET)
    model.user_id = get("user_id", UNSET)
    model.is_paid_staff = get("is_paid_staff", UNSET)
    model.is_included_in_payment_policy = get("is_included_in_payment_policy", UNSET)


def _fill_converted(
    model: TeamMember, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
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


def _build(json_value: Any, parse_ctx: ParseContext, model: TeamMember | None = None) -> TeamMember:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return TeamMember._lazy(json_value, parse_ctx)
        model = new_model(TeamMember)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(TeamMember, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_position,) = fill(json_value, model)
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
        model.__class__ = lazily_read_class(TeamMember)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = TeamMember
        del model._raw, model._context
    return model


TeamMember._lazy_fill = (_fill_plain, _fill_converted, _build)
