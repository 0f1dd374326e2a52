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
    from ..models.tips_setting_response_data_types_data_item_staff_position import (
        TipsSettingResponseDataTypesDataItemStaffPosition,
    )


T = TypeVar("T", bound="MasterRecordReviewResponseDataTypesDataMaster")


@_attrs_define
class MasterRecordReviewResponseDataTypesDataMaster(LazyModel):
    """team member"""

    id: int | Unset = UNSET
    """ team member ID """
    name: str | Unset = UNSET
    """ team member name """
    company_id: int | Unset = UNSET
    """ location ID """
    specialization: str | Unset = UNSET
    """ team member specialization """
    rating: int | Unset = UNSET
    """ Rating """
    show_rating: int | Unset = UNSET
    """ Number of votes """
    avatar: str | Unset = UNSET
    """ Path to team member profile picture """
    prepaid: str | Unset = UNSET
    """ Is prepayment allowed """
    position: TipsSettingResponseDataTypesDataItemStaffPosition | Unset = UNSET
    """ Position """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        company_id = self.company_id

        specialization = self.specialization

        rating = self.rating

        show_rating = self.show_rating

        avatar = self.avatar

        prepaid = self.prepaid

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
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tips_setting_response_data_types_data_item_staff_position import (
            TipsSettingResponseDataTypesDataItemStaffPosition,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        company_id = d.pop("company_id", UNSET)

        specialization = d.pop("specialization", UNSET)

        rating = d.pop("rating", UNSET)

        show_rating = d.pop("show_rating", UNSET)

        avatar = d.pop("avatar", UNSET)

        prepaid = d.pop("prepaid", UNSET)

        _position = d.pop("position", UNSET)
        position: TipsSettingResponseDataTypesDataItemStaffPosition | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = TipsSettingResponseDataTypesDataItemStaffPosition.from_dict(_position)

        master_record_review_response_data_types_data_master = cls(
            id=id,
            name=name,
            company_id=company_id,
            specialization=specialization,
            rating=rating,
            show_rating=show_rating,
            avatar=avatar,
            prepaid=prepaid,
            position=position,
        )

        master_record_review_response_data_types_data_master.additional_properties = d
        return master_record_review_response_data_types_data_master

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
        "company_id",
        "specialization",
        "rating",
        "show_rating",
        "avatar",
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


MasterRecordReviewResponseDataTypesDataMaster._lazy_fields = {
    "id": ("id", None, False),
    "name": ("name", None, False),
    "company_id": ("company_id", None, False),
    "specialization": ("specialization", None, False),
    "rating": ("rating", None, False),
    "show_rating": ("show_rating", None, False),
    "avatar": ("avatar", None, False),
    "prepaid": ("prepaid", None, False),
    "position": ("position", _read_position, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: MasterRecordReviewResponseDataTypesDataMaster, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.name = get("name", UNSET)
    model.company_id = get("company_id", UNSET)
    model.specialization = get("specialization", UNSET)
    model.rating = get("rating", UNSET)
    model.show_rating = get("show_rating", UNSET)
    model.avatar = get("avatar", UNSET)
    model.prepaid = get("prepaid", UNSET)


def _fill_converted(
    model: MasterRecordReviewResponseDataTypesDataMaster,
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
    json_value: Any, parse_ctx: ParseContext, model: MasterRecordReviewResponseDataTypesDataMaster | None = None
) -> MasterRecordReviewResponseDataTypesDataMaster:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return MasterRecordReviewResponseDataTypesDataMaster._lazy(json_value, parse_ctx)
        model = new_model(
            MasterRecordReviewResponseDataTypesDataMaster
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
        layout = layout_of(MasterRecordReviewResponseDataTypesDataMaster, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_position,) = fill(json_value, model)
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
        model.__class__ = lazily_read_class(MasterRecordReviewResponseDataTypesDataMaster)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = MasterRecordReviewResponseDataTypesDataMaster
        del model._raw, model._context
    return model


MasterRecordReviewResponseDataTypesDataMaster._lazy_fill = (_fill_plain, _fill_converted, _build)
