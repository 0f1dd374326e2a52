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
    from ..models.company_companyid_staff_staffid_response_data_types_deprecated_data_item_position_type_0 import (
        CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemPositionType0,
    )
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItem")


@_attrs_define
class CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItem(LazyModel):
    id: int | Unset = UNSET
    """ team member ID """
    api_id: str | Unset = UNSET
    """ team member External ID """
    name: str | Unset = UNSET
    """ team member name """
    specialization: str | Unset = UNSET
    """ team member socialization """
    position: CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemPositionType0 | list[Any] | Unset = UNSET
    """ team member's position (empty array if not set) """
    show_rating: float | Unset = UNSET
    """ Whether to show the team member's rating (1 - show, 0 - do not show) """
    rating: float | Unset = UNSET
    """ team member Rating """
    votes_count: float | Unset = UNSET
    """ Number of votes that rated a team member """
    user_id: int | None | Unset = UNSET
    """ team member's linked user ID """
    avatar: str | Unset = UNSET
    """ Path to team member avatar file """
    avatar_big: str | Unset = UNSET
    """ The path to the team member's avatar file in a higher resolution """
    comments_count: float | Unset = UNSET
    """ Number of comments to the team member """
    weight: str | Unset = UNSET
    """ team member weight. team members are sorted by weight on exit, heavier first """
    information: str | Unset = UNSET
    """ Additional information about the team member (HTML format) """
    hidden: str | Unset = UNSET
    """ team member display status in online appointment booking, 1 - hidden, 0 - not hidden """
    fired: str | Unset = UNSET
    """ the team member's dismissal status, 1 - dismissed, 0 - not dismissed """
    status: str | Unset = UNSET
    """ team member deletion status, 1 - deleted, 0 - not deleted """
    image_group: JsonObject | list[Any] | Unset = UNSET
    """ Group of images of a team member """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.company_companyid_staff_staffid_response_data_types_deprecated_data_item_position_type_0 import (
            CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemPositionType0,  # noqa: PLC0415
        )
        from ..models.json_object import JsonObject  # noqa: PLC0415

        id = self.id

        api_id = self.api_id

        name = self.name

        specialization = self.specialization

        position: dict[str, Any] | list[Any] | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemPositionType0):
            position = self.position.to_dict()
        else:
            position = self.position

        show_rating = self.show_rating

        rating = self.rating

        votes_count = self.votes_count

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        avatar = self.avatar

        avatar_big = self.avatar_big

        comments_count = self.comments_count

        weight = self.weight

        information = self.information

        hidden = self.hidden

        fired = self.fired

        status = self.status

        image_group: dict[str, Any] | list[Any] | Unset
        if isinstance(self.image_group, Unset):
            image_group = UNSET
        elif isinstance(self.image_group, JsonObject):
            image_group = self.image_group.to_dict()
        else:
            image_group = self.image_group

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
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
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
        if image_group is not UNSET:
            field_dict["image_group"] = image_group

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_companyid_staff_staffid_response_data_types_deprecated_data_item_position_type_0 import (
            CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemPositionType0,  # noqa: PLC0415
        )
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        api_id = d.pop("api_id", UNSET)

        name = d.pop("name", UNSET)

        specialization = d.pop("specialization", UNSET)

        def _parse_position(
            data: object,
        ) -> CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemPositionType0 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                position_type_0 = (
                    CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemPositionType0.from_dict(data)
                )

                return position_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            position_type_1 = cast(list[Any], data)

            return position_type_1

        position = _parse_position(d.pop("position", UNSET))

        show_rating = d.pop("show_rating", UNSET)

        rating = d.pop("rating", UNSET)

        votes_count = d.pop("votes_count", UNSET)

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        avatar = d.pop("avatar", UNSET)

        avatar_big = d.pop("avatar_big", UNSET)

        comments_count = d.pop("comments_count", UNSET)

        weight = d.pop("weight", UNSET)

        information = d.pop("information", UNSET)

        hidden = d.pop("hidden", UNSET)

        fired = d.pop("fired", UNSET)

        status = d.pop("status", UNSET)

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

        company_companyid_staff_staffid_response_data_types_deprecated_data_item = cls(
            id=id,
            api_id=api_id,
            name=name,
            specialization=specialization,
            position=position,
            show_rating=show_rating,
            rating=rating,
            votes_count=votes_count,
            user_id=user_id,
            avatar=avatar,
            avatar_big=avatar_big,
            comments_count=comments_count,
            weight=weight,
            information=information,
            hidden=hidden,
            fired=fired,
            status=status,
            image_group=image_group,
        )

        company_companyid_staff_staffid_response_data_types_deprecated_data_item.additional_properties = d
        return company_companyid_staff_staffid_response_data_types_deprecated_data_item

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
) -> CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemPositionType0 | list[Any] | Unset:
    CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemPositionType0 = MODEL_CLASSES.get(
        "altegio_client.models.company_companyid_staff_staffid_response_data_types_deprecated_data_item_position_type_0"
    ) or model_class(
        "altegio_client.models.company_companyid_staff_staffid_response_data_types_deprecated_data_item_position_type_0",
        "CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemPositionType0",
    )

    def _parse_position(
        data: object,
    ) -> CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemPositionType0 | list[Any] | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            position_type_0 = CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemPositionType0.from_dict(
                data
            )

            return position_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, list):
            raise TypeError()
        position_type_1 = cast(list[Any], data)

        return position_type_1

    position = _parse_position(json_value)

    return position


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
        "user_id",
        "avatar",
        "avatar_big",
        "comments_count",
        "weight",
        "information",
        "hidden",
        "fired",
        "status",
        "image_group",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItem._lazy_fields = {
    "id": ("id", None, False),
    "api_id": ("api_id", None, False),
    "name": ("name", None, False),
    "specialization": ("specialization", None, False),
    "position": ("position", _read_position, False),
    "show_rating": ("show_rating", None, False),
    "rating": ("rating", None, False),
    "votes_count": ("votes_count", None, False),
    "user_id": ("user_id", None, False),
    "avatar": ("avatar", None, False),
    "avatar_big": ("avatar_big", None, False),
    "comments_count": ("comments_count", None, False),
    "weight": ("weight", None, False),
    "information": ("information", None, False),
    "hidden": ("hidden", None, False),
    "fired": ("fired", None, False),
    "status": ("status", None, False),
    "image_group": ("image_group", _read_image_group, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(
    model: CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItem, json_value: dict[str, Any]
) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.api_id = get("api_id", UNSET)
    model.name = get("name", UNSET)
    model.specialization = get("specialization", UNSET)
    model.show_rating = get("show_rating", UNSET)
    model.rating = get("rating", UNSET)
    model.votes_count = get("votes_count", UNSET)
    model.user_id = get("user_id", UNSET)
    model.avatar = get("avatar", UNSET)
    model.avatar_big = get("avatar_big", UNSET)
    model.comments_count = get("comments_count", UNSET)
    model.weight = get("weight", UNSET)
    model.information = get("information", UNSET)
    model.hidden = get("hidden", UNSET)
    model.fired = get("fired", UNSET)
    model.status = get("status", UNSET)


def _fill_converted(
    model: CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
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

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any,
    parse_ctx: ParseContext,
    model: CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItem | None = None,
) -> CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItem._lazy(json_value, parse_ctx)
        model = new_model(
            CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItem
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
        layout = layout_of(CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_position, value_image_group = fill(json_value, model)
    if value_position is UNSET:  # what every optional field's converter returns for it
        model.position = UNSET
    else:
        try:
            model.position = _read_position(value_position, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

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

    if only_declared:  # no undeclared key, the usual case (known from the layout, see _layouts.py)
        model.additional_properties = {}
    else:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True
    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItem
        del model._raw, model._context
    return model


CompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItem._lazy_fill = (_fill_plain, _fill_converted, _build)
