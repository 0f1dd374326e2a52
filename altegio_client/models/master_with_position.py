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
    from ..models.position_compact import PositionCompact


T = TypeVar("T", bound="MasterWithPosition")


@_attrs_define
class MasterWithPosition(LazyModel):
    """
    Example:
        {'id': 123, 'name': 'John Johnson', 'company_id': 123, 'specialization': 'Master', 'avatar':
            'https://app.alteg.io/images/no-master-sm.png', 'avatar_big': 'https://app.alteg.io/images/no-master.png',
            'position': {'id': 123, 'title': 'Position'}, 'is_paid_staff': False}

    """

    id: int | Unset = UNSET
    """ ID of a team member. """
    name: str | Unset = UNSET
    """ Name of a team member. """
    company_id: int | Unset = UNSET
    """ ID of a location, where team member was created. """
    specialization: str | Unset = UNSET
    """ Specialization of a team member. """
    avatar: str | Unset = UNSET
    """ Link to the avatar of a team member (small). """
    avatar_big: str | Unset = UNSET
    """ Link to the avatar of a team member (original). """
    position: PositionCompact | Unset = UNSET
    """ Data for an existing position in a chain. """
    is_paid_staff: bool | Unset = UNSET
    """ Whether the team member is a paid staff member counted in license price. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        company_id = self.company_id

        specialization = self.specialization

        avatar = self.avatar

        avatar_big = self.avatar_big

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        is_paid_staff = self.is_paid_staff

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
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if avatar_big is not UNSET:
            field_dict["avatar_big"] = avatar_big
        if position is not UNSET:
            field_dict["position"] = position
        if is_paid_staff is not UNSET:
            field_dict["is_paid_staff"] = is_paid_staff

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.position_compact import PositionCompact  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        company_id = d.pop("company_id", UNSET)

        specialization = d.pop("specialization", UNSET)

        avatar = d.pop("avatar", UNSET)

        avatar_big = d.pop("avatar_big", UNSET)

        _position = d.pop("position", UNSET)
        position: PositionCompact | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = PositionCompact.from_dict(_position)

        is_paid_staff = d.pop("is_paid_staff", UNSET)

        master_with_position = cls(
            id=id,
            name=name,
            company_id=company_id,
            specialization=specialization,
            avatar=avatar,
            avatar_big=avatar_big,
            position=position,
            is_paid_staff=is_paid_staff,
        )

        master_with_position.additional_properties = d
        return master_with_position

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


def _read_position(json_value: Any, parse_ctx: ParseContext) -> PositionCompact | Unset:
    PositionCompact = MODEL_CLASSES.get("altegio_client.models.position_compact") or model_class(
        "altegio_client.models.position_compact", "PositionCompact"
    )

    _position = json_value
    position: PositionCompact | Unset
    if isinstance(_position, Unset):
        position = UNSET
    else:
        position = PositionCompact._lazy(_position, parse_ctx)

    return position


_DECLARED_KEYS = frozenset(
    {
        "id",
        "name",
        "company_id",
        "specialization",
        "avatar",
        "avatar_big",
        "position",
        "is_paid_staff",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


MasterWithPosition._lazy_fields = {
    "id": ("id", None, False),
    "name": ("name", None, False),
    "company_id": ("company_id", None, False),
    "specialization": ("specialization", None, False),
    "avatar": ("avatar", None, False),
    "avatar_big": ("avatar_big", None, False),
    "position": ("position", _read_position, False),
    "is_paid_staff": ("is_paid_staff", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: MasterWithPosition, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.name = get("name", UNSET)
    model.company_id = get("company_id", UNSET)
    model.specialization = get("specialization", UNSET)
    model.avatar = get("avatar", UNSET)
    model.avatar_big = get("avatar_big", UNSET)
    model.is_paid_staff = get("is_paid_staff", UNSET)


def _fill_converted(
    model: MasterWithPosition, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "position" not in done:
        value = get("position", UNSET)
        if value is UNSET:
            model.position = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.position_compact") or model_builder(
                "altegio_client.models.position_compact", "PositionCompact"
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


def _build(json_value: Any, parse_ctx: ParseContext, model: MasterWithPosition | None = None) -> MasterWithPosition:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return MasterWithPosition._lazy(json_value, parse_ctx)
        model = new_model(MasterWithPosition)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(MasterWithPosition, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_position,) = fill(json_value, model)
    if value_position is UNSET:
        model.position = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.position_compact") or model_builder(
            "altegio_client.models.position_compact", "PositionCompact"
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
        model.__class__ = lazily_read_class(MasterWithPosition)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = MasterWithPosition
        del model._raw, model._context
    return model


MasterWithPosition._lazy_fill = (_fill_plain, _fill_converted, _build)
