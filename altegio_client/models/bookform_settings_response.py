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
    from ..models.bookform_settings_response_header_images import (
        BookformSettingsResponseHeaderImages,
    )


T = TypeVar("T", bound="BookformSettingsResponse")


@_attrs_define
class BookformSettingsResponse(LazyModel):
    """appointment Widget Settings"""

    id: int
    """ appointment widget ID """
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
    """ Service serial number """
    master_step_num: float
    """ Team Member serial number """
    datetime_step_num: float
    """ Sequence number of date and time """
    show_button: bool
    """ Button Visibility Step """
    button_position: str
    """ Button location on the page """
    form_position: str
    """ Panel position on the page """
    button_color: str
    """ Button color """
    button_animation: bool
    """ Button animation enable flag """
    html_code: str
    """ Code for inserting a button on the site """
    ab_test_enabled: bool
    """ Flag for enabling letterform ab-test """
    is_chain: bool | Unset = UNSET
    """ Chain booking form flag """
    sequence_type: str | Unset = UNSET
    """ Sequence type (e.g., "steps") """
    service_step_title: str | Unset = UNSET
    """ Service step title """
    master_step_title: str | Unset = UNSET
    """ Team member step title """
    specialization_display_mode: float | Unset = UNSET
    """ Specialization display mode """
    datetime_step_title: str | Unset = UNSET
    """ Date/time step title """
    html_code_v2: str | Unset = UNSET
    """ Version 2 of HTML code for button insertion """
    map_type: float | Unset = UNSET
    """ Map type identifier """
    default_language_id: int | Unset = UNSET
    """ Default language ID """
    group_id: int | Unset = UNSET
    """ Group ID """
    facebook_pixel_id: str | Unset = UNSET
    """ Facebook Pixel ID """
    vk_pixel_id: str | Unset = UNSET
    """ VK Pixel ID """
    online_sales_group_id: int | Unset = UNSET
    """ Online sales group ID """
    service_step_category_view_type: str | Unset = UNSET
    """ Service step category view type (e.g., "horizontal_tags") """
    salon_select_type_code: str | Unset = UNSET
    """ Location select type code (e.g., "list") """
    record_type_id: int | None | Unset = UNSET
    """ Appointment type ID """
    display_activity_type: str | Unset = UNSET
    """ Display event type (e.g., "all") """
    is_multiple_activity_record: bool | Unset = UNSET
    """ Multiple event appointment flag """
    activity_record_count: float | Unset = UNSET
    """ Event appointment count limit """
    header_images: BookformSettingsResponseHeaderImages | None | Unset = UNSET
    is_weekly_view_enabled: bool | Unset = UNSET
    """ Weekly view enabled flag """
    show_weekly_view_without_online_booking: bool | Unset = UNSET
    """ Show weekly view without online booking flag """
    weekly_view_default_salon_id: int | None | Unset = UNSET
    """ Default location ID for weekly view """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bookform_settings_response_header_images import (
            BookformSettingsResponseHeaderImages,  # noqa: PLC0415
        )

        id = self.id

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

        button_position = self.button_position

        form_position = self.form_position

        button_color = self.button_color

        button_animation = self.button_animation

        html_code = self.html_code

        ab_test_enabled = self.ab_test_enabled

        is_chain = self.is_chain

        sequence_type = self.sequence_type

        service_step_title = self.service_step_title

        master_step_title = self.master_step_title

        specialization_display_mode = self.specialization_display_mode

        datetime_step_title = self.datetime_step_title

        html_code_v2 = self.html_code_v2

        map_type = self.map_type

        default_language_id = self.default_language_id

        group_id = self.group_id

        facebook_pixel_id = self.facebook_pixel_id

        vk_pixel_id = self.vk_pixel_id

        online_sales_group_id = self.online_sales_group_id

        service_step_category_view_type = self.service_step_category_view_type

        salon_select_type_code = self.salon_select_type_code

        record_type_id: int | None | Unset
        if isinstance(self.record_type_id, Unset):
            record_type_id = UNSET
        else:
            record_type_id = self.record_type_id

        display_activity_type = self.display_activity_type

        is_multiple_activity_record = self.is_multiple_activity_record

        activity_record_count = self.activity_record_count

        header_images: dict[str, Any] | None | Unset
        if isinstance(self.header_images, Unset):
            header_images = UNSET
        elif isinstance(self.header_images, BookformSettingsResponseHeaderImages):
            header_images = self.header_images.to_dict()
        else:
            header_images = self.header_images

        is_weekly_view_enabled = self.is_weekly_view_enabled

        show_weekly_view_without_online_booking = self.show_weekly_view_without_online_booking

        weekly_view_default_salon_id: int | None | Unset
        if isinstance(self.weekly_view_default_salon_id, Unset):
            weekly_view_default_salon_id = UNSET
        else:
            weekly_view_default_salon_id = self.weekly_view_default_salon_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
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
                "html_code": html_code,
                "ab_test_enabled": ab_test_enabled,
            }
        )
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain
        if sequence_type is not UNSET:
            field_dict["sequence_type"] = sequence_type
        if service_step_title is not UNSET:
            field_dict["service_step_title"] = service_step_title
        if master_step_title is not UNSET:
            field_dict["master_step_title"] = master_step_title
        if specialization_display_mode is not UNSET:
            field_dict["specialization_display_mode"] = specialization_display_mode
        if datetime_step_title is not UNSET:
            field_dict["datetime_step_title"] = datetime_step_title
        if html_code_v2 is not UNSET:
            field_dict["html_code_v2"] = html_code_v2
        if map_type is not UNSET:
            field_dict["map_type"] = map_type
        if default_language_id is not UNSET:
            field_dict["default_language_id"] = default_language_id
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if facebook_pixel_id is not UNSET:
            field_dict["facebook_pixel_id"] = facebook_pixel_id
        if vk_pixel_id is not UNSET:
            field_dict["vk_pixel_id"] = vk_pixel_id
        if online_sales_group_id is not UNSET:
            field_dict["online_sales_group_id"] = online_sales_group_id
        if service_step_category_view_type is not UNSET:
            field_dict["service_step_category_view_type"] = service_step_category_view_type
        if salon_select_type_code is not UNSET:
            field_dict["salon_select_type_code"] = salon_select_type_code
        if record_type_id is not UNSET:
            field_dict["record_type_id"] = record_type_id
        if display_activity_type is not UNSET:
            field_dict["display_activity_type"] = display_activity_type
        if is_multiple_activity_record is not UNSET:
            field_dict["is_multiple_activity_record"] = is_multiple_activity_record
        if activity_record_count is not UNSET:
            field_dict["activity_record_count"] = activity_record_count
        if header_images is not UNSET:
            field_dict["header_images"] = header_images
        if is_weekly_view_enabled is not UNSET:
            field_dict["is_weekly_view_enabled"] = is_weekly_view_enabled
        if show_weekly_view_without_online_booking is not UNSET:
            field_dict["show_weekly_view_without_online_booking"] = show_weekly_view_without_online_booking
        if weekly_view_default_salon_id is not UNSET:
            field_dict["weekly_view_default_salon_id"] = weekly_view_default_salon_id

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bookform_settings_response_header_images import (
            BookformSettingsResponseHeaderImages,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

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

        button_position = d.pop("button_position")

        form_position = d.pop("form_position")

        button_color = d.pop("button_color")

        button_animation = d.pop("button_animation")

        html_code = d.pop("html_code")

        ab_test_enabled = d.pop("ab_test_enabled")

        is_chain = d.pop("is_chain", UNSET)

        sequence_type = d.pop("sequence_type", UNSET)

        service_step_title = d.pop("service_step_title", UNSET)

        master_step_title = d.pop("master_step_title", UNSET)

        specialization_display_mode = d.pop("specialization_display_mode", UNSET)

        datetime_step_title = d.pop("datetime_step_title", UNSET)

        html_code_v2 = d.pop("html_code_v2", UNSET)

        map_type = d.pop("map_type", UNSET)

        default_language_id = d.pop("default_language_id", UNSET)

        group_id = d.pop("group_id", UNSET)

        facebook_pixel_id = d.pop("facebook_pixel_id", UNSET)

        vk_pixel_id = d.pop("vk_pixel_id", UNSET)

        online_sales_group_id = d.pop("online_sales_group_id", UNSET)

        service_step_category_view_type = d.pop("service_step_category_view_type", UNSET)

        salon_select_type_code = d.pop("salon_select_type_code", UNSET)

        def _parse_record_type_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        record_type_id = _parse_record_type_id(d.pop("record_type_id", UNSET))

        display_activity_type = d.pop("display_activity_type", UNSET)

        is_multiple_activity_record = d.pop("is_multiple_activity_record", UNSET)

        activity_record_count = d.pop("activity_record_count", UNSET)

        def _parse_header_images(data: object) -> BookformSettingsResponseHeaderImages | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                header_images_type_0 = BookformSettingsResponseHeaderImages.from_dict(data)

                return header_images_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BookformSettingsResponseHeaderImages | None | Unset, data)

        header_images = _parse_header_images(d.pop("header_images", UNSET))

        is_weekly_view_enabled = d.pop("is_weekly_view_enabled", UNSET)

        show_weekly_view_without_online_booking = d.pop("show_weekly_view_without_online_booking", UNSET)

        def _parse_weekly_view_default_salon_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        weekly_view_default_salon_id = _parse_weekly_view_default_salon_id(d.pop("weekly_view_default_salon_id", UNSET))

        bookform_settings_response = cls(
            id=id,
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
            html_code=html_code,
            ab_test_enabled=ab_test_enabled,
            is_chain=is_chain,
            sequence_type=sequence_type,
            service_step_title=service_step_title,
            master_step_title=master_step_title,
            specialization_display_mode=specialization_display_mode,
            datetime_step_title=datetime_step_title,
            html_code_v2=html_code_v2,
            map_type=map_type,
            default_language_id=default_language_id,
            group_id=group_id,
            facebook_pixel_id=facebook_pixel_id,
            vk_pixel_id=vk_pixel_id,
            online_sales_group_id=online_sales_group_id,
            service_step_category_view_type=service_step_category_view_type,
            salon_select_type_code=salon_select_type_code,
            record_type_id=record_type_id,
            display_activity_type=display_activity_type,
            is_multiple_activity_record=is_multiple_activity_record,
            activity_record_count=activity_record_count,
            header_images=header_images,
            is_weekly_view_enabled=is_weekly_view_enabled,
            show_weekly_view_without_online_booking=show_weekly_view_without_online_booking,
            weekly_view_default_salon_id=weekly_view_default_salon_id,
        )

        bookform_settings_response.additional_properties = d
        return bookform_settings_response

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


