from __future__ import annotations

import builtins as _builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._codegen import LazyModel, ParseContext
from ..models.bookform_create_request_form_position import (
    BookformCreateRequestFormPosition,
    check_bookform_create_request_form_position,
)
from ..models.bookform_update_request_button_position import (
    BookformUpdateRequestButtonPosition,
    check_bookform_update_request_button_position,
)

T = TypeVar("T", bound="BookformUpdateRequest")


@_attrs_define
class BookformUpdateRequest(LazyModel):
    """Request to change the letterform"""

    title: str
    """ Name of the appointment widget """
    description: str
    """ appointment widget description """
    is_default: bool
    """ Default appointment widget flag """
    without_menu: bool
    """ Step mode flag """
    service_step_default: float
    """ Service ID """
    service_step_hide: bool
    """ Service Hiding Flag """
    master_step_default: float
    """ team member ID """
    master_step_hide: bool
    """ team member hide flag """
    service_step_num: float
    """ Service step sequence number """
    master_step_num: float
    """ Sequence number of the wizard step """
    datetime_step_num: float
    """ Sequence number of the date and time step """
    show_button: bool
    """ Button Visibility Step """
    button_position: BookformUpdateRequestButtonPosition
    """ Button location on the page """
    form_position: BookformCreateRequestFormPosition
    """ Panel position on the page """
    button_color: str
    """ Button color """
    button_animation: bool
    """ Button animation enable flag """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        is_default = self.is_default

        without_menu = self.without_menu

        service_step_default = self.service_step_default

        service_step_hide = self.service_step_hide

        master_step_default = self.master_step_default

        master_step_hide = self.master_step_hide

        service_step_num = self.service_step_num

        master_step_num = self.master_step_num

        datetime_step_num = self.datetime_step_num

        show_button = self.show_button

        button_position: str = self.button_position

        form_position: str = self.form_position

        button_color = self.button_color

        button_animation = self.button_animation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "description": description,
                "is_default": is_default,
                "without_menu": without_menu,
                "service_step_default": service_step_default,
                "service_step_hide": service_step_hide,
                "master_step_default": master_step_default,
                "master_step_hide": master_step_hide,
                "service_step_num": service_step_num,
                "master_step_num": master_step_num,
                "datetime_step_num": datetime_step_num,
                "show_button": show_button,
                "button_position": button_position,
                "form_position": form_position,
                "button_color": button_color,
                "button_animation": button_animation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        description = d.pop("description")

        is_default = d.pop("is_default")

        without_menu = d.pop("without_menu")

        service_step_default = d.pop("service_step_default")

        service_step_hide = d.pop("service_step_hide")

        master_step_default = d.pop("master_step_default")

        master_step_hide = d.pop("master_step_hide")

        service_step_num = d.pop("service_step_num")

        master_step_num = d.pop("master_step_num")

        datetime_step_num = d.pop("datetime_step_num")

        show_button = d.pop("show_button")

        button_position = check_bookform_update_request_button_position(d.pop("button_position"))

        form_position = check_bookform_create_request_form_position(d.pop("form_position"))

        button_color = d.pop("button_color")

        button_animation = d.pop("button_animation")

        bookform_update_request = cls(
            title=title,
            description=description,
            is_default=is_default,
            without_menu=without_menu,
            service_step_default=service_step_default,
            service_step_hide=service_step_hide,
            master_step_default=master_step_default,
            master_step_hide=master_step_hide,
            service_step_num=service_step_num,
            master_step_num=master_step_num,
            datetime_step_num=datetime_step_num,
            show_button=show_button,
            button_position=button_position,
            form_position=form_position,
            button_color=button_color,
            button_animation=button_animation,
        )

        bookform_update_request.additional_properties = d
        return bookform_update_request

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


def _read_button_position(json_value: Any, parse_ctx: ParseContext) -> BookformUpdateRequestButtonPosition:
    button_position = check_bookform_update_request_button_position(json_value)

    return button_position


def _read_form_position(json_value: Any, parse_ctx: ParseContext) -> BookformCreateRequestFormPosition:
    form_position = check_bookform_create_request_form_position(json_value)

    return form_position


_DECLARED_KEYS = frozenset(
    {
        "title",
        "description",
        "is_default",
        "without_menu",
        "service_step_default",
        "service_step_hide",
        "master_step_default",
        "master_step_hide",
        "service_step_num",
        "master_step_num",
        "datetime_step_num",
        "show_button",
        "button_position",
        "form_position",
        "button_color",
        "button_animation",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


BookformUpdateRequest._lazy_fields = {
    "title": ("title", None, True),
    "description": ("description", None, True),
    "is_default": ("is_default", None, True),
    "without_menu": ("without_menu", None, True),
    "service_step_default": ("service_step_default", None, True),
    "service_step_hide": ("service_step_hide", None, True),
    "master_step_default": ("master_step_default", None, True),
    "master_step_hide": ("master_step_hide", None, True),
    "service_step_num": ("service_step_num", None, True),
    "master_step_num": ("master_step_num", None, True),
    "datetime_step_num": ("datetime_step_num", None, True),
    "show_button": ("show_button", None, True),
    "button_position": ("button_position", _read_button_position, True),
    "form_position": ("form_position", _read_form_position, True),
    "button_color": ("button_color", None, True),
    "button_animation": ("button_animation", None, True),
    "additional_properties": (None, _read_additional_properties, False),
}
