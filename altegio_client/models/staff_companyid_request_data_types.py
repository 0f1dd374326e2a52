from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="StaffCompanyidRequestDataTypes")


@_attrs_define
class StaffCompanyidRequestDataTypes(LazyModel):
    """Add new team member

    Example:
        {'name': 'Basil', 'specialization': 'the hairdresser', 'weight': 10, 'information': 'Trimming with three hands',
            'api_id': '42', 'hidden': 0, 'fired': 0, 'user_id': 123, 'has_access_timetable': True, 'is_paid_staff': False,
            'is_included_in_payment_policy': True}

    """

    name: str | Unset = UNSET
    """ team member name """
    specialization: str | Unset = UNSET
    """ team member specialization """
    weight: float | Unset = UNSET
    """ team member weight. team members are sorted by weight on exit, heavier first """
    information: str | Unset = UNSET
    """ team member information (HTML format) """
    api_id: str | Unset = UNSET
    """ External team member ID """
    hidden: float | Unset = UNSET
    """ Display status in online appointment, 1 - hidden, 0 - not hidden """
    fired: float | Unset = UNSET
    """ the team member's dismissal status, 1 - dismissed, 0 - not dismissed """
    user_id: int | Unset = UNSET
    """ Linked user ID, 0 - unlink user """
    has_access_timetable: bool | Unset = UNSET
    """ Whether the team member has access to the appointment calendar (can have working hours set).

    When `true`, the team member can be assigned schedules and appear in booking.
    When `false` (default for new team members), schedule-related operations will fail.

    **Note:** This may be limited by your subscription plan.
     """
    is_paid_staff: bool | Unset = UNSET
    """ Whether the team member is a paid staff member (optional) """
    is_included_in_payment_policy: bool | Unset = UNSET
    """ Whether the team member is included in the location''s active payment policy scope (optional).

    Toggling this field requires the `payment_policy_update_access` permission; otherwise the request fails with
    403.
    The field is silently ignored when the `payment_policy` feature is disabled for the location or no active
    payment policy exists.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        specialization = self.specialization

        weight = self.weight

        information = self.information

        api_id = self.api_id

        hidden = self.hidden

        fired = self.fired

        user_id = self.user_id

        has_access_timetable = self.has_access_timetable

        is_paid_staff = self.is_paid_staff

        is_included_in_payment_policy = self.is_included_in_payment_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if specialization is not UNSET:
            field_dict["specialization"] = specialization
        if weight is not UNSET:
            field_dict["weight"] = weight
        if information is not UNSET:
            field_dict["information"] = information
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if fired is not UNSET:
            field_dict["fired"] = fired
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if has_access_timetable is not UNSET:
            field_dict["has_access_timetable"] = has_access_timetable
        if is_paid_staff is not UNSET:
            field_dict["is_paid_staff"] = is_paid_staff
        if is_included_in_payment_policy is not UNSET:
            field_dict["is_included_in_payment_policy"] = is_included_in_payment_policy

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        specialization = d.pop("specialization", UNSET)

        weight = d.pop("weight", UNSET)

        information = d.pop("information", UNSET)

        api_id = d.pop("api_id", UNSET)

        hidden = d.pop("hidden", UNSET)

        fired = d.pop("fired", UNSET)

        user_id = d.pop("user_id", UNSET)

        has_access_timetable = d.pop("has_access_timetable", UNSET)

        is_paid_staff = d.pop("is_paid_staff", UNSET)

        is_included_in_payment_policy = d.pop("is_included_in_payment_policy", UNSET)

        staff_companyid_request_data_types = cls(
            name=name,
            specialization=specialization,
            weight=weight,
            information=information,
            api_id=api_id,
            hidden=hidden,
            fired=fired,
            user_id=user_id,
            has_access_timetable=has_access_timetable,
            is_paid_staff=is_paid_staff,
            is_included_in_payment_policy=is_included_in_payment_policy,
        )

        staff_companyid_request_data_types.additional_properties = d
        return staff_companyid_request_data_types

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
        "weight",
        "information",
        "api_id",
        "hidden",
        "fired",
        "user_id",
        "has_access_timetable",
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


StaffCompanyidRequestDataTypes._lazy_fields = {
    "name": ("name", None, False),
    "specialization": ("specialization", None, False),
    "weight": ("weight", None, False),
    "information": ("information", None, False),
    "api_id": ("api_id", None, False),
    "hidden": ("hidden", None, False),
    "fired": ("fired", None, False),
    "user_id": ("user_id", None, False),
    "has_access_timetable": ("has_access_timetable", None, False),
    "is_paid_staff": ("is_paid_staff", None, False),
    "is_included_in_payment_policy": ("is_included_in_payment_policy", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: StaffCompanyidRequestDataTypes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.name = get("name", UNSET)
    model.specialization = get("specialization", UNSET)
    model.weight = get("weight", UNSET)
    model.information = get("information", UNSET)
    model.api_id = get("api_id", UNSET)
    model.hidden = get("hidden", UNSET)
    model.fired = get("fired", UNSET)
    model.user_id = get("user_id", UNSET)
    model.has_access_timetable = get("has_access_timetable", UNSET)
    model.is_paid_staff = get("is_paid_staff", UNSET)
    model.is_included_in_payment_policy = get("is_included_in_payment_policy", UNSET)


def _fill_converted(
    model: StaffCompanyidRequestDataTypes, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: StaffCompanyidRequestDataTypes | None = None
) -> StaffCompanyidRequestDataTypes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return StaffCompanyidRequestDataTypes._lazy(json_value, parse_ctx)
        model = new_model(
            StaffCompanyidRequestDataTypes
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
        layout = layout_of(StaffCompanyidRequestDataTypes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    fill(json_value, model)
    if only_declared:  # no undeclared key, the usual case (known from the layout, see _layouts.py)
        model.additional_properties = {}
    else:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True
    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(StaffCompanyidRequestDataTypes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = StaffCompanyidRequestDataTypes
        del model._raw, model._context
    return model


StaffCompanyidRequestDataTypes._lazy_fill = (_fill_plain, _fill_converted, _build)
