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
    MODEL_BUILDERS,
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    date_from_iso,
    layout_of,
    lazily_read_class,
    model_builder,
    model_class,
    new_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.book_staff_companyid_data_types_data_item_position_type_0 import (
        BookStaffCompanyidDataTypesDataItemPositionType0,
    )
    from ..models.book_staff_companyid_data_types_data_item_user import (
        BookStaffCompanyidDataTypesDataItemUser,
    )
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="BookStaffCompanyidDataTypesDataItem")


@_attrs_define
class BookStaffCompanyidDataTypesDataItem(LazyModel):
    id: int | Unset = UNSET
    """ team member ID """
    api_id: None | str | Unset = UNSET
    """ External team member ID """
    user_id: int | None | Unset = UNSET
    """ User ID associated with team member (can be null if not linked) """
    name: str | Unset = UNSET
    """ team member name """
    bookable: bool | Unset = UNSET
    """ Does the team member have sessions available for appointment """
    specialization: str | Unset = UNSET
    """ team member specialization """
    position: BookStaffCompanyidDataTypesDataItemPositionType0 | list[Any] | Unset = UNSET
    """ team member's position (object or empty array) """
    position_id: int | Unset = UNSET
    """ Position ID """
    show_rating: float | Unset = UNSET
    """ Whether to show the team member's rating (1 - show, 0 - do not show) """
    rating: float | Unset = UNSET
    """ team member Rating """
    votes_count: float | Unset = UNSET
    """ Number of votes that rated the team member """
    avatar: str | Unset = UNSET
    """ Path to team member avatar file """
    avatar_big: str | Unset = UNSET
    """ Path to large team member avatar file """
    comments_count: float | Unset = UNSET
    """ Number of comments to the team member """
    weight: int | Unset = UNSET
    """ team member weight. team members are sorted by weight on exit, heavier first """
    information: str | Unset = UNSET
    """ Additional information about the team member (HTML format) """
    seance_date: _datetime.date | Unset = UNSET
    """ The date of the next day that there are available sessions (only for bookable = true) """
    schedule_till: _datetime.date | Unset = UNSET
    """ Schedule available until date """
    seances: list[JsonObject] | Unset = UNSET
    """ Available sessions """
    has_access_timetable: bool | Unset = UNSET
    """ Has access to timetable """
    image_group: JsonObject | list[Any] | Unset = UNSET
    """ Image group with different sizes (object or empty array) """
    fired: int | Unset = UNSET
    """ Whether team member is fired """
    status: int | Unset = UNSET
    """ Team member status """
    hidden: int | Unset = UNSET
    """ Whether team member is hidden """
    user: BookStaffCompanyidDataTypesDataItemUser | None | Unset = UNSET
    prepaid: str | Unset = UNSET
    """ Prepaid status """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.book_staff_companyid_data_types_data_item_position_type_0 import (
            BookStaffCompanyidDataTypesDataItemPositionType0,  # noqa: PLC0415
        )
        from ..models.book_staff_companyid_data_types_data_item_user import (
            BookStaffCompanyidDataTypesDataItemUser,  # noqa: PLC0415
        )
        from ..models.json_object import JsonObject  # noqa: PLC0415

        id = self.id

        api_id: None | str | Unset
        if isinstance(self.api_id, Unset):
            api_id = UNSET
        else:
            api_id = self.api_id

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        name = self.name

        bookable = self.bookable

        specialization = self.specialization

        position: dict[str, Any] | list[Any] | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, BookStaffCompanyidDataTypesDataItemPositionType0):
            position = self.position.to_dict()
        else:
            position = self.position

        position_id = self.position_id

        show_rating = self.show_rating

        rating = self.rating

        votes_count = self.votes_count

        avatar = self.avatar

        avatar_big = self.avatar_big

        comments_count = self.comments_count

        weight = self.weight

        information = self.information

        seance_date: str | Unset = UNSET
        if not isinstance(self.seance_date, Unset):
            seance_date = self.seance_date.isoformat()

        schedule_till: str | Unset = UNSET
        if not isinstance(self.schedule_till, Unset):
            schedule_till = self.schedule_till.isoformat()

        seances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.seances, Unset):
            seances = []
            for seances_item_data in self.seances:
                seances_item = seances_item_data.to_dict()
                seances.append(seances_item)

        has_access_timetable = self.has_access_timetable

        image_group: dict[str, Any] | list[Any] | Unset
        if isinstance(self.image_group, Unset):
            image_group = UNSET
        elif isinstance(self.image_group, JsonObject):
            image_group = self.image_group.to_dict()
        else:
            image_group = self.image_group

        fired = self.fired

        status = self.status

        hidden = self.hidden

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, BookStaffCompanyidDataTypesDataItemUser):
            user = self.user.to_dict()
        else:
            user = self.user

        prepaid = self.prepaid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if name is not UNSET:
            field_dict["name"] = name
        if bookable is not UNSET:
            field_dict["bookable"] = bookable
        if specialization is not UNSET:
            field_dict["specialization"] = specialization
        if position is not UNSET:
            field_dict["position"] = position
        if position_id is not UNSET:
            field_dict["position_id"] = position_id
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
        if seance_date is not UNSET:
            field_dict["seance_date"] = seance_date
        if schedule_till is not UNSET:
            field_dict["schedule_till"] = schedule_till
        if seances is not UNSET:
            field_dict["seances"] = seances
        if has_access_timetable is not UNSET:
            field_dict["has_access_timetable"] = has_access_timetable
        if image_group is not UNSET:
            field_dict["image_group"] = image_group
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

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.book_staff_companyid_data_types_data_item_position_type_0 import (
            BookStaffCompanyidDataTypesDataItemPositionType0,  # noqa: PLC0415
        )
        from ..models.book_staff_companyid_data_types_data_item_user import (
            BookStaffCompanyidDataTypesDataItemUser,  # noqa: PLC0415
        )
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_api_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_id = _parse_api_id(d.pop("api_id", UNSET))

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        name = d.pop("name", UNSET)

        bookable = d.pop("bookable", UNSET)

        specialization = d.pop("specialization", UNSET)

        def _parse_position(data: object) -> BookStaffCompanyidDataTypesDataItemPositionType0 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                position_type_0 = BookStaffCompanyidDataTypesDataItemPositionType0.from_dict(data)

                return position_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            position_type_1 = cast(list[Any], data)

            return position_type_1

        position = _parse_position(d.pop("position", UNSET))

        position_id = d.pop("position_id", UNSET)

        show_rating = d.pop("show_rating", UNSET)

        rating = d.pop("rating", UNSET)

        votes_count = d.pop("votes_count", UNSET)

        avatar = d.pop("avatar", UNSET)

        avatar_big = d.pop("avatar_big", UNSET)

        comments_count = d.pop("comments_count", UNSET)

        weight = d.pop("weight", UNSET)

        information = d.pop("information", UNSET)

        _seance_date = d.pop("seance_date", UNSET)
        seance_date: datetime.date | Unset
        if isinstance(_seance_date, Unset):
            seance_date = UNSET
        else:
            seance_date = types.parse_iso_date(_seance_date)

        _schedule_till = d.pop("schedule_till", UNSET)
        schedule_till: datetime.date | Unset
        if isinstance(_schedule_till, Unset):
            schedule_till = UNSET
        else:
            schedule_till = types.parse_iso_date(_schedule_till)

        _seances = d.pop("seances", UNSET)
        seances: list[JsonObject] | Unset = UNSET
        if _seances is not UNSET:
            seances = []
            for seances_item_data in _seances:
                seances_item = JsonObject.from_dict(seances_item_data)

                seances.append(seances_item)

        has_access_timetable = d.pop("has_access_timetable", UNSET)

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

        fired = d.pop("fired", UNSET)

        status = d.pop("status", UNSET)

        hidden = d.pop("hidden", UNSET)

        def _parse_user(data: object) -> BookStaffCompanyidDataTypesDataItemUser | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = BookStaffCompanyidDataTypesDataItemUser.from_dict(data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BookStaffCompanyidDataTypesDataItemUser | None | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        prepaid = d.pop("prepaid", UNSET)

        book_staff_companyid_data_types_data_item = cls(
            id=id,
            api_id=api_id,
            user_id=user_id,
            name=name,
            bookable=bookable,
            specialization=specialization,
            position=position,
            position_id=position_id,
            show_rating=show_rating,
            rating=rating,
            votes_count=votes_count,
            avatar=avatar,
            avatar_big=avatar_big,
            comments_count=comments_count,
            weight=weight,
            information=information,
            seance_date=seance_date,
            schedule_till=schedule_till,
            seances=seances,
            has_access_timetable=has_access_timetable,
            image_group=image_group,
            fired=fired,
            status=status,
            hidden=hidden,
            user=user,
            prepaid=prepaid,
        )

        book_staff_companyid_data_types_data_item.additional_properties = d
        return book_staff_companyid_data_types_data_item

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
) -> BookStaffCompanyidDataTypesDataItemPositionType0 | list[Any] | Unset:
    BookStaffCompanyidDataTypesDataItemPositionType0 = MODEL_CLASSES.get(
        "altegio_client.models.book_staff_companyid_data_types_data_item_position_type_0"
    ) or model_class(
        "altegio_client.models.book_staff_companyid_data_types_data_item_position_type_0",
        "BookStaffCompanyidDataTypesDataItemPositionType0",
    )

    def _parse_position(data: object) -> BookStaffCompanyidDataTypesDataItemPositionType0 | list[Any] | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            position_type_0 = BookStaffCompanyidDataTypesDataItemPositionType0.from_dict(data)

            return position_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, list):
            raise TypeError()
        position_type_1 = cast(list[Any], data)

        return position_type_1

    position = _parse_position(json_value)

    return position