def _read_header_images(
    json_value: Any, parse_ctx: ParseContext
) -> BookformSettingsResponseHeaderImages | None | Unset:
    BookformSettingsResponseHeaderImages = MODEL_CLASSES.get(
        "altegio_client.models.bookform_settings_response_header_images"
    ) or model_class(
        "altegio_client.models.bookform_settings_response_header_images", "BookformSettingsResponseHeaderImages"
    )

    def _parse_header_images(data: object) -> BookformSettingsResponseHeaderImages | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            header_images_type_0 = BookformSettingsResponseHeaderImages.from_dict(data)

            return header_images_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(BookformSettingsResponseHeaderImages | None | Unset, data)

    header_images = _parse_header_images(json_value)

    return header_images


_DECLARED_KEYS = frozenset(
    {
        "id",
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
        "html_code",
        "ab_test_enabled",
        "is_chain",
        "sequence_type",
        "service_step_title",
        "master_step_title",
        "specialization_display_mode",
        "datetime_step_title",
        "html_code_v2",
        "map_type",
        "default_language_id",
        "group_id",
        "facebook_pixel_id",
        "vk_pixel_id",
        "online_sales_group_id",
        "service_step_category_view_type",
        "salon_select_type_code",
        "record_type_id",
        "display_activity_type",
        "is_multiple_activity_record",
        "activity_record_count",
        "header_images",
        "is_weekly_view_enabled",
        "show_weekly_view_without_online_booking",
        "weekly_view_default_salon_id",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


BookformSettingsResponse._lazy_fields = {
    "id": ("id", None, True),
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
    "button_position": ("button_position", None, True),
    "form_position": ("form_position", None, True),
    "button_color": ("button_color", None, True),
    "button_animation": ("button_animation", None, True),
    "html_code": ("html_code", None, True),
    "ab_test_enabled": ("ab_test_enabled", None, True),
    "is_chain": ("is_chain", None, False),
    "sequence_type": ("sequence_type", None, False),
    "service_step_title": ("service_step_title", None, False),
    "master_step_title": ("master_step_title", None, False),
    "specialization_display_mode": ("specialization_display_mode", None, False),
    "datetime_step_title": ("datetime_step_title", None, False),
    "html_code_v2": ("html_code_v2", None, False),
    "map_type": ("map_type", None, False),
    "default_language_id": ("default_language_id", None, False),
    "group_id": ("group_id", None, False),
    "facebook_pixel_id": ("facebook_pixel_id", None, False),
    "vk_pixel_id": ("vk_pixel_id", None, False),
    "online_sales_group_id": ("online_sales_group_id", None, False),
    "service_step_category_view_type": ("service_step_category_view_type", None, False),
    "salon_select_type_code": ("salon_select_type_code", None, False),
    "record_type_id": ("record_type_id", None, False),
    "display_activity_type": ("display_activity_type", None, False),
    "is_multiple_activity_record": ("is_multiple_activity_record", None, False),
    "activity_record_count": ("activity_record_count", None, False),
    "header_images": ("header_images", _read_header_images, False),
    "is_weekly_view_enabled": ("is_weekly_view_enabled", None, False),
    "show_weekly_view_without_online_booking": ("show_weekly_view_without_online_booking", None, False),
    "weekly_view_default_salon_id": ("weekly_view_default_salon_id", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: BookformSettingsResponse, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "id" in json_value:
        model.id = json_value["id"]
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
    if "button_position" in json_value:
        model.button_position = json_value["button_position"]
    if "form_position" in json_value:
        model.form_position = json_value["form_position"]
    if "button_color" in json_value:
        model.button_color = json_value["button_color"]
    if "button_animation" in json_value:
        model.button_animation = json_value["button_animation"]
    if "html_code" in json_value:
        model.html_code = json_value["html_code"]
    if "ab_test_enabled" in json_value:
        model.ab_test_enabled = json_value["ab_test_enabled"]
    model.is_chain = get("is_chain", UNSET)
    model.sequence_type = get("sequence_type", UNSET)
    model.service_step_title = get("service_step_title", UNSET)
    model.master_step_title = get("master_step_title", UNSET)
    model.specialization_display_mode = get("specialization_display_mode", UNSET)
    model.datetime_step_title = get("datetime_step_title", UNSET)
    model.html_code_v2 = get("html_code_v2", UNSET)
    model.map_type = get("map_type", UNSET)
    model.default_language_id = get("default_language_id", UNSET)
    model.group_id = get("group_id", UNSET)
    model.facebook_pixel_id = get("facebook_pixel_id", UNSET)
    model.vk_pixel_id = get("vk_pixel_id", UNSET)
    model.online_sales_group_id = get("online_sales_group_id", UNSET)
    model.service_step_category_view_type = get("service_step_category_view_type", UNSET)
    model.salon_select_type_code = get("salon_select_type_code", UNSET)
    model.record_type_id = get("record_type_id", UNSET)
    model.display_activity_type = get("display_activity_type", UNSET)
    model.is_multiple_activity_record = get("is_multiple_activity_record", UNSET)
    model.activity_record_count = get("activity_record_count", UNSET)
    model.is_weekly_view_enabled = get("is_weekly_view_enabled", UNSET)
    model.show_weekly_view_without_online_booking = get("show_weekly_view_without_online_booking", UNSET)
    model.weekly_view_default_salon_id = get("weekly_view_default_salon_id", UNSET)


def _fill_converted(
    model: BookformSettingsResponse, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "header_images" not in done:
        value = get("header_images", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.header_images = UNSET
        else:
            try:
                model.header_images = _read_header_images(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: BookformSettingsResponse | None = None
) -> BookformSettingsResponse:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return BookformSettingsResponse._lazy(json_value, parse_ctx)
        model = new_model(BookformSettingsResponse)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(BookformSettingsResponse, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_header_images,) = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_header_images is UNSET:  # what every optional field's converter returns for it
        model.header_images = UNSET
    else:
        try:
            model.header_images = _read_header_images(value_header_images, parse_ctx)
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
        model.__class__ = lazily_read_class(BookformSettingsResponse)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = BookformSettingsResponse
        del model._raw, model._context
    return model


BookformSettingsResponse._lazy_fill = (_fill_plain, _fill_converted, _build)
