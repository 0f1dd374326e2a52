from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._codegen import (
    MODEL_BUILDERS,
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    model_builder,
    model_class,
    new_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bookform_id_info_data_types_data_brand import (
        BookformIdInfoDataTypesDataBrand,
    )
    from ..models.bookform_id_info_data_types_data_features import (
        BookformIdInfoDataTypesDataFeatures,
    )
    from ..models.bookform_id_info_data_types_data_injection import (
        BookformIdInfoDataTypesDataInjection,
    )
    from ..models.bookform_id_info_data_types_data_langs_item import (
        BookformIdInfoDataTypesDataLangsItem,
    )
    from ..models.bookform_id_info_data_types_data_legal_info import (
        BookformIdInfoDataTypesDataLegalInfo,
    )
    from ..models.bookform_id_info_data_types_data_map import (
        BookformIdInfoDataTypesDataMap,
    )
    from ..models.bookform_id_info_data_types_data_staff_name import (
        BookformIdInfoDataTypesDataStaffName,
    )
    from ..models.bookform_id_info_data_types_data_steps_item import (
        BookformIdInfoDataTypesDataStepsItem,
    )
    from ..models.bookform_id_info_data_types_data_style import (
        BookformIdInfoDataTypesDataStyle,
    )
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="BookformIdInfoDataTypesData")


