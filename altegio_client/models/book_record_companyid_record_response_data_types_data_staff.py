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

T = TypeVar("T", bound="BookRecordCompanyidRecordResponseDataTypesDataStaff")


@_attrs_define
class BookRecordCompanyidRecordResponseDataTypesDataStaff(LazyModel):
    """team member parameters"""

    id: int | Unset = UNSET
    """ team member ID """
    name: str | Unset = UNSET
    """ team member name """
    spec: str | Unset = UNSET
    """ team member specialization """
    show_rating: float | Unset = UNSET
    """ Whether to show team member rating (1 - show, 0 - do not show) """
    rating: float | Unset = UNSET
    """ team member rating (from 0 to 5) """
    votes_count: float | Unset = UNSET
    """ Number of votes that rated the team member """
    avatar: str | Unset = UNSET
    """ Path to team member profile picture """
    comments_count: float | Unset = UNSET
    """ Number of comments to a team member """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        spec = self.spec

        show_rating = self.show_rating

        rating = self.rating

        votes_count = self.votes_count

        avatar = self.avatar

        comments_count = self.comments_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if spec is not UNSET:
            field_dict["spec"] = spec
        if show_rating is not UNSET:
            field_dict["show_rating"] = show_rating
        if rating is not UNSET:
            field_dict["rating"] = rating
        if votes_count is not UNSET:
            field_dict["votes_count"] = votes_count
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if comments_count is not UNSET:
            field_dict["comments_count"] = comments_count

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        spec = d.pop("spec", UNSET)

        show_rating = d.pop("show_rating", UNSET)

        rating = d.pop("rating", UNSET)

        votes_count = d.pop("votes_count", UNSET)

        avatar = d.pop("avatar", UNSET)

        comments_count = d.pop("comments_count", UNSET)

        book_record_companyid_record_response_data_types_data_staff = cls(
            id=id,
            name=name,
            spec=spec,
            show_rating=show_rating,
            rating=rating,
            votes_count=votes_count,
            avatar=avatar,
            comments_count=comments_count,
        )

        book_record_companyid_record_response_data_types_data_staff.additional_properties = d
        return book_record_companyid_record_response_data_types_data_staff

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
        "id",
        "name",
        "spec",
        "show_rating",
        "rating",
        "votes_count",
        "avatar",
        "comments_count",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


BookRecordCompanyidRecordResponseDataTypesDataStaff._lazy_fields = {
    "id": ("id", None, False),
    "name": ("name", None, False),
    "spec": ("spec", None, False),
    "show_rating": ("show_rating", None, False),
    "rating": ("rating", None, False),
    "votes_count": ("votes_count", None, False),
    "avatar": ("avatar", None, False),
    "comments_count": ("comments_count", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: BookRecordCompanyidRecordResponseDataTypesDataStaff, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.name = get("name", UNSET)
    model.spec = get("spec", UNSET)
    model.show_rating = get("show_rating", UNSET)
    model.rating = get("rating", UNSET)
    model.votes_count = get("votes_count", UNSET)
    model.avatar = get("avatar", UNSET)
    model.comments_count = get("comments_count", UNSET)


def _fill_converted(
    model: BookRecordCompanyidRecordResponseDataTypesDataStaff,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: BookRecordCompanyidRecordResponseDataTypesDataStaff | None = None
) -> BookRecordCompanyidRecordResponseDataTypesDataStaff:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return BookRecordCompanyidRecordResponseDataTypesDataStaff._lazy(json_value, parse_ctx)
        model = new_model(
            BookRecordCompanyidRecordResponseDataTypesDataStaff
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
        layout = layout_of(BookRecordCompanyidRecordResponseDataTypesDataStaff, keys)
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
        model.__class__ = lazily_read_class(BookRecordCompanyidRecordResponseDataTypesDataStaff)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = BookRecordCompanyidRecordResponseDataTypesDataStaff
        del model._raw, model._context
    return model


BookRecordCompanyidRecordResponseDataTypesDataStaff._lazy_fill = (_fill_plain, _fill_converted, _build)
