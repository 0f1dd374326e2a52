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
    from ..models.tips_setting_response_data_types_data_item_staff_employee import (
        TipsSettingResponseDataTypesDataItemStaffEmployee,
    )
    from ..models.tips_setting_response_data_types_data_item_staff_position import (
        TipsSettingResponseDataTypesDataItemStaffPosition,
    )
    from ..models.tips_setting_response_data_types_data_item_staff_user import (
        TipsSettingResponseDataTypesDataItemStaffUser,
    )


T = TypeVar("T", bound="TipsSettingResponseDataTypesDataItemStaff")


@_attrs_define
class TipsSettingResponseDataTypesDataItemStaff(LazyModel):
    """Team Member"""

    id: int | Unset = UNSET
    """ team member ID """
    name: str | Unset = UNSET
    """ Team Member name """
    specialization: str | Unset = UNSET
    """ Specialization """
    avatar: str | Unset = UNSET
    """ Path to team member profile picture """
    employee: TipsSettingResponseDataTypesDataItemStaffEmployee | Unset = UNSET
    """ team member """
    user: TipsSettingResponseDataTypesDataItemStaffUser | Unset = UNSET
    """ User """
    position: TipsSettingResponseDataTypesDataItemStaffPosition | Unset = UNSET
    """ Position """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        specialization = self.specialization

        avatar = self.avatar

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if specialization is not UNSET:
            field_dict["specialization"] = specialization
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if employee is not UNSET:
            field_dict["employee"] = employee
        if user is not UNSET:
            field_dict["user"] = user
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tips_setting_response_data_types_data_item_staff_employee import (
            TipsSettingResponseDataTypesDataItemStaffEmployee,  # noqa: PLC0415
        )
        from ..models.tips_setting_response_data_types_data_item_staff_position import (
            TipsSettingResponseDataTypesDataItemStaffPosition,  # noqa: PLC0415
        )
        from ..models.tips_setting_response_data_types_data_item_staff_user import (
            TipsSettingResponseDataTypesDataItemStaffUser,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        specialization = d.pop("specialization", UNSET)

        avatar = d.pop("avatar", UNSET)

        _employee = d.pop("employee", UNSET)
        employee: TipsSettingResponseDataTypesDataItemStaffEmployee | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = TipsSettingResponseDataTypesDataItemStaffEmployee.from_dict(_employee)

        _user = d.pop("user", UNSET)
        user: TipsSettingResponseDataTypesDataItemStaffUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = TipsSettingResponseDataTypesDataItemStaffUser.from_dict(_user)

        _position = d.pop("position", UNSET)
        position: TipsSettingResponseDataTypesDataItemStaffPosition | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = TipsSettingResponseDataTypesDataItemStaffPosition.from_dict(_position)

        tips_setting_response_data_types_data_item_staff = cls(
            id=id,
            name=name,
            specialization=specialization,
            avatar=avatar,
            employee=employee,
            user=user,
            position=position,
        )

        tips_setting_response_data_types_data_item_staff.additional_properties = d
        return tips_setting_response_data_types_data_item_staff

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


def _read_employee(
    json_value: Any, parse_ctx: ParseContext
) -> TipsSettingResponseDataTypesDataItemStaffEmployee | Unset:
    TipsSettingResponseDataTypesDataItemStaffEmployee = MODEL_CLASSES.get(
        "altegio_client.models.tips_setting_response_data_types_data_item_staff_employee"
    ) or model_class(
        "altegio_client.models.tips_setting_response_data_types_data_item_staff_employee",
        "TipsSettingResponseDataTypesDataItemStaffEmployee",
    )

    _employee = json_value
    employee: TipsSettingResponseDataTypesDataItemStaffEmployee | Unset
    if isinstance(_employee, Unset):
        employee = UNSET
    else:
        employee = TipsSettingResponseDataTypesDataItemStaffEmployee._lazy(_employee, parse_ctx)

    return employee


def _read_user(json_value: Any, parse_ctx: ParseContext) -> TipsSettingResponseDataTypesDataItemStaffUser | Unset:
    TipsSettingResponseDataTypesDataItemStaffUser = MODEL_CLASSES.get(
        "altegio_client.models.tips_setting_response_data_types_data_item_staff_user"
    ) or model_class(
        "altegio_client.models.tips_setting_response_data_types_data_item_staff_user",
        "TipsSettingResponseDataTypesDataItemStaffUser",
    )

    _user = json_value
    user: TipsSettingResponseDataTypesDataItemStaffUser | Unset
    if isinstance(_user, Unset):
        user = UNSET
    else:
        user = TipsSettingResponseDataTypesDataItemStaffUser._lazy(_user, parse_ctx)

    return user


def _read_position(
    json_value: Any, parse_ctx: ParseContext
) -> TipsSettingResponseDataTypesDataItemStaffPosition | Unset:
    TipsSettingResponseDataTypesDataItemStaffPosition = MODEL_CLASSES.get(
        "altegio_client.models.tips_setting_response_data_types_data_item_staff_position"
    ) or model_class(
        "altegio_client.models.tips_setting_response_data_types_data_item_staff_position",
        "TipsSettingResponseDataTypesDataItemStaffPosition",
    )

    _position = json_value
    position: TipsSettingResponseDataTypesDataItemStaffPosition | Unset
    if isinstance(_position, Unset):
        position = UNSET
    else:
        position = TipsSettingResponseDataTypesDataItemStaffPosition._lazy(_position, parse_ctx)

    return position


_DECLARED_KEYS = frozenset(
    {
        "id",
        "name",
        "specialization",
        "avatar",
        "employee",
        "user",
        "position",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


TipsSettingResponseDataTypesDataItemStaff._lazy_fields = {
    "id": ("id", None, False),
    "name": ("name", None, False),
    "specialization": ("specialization", None, False),
    "avatar": ("avatar", None, False),
    "employee": ("employee", _read_employee, False),
    "user": ("user", _read_user, False),
    "position": ("position", _read_position, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: TipsSettingResponseDataTypesDataItemStaff, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.name = get("name", UNSET)
    model.specialization = get("specialization", UNSET)
    model.avatar = get("avatar", UNSET)


def _fill_converted(
    model: TipsSettingResponseDataTypesDataItemStaff,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "employee" not in done:
        value = get("employee", UNSET)
        if value is UNSET:
            model.employee = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.tips_setting_response_data_types_data_item_staff_employee"
            ) or model_builder(
                "altegio_client.models.tips_setting_response_data_types_data_item_staff_employee",
                "TipsSettingResponseDataTypesDataItemStaffEmployee",
            )
            try:
                model.employee = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "user" not in done:
        value = get("user", UNSET)
        if value is UNSET:
            model.user = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.tips_setting_response_data_types_data_item_staff_user"
            ) or model_builder(
                "altegio_client.models.tips_setting_response_data_types_data_item_staff_user",
                "TipsSettingResponseDataTypesDataItemStaffUser",
            )
            try:
                model.user = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "position" not in done:
        value = get("position", UNSET)
        if value is UNSET:
            model.position = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.tips_setting_response_data_types_data_item_staff_position"
            ) or model_builder(
                "altegio_client.models.tips_setting_response_data_types_data_item_staff_position",
                "TipsSettingResponseDataTypesDataItemStaffPosition",
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
    json_value: Any, parse_ctx: ParseContext, model: TipsSettingResponseDataTypesDataItemStaff | None = None
) -> TipsSettingResponseDataTypesDataItemStaff:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return TipsSettingResponseDataTypesDataItemStaff._lazy(json_value, parse_ctx)
        model = new_model(
            TipsSettingResponseDataTypesDataItemStaff
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
        layout = layout_of(TipsSettingResponseDataTypesDataItemStaff, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_employee, value_user, value_position = fill(json_value, model)
    if value_employee is UNSET:
        model.employee = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.tips_setting_response_data_types_data_item_staff_employee"
        ) or model_builder(
            "altegio_client.models.tips_setting_response_data_types_data_item_staff_employee",
            "TipsSettingResponseDataTypesDataItemStaffEmployee",
        )
        try:
            model.employee = build(value_employee, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_user is UNSET:
        model.user = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.tips_setting_response_data_types_data_item_staff_user"
        ) or model_builder(
            "altegio_client.models.tips_setting_response_data_types_data_item_staff_user",
            "TipsSettingResponseDataTypesDataItemStaffUser",
        )
        try:
            model.user = build(value_user, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_position is UNSET:
        model.position = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.tips_setting_response_data_types_data_item_staff_position"
        ) or model_builder(
            "altegio_client.models.tips_setting_response_data_types_data_item_staff_position",
            "TipsSettingResponseDataTypesDataItemStaffPosition",
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
        model.__class__ = lazily_read_class(TipsSettingResponseDataTypesDataItemStaff)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = TipsSettingResponseDataTypesDataItemStaff
        del model._raw, model._context
    return model


TipsSettingResponseDataTypesDataItemStaff._lazy_fill = (_fill_plain, _fill_converted, _build)