def _read_seance_date(json_value: Any, parse_ctx: ParseContext) -> datetime.date | Unset:

    seance_date: datetime.date | Unset
    if isinstance(json_value, Unset):
        seance_date = UNSET
    else:
        try:
            seance_date = date_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            seance_date = types.parse_iso_date(json_value)

    return seance_date


ISO_PARSERS[_read_seance_date] = date_from_iso


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


def _read_seances(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _seances = json_value
    seances: list[JsonObject] | Unset = UNSET
    if _seances is not UNSET:
        seances = JsonObject._lazy_list(_seances, parse_ctx)

    return seances


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


def _read_user(json_value: Any, parse_ctx: ParseContext) -> BookStaffCompanyidDataTypesDataItemUser | None | Unset:
    BookStaffCompanyidDataTypesDataItemUser = MODEL_CLASSES.get(
        "altegio_client.models.book_staff_companyid_data_types_data_item_user"
    ) or model_class(
        "altegio_client.models.book_staff_companyid_data_types_data_item_user",
        "BookStaffCompanyidDataTypesDataItemUser",
    )

    def _parse_user(data: object) -> BookStaffCompanyidDataTypesDataItemUser | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            user_type_0 = BookStaffCompanyidDataTypesDataItemUser.from_dict(data)

            return user_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(BookStaffCompanyidDataTypesDataItemUser | None | Unset, data)

    user = _parse_user(json_value)

    return user


_DECLARED_KEYS = frozenset(
    {
        "id",
        "api_id",
        "user_id",
        "name",
        "bookable",
        "specialization",
        "position",
        "position_id",
        "show_rating",
        "rating",
        "votes_count",
        "avatar",
        "avatar_big",
        "comments_count",
        "weight",
        "information",
        "seance_date",
        "schedule_till",
        "seances",
        "has_access_timetable",
        "image_group",
        "fired",
        "status",
        "hidden",
        "user",
        "prepaid",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


BookStaffCompanyidDataTypesDataItem._lazy_fields = {
    "id": ("id", None, False),
    "api_id": ("api_id", None, False),
    "user_id": ("user_id", None, False),
    "name": ("name", None, False),
    "bookable": ("bookable", None, False),
    "specialization": ("specialization", None, False),
    "position": ("position", _read_position, False),
    "position_id": ("position_id", None, False),
    "show_rating": ("show_rating", None, False),
    "rating": ("rating", None, False),
    "votes_count": ("votes_count", None, False),
    "avatar": ("avatar", None, False),
    "avatar_big": ("avatar_big", None, False),
    "comments_count": ("comments_count", None, False),
    "weight": ("weight", None, False),
    "information": ("information", None, False),
    "seance_date": ("seance_date", _read_seance_date, False),
    "schedule_till": ("schedule_till", _read_schedule_till, False),
    "seances": ("seances", _read_seances, False),
    "has_access_timetable": ("has_access_timetable", None, False),
    "image_group": ("image_group", _read_image_group, False),
    "fired": ("fired", None, False),
    "status": ("status", None, False),
    "hidden": ("hidden", None, False),
    "user": ("user", _read_user, False),
    "prepaid": ("prepaid", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: BookStaffCompanyidDataTypesDataItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.api_id = get("api_id", UNSET)
    model.user_id = get("user_id", UNSET)
    model.name = get("name", UNSET)
    model.bookable = get("bookable", UNSET)
    model.specialization = get("specialization", UNSET)
    model.position_id = get("position_id", UNSET)
    model.show_rating = get("show_rating", UNSET)
    model.rating = get("rating", UNSET)
    model.votes_count = get("votes_count", UNSET)
    model.avatar = get("avatar", UNSET)
    model.avatar_big = get("avatar_big", UNSET)
    model.comments_count = get("comments_count", UNSET)
    model.weight = get("weight", UNSET)
    model.information = get("information", UNSET)
    model.has_access_timetable = get("has_access_timetable", UNSET)
    model.fired = get("fired", UNSET)
    model.status = get("status", UNSET)
    model.hidden = get("hidden", UNSET)
    model.prepaid = get("prepaid", UNSET)


def _fill_converted(
    model: BookStaffCompanyidDataTypesDataItem,
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

    if "seance_date" not in done:
        value = get("seance_date", UNSET)
        if value is UNSET:
            model.seance_date = UNSET
        else:
            try:
                try:
                    model.seance_date = date_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.seance_date = types.parse_iso_date(value)
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

    if "seances" not in done:
        value = get("seances", UNSET)
        if value is UNSET:
            model.seances = UNSET
        elif value == []:
            model.seances = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.seances = [build(item, parse_ctx) for item in value]
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


def _build(
    json_value: Any, parse_ctx: ParseContext, model: BookStaffCompanyidDataTypesDataItem | None = None
) -> BookStaffCompanyidDataTypesDataItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return BookStaffCompanyidDataTypesDataItem._lazy(json_value, parse_ctx)
        model = new_model(
            BookStaffCompanyidDataTypesDataItem
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
        layout = layout_of(BookStaffCompanyidDataTypesDataItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_position, value_seance_date, value_schedule_till, value_seances, value_image_group, value_user = fill(
        json_value, model
    )
    if value_position is UNSET:  # what every optional field's converter returns for it
        model.position = UNSET
    else:
        try:
            model.position = _read_position(value_position, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_seance_date is UNSET:
        model.seance_date = UNSET
    else:
        try:
            try:
                model.seance_date = date_from_iso(value_seance_date)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.seance_date = types.parse_iso_date(value_seance_date)
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

    if value_seances is UNSET:
        model.seances = UNSET
    elif value_seances == []:
        model.seances = value_seances  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
        )
        try:
            if _builtins.type(value_seances) is not list:
                raise TypeError
            model.seances = [build(item, parse_ctx) for item in value_seances]
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
        model.__class__ = lazily_read_class(BookStaffCompanyidDataTypesDataItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = BookStaffCompanyidDataTypesDataItem
        del model._raw, model._context
    return model


BookStaffCompanyidDataTypesDataItem._lazy_fill = (_fill_plain, _fill_converted, _build)
