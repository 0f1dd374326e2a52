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
    from ..models.tips_setting_response_data_types_data_item_staff import (
        TipsSettingResponseDataTypesDataItemStaff,
    )


T = TypeVar("T", bound="TipsSettingResponseDataTypesDataItem")


@_attrs_define
class TipsSettingResponseDataTypesDataItem(LazyModel):
    id: int | Unset = UNSET
    """ Setting ID """
    location_id: int | Unset = UNSET
    staff_id: int | Unset = UNSET
    """ team member ID """
    hash: str | Unset = UNSET
    """ Hash token """
    status: float | Unset = UNSET
    """ Setting status """
    status_title: str | Unset = UNSET
    """ Status name """
    is_enabled: bool | Unset = UNSET
    """ Is tip setting enabled """
    landing_external: str | Unset = UNSET
    master_tips_form_link: str | Unset = UNSET
    """ Link to the page where you can leave a tip to the team member """
    invite_sms_sent: bool | Unset = UNSET
    staff: TipsSettingResponseDataTypesDataItemStaff | Unset = UNSET
    """ Team Member """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        location_id = self.location_id

        staff_id = self.staff_id

        hash = self.hash

        status = self.status

        status_title = self.status_title

        is_enabled = self.is_enabled

        landing_external = self.landing_external

        master_tips_form_link = self.master_tips_form_link

        invite_sms_sent = self.invite_sms_sent

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if hash is not UNSET:
            field_dict["hash"] = hash
        if status is not UNSET:
            field_dict["status"] = status
        if status_title is not UNSET:
            field_dict["status_title"] = status_title
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if landing_external is not UNSET:
            field_dict["landing_external"] = landing_external
        if master_tips_form_link is not UNSET:
            field_dict["master_tips_form_link"] = master_tips_form_link
        if invite_sms_sent is not UNSET:
            field_dict["invite_sms_sent"] = invite_sms_sent
        if staff is not UNSET:
            field_dict["staff"] = staff

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tips_setting_response_data_types_data_item_staff import (
            TipsSettingResponseDataTypesDataItemStaff,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        location_id = d.pop("location_id", UNSET)

        staff_id = d.pop("staff_id", UNSET)

        hash = d.pop("hash", UNSET)

        status = d.pop("status", UNSET)

        status_title = d.pop("status_title", UNSET)

        is_enabled = d.pop("is_enabled", UNSET)

        landing_external = d.pop("landing_external", UNSET)

        master_tips_form_link = d.pop("master_tips_form_link", UNSET)

        invite_sms_sent = d.pop("invite_sms_sent", UNSET)

        _staff = d.pop("staff", UNSET)
        staff: TipsSettingResponseDataTypesDataItemStaff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = TipsSettingResponseDataTypesDataItemStaff.from_dict(_staff)

        tips_setting_response_data_types_data_item = cls(
            id=id,
            location_id=location_id,
            staff_id=staff_id,
            hash=hash,
            status=status,
            status_title=status_title,
            is_enabled=is_enabled,
            landing_external=landing_external,
            master_tips_form_link=master_tips_form_link,
            invite_sms_sent=invite_sms_sent,
            staff=staff,
        )

        tips_setting_response_data_types_data_item.additional_properties = d
        return tips_setting_response_data_types_data_item

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


def _read_staff(json_value: Any, parse_ctx: ParseContext) -> TipsSettingResponseDataTypesDataItemStaff | Unset:
    TipsSettingResponseDataTypesDataItemStaff = MODEL_CLASSES.get(
        "altegio_client.models.tips_setting_response_data_types_data_item_staff"
    ) or model_class(
        "altegio_client.models.tips_setting_response_data_types_data_item_staff",
        "TipsSettingResponseDataTypesDataItemStaff",
    )

    _staff = json_value
    staff: TipsSettingResponseDataTypesDataItemStaff | Unset
    if isinstance(_staff, Unset):
        staff = UNSET
    else:
        staff = TipsSettingResponseDataTypesDataItemStaff._lazy(_staff, parse_ctx)

    return staff


_DECLARED_KEYS = frozenset(
    {
        "id",
        "location_id",
        "staff_id",
        "hash",
        "status",
        "status_title",
        "is_enabled",
        "landing_external",
        "master_tips_form_link",
        "invite_sms_sent",
        "staff",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


TipsSettingResponseDataTypesDataItem._lazy_fields = {
    "id": ("id", None, False),
    "location_id": ("location_id", None, False),
    "staff_id": ("staff_id", None, False),
    "hash": ("hash", None, False),
    "status": ("status", None, False),
    "status_title": ("status_title", None, False),
    "is_enabled": ("is_enabled", None, False),
    "landing_external": ("landing_external", None, False),
    "master_tips_form_link": ("master_tips_form_link", None, False),
    "invite_sms_sent": ("invite_sms_sent", None, False),
    "staff": ("staff", _read_staff, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: TipsSettingResponseDataTypesDataItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.location_id = get("location_id", UNSET)
    model.staff_id = get("staff_id", UNSET)
    model.hash = get("hash", UNSET)
    model.status = get("status", UNSET)
    model.status_title = get("status_title", UNSET)
    model.is_enabled = get("is_enabled", UNSET)
    model.landing_external = get("landing_external", UNSET)
    model.master_tips_form_link = get("master_tips_form_link", UNSET)
    model.invite_sms_sent = get("invite_sms_sent", UNSET)


def _fill_converted(
    model: TipsSettingResponseDataTypesDataItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "staff" not in done:
        value = get("staff", UNSET)
        if value is UNSET:
            model.staff = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.tips_setting_response_data_types_data_item_staff"
            ) or model_builder(
                "altegio_client.models.tips_setting_response_data_types_data_item_staff",
                "TipsSettingResponseDataTypesDataItemStaff",
            )
            try:
                model.staff = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: TipsSettingResponseDataTypesDataItem | None = None
) -> TipsSettingResponseDataTypesDataItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return TipsSettingResponseDataTypesDataItem._lazy(json_value, parse_ctx)
        model = new_model(
            TipsSettingResponseDataTypesDataItem
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
        layout = layout_of(TipsSettingResponseDataTypesDataItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_staff,) = fill(json_value, model)
    if value_staff is UNSET:
        model.staff = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.tips_setting_response_data_types_data_item_staff"
        ) or model_builder(
            "altegio_client.models.tips_setting_response_data_types_data_item_staff",
            "TipsSettingResponseDataTypesDataItemStaff",
        )
        try:
            model.staff = build(value_staff, parse_ctx)
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
        model.__class__ = lazily_read_class(TipsSettingResponseDataTypesDataItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = TipsSettingResponseDataTypesDataItem
        del model._raw, model._context
    return model


TipsSettingResponseDataTypesDataItem._lazy_fill = (_fill_plain, _fill_converted, _build)