@_attrs_define
class BookformIdInfoDataTypesData(LazyModel):
    """Object with data"""

    steps: list[BookformIdInfoDataTypesDataStepsItem] | Unset = UNSET
    """ appointment form steps with custom settings """
    style: BookformIdInfoDataTypesDataStyle | Unset = UNSET
    """ appointment form design settings """
    group_id: int | Unset = UNSET
    """ location chain ID (0 - if the appointment form for a non-chain location """
    company_id: int | Unset = UNSET
    """ location ID (always returned, used to get additional settings) """
    phone_confirmation: bool | Unset = UNSET
    """ Do I need to confirm the phone by SMS (if groupid = 0 (not a chain form), otherwise look in the settings of
    each location separately) """
    lang: str | Unset = UNSET
    """ appointment form language (code from langs array) """
    langs: list[BookformIdInfoDataTypesDataLangsItem] | Unset = UNSET
    """ List of widget languages """
    comment_required: bool | Unset = UNSET
    """ Whether the field with a comment on the appointment is required """
    google_analytics_id: str | Unset = UNSET
    """ Google Analytics ID """
    facebook_pixel_id: str | Unset = UNSET
    """ Facebook Pixel ID """
    metrika_counter_id: int | None | Unset = UNSET
    """ Metrika counter ID (web analytics) """
    app_metrika_id: None | str | Unset = UNSET
    """ AppMetrika ID (mobile analytics) """
    sms_enabled: bool | Unset = UNSET
    """ Is sending SMS available? """
    id: int | Unset = UNSET
    """ Booking form ID """
    url: str | Unset = UNSET
    """ Booking form URL """
    staff_name: BookformIdInfoDataTypesDataStaffName | Unset = UNSET
    """ Team member name configuration """
    without_menu: bool | Unset = UNSET
    """ Step mode flag """
    sequence_type: str | Unset = UNSET
    """ Sequence type (e.g., "steps") """
    client_scripts: str | Unset = UNSET
    """ Client-side scripts """
    y_injection: str | Unset = UNSET
    """ Web analytics injection code """
    first_service_category_close: bool | Unset = UNSET
    """ First service category close flag """
    map: BookformIdInfoDataTypesDataMap | Unset = UNSET
    """ Map configuration """
    salon_select_type_code: str | Unset = UNSET
    """ Location select type code """
    is_show_privacy_policy: bool | Unset = UNSET
    """ Show privacy policy flag """
    is_client_agreements_feature_enabled: bool | Unset = UNSET
    """ Client agreements feature enabled flag """
    specialization_display_mode: float | Unset = UNSET
    """ Specialization display mode (0 - specialization, 1 - position) """
    ab_test_enabled: bool | Unset = UNSET
    """ A/B test enabled flag """
    ab_test_percentage: float | Unset = UNSET
    """ A/B test percentage """
    is_online_sale_available: bool | Unset = UNSET
    """ Online sale available flag """
    legal_info: BookformIdInfoDataTypesDataLegalInfo | None | Unset = UNSET
    online_sales_links: list[JsonObject] | Unset = UNSET
    """ Online sales links """
    google_analytics_client_id_index: None | str | Unset = UNSET
    """ Google Analytics client ID index """
    brand: BookformIdInfoDataTypesDataBrand | Unset = UNSET
    """ Brand configuration """
    injection: BookformIdInfoDataTypesDataInjection | Unset = UNSET
    """ Injection scripts configuration """
    display_activity_type: str | Unset = UNSET
    """ Display event type """
    is_multiple_activity_record: bool | Unset = UNSET
    """ Multiple event appointment flag """
    activity_record_count: float | Unset = UNSET
    """ Event appointment count """
    weekly_view_enabled: bool | Unset = UNSET
    """ Weekly view enabled flag """
    show_weekly_view_without_online_booking: bool | Unset = UNSET
    """ Show weekly view without online booking """
    weekly_view_default_salon_id: int | None | Unset = UNSET
    """ Default location ID for weekly view """
    chain_main_salon_id: int | Unset = UNSET
    """ Chain main location ID """
    record_type_id: int | None | Unset = UNSET
    """ Appointment type ID """
    features: BookformIdInfoDataTypesDataFeatures | Unset = UNSET
    """ Feature flags """
    certificate_count: float | Unset = UNSET
    """ Certificate count """
    abonement_count: float | Unset = UNSET
    """ Membership count """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bookform_id_info_data_types_data_legal_info import (
            BookformIdInfoDataTypesDataLegalInfo,  # noqa: PLC0415
        )

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        style: dict[str, Any] | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style.to_dict()

        group_id = self.group_id

        company_id = self.company_id

        phone_confirmation = self.phone_confirmation

        lang = self.lang

        langs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.langs, Unset):
            langs = []
            for langs_item_data in self.langs:
                langs_item = langs_item_data.to_dict()
                langs.append(langs_item)

        comment_required = self.comment_required

        google_analytics_id = self.google_analytics_id

        facebook_pixel_id = self.facebook_pixel_id

        metrika_counter_id: int | None | Unset
        if isinstance(self.metrika_counter_id, Unset):
            metrika_counter_id = UNSET
        else:
            metrika_counter_id = self.metrika_counter_id

        app_metrika_id: None | str | Unset
        if isinstance(self.app_metrika_id, Unset):
            app_metrika_id = UNSET
        else:
            app_metrika_id = self.app_metrika_id

        sms_enabled = self.sms_enabled

        id = self.id

        url = self.url

        staff_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff_name, Unset):
            staff_name = self.staff_name.to_dict()

        without_menu = self.without_menu

        sequence_type = self.sequence_type

        client_scripts = self.client_scripts

        y_injection = self.y_injection

        first_service_category_close = self.first_service_category_close

        map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.map, Unset):
            map = self.map.to_dict()

        salon_select_type_code = self.salon_select_type_code

        is_show_privacy_policy = self.is_show_privacy_policy

        is_client_agreements_feature_enabled = self.is_client_agreements_feature_enabled

        specialization_display_mode = self.specialization_display_mode

        ab_test_enabled = self.ab_test_enabled

        ab_test_percentage = self.ab_test_percentage

        is_online_sale_available = self.is_online_sale_available

        legal_info: dict[str, Any] | None | Unset
        if isinstance(self.legal_info, Unset):
            legal_info = UNSET
        elif isinstance(self.legal_info, BookformIdInfoDataTypesDataLegalInfo):
            legal_info = self.legal_info.to_dict()
        else:
            legal_info = self.legal_info

        online_sales_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.online_sales_links, Unset):
            online_sales_links = []
            for online_sales_links_item_data in self.online_sales_links:
                online_sales_links_item = online_sales_links_item_data.to_dict()
                online_sales_links.append(online_sales_links_item)

        google_analytics_client_id_index: None | str | Unset
        if isinstance(self.google_analytics_client_id_index, Unset):
            google_analytics_client_id_index = UNSET
        else:
            google_analytics_client_id_index = self.google_analytics_client_id_index

        brand: dict[str, Any] | Unset = UNSET
        if not isinstance(self.brand, Unset):
            brand = self.brand.to_dict()

        injection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.injection, Unset):
            injection = self.injection.to_dict()

        display_activity_type = self.display_activity_type

        is_multiple_activity_record = self.is_multiple_activity_record

        activity_record_count = self.activity_record_count

        weekly_view_enabled = self.weekly_view_enabled

        show_weekly_view_without_online_booking = self.show_weekly_view_without_online_booking

        weekly_view_default_salon_id: int | None | Unset
        if isinstance(self.weekly_view_default_salon_id, Unset):
            weekly_view_default_salon_id = UNSET
        else:
            weekly_view_default_salon_id = self.weekly_view_default_salon_id

        chain_main_salon_id = self.chain_main_salon_id

        record_type_id: int | None | Unset
        if isinstance(self.record_type_id, Unset):
            record_type_id = UNSET
        else:
            record_type_id = self.record_type_id

        features: dict[str, Any] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = self.features.to_dict()

        certificate_count = self.certificate_count

        abonement_count = self.abonement_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if steps is not UNSET:
            field_dict["steps"] = steps
        if style is not UNSET:
            field_dict["style"] = style
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if phone_confirmation is not UNSET:
            field_dict["phone_confirmation"] = phone_confirmation
        if lang is not UNSET:
            field_dict["lang"] = lang
        if langs is not UNSET:
            field_dict["langs"] = langs
        if comment_required is not UNSET:
            field_dict["comment_required"] = comment_required
        if google_analytics_id is not UNSET:
            field_dict["google_analytics_id"] = google_analytics_id
        if facebook_pixel_id is not UNSET:
            field_dict["facebook_pixel_id"] = facebook_pixel_id
        if metrika_counter_id is not UNSET:
            field_dict["metrika_counter_id"] = metrika_counter_id
        if app_metrika_id is not UNSET:
            field_dict["app_metrika_id"] = app_metrika_id
        if sms_enabled is not UNSET:
            field_dict["sms_enabled"] = sms_enabled
        if id is not UNSET:
            field_dict["id"] = id
        if url is not UNSET:
            field_dict["url"] = url
        if staff_name is not UNSET:
            field_dict["staff_name"] = staff_name
        if without_menu is not UNSET:
            field_dict["without_menu"] = without_menu
        if sequence_type is not UNSET:
            field_dict["sequence_type"] = sequence_type
        if client_scripts is not UNSET:
            field_dict["client_scripts"] = client_scripts
        if y_injection is not UNSET:
            field_dict["y_injection"] = y_injection
        if first_service_category_close is not UNSET:
            field_dict["first_service_category_close"] = first_service_category_close
        if map is not UNSET:
            field_dict["map"] = map
        if salon_select_type_code is not UNSET:
            field_dict["salon_select_type_code"] = salon_select_type_code
        if is_show_privacy_policy is not UNSET:
            field_dict["is_show_privacy_policy"] = is_show_privacy_policy
        if is_client_agreements_feature_enabled is not UNSET:
            field_dict["is_client_agreements_feature_enabled"] = is_client_agreements_feature_enabled
        if specialization_display_mode is not UNSET:
            field_dict["specialization_display_mode"] = specialization_display_mode
        if ab_test_enabled is not UNSET:
            field_dict["ab_test_enabled"] = ab_test_enabled
        if ab_test_percentage is not UNSET:
            field_dict["ab_test_percentage"] = ab_test_percentage
        if is_online_sale_available is not UNSET:
            field_dict["is_online_sale_available"] = is_online_sale_available
        if legal_info is not UNSET:
            field_dict["legal_info"] = legal_info
        if online_sales_links is not UNSET:
            field_dict["online_sales_links"] = online_sales_links
        if google_analytics_client_id_index is not UNSET:
            field_dict["google_analytics_client_id_index"] = google_analytics_client_id_index
        if brand is not UNSET:
            field_dict["brand"] = brand
        if injection is not UNSET:
            field_dict["injection"] = injection
        if display_activity_type is not UNSET:
            field_dict["display_activity_type"] = display_activity_type
        if is_multiple_activity_record is not UNSET:
            field_dict["is_multiple_activity_record"] = is_multiple_activity_record
        if activity_record_count is not UNSET:
            field_dict["activity_record_count"] = activity_record_count
        if weekly_view_enabled is not UNSET:
            field_dict["weekly_view_enabled"] = weekly_view_enabled
        if show_weekly_view_without_online_booking is not UNSET:
            field_dict["show_weekly_view_without_online_booking"] = show_weekly_view_without_online_booking
        if weekly_view_default_salon_id is not UNSET:
            field_dict["weekly_view_default_salon_id"] = weekly_view_default_salon_id
        if chain_main_salon_id is not UNSET:
            field_dict["chain_main_salon_id"] = chain_main_salon_id
        if record_type_id is not UNSET:
            field_dict["record_type_id"] = record_type_id
        if features is not UNSET:
            field_dict["features"] = features
        if certificate_count is not UNSET:
            field_dict["certificate_count"] = certificate_count
        if abonement_count is not UNSET:
            field_dict["abonement_count"] = abonement_count

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bookform_id_info_data_types_data_brand import (
            BookformIdInfoDataTypesDataBrand,  # noqa: PLC0415
        )
        from ..models.bookform_id_info_data_types_data_features import (
            BookformIdInfoDataTypesDataFeatures,  # noqa: PLC0415
        )
        from ..models.bookform_id_info_data_types_data_injection import (
            BookformIdInfoDataTypesDataInjection,  # noqa: PLC0415
        )
        from ..models.bookform_id_info_data_types_data_langs_item import (
            BookformIdInfoDataTypesDataLangsItem,  # noqa: PLC0415
        )
        from ..models.bookform_id_info_data_types_data_legal_info import (
            BookformIdInfoDataTypesDataLegalInfo,  # noqa: PLC0415
        )
        from ..models.bookform_id_info_data_types_data_map import (
            BookformIdInfoDataTypesDataMap,  # noqa: PLC0415
        )
        from ..models.bookform_id_info_data_types_data_staff_name import (
            BookformIdInfoDataTypesDataStaffName,  # noqa: PLC0415
        )
        from ..models.bookform_id_info_data_types_data_steps_item import (
            BookformIdInfoDataTypesDataStepsItem,  # noqa: PLC0415
        )
        from ..models.bookform_id_info_data_types_data_style import (
            BookformIdInfoDataTypesDataStyle,  # noqa: PLC0415
        )
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        _steps = d.pop("steps", UNSET)
        steps: list[BookformIdInfoDataTypesDataStepsItem] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                steps_item = BookformIdInfoDataTypesDataStepsItem.from_dict(steps_item_data)

                steps.append(steps_item)

        _style = d.pop("style", UNSET)
        style: BookformIdInfoDataTypesDataStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = BookformIdInfoDataTypesDataStyle.from_dict(_style)

        group_id = d.pop("group_id", UNSET)

        company_id = d.pop("company_id", UNSET)

        phone_confirmation = d.pop("phone_confirmation", UNSET)

        lang = d.pop("lang", UNSET)

        _langs = d.pop("langs", UNSET)
        langs: list[BookformIdInfoDataTypesDataLangsItem] | Unset = UNSET
        if _langs is not UNSET:
            langs = []
            for langs_item_data in _langs:
                langs_item = BookformIdInfoDataTypesDataLangsItem.from_dict(langs_item_data)

                langs.append(langs_item)

        comment_required = d.pop("comment_required", UNSET)

        google_analytics_id = d.pop("google_analytics_id", UNSET)

        facebook_pixel_id = d.pop("facebook_pixel_id", UNSET)

        def _parse_metrika_counter_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        metrika_counter_id = _parse_metrika_counter_id(d.pop("metrika_counter_id", UNSET))

        def _parse_app_metrika_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_metrika_id = _parse_app_metrika_id(d.pop("app_metrika_id", UNSET))

        sms_enabled = d.pop("sms_enabled", UNSET)

        id = d.pop("id", UNSET)

        url = d.pop("url", UNSET)

        _staff_name = d.pop("staff_name", UNSET)
        staff_name: BookformIdInfoDataTypesDataStaffName | Unset
        if isinstance(_staff_name, Unset):
            staff_name = UNSET
        else:
            staff_name = BookformIdInfoDataTypesDataStaffName.from_dict(_staff_name)

        without_menu = d.pop("without_menu", UNSET)

        sequence_type = d.pop("sequence_type", UNSET)

        client_scripts = d.pop("client_scripts", UNSET)

        y_injection = d.pop("y_injection", UNSET)

        first_service_category_close = d.pop("first_service_category_close", UNSET)

        _map = d.pop("map", UNSET)
        map: BookformIdInfoDataTypesDataMap | Unset
        if isinstance(_map, Unset):
            map = UNSET
        else:
            map = BookformIdInfoDataTypesDataMap.from_dict(_map)

        salon_select_type_code = d.pop("salon_select_type_code", UNSET)

        is_show_privacy_policy = d.pop("is_show_privacy_policy", UNSET)

        is_client_agreements_feature_enabled = d.pop("is_client_agreements_feature_enabled", UNSET)

        specialization_display_mode = d.pop("specialization_display_mode", UNSET)

        ab_test_enabled = d.pop("ab_test_enabled", UNSET)

        ab_test_percentage = d.pop("ab_test_percentage", UNSET)

        is_online_sale_available = d.pop("is_online_sale_available", UNSET)

        def _parse_legal_info(data: object) -> BookformIdInfoDataTypesDataLegalInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                legal_info_type_0 = BookformIdInfoDataTypesDataLegalInfo.from_dict(data)

                return legal_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BookformIdInfoDataTypesDataLegalInfo | None | Unset, data)

        legal_info = _parse_legal_info(d.pop("legal_info", UNSET))

        _online_sales_links = d.pop("online_sales_links", UNSET)
        online_sales_links: list[JsonObject] | Unset = UNSET
        if _online_sales_links is not UNSET:
            online_sales_links = []
            for online_sales_links_item_data in _online_sales_links:
                online_sales_links_item = JsonObject.from_dict(online_sales_links_item_data)

                online_sales_links.append(online_sales_links_item)

        def _parse_google_analytics_client_id_index(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        google_analytics_client_id_index = _parse_google_analytics_client_id_index(
            d.pop("google_analytics_client_id_index", UNSET)
        )

        _brand = d.pop("brand", UNSET)
        brand: BookformIdInfoDataTypesDataBrand | Unset
        if isinstance(_brand, Unset):
            brand = UNSET
        else:
            brand = BookformIdInfoDataTypesDataBrand.from_dict(_brand)

        _injection = d.pop("injection", UNSET)
        injection: BookformIdInfoDataTypesDataInjection | Unset
        if isinstance(_injection, Unset):
            injection = UNSET
        else:
            injection = BookformIdInfoDataTypesDataInjection.from_dict(_injection)

        display_activity_type = d.pop("display_activity_type", UNSET)

        is_multiple_activity_record = d.pop("is_multiple_activity_record", UNSET)

        activity_record_count = d.pop("activity_record_count", UNSET)

        weekly_view_enabled = d.pop("weekly_view_enabled", UNSET)

        show_weekly_view_without_online_booking = d.pop("show_weekly_view_without_online_booking", UNSET)

        def _parse_weekly_view_default_salon_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        weekly_view_default_salon_id = _parse_weekly_view_default_salon_id(d.pop("weekly_view_default_salon_id", UNSET))

        chain_main_salon_id = d.pop("chain_main_salon_id", UNSET)

        def _parse_record_type_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        record_type_id = _parse_record_type_id(d.pop("record_type_id", UNSET))

        _features = d.pop("features", UNSET)
        features: BookformIdInfoDataTypesDataFeatures | Unset
        if isinstance(_features, Unset):
            features = UNSET
        else:
            features = BookformIdInfoDataTypesDataFeatures.from_dict(_features)

        certificate_count = d.pop("certificate_count", UNSET)

        abonement_count = d.pop("abonement_count", UNSET)

        bookform_id_info_data_types_data = cls(
            steps=steps,
            style=style,
            group_id=group_id,
            company_id=company_id,
            phone_confirmation=phone_confirmation,
            lang=lang,
            langs=langs,
            comment_required=comment_required,
            google_analytics_id=google_analytics_id,
            facebook_pixel_id=facebook_pixel_id,
            metrika_counter_id=metrika_counter_id,
            app_metrika_id=app_metrika_id,
            sms_enabled=sms_enabled,
            id=id,
            url=url,
            staff_name=staff_name,
            without_menu=without_menu,
            sequence_type=sequence_type,
            client_scripts=client_scripts,
            y_injection=y_injection,
            first_service_category_close=first_service_category_close,
            map=map,
            salon_select_type_code=salon_select_type_code,
            is_show_privacy_policy=is_show_privacy_policy,
            is_client_agreements_feature_enabled=is_client_agreements_feature_enabled,
            specialization_display_mode=specialization_display_mode,
            ab_test_enabled=ab_test_enabled,
            ab_test_percentage=ab_test_percentage,
            is_online_sale_available=is_online_sale_available,
            legal_info=legal_info,
            online_sales_links=online_sales_links,
            google_analytics_client_id_index=google_analytics_client_id_index,
            brand=brand,
            injection=injection,
            display_activity_type=display_activity_type,
            is_multiple_activity_record=is_multiple_activity_record,
            activity_record_count=activity_record_count,
            weekly_view_enabled=weekly_view_enabled,
            show_weekly_view_without_online_booking=show_weekly_view_without_online_booking,
            weekly_view_default_salon_id=weekly_view_default_salon_id,
            chain_main_salon_id=chain_main_salon_id,
            record_type_id=record_type_id,
            features=features,
            certificate_count=certificate_count,
            abonement_count=abonement_count,
        )

        bookform_id_info_data_types_data.additional_properties = d
        return bookform_id_info_data_types_data

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


def _read_steps(json_value: Any, parse_ctx: ParseContext) -> list[BookformIdInfoDataTypesDataStepsItem] | Unset:
    BookformIdInfoDataTypesDataStepsItem = MODEL_CLASSES.get(
        "altegio_client.models.bookform_id_info_data_types_data_steps_item"
    ) or model_class(
        "altegio_client.models.bookform_id_info_data_types_data_steps_item", "BookformIdInfoDataTypesDataStepsItem"
    )

    _steps = json_value
    steps: list[BookformIdInfoDataTypesDataStepsItem] | Unset = UNSET
    if _steps is not UNSET:
        steps = BookformIdInfoDataTypesDataStepsItem._lazy_list(_steps, parse_ctx)

    return steps


def _read_style(json_value: Any, parse_ctx: ParseContext) -> BookformIdInfoDataTypesDataStyle | Unset:
    BookformIdInfoDataTypesDataStyle = MODEL_CLASSES.get(
        "altegio_client.models.bookform_id_info_data_types_data_style"
    ) or model_class("altegio_client.models.bookform_id_info_data_types_data_style", "BookformIdInfoDataTypesDataStyle")

    _style = json_value
    style: BookformIdInfoDataTypesDataStyle | Unset
    if isinstance(_style, Unset):
        style = UNSET
    else:
        style = BookformIdInfoDataTypesDataStyle._lazy(_style, parse_ctx)

    return style


def _read_langs(json_value: Any, parse_ctx: ParseContext) -> list[BookformIdInfoDataTypesDataLangsItem] | Unset:
    BookformIdInfoDataTypesDataLangsItem = MODEL_CLASSES.get(
        "altegio_client.models.bookform_id_info_data_types_data_langs_item"
    ) or model_class(
        "altegio_client.models.bookform_id_info_data_types_data_langs_item", "BookformIdInfoDataTypesDataLangsItem"
    )

    _langs = json_value
    langs: list[BookformIdInfoDataTypesDataLangsItem] | Unset = UNSET
    if _langs is not UNSET:
        langs = BookformIdInfoDataTypesDataLangsItem._lazy_list(_langs, parse_ctx)

    return langs


def _read_staff_name(json_value: Any, parse_ctx: ParseContext) -> BookformIdInfoDataTypesDataStaffName | Unset:
    BookformIdInfoDataTypesDataStaffName = MODEL_CLASSES.get(
        "altegio_client.models.bookform_id_info_data_types_data_staff_name"
    ) or model_class(
        "altegio_client.models.bookform_id_info_data_types_data_staff_name", "BookformIdInfoDataTypesDataStaffName"
    )

    _staff_name = json_value
    staff_name: BookformIdInfoDataTypesDataStaffName | Unset
    if isinstance(_staff_name, Unset):
        staff_name = UNSET
    else:
        staff_name = BookformIdInfoDataTypesDataStaffName._lazy(_staff_name, parse_ctx)

    return staff_name


def _read_map(json_value: Any, parse_ctx: ParseContext) -> BookformIdInfoDataTypesDataMap | Unset:
    BookformIdInfoDataTypesDataMap = MODEL_CLASSES.get(
        "altegio_client.models.bookform_id_info_data_types_data_map"
    ) or model_class("altegio_client.models.bookform_id_info_data_types_data_map", "BookformIdInfoDataTypesDataMap")

    _map = json_value
    map: BookformIdInfoDataTypesDataMap | Unset
    if isinstance(_map, Unset):
        map = UNSET
    else:
        map = BookformIdInfoDataTypesDataMap._lazy(_map, parse_ctx)

    return map


def _read_legal_info(json_value: Any, parse_ctx: ParseContext) -> BookformIdInfoDataTypesDataLegalInfo | None | Unset:
    BookformIdInfoDataTypesDataLegalInfo = MODEL_CLASSES.get(
        "altegio_client.models.bookform_id_info_data_types_data_legal_info"
    ) or model_class(
        "altegio_client.models.bookform_id_info_data_types_data_legal_info", "BookformIdInfoDataTypesDataLegalInfo"
    )

    def _parse_legal_info(data: object) -> BookformIdInfoDataTypesDataLegalInfo | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            legal_info_type_0 = BookformIdInfoDataTypesDataLegalInfo.from_dict(data)

            return legal_info_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(BookformIdInfoDataTypesDataLegalInfo | None | Unset, data)

    legal_info = _parse_legal_info(json_value)

    return legal_info


def _read_online_sales_links(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _online_sales_links = json_value
    online_sales_links: list[JsonObject] | Unset = UNSET
    if _online_sales_links is not UNSET:
        online_sales_links = JsonObject._lazy_list(_online_sales_links, parse_ctx)

    return online_sales_links


def _read_brand(json_value: Any, parse_ctx: ParseContext) -> BookformIdInfoDataTypesDataBrand | Unset:
    BookformIdInfoDataTypesDataBrand = MODEL_CLASSES.get(
        "altegio_client.models.bookform_id_info_data_types_data_brand"
    ) or model_class("altegio_client.models.bookform_id_info_data_types_data_brand", "BookformIdInfoDataTypesDataBrand")

    _brand = json_value
    brand: BookformIdInfoDataTypesDataBrand | Unset
    if isinstance(_brand, Unset):
        brand = UNSET
    else:
        brand = BookformIdInfoDataTypesDataBrand._lazy(_brand, parse_ctx)

    return brand


def _read_injection(json_value: Any, parse_ctx: ParseContext) -> BookformIdInfoDataTypesDataInjection | Unset:
    BookformIdInfoDataTypesDataInjection = MODEL_CLASSES.get(
        "altegio_client.models.bookform_id_info_data_types_data_injection"
    ) or model_class(
        "altegio_client.models.bookform_id_info_data_types_data_injection", "BookformIdInfoDataTypesDataInjection"
    )

    _injection = json_value
    injection: BookformIdInfoDataTypesDataInjection | Unset
    if isinstance(_injection, Unset):
        injection = UNSET
    else:
        injection = BookformIdInfoDataTypesDataInjection._lazy(_injection, parse_ctx)

    return injection


def _read_features(json_value: Any, parse_ctx: ParseContext) -> BookformIdInfoDataTypesDataFeatures | Unset:
    BookformIdInfoDataTypesDataFeatures = MODEL_CLASSES.get(
        "altegio_client.models.bookform_id_info_data_types_data_features"
    ) or model_class(
        "altegio_client.models.bookform_id_info_data_types_data_features", "BookformIdInfoDataTypesDataFeatures"
    )

    _features = json_value
    features: BookformIdInfoDataTypesDataFeatures | Unset
    if isinstance(_features, Unset):
        features = UNSET
    else:
        features = BookformIdInfoDataTypesDataFeatures._lazy(_features, parse_ctx)

    return features


_DECLARED_KEYS = frozenset(
    {
        "steps",
        "style",
        "group_id",
        "company_id",
        "phone_confirmation",
        "lang",
        "langs",
        "comment_required",
        "google_analytics_id",
        "facebook_pixel_id",
        "metrika_counter_id",
        "app_metrika_id",
        "sms_enabled",
        "id",
        "url",
        "staff_name",
        "without_menu",
        "sequence_type",
        "client_scripts",
        "y_injection",
        "first_service_category_close",
        "map",
        "salon_select_type_code",
        "is_show_privacy_policy",
        "is_client_agreements_feature_enabled",
        "specialization_display_mode",
        "ab_test_enabled",
        "ab_test_percentage",
        "is_online_sale_available",
        "legal_info",
        "online_sales_links",
        "google_analytics_client_id_index",
        "brand",
        "injection",
        "display_activity_type",
        "is_multiple_activity_record",
        "activity_record_count",
        "weekly_view_enabled",
        "show_weekly_view_without_online_booking",
        "weekly_view_default_salon_id",
        "chain_main_salon_id",
        "record_type_id",
        "features",
        "certificate_count",
        "abonement_count",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


BookformIdInfoDataTypesData._lazy_fields = {
    "steps": ("steps", _read_steps, False),
    "style": ("style", _read_style, False),
    "group_id": ("group_id", None, False),
    "company_id": ("company_id", None, False),
    "phone_confirmation": ("phone_confirmation", None, False),
    "lang": ("lang", None, False),
    "langs": ("langs", _read_langs, False),
    "comment_required": ("comment_required", None, False),
    "google_analytics_id": ("google_analytics_id", None, False),
    "facebook_pixel_id": ("facebook_pixel_id", None, False),
    "metrika_counter_id": ("metrika_counter_id", None, False),
    "app_metrika_id": ("app_metrika_id", None, False),
    "sms_enabled": ("sms_enabled", None, False),
    "id": ("id", None, False),
    "url": ("url", None, False),
    "staff_name": ("staff_name", _read_staff_name, False),
    "without_menu": ("without_menu", None, False),
    "sequence_type": ("sequence_type", None, False),
    "client_scripts": ("client_scripts", None, False),
    "y_injection": ("y_injection", None, False),
    "first_service_category_close": ("first_service_category_close", None, False),
    "map": ("map", _read_map, False),
    "salon_select_type_code": ("salon_select_type_code", None, False),
    "is_show_privacy_policy": ("is_show_privacy_policy", None, False),
    "is_client_agreements_feature_enabled": ("is_client_agreements_feature_enabled", None, False),
    "specialization_display_mode": ("specialization_display_mode", None, False),
    "ab_test_enabled": ("ab_test_enabled", None, False),
    "ab_test_percentage": ("ab_test_percentage", None, False),
    "is_online_sale_available": ("is_online_sale_available", None, False),
    "legal_info": ("legal_info", _read_legal_info, False),
    "online_sales_links": ("online_sales_links", _read_online_sales_links, False),
    "google_analytics_client_id_index": ("google_analytics_client_id_index", None, False),
    "brand": ("brand", _read_brand, False),
    "injection": ("injection", _read_injection, False),
    "display_activity_type": ("display_activity_type", None, False),
    "is_multiple_activity_record": ("is_multiple_activity_record", None, False),
    "activity_record_count": ("activity_record_count", None, False),
    "weekly_view_enabled": ("weekly_view_enabled", None, False),
    "show_weekly_view_without_online_booking": ("show_weekly_view_without_online_booking", None, False),
    "weekly_view_default_salon_id": ("weekly_view_default_salon_id", None, False),
    "chain_main_salon_id": ("chain_main_salon_id", None, False),
    "record_type_id": ("record_type_id", None, False),
    "features": ("features", _read_features, False),
    "certificate_count": ("certificate_count", None, False),
    "abonement_count": ("abonement_count", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: BookformIdInfoDataTypesData, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.group_id = get("group_id", UNSET)
    model.company_id = get("company_id", UNSET)
    model.phone_confirmation = get("phone_confirmation", UNSET)
    model.lang = get("lang", UNSET)
    model.comment_required = get("comment_required", UNSET)
    model.google_analytics_id = get("google_analytics_id", UNSET)
    model.facebook_pixel_id = get("facebook_pixel_id", UNSET)
    model.metrika_counter_id = get("metrika_counter_id", UNSET)
    model.app_metrika_id = get("app_metrika_id", UNSET)
    model.sms_enabled = get("sms_enabled", UNSET)
    model.id = get("id", UNSET)
    model.url = get("url", UNSET)
    model.without_menu = get("without_menu", UNSET)
    model.sequence_type = get("sequence_type", UNSET)
    model.client_scripts = get("client_scripts", UNSET)
    model.y_injection = get("y_injection", UNSET)
    model.first_service_category_close = get("first_service_category_close", UNSET)
    model.salon_select_type_code = get("salon_select_type_code", UNSET)
    model.is_show_privacy_policy = get("is_show_privacy_policy", UNSET)
    model.is_client_agreements_feature_enabled = get("is_client_agreements_feature_enabled", UNSET)
    model.specialization_display_mode = get("specialization_display_mode", UNSET)
    model.ab_test_enabled = get("ab_test_enabled", UNSET)
    model.ab_test_percentage = get("ab_test_percentage", UNSET)
    model.is_online_sale_available = get("is_online_sale_available", UNSET)
    model.google_analytics_client_id_index = get("google_analytics_client_id_index", UNSET)
    model.display_activity_type = get("display_activity_type", UNSET)
    model.is_multiple_activity_record = get("is_multiple_activity_record", UNSET)
    model.activity_record_count = get("activity_record_count", UNSET)
    model.weekly_view_enabled = get("weekly_view_enabled", UNSET)
    model.show_weekly_view_without_online_booking = get("show_weekly_view_without_online_booking", UNSET)
    model.weekly_view_default_salon_id = get("weekly_view_default_salon_id", UNSET)
    model.chain_main_salon_id = get("chain_main_salon_id", UNSET)
    model.record_type_id = get("record_type_id", UNSET)
    model.certificate_count = get("certificate_count", UNSET)
    model.abonement_count = get("abonement_count", UNSET)


def _fill_converted(
    model: BookformIdInfoDataTypesData, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "steps" not in done:
        value = get("steps", UNSET)
        if value is UNSET:
            model.steps = UNSET
        elif value == []:
            model.steps = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.bookform_id_info_data_types_data_steps_item"
            ) or model_builder(
                "altegio_client.models.bookform_id_info_data_types_data_steps_item",
                "BookformIdInfoDataTypesDataStepsItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.steps = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "style" not in done:
        value = get("style", UNSET)
        if value is UNSET:
            model.style = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.bookform_id_info_data_types_data_style") or model_builder(
                "altegio_client.models.bookform_id_info_data_types_data_style", "BookformIdInfoDataTypesDataStyle"
            )
            try:
                model.style = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "langs" not in done:
        value = get("langs", UNSET)
        if value is UNSET:
            model.langs = UNSET
        elif value == []:
            model.langs = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.bookform_id_info_data_types_data_langs_item"
            ) or model_builder(
                "altegio_client.models.bookform_id_info_data_types_data_langs_item",
                "BookformIdInfoDataTypesDataLangsItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.langs = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "staff_name" not in done:
        value = get("staff_name", UNSET)
        if value is UNSET:
            model.staff_name = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.bookform_id_info_data_types_data_staff_name"
            ) or model_builder(
                "altegio_client.models.bookform_id_info_data_types_data_staff_name",
                "BookformIdInfoDataTypesDataStaffName",
            )
            try:
                model.staff_name = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "map" not in done:
        value = get("map", UNSET)
        if value is UNSET:
            model.map = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.bookform_id_info_data_types_data_map") or model_builder(
                "altegio_client.models.bookform_id_info_data_types_data_map", "BookformIdInfoDataTypesDataMap"
            )
            try:
                model.map = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "legal_info" not in done:
        value = get("legal_info", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.legal_info = UNSET
        else:
            try:
                model.legal_info = _read_legal_info(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "online_sales_links" not in done:
        value = get("online_sales_links", UNSET)
        if value is UNSET:
            model.online_sales_links = UNSET
        elif value == []:
            model.online_sales_links = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.online_sales_links = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "brand" not in done:
        value = get("brand", UNSET)
        if value is UNSET:
            model.brand = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.bookform_id_info_data_types_data_brand") or model_builder(
                "altegio_client.models.bookform_id_info_data_types_data_brand", "BookformIdInfoDataTypesDataBrand"
            )
            try:
                model.brand = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "injection" not in done:
        value = get("injection", UNSET)
        if value is UNSET:
            model.injection = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.bookform_id_info_data_types_data_injection"
            ) or model_builder(
                "altegio_client.models.bookform_id_info_data_types_data_injection",
                "BookformIdInfoDataTypesDataInjection",
            )
            try:
                model.injection = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "features" not in done:
        value = get("features", UNSET)
        if value is UNSET:
            model.features = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.bookform_id_info_data_types_data_features"
            ) or model_builder(
                "altegio_client.models.bookform_id_info_data_types_data_features", "BookformIdInfoDataTypesDataFeatures"
            )
            try:
                model.features = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: BookformIdInfoDataTypesData | None = None
) -> BookformIdInfoDataTypesData:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return BookformIdInfoDataTypesData._lazy(json_value, parse_ctx)
        model = new_model(BookformIdInfoDataTypesData)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(BookformIdInfoDataTypesData, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (
        value_steps,
        value_style,
        value_langs,
        value_staff_name,
        value_map,
        value_legal_info,
        value_online_sales_links,
        value_brand,
        value_injection,
        value_features,
    ) = fill(json_value, model)
    if value_steps is UNSET:
        model.steps = UNSET
    elif value_steps == []:
        model.steps = value_steps  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.bookform_id_info_data_types_data_steps_item"
        ) or model_builder(
            "altegio_client.models.bookform_id_info_data_types_data_steps_item", "BookformIdInfoDataTypesDataStepsItem"
        )
        try:
            if _builtins.type(value_steps) is not list:
                raise TypeError
            model.steps = [build(item, parse_ctx) for item in value_steps]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_style is UNSET:
        model.style = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.bookform_id_info_data_types_data_style") or model_builder(
            "altegio_client.models.bookform_id_info_data_types_data_style", "BookformIdInfoDataTypesDataStyle"
        )
        try:
            model.style = build(value_style, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_langs is UNSET:
        model.langs = UNSET
    elif value_langs == []:
        model.langs = value_langs  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.bookform_id_info_data_types_data_langs_item"
        ) or model_builder(
            "altegio_client.models.bookform_id_info_data_types_data_langs_item", "BookformIdInfoDataTypesDataLangsItem"
        )
        try:
            if _builtins.type(value_langs) is not list:
                raise TypeError
            model.langs = [build(item, parse_ctx) for item in value_langs]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_staff_name is UNSET:
        model.staff_name = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.bookform_id_info_data_types_data_staff_name"
        ) or model_builder(
            "altegio_client.models.bookform_id_info_data_types_data_staff_name", "BookformIdInfoDataTypesDataStaffName"
        )
        try:
            model.staff_name = build(value_staff_name, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_map is UNSET:
        model.map = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.bookform_id_info_data_types_data_map") or model_builder(
            "altegio_client.models.bookform_id_info_data_types_data_map", "BookformIdInfoDataTypesDataMap"
        )
        try:
            model.map = build(value_map, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_legal_info is UNSET:  # what every optional field's converter returns for it
        model.legal_info = UNSET
    else:
        try:
            model.legal_info = _read_legal_info(value_legal_info, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_online_sales_links is UNSET:
        model.online_sales_links = UNSET
    elif value_online_sales_links == []:
        model.online_sales_links = value_online_sales_links  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
        )
        try:
            if _builtins.type(value_online_sales_links) is not list:
                raise TypeError
            model.online_sales_links = [build(item, parse_ctx) for item in value_online_sales_links]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_brand is UNSET:
        model.brand = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.bookform_id_info_data_types_data_brand") or model_builder(
            "altegio_client.models.bookform_id_info_data_types_data_brand", "BookformIdInfoDataTypesDataBrand"
        )
        try:
            model.brand = build(value_brand, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_injection is UNSET:
        model.injection = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.bookform_id_info_data_types_data_injection") or model_builder(
            "altegio_client.models.bookform_id_info_data_types_data_injection", "BookformIdInfoDataTypesDataInjection"
        )
        try:
            model.injection = build(value_injection, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_features is UNSET:
        model.features = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.bookform_id_info_data_types_data_features") or model_builder(
            "altegio_client.models.bookform_id_info_data_types_data_features", "BookformIdInfoDataTypesDataFeatures"
        )
        try:
            model.features = build(value_features, parse_ctx)
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
        model.__class__ = lazily_read_class(BookformIdInfoDataTypesData)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = BookformIdInfoDataTypesData
        del model._raw, model._context
    return model


BookformIdInfoDataTypesData._lazy_fill = (_fill_plain, _fill_converted, _build)
