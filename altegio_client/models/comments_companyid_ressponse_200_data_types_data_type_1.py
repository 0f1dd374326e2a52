from __future__ import annotations

import builtins as _builtins
import datetime
import datetime as _datetime
from collections.abc import Container, Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._codegen import (
    ISO_PARSERS,
    LazyModel,
    ParseContext,
    datetime_from_iso,
    layout_of,
    lazily_read_class,
    new_model,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CommentsCompanyidRessponse200DataTypesDataType1")


@_attrs_define
class CommentsCompanyidRessponse200DataTypesDataType1(LazyModel):
    id: int | Unset = UNSET
    """ Comment ID """
    salon_id: int | Unset = UNSET
    """ location ID """
    type: float | Unset = UNSET
    """ 1 - comment to the team member, 0 - to the location """
    master_id: int | Unset = UNSET
    """ Team Member ID if type = 1 """
    text: str | Unset = UNSET
    """ Comment text """
    date: _datetime.datetime | Unset = UNSET
    """ The date the comment was posted """
    rating: int | str | Unset = UNSET
    """ Rating (from 1 to 5) """
    user_id: int | Unset = UNSET
    """ ID of the user who left the comment """
    user_name: str | Unset = UNSET
    """ Name of the user who left the comment """
    user_avatar: str | Unset = UNSET
    """ Avatar of the user who left the comment """
    record_id: int | Unset = UNSET
    """ ID of the post after which the review was left """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        salon_id = self.salon_id

        type = self.type

        master_id = self.master_id

        text = self.text

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        rating: int | str | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        else:
            rating = self.rating

        user_id = self.user_id

        user_name = self.user_name

        user_avatar = self.user_avatar

        record_id = self.record_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if type is not UNSET:
            field_dict["type"] = type
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if text is not UNSET:
            field_dict["text"] = text
        if date is not UNSET:
            field_dict["date"] = date
        if rating is not UNSET:
            field_dict["rating"] = rating
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if user_avatar is not UNSET:
            field_dict["user_avatar"] = user_avatar
        if record_id is not UNSET:
            field_dict["record_id"] = record_id

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        type = d.pop("type", UNSET)

        master_id = d.pop("master_id", UNSET)

        text = d.pop("text", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = types.parse_iso_datetime(_date)

        def _parse_rating(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        rating = _parse_rating(d.pop("rating", UNSET))

        user_id = d.pop("user_id", UNSET)

        user_name = d.pop("user_name", UNSET)

        user_avatar = d.pop("user_avatar", UNSET)

        record_id = d.pop("record_id", UNSET)

        comments_companyid_ressponse_200_data_types_data_type_1 = cls(
            id=id,
            salon_id=salon_id,
            type=type,
            master_id=master_id,
            text=text,
            date=date,
            rating=rating,
            user_id=user_id,
            user_name=user_name,
            user_avatar=user_avatar,
            record_id=record_id,
        )

        comments_companyid_ressponse_200_data_types_data_type_1.additional_properties = d
        return comments_companyid_ressponse_200_data_types_data_type_1

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


def _read_date(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    date: datetime.datetime | Unset
    if isinstance(json_value, Unset):
        date = UNSET
    else:
        try:
            date = datetime_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            date = types.parse_iso_datetime(json_value)

    return date


ISO_PARSERS[_read_date] = datetime_from_iso


_DECLARED_KEYS = frozenset(
    {
        "id",
        "salon_id",
        "type",
        "master_id",
        "text",
        "date",
        "rating",
        "user_id",
        "user_name",
        "user_avatar",
        "record_id",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CommentsCompanyidRessponse200DataTypesDataType1._lazy_fields = {
    "id": ("id", None, False),
    "salon_id": ("salon_id", None, False),
    "type": ("type", None, False),
    "master_id": ("master_id", None, False),
    "text": ("text", None, False),
    "date": ("date", _read_date, False),
    "rating": ("rating", None, False),
    "user_id": ("user_id", None, False),
    "user_name": ("user_name", None, False),
    "user_avatar": ("user_avatar", None, False),
    "record_id": ("record_id", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: CommentsCompanyidRessponse200DataTypesDataType1, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.salon_id = get("salon_id", UNSET)
    model.type = get("type", UNSET)
    model.master_id = get("master_id", UNSET)
    model.text = get("text", UNSET)
    model.rating = get("rating", UNSET)
    model.user_id = get("user_id", UNSET)
    model.user_name = get("user_name", UNSET)
    model.user_avatar = get("user_avatar", UNSET)
    model.record_id = get("record_id", UNSET)


def _fill_converted(
    model: CommentsCompanyidRessponse200DataTypesDataType1,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "date" not in done:
        value = get("date", UNSET)
        if value is UNSET:
            model.date = UNSET
        else:
            try:
                try:
                    model.date = datetime_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.date = types.parse_iso_datetime(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: CommentsCompanyidRessponse200DataTypesDataType1 | None = None
) -> CommentsCompanyidRessponse200DataTypesDataType1:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CommentsCompanyidRessponse200DataTypesDataType1._lazy(json_value, parse_ctx)
        model = new_model(
            CommentsCompanyidRessponse200DataTypesDataType1
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
        layout = layout_of(CommentsCompanyidRessponse200DataTypesDataType1, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_date,) = fill(json_value, model)
    if value_date is UNSET:
        model.date = UNSET
    else:
        try:
            try:
                model.date = datetime_from_iso(value_date)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.date = types.parse_iso_datetime(value_date)
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
        model.__class__ = lazily_read_class(CommentsCompanyidRessponse200DataTypesDataType1)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CommentsCompanyidRessponse200DataTypesDataType1
        del model._raw, model._context
    return model


CommentsCompanyidRessponse200DataTypesDataType1._lazy_fill = (_fill_plain, _fill_converted, _build)
