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
    from ..models.bookform_id_info_data_types_data_style_header_background_new_type_1 import (
        BookformIdInfoDataTypesDataStyleHeaderBackgroundNewType1,
    )


T = TypeVar("T", bound="BookformIdInfoDataTypesDataStyle")


@_attrs_define
class BookformIdInfoDataTypesDataStyle(LazyModel):
    """appointment form design settings"""

    show_header: bool | Unset = UNSET
    """ Display header and menu or not """
    logo: str | Unset = UNSET
    """ Path to logo image """
    header_background: str | Unset = UNSET
    """ Path to subtitle background image """
    menu_background: str | Unset = UNSET
    """ Path to menu background image """
    main_color: str | Unset = UNSET
    """ The main color of the form (all colors from the list: red, pink, purple, deep-purple, indigo, blue, light-
    blue, cyan, teal, green, light-green, lime, yellow, amber, orange, deep-orange, brown , grey, blue-grey, white,
    black) """
    secondary_color: str | Unset = UNSET
    """ Form secondary color (subtitle semi-transparent cover) """
    buttons_color: str | Unset = UNSET
    """ Button color """
    logo_full: str | Unset = UNSET
    """ Full path to logo image """
    header_background_full: str | Unset = UNSET
    """ Full path to header background image """
    menu_background_full: str | Unset = UNSET
    """ Full path to menu background image """
    primary_palette: str | Unset = UNSET
    """ Primary palette color """
    accent_palette: str | Unset = UNSET
    """ Accent palette color """
    warn_palette: str | Unset = UNSET
    """ Warning palette color """
    background_palette: str | Unset = UNSET
    """ Background palette color """
    main_color_theme: str | Unset = UNSET
    """ Main color theme identifier """
    header_background_new: BookformIdInfoDataTypesDataStyleHeaderBackgroundNewType1 | list[Any] | Unset = UNSET
    """ New header background image configuration (empty array if not configured) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        show_header = self.show_header

        logo = self.logo

        header_background = self.header_background

        menu_background = self.menu_background

        main_color = self.main_color

        secondary_color = self.secondary_color

        buttons_color = self.buttons_color

        logo_full = self.logo_full

        header_background_full = self.header_background_full

        menu_background_full = self.menu_background_full

        primary_palette = self.primary_palette

        accent_palette = self.accent_palette

        warn_palette = self.warn_palette

        background_palette = self.background_palette

        main_color_theme = self.main_color_theme

        header_background_new: dict[str, Any] | list[Any] | Unset
        if isinstance(self.header_background_new, Unset):
            header_background_new = UNSET
        elif isinstance(self.header_background_new, list):
            header_background_new = self.header_background_new

        else:
            header_background_new = self.header_background_new.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if show_header is not UNSET:
            field_dict["show_header"] = show_header
        if logo is not UNSET:
            field_dict["logo"] = logo
        if header_background is not UNSET:
            field_dict["header_background"] = header_background
        if menu_background is not UNSET:
            field_dict["menu_background"] = menu_background
        if main_color is not UNSET:
            field_dict["main_color"] = main_color
        if secondary_color is not UNSET:
            field_dict["secondary_color"] = secondary_color
        if buttons_color is not UNSET:
            field_dict["buttons_color"] = buttons_color
        if logo_full is not UNSET:
            field_dict["logo_full"] = logo_full
        if header_background_full is not UNSET:
            field_dict["header_background_full"] = header_background_full
        if menu_background_full is not UNSET:
            field_dict["menu_background_full"] = menu_background_full
        if primary_palette is not UNSET:
            field_dict["primaryPalette"] = primary_palette
        if accent_palette is not UNSET:
            field_dict["accentPalette"] = accent_palette
        if warn_palette is not UNSET:
            field_dict["warnPalette"] = warn_palette
        if background_palette is not UNSET:
            field_dict["backgroundPalette"] = background_palette
        if main_color_theme is not UNSET:
            field_dict["main_color_theme"] = main_color_theme
        if header_background_new is not UNSET:
            field_dict["header_background_new"] = header_background_new

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bookform_id_info_data_types_data_style_header_background_new_type_1 import (
            BookformIdInfoDataTypesDataStyleHeaderBackgroundNewType1,  # noqa: PLC0415
        )

        d = dict(src_dict)
        show_header = d.pop("show_header", UNSET)

        logo = d.pop("logo", UNSET)

        header_background = d.pop("header_background", UNSET)

        menu_background = d.pop("menu_background", UNSET)

        main_color = d.pop("main_color", UNSET)

        secondary_color = d.pop("secondary_color", UNSET)

        buttons_color = d.pop("buttons_color", UNSET)

        logo_full = d.pop("logo_full", UNSET)

        header_background_full = d.pop("header_background_full", UNSET)

        menu_background_full = d.pop("menu_background_full", UNSET)

        primary_palette = d.pop("primaryPalette", UNSET)

        accent_palette = d.pop("accentPalette", UNSET)

        warn_palette = d.pop("warnPalette", UNSET)

        background_palette = d.pop("backgroundPalette", UNSET)

        main_color_theme = d.pop("main_color_theme", UNSET)

        def _parse_header_background_new(
            data: object,
        ) -> BookformIdInfoDataTypesDataStyleHeaderBackgroundNewType1 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                header_background_new_type_0 = cast(list[Any], data)

                return header_background_new_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            header_background_new_type_1 = BookformIdInfoDataTypesDataStyleHeaderBackgroundNewType1.from_dict(data)

            return header_background_new_type_1

        header_background_new = _parse_header_background_new(d.pop("header_background_new", UNSET))

        bookform_id_info_data_types_data_style = cls(
            show_header=show_header,
            logo=logo,
            header_background=header_background,
            menu_background=menu_background,
            main_color=main_color,
            secondary_color=secondary_color,
            buttons_color=buttons_color,
            logo_full=logo_full,
            header_background_full=header_background_full,
            menu_background_full=menu_background_full,
            primary_palette=primary_palette,
            accent_palette=accent_palette,
            warn_palette=warn_palette,
            background_palette=background_palette,
            main_color_theme=main_color_theme,
            header_background_new=header_background_new,
        )

        bookform_id_info_data_types_data_style.additional_properties = d
        return bookform_id_info_data_types_data_style

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


def _read_header_background_new(
    json_value: Any, parse_ctx: ParseContext
) -> BookformIdInfoDataTypesDataStyleHeaderBackgroundNewType1 | list[Any] | Unset:
    BookformIdInfoDataTypesDataStyleHeaderBackgroundNewType1 = MODEL_CLASSES.get(
        "altegio_client.models.bookform_id_info_data_types_data_style_header_background_new_type_1"
    ) or model_class(
        "altegio_client.models.bookform_id_info_data_types_data_style_header_background_new_type_1",
        "BookformIdInfoDataTypesDataStyleHeaderBackgroundNewType1",
    )

    def _parse_header_background_new(
        data: object,
    ) -> BookformIdInfoDataTypesDataStyleHeaderBackgroundNewType1 | list[Any] | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, list):
                raise TypeError()
            header_background_new_type_0 = cast(list[Any], data)

            return header_background_new_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        header_background_new_type_1 = BookformIdInfoDataTypesDataStyleHeaderBackgroundNewType1.from_dict(data)

        return header_background_new_type_1

    header_background_new = _parse_header_background_new(json_value)

    return header_background_new


_DECLARED_KEYS = frozenset(
    {
        "show_header",
        "logo",
        "header_background",
        "menu_background",
        "main_color",
        "secondary_color",
        "buttons_color",
        "logo_full",
        "header_background_full",
        "menu_background_full",
        "primaryPalette",
        "accentPalette",
        "warnPalette",
        "backgroundPalette",
        "main_color_theme",
        "header_background_new",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


BookformIdInfoDataTypesDataStyle._lazy_fields = {
    "show_header": ("show_header", None, False),
    "logo": ("logo", None, False),
    "header_background": ("header_background", None, False),
    "menu_background": ("menu_background", None, False),
    "main_color": ("main_color", None, False),
    "secondary_color": ("secondary_color", None, False),
    "buttons_color": ("buttons_color", None, False),
    "logo_full": ("logo_full", None, False),
    "header_background_full": ("header_background_full", None, False),
    "menu_background_full": ("menu_background_full", None, False),
    "primary_palette": ("primaryPalette", None, False),
    "accent_palette": ("accentPalette", None, False),
    "warn_palette": ("warnPalette", None, False),
    "background_palette": ("backgroundPalette", None, False),
    "main_color_theme": ("main_color_theme", None, False),
    "header_background_new": ("header_background_new", _read_header_background_new, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: BookformIdInfoDataTypesDataStyle, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.show_header = get("show_header", UNSET)
    model.logo = get("logo", UNSET)
    model.header_background = get("header_background", UNSET)
    model.menu_background = get("menu_background", UNSET)
    model.main_color = get("main_color", UNSET)
    model.secondary_color = get("secondary_color", UNSET)
    model.buttons_color = get("buttons_color", UNSET)
    model.logo_full = get("logo_full", UNSET)
    model.header_background_full = get("header_background_full", UNSET)
    model.menu_background_full = get("menu_background_full", UNSET)
    model.primary_palette = get("primaryPalette", UNSET)
    model.accent_palette = get("accentPalette", UNSET)
    model.warn_palette = get("warnPalette", UNSET)
    model.background_palette = get("backgroundPalette", UNSET)
    model.main_color_theme = get("main_color_theme", UNSET)


def _fill_converted(
    model: BookformIdInfoDataTypesDataStyle, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "header_background_new" not in done:
        value = get("header_background_new", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.header_background_new = UNSET
        else:
            try:
                model.header_background_new = _read_header_background_new(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: BookformIdInfoDataTypesDataStyle | None = None
) -> BookformIdInfoDataTypesDataStyle:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return BookformIdInfoDataTypesDataStyle._lazy(json_value, parse_ctx)
        model = new_model(
            BookformIdInfoDataTypesDataStyle
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
        layout = layout_of(BookformIdInfoDataTypesDataStyle, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_header_background_new,) = fill(json_value, model)
    if value_header_background_new is UNSET:  # what every optional field's converter returns for it
        model.header_background_new = UNSET
    else:
        try:
            model.header_background_new = _read_header_background_new(value_header_background_new, parse_ctx)
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
        model.__class__ = lazily_read_class(BookformIdInfoDataTypesDataStyle)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = BookformIdInfoDataTypesDataStyle
        del model._raw, model._context
    return model


BookformIdInfoDataTypesDataStyle._lazy_fill = (_fill_plain, _fill_converted, _build)
