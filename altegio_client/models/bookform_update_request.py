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
from ..models.bookform_create_request_form_position import (
    BookformCreateRequestFormPosition,
    check_bookform_create_request_form_position,
)
from ..models.bookform_update_request_button_position import (
    BookformUpdateRequestButtonPosition,
    check_bookform_update_request_button_position,
)
from ..types import UNSET

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
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


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


def _fill_plain(model: BookformUpdateRequest, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "title" in json_value:
        model.title = json_value["title"]
    if "description" in json_value:
        model.description = json_value["description"]
    if "is_default" in json_value:
        model.is_default = json_value["is_default"]
    if "without_menu" in json_value:
        model.without_menu = json_value["without_menu"]
    if "service_step_default" in json_value:
        model.service_step_default = json_value["service_step_default"]
    if "service_step_hide" in json_value:
        model.service_step_hide = json_value["service_step_hide"]
    if "master_step_default" in json_value:
        model.master_step_default = json_value["master_step_default"]
    if "master_step_hide" in json_value:
        model.master_step_hide = json_value["master_step_hide"]
    if "service_step_num" in json_value:
        model.service_step_num = json_value["service_step_num"]
    if "master_step_num" in json_value:
        model.master_step_num = json_value["master_step_num"]
    if "datetime_step_num" in json_value:
        model.datetime_step_num = json_value["datetime_step_num"]
    if "show_button" in json_value:
        model.show_button = json_value["show_button"]
    if "button_color" in json_value:
        model.button_color = json_value["button_color"]
    if "button_animation" in json_value:
        model.button_animation = json_value["button_animation"]


def _fill_converted(
    model: BookformUpdateRequest, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "button_position" not in done:
        try:
            model.button_position = _read_button_position(json_value["button_position"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "form_position" not in done:
        try:
            model.form_position = _read_form_position(json_value["form_position"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: BookformUpdateRequest | None = None
) -> BookformUpdateRequest:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return BookformUpdateRequest._lazy(json_value, parse_ctx)
        model = new_model(BookformUpdateRequest)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(BookformUpdateRequest, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_button_position, value_form_position = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_button_position is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.button_position = _read_button_position(value_button_position, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_form_position is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.form_position = _read_form_position(value_form_position, parse_ctx)
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
        model.__class__ = lazily_read_class(BookformUpdateRequest)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = BookformUpdateRequest
        del model._raw, model._context
    return model


BookformUpdateRequest._lazy_fill = (_fill_plain, _fill_converted, _build)
