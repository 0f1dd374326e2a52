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
from ..models.bookform_create_request_button_position import (
    BookformCreateRequestButtonPosition,
    check_bookform_create_request_button_position,
)
from ..models.bookform_create_request_form_position import (
    BookformCreateRequestFormPosition,
    check_bookform_create_request_form_position,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BookformCreateRequest")


@_attrs_define
class BookformCreateRequest(LazyModel):
    """Request to create a letterform"""

    title: str
    """ Name of the appointment widget """
    description: str | Unset = ""
    """ appointment widget description """
    is_default: bool | Unset = False
    """ Default appointment widget flag """
    without_menu: bool | Unset = False
    """ Step mode flag """
    service_step_default: float | Unset = UNSET
    """ Service ID """
    service_step_hide: bool | Unset = False
    """ Service Hiding Flag """
    master_step_default: float | Unset = UNSET
    """ team member ID """
    master_step_hide: bool | Unset = False
    """ team member hide flag """
    service_step_num: float | Unset = UNSET
    """ Service step sequence number """
    master_step_num: float | Unset = UNSET
    """ Sequence number of the wizard step """
    datetime_step_num: float | Unset = UNSET
    """ Sequence number of the date and time step """
    show_button: bool | Unset = True
    """ Button visibility flag """
    button_position: BookformCreateRequestButtonPosition | Unset = "bottom right"
    """ Button location on the page """
    form_position: BookformCreateRequestFormPosition | Unset = "right"
    """ Panel position on the page """
    button_color: str | Unset = "#1c84c6"
    """ Button color """
    button_animation: bool | Unset = True
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

        button_position: str | Unset = UNSET
        if not isinstance(self.button_position, Unset):
            button_position = self.button_position

        form_position: str | Unset = UNSET
        if not isinstance(self.form_position, Unset):
            form_position = self.form_position

        button_color = self.button_color

        button_animation = self.button_animation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if without_menu is not UNSET:
            field_dict["without_menu"] = without_menu
        if service_step_default is not UNSET:
            field_dict["service_step_default"] = service_step_default
        if service_step_hide is not UNSET:
            field_dict["service_step_hide"] = service_step_hide
        if master_step_default is not UNSET:
            field_dict["master_step_default"] = master_step_default
        if master_step_hide is not UNSET:
            field_dict["master_step_hide"] = master_step_hide
        if service_step_num is not UNSET:
            field_dict["service_step_num"] = service_step_num
        if master_step_num is not UNSET:
            field_dict["master_step_num"] = master_step_num
        if datetime_step_num is not UNSET:
            field_dict["datetime_step_num"] = datetime_step_num
        if show_button is not UNSET:
            field_dict["show_button"] = show_button
        if button_position is not UNSET:
            field_dict["button_position"] = button_position
        if form_position is not UNSET:
            field_dict["form_position"] = form_position
        if button_color is not UNSET:
            field_dict["button_color"] = button_color
        if button_animation is not UNSET:
            field_dict["button_animation"] = button_animation

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        description = d.pop("description", UNSET)

        is_default = d.pop("is_default", UNSET)

        without_menu = d.pop("without_menu", UNSET)

        service_step_default = d.pop("service_step_default", UNSET)

        service_step_hide = d.pop("service_step_hide", UNSET)

        master_step_default = d.pop("master_step_default", UNSET)

        master_step_hide = d.pop("master_step_hide", UNSET)

        service_step_num = d.pop("service_step_num", UNSET)

        master_step_num = d.pop("master_step_num", UNSET)

        datetime_step_num = d.pop("datetime_step_num", UNSET)

        show_button = d.pop("show_button", UNSET)

        _button_position = d.pop("button_position", UNSET)
        button_position: BookformCreateRequestButtonPosition | Unset
        if isinstance(_button_position, Unset):
            button_position = UNSET
        else:
            button_position = check_bookform_create_request_button_position(_button_position)

        _form_position = d.pop("form_position", UNSET)
        form_position: BookformCreateRequestFormPosition | Unset
        if isinstance(_form_position, Unset):
            form_position = UNSET
        else:
            form_position = check_bookform_create_request_form_position(_form_position)

        button_color = d.pop("button_color", UNSET)

        button_animation = d.pop("button_animation", UNSET)

        bookform_create_request = cls(
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

        bookform_create_request.additional_properties = d
        return bookform_create_request

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


def _read_button_position(json_value: Any, parse_ctx: ParseContext) -> BookformCreateRequestButtonPosition | Unset:

    _button_position = json_value
    button_position: BookformCreateRequestButtonPosition | Unset
    if isinstance(_button_position, Unset):
        button_position = UNSET
    else:
        button_position = check_bookform_create_request_button_position(_button_position)

    return button_position


def _read_form_position(json_value: Any, parse_ctx: ParseContext) -> BookformCreateRequestFormPosition | Unset:

    _form_position = json_value
    form_position: BookformCreateRequestFormPosition | Unset
    if isinstance(_form_position, Unset):
        form_position = UNSET
    else:
        form_position = check_bookform_create_request_form_position(_form_position)

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


BookformCreateRequest._lazy_fields = {
    "title": ("title", None, True),
    "description": ("description", None, False),
    "is_default": ("is_default", None, False),
    "without_menu": ("without_menu", None, False),
    "service_step_default": ("service_step_default", None, False),
    "service_step_hide": ("service_step_hide", None, False),
    "master_step_default": ("master_step_default", None, False),
    "master_step_hide": ("master_step_hide", None, False),
    "service_step_num": ("service_step_num", None, False),
    "master_step_num": ("master_step_num", None, False),
    "datetime_step_num": ("datetime_step_num", None, False),
    "show_button": ("show_button", None, False),
    "button_position": ("button_position", _read_button_position, False),
    "form_position": ("form_position", _read_form_position, False),
    "button_color": ("button_color", None, False),
    "button_animation": ("button_animation", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: BookformCreateRequest, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "title" in json_value:
        model.title = json_value["title"]
    model.description = get("description", UNSET)
    model.is_default = get("is_default", UNSET)
    model.without_menu = get("without_menu", UNSET)
    model.service_step_default = get("service_step_default", UNSET)
    model.service_step_hide = get("service_step_hide", UNSET)
    model.master_step_default = get("master_step_default", UNSET)
    model.master_step_hide = get("master_step_hide", UNSET)
    model.service_step_num = get("service_step_num", UNSET)
    model.master_step_num = get("master_step_num", UNSET)
    model.datetime_step_num = get("datetime_step_num", UNSET)
    model.show_button = get("show_button", UNSET)
    model.button_color = get("button_color", UNSET)
    model.button_animation = get("button_animation", UNSET)


def _fill_converted(
    model: BookformCreateRequest, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "button_position" not in done:
        value = get("button_position", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.button_position = UNSET
        else:
            try:
                model.button_position = _read_button_position(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "form_position" not in done:
        value = get("form_position", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.form_position = UNSET
        else:
            try:
                model.form_position = _read_form_position(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: BookformCreateRequest | None = None
) -> BookformCreateRequest:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return BookformCreateRequest._lazy(json_value, parse_ctx)
        model = new_model(BookformCreateRequest)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(BookformCreateRequest, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_button_position, value_form_position = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_button_position is UNSET:  # what every optional field's converter returns for it
        model.button_position = UNSET
    else:
        try:
            model.button_position = _read_button_position(value_button_position, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_form_position is UNSET:  # what every optional field's converter returns for it
        model.form_position = UNSET
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
        model.__class__ = lazily_read_class(BookformCreateRequest)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = BookformCreateRequest
        del model._raw, model._context
    return model


BookformCreateRequest._lazy_fill = (_fill_plain, _fill_converted, _build)
