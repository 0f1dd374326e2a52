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

T = TypeVar("T", bound="BookformIdInfoDataTypesDataStepsItem")


@_attrs_define
class BookformIdInfoDataTypesDataStepsItem(LazyModel):
    """appointment form design settings"""

    step: str | Unset = UNSET
    """ Selection step (Service / team member / date) """
    title: str | Unset = UNSET
    """ The name of the step to display in the interface """
    num: float | Unset = UNSET
    """ What number should this step be displayed on (starting from 1) """
    hidden: bool | Unset = UNSET
    """ Hide this step when appointment or not """
    default: float | str | Unset = UNSET
    """ Default value for this step """
    date_default: str | Unset = UNSET
    """ Default date value (for datetime step) """
    time_default: float | Unset = UNSET
    """ Default time value (for datetime step) """
    date_hidden: bool | Unset = UNSET
    """ Hide date selection (for datetime step) """
    time_hidden: bool | Unset = UNSET
    """ Hide time selection (for datetime step) """
    is_title_default: bool | Unset = UNSET
    """ Is title default or custom """
    category_view_type: str | Unset = UNSET
    """ Category view type (e.g., "horizontal_tags") """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step = self.step

        title = self.title

        num = self.num

        hidden = self.hidden

        default: float | str | Unset
        if isinstance(self.default, Unset):
            default = UNSET
        else:
            default = self.default

        date_default = self.date_default

        time_default = self.time_default

        date_hidden = self.date_hidden

        time_hidden = self.time_hidden

        is_title_default = self.is_title_default

        category_view_type = self.category_view_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if step is not UNSET:
            field_dict["step"] = step
        if title is not UNSET:
            field_dict["title"] = title
        if num is not UNSET:
            field_dict["num"] = num
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if default is not UNSET:
            field_dict["default"] = default
        if date_default is not UNSET:
            field_dict["date_default"] = date_default
        if time_default is not UNSET:
            field_dict["time_default"] = time_default
        if date_hidden is not UNSET:
            field_dict["date_hidden"] = date_hidden
        if time_hidden is not UNSET:
            field_dict["time_hidden"] = time_hidden
        if is_title_default is not UNSET:
            field_dict["is_title_default"] = is_title_default
        if category_view_type is not UNSET:
            field_dict["category_view_type"] = category_view_type

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        step = d.pop("step", UNSET)

        title = d.pop("title", UNSET)

        num = d.pop("num", UNSET)

        hidden = d.pop("hidden", UNSET)

        def _parse_default(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        default = _parse_default(d.pop("default", UNSET))

        date_default = d.pop("date_default", UNSET)

        time_default = d.pop("time_default", UNSET)

        date_hidden = d.pop("date_hidden", UNSET)

        time_hidden = d.pop("time_hidden", UNSET)

        is_title_default = d.pop("is_title_default", UNSET)

        category_view_type = d.pop("category_view_type", UNSET)

        bookform_id_info_data_types_data_steps_item = cls(
            step=step,
            title=title,
            num=num,
            hidden=hidden,
            default=default,
            date_default=date_default,
            time_default=time_default,
            date_hidden=date_hidden,
            time_hidden=time_hidden,
            is_title_default=is_title_default,
            category_view_type=category_view_type,
        )

        bookform_id_info_data_types_data_steps_item.additional_properties = d
        return bookform_id_info_data_types_data_steps_item

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
        "step",
        "title",
        "num",
        "hidden",
        "default",
        "date_default",
        "time_default",
        "date_hidden",
        "time_hidden",
        "is_title_default",
        "category_view_type",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


BookformIdInfoDataTypesDataStepsItem._lazy_fields = {
    "step": ("step", None, False),
    "title": ("title", None, False),
    "num": ("num", None, False),
    "hidden": ("hidden", None, False),
    "default": ("default", None, False),
    "date_default": ("date_default", None, False),
    "time_default": ("time_default", None, False),
    "date_hidden": ("date_hidden", None, False),
    "time_hidden": ("time_hidden", None, False),
    "is_title_default": ("is_title_default", None, False),
    "category_view_type": ("category_view_type", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: BookformIdInfoDataTypesDataStepsItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.step = get("step", UNSET)
    model.title = get("title", UNSET)
    model.num = get("num", UNSET)
    model.hidden = get("hidden", UNSET)
    model.default = get("default", UNSET)
    model.date_default = get("date_default", UNSET)
    model.time_default = get("time_default", UNSET)
    model.date_hidden = get("date_hidden", UNSET)
    model.time_hidden = get("time_hidden", UNSET)
    model.is_title_default = get("is_title_default", UNSET)
    model.category_view_type = get("category_view_type", UNSET)


def _fill_converted(
    model: BookformIdInfoDataTypesDataStepsItem,
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
    json_value: Any, parse_ctx: ParseContext, model: BookformIdInfoDataTypesDataStepsItem | None = None
) -> BookformIdInfoDataTypesDataStepsItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return BookformIdInfoDataTypesDataStepsItem._lazy(json_value, parse_ctx)
        model = new_model(
            BookformIdInfoDataTypesDataStepsItem
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
        layout = layout_of(BookformIdInfoDataTypesDataStepsItem, keys)
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
        model.__class__ = lazily_read_class(BookformIdInfoDataTypesDataStepsItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = BookformIdInfoDataTypesDataStepsItem
        del model._raw, model._context
    return model


BookformIdInfoDataTypesDataStepsItem._lazy_fill = (_fill_plain, _fill_converted, _build)
