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
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTeamMemberQuickBody")


@_attrs_define
class CreateTeamMemberQuickBody(LazyModel):
    name: str
    """ Name of a team member. """
    specialization: str
    """ Specialization of a team member. """
    position_id: int | None
    """ ID of a position that should be linked to a team member. """
    phone_number: None | str
    """ Phone number of a user that should be linked to a team member (without "+", 9 to 15 digits). """
    user_email: str
    """ Email address of the user to be created or linked to the team member. """
    user_phone: str
    """ User phone number (without "+", 9 to 15 digits). Can be the same as phone_number or different for user
    account login. """
    is_user_invite: bool
    """ Whether to send an invitation email to the user. Set to true to send invitation, false to create without
    sending invitation. """
    is_paid_staff: bool | Unset = UNSET
    """ Whether the team member is a paid staff member. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        specialization = self.specialization

        position_id: int | None
        position_id = self.position_id

        phone_number: None | str
        phone_number = self.phone_number

        user_email = self.user_email

        user_phone = self.user_phone

        is_user_invite = self.is_user_invite

        is_paid_staff = self.is_paid_staff

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "specialization": specialization,
                "position_id": position_id,
                "phone_number": phone_number,
                "user_email": user_email,
                "user_phone": user_phone,
                "is_user_invite": is_user_invite,
            }
        )
        if is_paid_staff is not UNSET:
            field_dict["is_paid_staff"] = is_paid_staff

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        specialization = d.pop("specialization")

        def _parse_position_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        position_id = _parse_position_id(d.pop("position_id"))

        def _parse_phone_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone_number = _parse_phone_number(d.pop("phone_number"))

        user_email = d.pop("user_email")

        user_phone = d.pop("user_phone")

        is_user_invite = d.pop("is_user_invite")

        is_paid_staff = d.pop("is_paid_staff", UNSET)

        create_team_member_quick_body = cls(
            name=name,
            specialization=specialization,
            position_id=position_id,
            phone_number=phone_number,
            user_email=user_email,
            user_phone=user_phone,
            is_user_invite=is_user_invite,
            is_paid_staff=is_paid_staff,
        )

        create_team_member_quick_body.additional_properties = d
        return create_team_member_quick_body

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
        "name",
        "specialization",
        "position_id",
        "phone_number",
        "user_email",
        "user_phone",
        "is_user_invite",
        "is_paid_staff",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CreateTeamMemberQuickBody._lazy_fields = {
    "name": ("name", None, True),
    "specialization": ("specialization", None, True),
    "position_id": ("position_id", None, True),
    "phone_number": ("phone_number", None, True),
    "user_email": ("user_email", None, True),
    "user_phone": ("user_phone", None, True),
    "is_user_invite": ("is_user_invite", None, True),
    "is_paid_staff": ("is_paid_staff", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: CreateTeamMemberQuickBody, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "name" in json_value:
        model.name = json_value["name"]
    if "specialization" in json_value:
        model.specialization = json_value["specialization"]
    if "position_id" in json_value:
        model.position_id = json_value["position_id"]
    if "phone_number" in json_value:
        model.phone_number = json_value["phone_number"]
    if "user_email" in json_value:
        model.user_email = json_value["user_email"]
    if "user_phone" in json_value:
        model.user_phone = json_value["user_phone"]
    if "is_user_invite" in json_value:
        model.is_user_invite = json_value["is_user_invite"]
    model.is_paid_staff = get("is_paid_staff", UNSET)


def _fill_converted(
    model: CreateTeamMemberQuickBody, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: CreateTeamMemberQuickBody | None = None
) -> CreateTeamMemberQuickBody:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CreateTeamMemberQuickBody._lazy(json_value, parse_ctx)
        model = new_model(CreateTeamMemberQuickBody)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(CreateTeamMemberQuickBody, keys)
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
        model.__class__ = lazily_read_class(CreateTeamMemberQuickBody)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CreateTeamMemberQuickBody
        del model._raw, model._context
    return model


CreateTeamMemberQuickBody._lazy_fill = (_fill_plain, _fill_converted, _build)
