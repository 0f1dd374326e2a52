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

T = TypeVar("T", bound="UserPermissionsResponseDataTypesDataSettings")


@_attrs_define
class UserPermissionsResponseDataTypesDataSettings(LazyModel):
    """Section Settings"""

    settings_access: bool | Unset = UNSET
    """ true - there is access to the settings section, false - no access """
    settings_basis_access: bool | Unset = UNSET
    """ true - there is access to the General section, false - no access """
    settings_information_access: bool | Unset = UNSET
    """ true - there is access to the Information section, false - no access """
    users_access: bool | Unset = UNSET
    """ true - there is access to user management, false - no access """
    delete_users_access: bool | Unset = UNSET
    """ true - there is access to delete users, false - no access """
    create_users_access: bool | Unset = UNSET
    """ true - there is access to adding users, false - no access """
    edit_users_access: bool | Unset = UNSET
    """ true - there is access to user rights management, false - no access """
    limited_users_access: bool | Unset = UNSET
    """ true - there is access to rights management within its own set of rights, false - no access """
    settings_services_access: bool | Unset = UNSET
    """ true - there is access to the Services section, false - no access """
    settings_services_create_access: bool | Unset = UNSET
    """ true - there is access to create services, false - no access """
    services_edit: bool | Unset = UNSET
    """ true - there is access to editing services, false - no access """
    settings_services_edit_title_access: bool | Unset = UNSET
    """ true - there is access to service names and a name for online booking, false - no access """
    settings_services_relation_category_access: bool | Unset = UNSET
    """ true - there is access to service categories, false - no access """
    settings_services_edit_price_access: bool | Unset = UNSET
    """ true - there is access to service prices, false - no access """
    settings_services_edit_image_access: bool | Unset = UNSET
    """ true - there is access to image uploads and changes, false - no access """
    settings_services_edit_online_seance_date_time_access: bool | Unset = UNSET
    """ true - there is access to displaying services in the widget, false - no access """
    settings_services_edit_online_pay_access: bool | Unset = UNSET
    """ true - there is access to online payment for the service, false - no access """
    settings_services_edit_services_related_resource_access: bool | Unset = UNSET
    """ true - there is access to the service resources, false - no access """
    settings_positions_read: bool | Unset = UNSET
    """ true - there is access to the position section, false - no access """
    settings_positions_create: bool | Unset = UNSET
    """ true - there is access to create posts, false - no access """
    settings_positions_delete: bool | Unset = UNSET
    """ true - there is access to delete posts, false - no access """
    edit_master_service_and_duration: bool | Unset = UNSET
    """ true - there is access to change team member services and their duration, false - no access """
    tech_card_edit: bool | Unset = UNSET
    """ true - there is access to change the technological map, false - no access """
    services_delete: bool | Unset = UNSET
    """ true - there is access to delete services, false - no access """
    settings_master_access: bool | Unset = UNSET
    """ true - there is access to the team members section, false - no access """
    master_create: bool | Unset = UNSET
    """ true - there is access to create team members, false - no access """
    master_edit: bool | Unset = UNSET
    """ true - there is access to edit team members, false - no access """
    master_delete: bool | Unset = UNSET
    """ true - there is access to delete team members, false - no access """
    settings_master_dismiss_access: bool | Unset = UNSET
    """ true - there is access to dismiss team members, false - no access """
    schedule_edit: bool | Unset = UNSET
    """ true - there is access to editing the work schedule, false - no access """
    settings_notifications_access: bool | Unset = UNSET
    """ true - there is access to the Sms notification section, false - no access """
    settings_email_notifications_access: bool | Unset = UNSET
    """ true - there is access to the Email notification section, false - no access """
    settings_template_notifications_access: bool | Unset = UNSET
    """ true - there is access to the Notification types section, false - no access """
    webhook_read_access: bool | Unset = UNSET
    """ true - there is access to change WebHook settings, false - no access """
    settings_clients_labels_access: bool | Unset = UNSET
    """ true - there is access to client tags/labels settings, false - no access """
    settings_close_docs_access: bool | Unset = UNSET
    """ true - there is access to close documents, false - no access """
    settings_user_notifications_access: bool | Unset = UNSET
    """ true - there is access to user notifications settings, false - no access """
    is_salon_tips_manager: bool | Unset = UNSET
    """ true - user is a tips manager, false - not a tips manager """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        settings_access = self.settings_access

        settings_basis_access = self.settings_basis_access

        settings_information_access = self.settings_information_access

        users_access = self.users_access

        delete_users_access = self.delete_users_access

        create_users_access = self.create_users_access

        edit_users_access = self.edit_users_access

        limited_users_access = self.limited_users_access

        settings_services_access = self.settings_services_access

        settings_services_create_access = self.settings_services_create_access

        services_edit = self.services_edit

        settings_services_edit_title_access = self.settings_services_edit_title_access

        settings_services_relation_category_access = self.settings_services_relation_category_access

        settings_services_edit_price_access = self.settings_services_edit_price_access

        settings_services_edit_image_access = self.settings_services_edit_image_access

        settings_services_edit_online_seance_date_time_access = (
            self.settings_services_edit_online_seance_date_time_access
        )

        settings_services_edit_online_pay_access = self.settings_services_edit_online_pay_access

        settings_services_edit_services_related_resource_access = (
            self.settings_services_edit_services_related_resource_access
        )

        settings_positions_read = self.settings_positions_read

        settings_positions_create = self.settings_positions_create

        settings_positions_delete = self.settings_positions_delete

        edit_master_service_and_duration = self.edit_master_service_and_duration

        tech_card_edit = self.tech_card_edit

        services_delete = self.services_delete

        settings_master_access = self.settings_master_access

        master_create = self.master_create

        master_edit = self.master_edit

        master_delete = self.master_delete

        settings_master_dismiss_access = self.settings_master_dismiss_access

        schedule_edit = self.schedule_edit

        settings_notifications_access = self.settings_notifications_access

        settings_email_notifications_access = self.settings_email_notifications_access

        settings_template_notifications_access = self.settings_template_notifications_access

        webhook_read_access = self.webhook_read_access

        settings_clients_labels_access = self.settings_clients_labels_access

        settings_close_docs_access = self.settings_close_docs_access

        settings_user_notifications_access = self.settings_user_notifications_access

        is_salon_tips_manager = self.is_salon_tips_manager

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if settings_access is not UNSET:
            field_dict["settings_access"] = settings_access
        if settings_basis_access is not UNSET:
            field_dict["settings_basis_access"] = settings_basis_access
        if settings_information_access is not UNSET:
            field_dict["settings_information_access"] = settings_information_access
        if users_access is not UNSET:
            field_dict["users_access"] = users_access
        if delete_users_access is not UNSET:
            field_dict["delete_users_access"] = delete_users_access
        if create_users_access is not UNSET:
            field_dict["create_users_access"] = create_users_access
        if edit_users_access is not UNSET:
            field_dict["edit_users_access"] = edit_users_access
        if limited_users_access is not UNSET:
            field_dict["limited_users_access"] = limited_users_access
        if settings_services_access is not UNSET:
            field_dict["settings_services_access"] = settings_services_access
        if settings_services_create_access is not UNSET:
            field_dict["settings_services_create_access"] = settings_services_create_access
        if services_edit is not UNSET:
            field_dict["services_edit"] = services_edit
        if settings_services_edit_title_access is not UNSET:
            field_dict["settings_services_edit_title_access"] = settings_services_edit_title_access
        if settings_services_relation_category_access is not UNSET:
            field_dict["settings_services_relation_category_access"] = settings_services_relation_category_access
        if settings_services_edit_price_access is not UNSET:
            field_dict["settings_services_edit_price_access"] = settings_services_edit_price_access
        if settings_services_edit_image_access is not UNSET:
            field_dict["settings_services_edit_image_access"] = settings_services_edit_image_access
        if settings_services_edit_online_seance_date_time_access is not UNSET:
            field_dict["settings_services_edit_online_seance_date_time_access"] = (
                settings_services_edit_online_seance_date_time_access
            )
        if settings_services_edit_online_pay_access is not UNSET:
            field_dict["settings_services_edit_online_pay_access"] = settings_services_edit_online_pay_access
        if settings_services_edit_services_related_resource_access is not UNSET:
            field_dict["settings_services_edit_services_related_resource_access"] = (
                settings_services_edit_services_related_resource_access
            )
        if settings_positions_read is not UNSET:
            field_dict["settings_positions_read"] = settings_positions_read
        if settings_positions_create is not UNSET:
            field_dict["settings_positions_create"] = settings_positions_create
        if settings_positions_delete is not UNSET:
            field_dict["settings_positions_delete"] = settings_positions_delete
        if edit_master_service_and_duration is not UNSET:
            field_dict["edit_master_service_and_duration"] = edit_master_service_and_duration
        if tech_card_edit is not UNSET:
            field_dict["tech_card_edit"] = tech_card_edit
        if services_delete is not UNSET:
            field_dict["services_delete"] = services_delete
        if settings_master_access is not UNSET:
            field_dict["settings_master_access"] = settings_master_access
        if master_create is not UNSET:
            field_dict["master_create"] = master_create
        if master_edit is not UNSET:
            field_dict["master_edit"] = master_edit
        if master_delete is not UNSET:
            field_dict["master_delete"] = master_delete
        if settings_master_dismiss_access is not UNSET:
            field_dict["settings_master_dismiss_access"] = settings_master_dismiss_access
        if schedule_edit is not UNSET:
            field_dict["schedule_edit"] = schedule_edit
        if settings_notifications_access is not UNSET:
            field_dict["settings_notifications_access"] = settings_notifications_access
        if settings_email_notifications_access is not UNSET:
            field_dict["settings_email_notifications_access"] = settings_email_notifications_access
        if settings_template_notifications_access is not UNSET:
            field_dict["settings_template_notifications_access"] = settings_template_notifications_access
        if webhook_read_access is not UNSET:
            field_dict["webhook_read_access"] = webhook_read_access
        if settings_clients_labels_access is not UNSET:
            field_dict["settings_clients_labels_access"] = settings_clients_labels_access
        if settings_close_docs_access is not UNSET:
            field_dict["settings_close_docs_access"] = settings_close_docs_access
        if settings_user_notifications_access is not UNSET:
            field_dict["settings_user_notifications_access"] = settings_user_notifications_access
        if is_salon_tips_manager is not UNSET:
            field_dict["is_salon_tips_manager"] = is_salon_tips_manager

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        settings_access = d.pop("settings_access", UNSET)

        settings_basis_access = d.pop("settings_basis_access", UNSET)

        settings_information_access = d.pop("settings_information_access", UNSET)

        users_access = d.pop("users_access", UNSET)

        delete_users_access = d.pop("delete_users_access", UNSET)

        create_users_access = d.pop("create_users_access", UNSET)

        edit_users_access = d.pop("edit_users_access", UNSET)

        limited_users_access = d.pop("limited_users_access", UNSET)

        settings_services_access = d.pop("settings_services_access", UNSET)

        settings_services_create_access = d.pop("settings_services_create_access", UNSET)

        services_edit = d.pop("services_edit", UNSET)

        settings_services_edit_title_access = d.pop("settings_services_edit_title_access", UNSET)

        settings_services_relation_category_access = d.pop("settings_services_relation_category_access", UNSET)

        settings_services_edit_price_access = d.pop("settings_services_edit_price_access", UNSET)

        settings_services_edit_image_access = d.pop("settings_services_edit_image_access", UNSET)

        settings_services_edit_online_seance_date_time_access = d.pop(
            "settings_services_edit_online_seance_date_time_access", UNSET
        )

        settings_services_edit_online_pay_access = d.pop("settings_services_edit_online_pay_access", UNSET)

        settings_services_edit_services_related_resource_access = d.pop(
            "settings_services_edit_services_related_resource_access", UNSET
        )

        settings_positions_read = d.pop("settings_positions_read", UNSET)

        settings_positions_create = d.pop("settings_positions_create", UNSET)

        settings_positions_delete = d.pop("settings_positions_delete", UNSET)

        edit_master_service_and_duration = d.pop("edit_master_service_and_duration", UNSET)

        tech_card_edit = d.pop("tech_card_edit", UNSET)

        services_delete = d.pop("services_delete", UNSET)

        settings_master_access = d.pop("settings_master_access", UNSET)

        master_create = d.pop("master_create", UNSET)

        master_edit = d.pop("master_edit", UNSET)

        master_delete = d.pop("master_delete", UNSET)

        settings_master_dismiss_access = d.pop("settings_master_dismiss_access", UNSET)

        schedule_edit = d.pop("schedule_edit", UNSET)

        settings_notifications_access = d.pop("settings_notifications_access", UNSET)

        settings_email_notifications_access = d.pop("settings_email_notifications_access", UNSET)

        settings_template_notifications_access = d.pop("settings_template_notifications_access", UNSET)

        webhook_read_access = d.pop("webhook_read_access", UNSET)

        settings_clients_labels_access = d.pop("settings_clients_labels_access", UNSET)

        settings_close_docs_access = d.pop("settings_close_docs_access", UNSET)

        settings_user_notifications_access = d.pop("settings_user_notifications_access", UNSET)

        is_salon_tips_manager = d.pop("is_salon_tips_manager", UNSET)

        user_permissions_response_data_types_data_settings = cls(
            settings_access=settings_access,
            settings_basis_access=settings_basis_access,
            settings_information_access=settings_information_access,
            users_access=users_access,
            delete_users_access=delete_users_access,
            create_users_access=create_users_access,
            edit_users_access=edit_users_access,
            limited_users_access=limited_users_access,
            settings_services_access=settings_services_access,
            settings_services_create_access=settings_services_create_access,
            services_edit=services_edit,
            settings_services_edit_title_access=settings_services_edit_title_access,
            settings_services_relation_category_access=settings_services_relation_category_access,
            settings_services_edit_price_access=settings_services_edit_price_access,
            settings_services_edit_image_access=settings_services_edit_image_access,
            settings_services_edit_online_seance_date_time_access=settings_services_edit_online_seance_date_time_access,
            settings_services_edit_online_pay_access=settings_services_edit_online_pay_access,
            settings_services_edit_services_related_resource_access=settings_services_edit_services_related_resource_access,
            settings_positions_read=settings_positions_read,
            settings_positions_create=settings_positions_create,
            settings_positions_delete=settings_positions_delete,
            edit_master_service_and_duration=edit_master_service_and_duration,
            tech_card_edit=tech_card_edit,
            services_delete=services_delete,
            settings_master_access=settings_master_access,
            master_create=master_create,
            master_edit=master_edit,
            master_delete=master_delete,
            settings_master_dismiss_access=settings_master_dismiss_access,
            schedule_edit=schedule_edit,
            settings_notifications_access=settings_notifications_access,
            settings_email_notifications_access=settings_email_notifications_access,
            settings_template_notifications_access=settings_template_notifications_access,
            webhook_read_access=webhook_read_access,
            settings_clients_labels_access=settings_clients_labels_access,
            settings_close_docs_access=settings_close_docs_access,
            settings_user_notifications_access=settings_user_notifications_access,
            is_salon_tips_manager=is_salon_tips_manager,
        )

        user_permissions_response_data_types_data_settings.additional_properties = d
        return user_permissions_response_data_types_data_settings

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
        "settings_access",
        "settings_basis_access",
        "settings_information_access",
        "users_access",
        "delete_users_access",
        "create_users_access",
        "edit_users_access",
        "limited_users_access",
        "settings_services_access",
        "settings_services_create_access",
        "services_edit",
        "settings_services_edit_title_access",
        "settings_services_relation_category_access",
        "settings_services_edit_price_access",
        "settings_services_edit_image_access",
        "settings_services_edit_online_seance_date_time_access",
        "settings_services_edit_online_pay_access",
        "settings_services_edit_services_related_resource_access",
        "settings_positions_read",
        "settings_positions_create",
        "settings_positions_delete",
        "edit_master_service_and_duration",
        "tech_card_edit",
        "services_delete",
        "settings_master_access",
        "master_create",
        "master_edit",
        "master_delete",
        "settings_master_dismiss_access",
        "schedule_edit",
        "settings_notifications_access",
        "settings_email_notifications_access",
        "settings_template_notifications_access",
        "webhook_read_access",
        "settings_clients_labels_access",
        "settings_close_docs_access",
        "settings_user_notifications_access",
        "is_salon_tips_manager",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


UserPermissionsResponseDataTypesDataSettings._lazy_fields = {
    "settings_access": ("settings_access", None, False),
    "settings_basis_access": ("settings_basis_access", None, False),
    "settings_information_access": ("settings_information_access", None, False),
    "users_access": ("users_access", None, False),
    "delete_users_access": ("delete_users_access", None, False),
    "create_users_access": ("create_users_access", None, False),
    "edit_users_access": ("edit_users_access", None, False),
    "limited_users_access": ("limited_users_access", None, False),
    "settings_services_access": ("settings_services_access", None, False),
    "settings_services_create_access": ("settings_services_create_access", None, False),
    "services_edit": ("services_edit", None, False),
    "settings_services_edit_title_access": ("settings_services_edit_title_access", None, False),
    "settings_services_relation_category_access": ("settings_services_relation_category_access", None, False),
    "settings_services_edit_price_access": ("settings_services_edit_price_access", None, False),
    "settings_services_edit_image_access": ("settings_services_edit_image_access", None, False),
    "settings_services_edit_online_seance_date_time_access": (
        "settings_services_edit_online_seance_date_time_access",
        None,
        False,
    ),
    "settings_services_edit_online_pay_access": ("settings_services_edit_online_pay_access", None, False),
    "settings_services_edit_services_related_resource_access": (
        "settings_services_edit_services_related_resource_access",
        None,
        False,
    ),
    "settings_positions_read": ("settings_positions_read", None, False),
    "settings_positions_create": ("settings_positions_create", None, False),
    "settings_positions_delete": ("settings_positions_delete", None, False),
    "edit_master_service_and_duration": ("edit_master_service_and_duration", None, False),
    "tech_card_edit": ("tech_card_edit", None, False),
    "services_delete": ("services_delete", None, False),
    "settings_master_access": ("settings_master_access", None, False),
    "master_create": ("master_create", None, False),
    "master_edit": ("master_edit", None, False),
    "master_delete": ("master_delete", None, False),
    "settings_master_dismiss_access": ("settings_master_dismiss_access", None, False),
    "schedule_edit": ("schedule_edit", None, False),
    "settings_notifications_access": ("settings_notifications_access", None, False),
    "settings_email_notifications_access": ("settings_email_notifications_access", None, False),
    "settings_template_notifications_access": ("settings_template_notifications_access", None, False),
    "webhook_read_access": ("webhook_read_access", None, False),
    "settings_clients_labels_access": ("settings_clients_labels_access", None, False),
    "settings_close_docs_access": ("settings_close_docs_access", None, False),
    "settings_user_notifications_access": ("settings_user_notifications_access", None, False),
    "is_salon_tips_manager": ("is_salon_tips_manager", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: UserPermissionsResponseDataTypesDataSettings, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.settings_access = get("settings_access", UNSET)
    model.settings_basis_access = get("settings_basis_access", UNSET)
    model.settings_information_access = get("settings_information_access", UNSET)
    model.users_access = get("users_access", UNSET)
    model.delete_users_access = get("delete_users_access", UNSET)
    model.create_users_access = get("create_users_access", UNSET)
    model.edit_users_access = get("edit_users_access", UNSET)
    model.limited_users_access = get("limited_users_access", UNSET)
    model.settings_services_access = get("settings_services_access", UNSET)
    model.settings_services_create_access = get("settings_services_create_access", UNSET)
    model.services_edit = get("services_edit", UNSET)
    model.settings_services_edit_title_access = get("settings_services_edit_title_access", UNSET)
    model.settings_services_relation_category_access = get("settings_services_relation_category_access", UNSET)
    model.settings_services_edit_price_access = get("settings_services_edit_price_access", UNSET)
    model.settings_services_edit_image_access = get("settings_services_edit_image_access", UNSET)
    model.settings_services_edit_online_seance_date_time_access = get(
        "settings_services_edit_online_seance_date_time_access", UNSET
    )
    model.settings_services_edit_online_pay_access = get("settings_services_edit_online_pay_access", UNSET)
    model.settings_services_edit_services_related_resource_access = get(
        "settings_services_edit_services_related_resource_access", UNSET
    )
    model.settings_positions_read = get("settings_positions_read", UNSET)
    model.settings_positions_create = get("settings_positions_create", UNSET)
    model.settings_positions_delete = get("settings_positions_delete", UNSET)
    model.edit_master_service_and_duration = get("edit_master_service_and_duration", UNSET)
    model.tech_card_edit = get("tech_card_edit", UNSET)
    model.services_delete = get("services_delete", UNSET)
    model.settings_master_access = get("settings_master_access", UNSET)
    model.master_create = get("master_create", UNSET)
    model.master_edit = get("master_edit", UNSET)
    model.master_delete = get("master_delete", UNSET)
    model.settings_master_dismiss_access = get("settings_master_dismiss_access", UNSET)
    model.schedule_edit = get("schedule_edit", UNSET)
    model.settings_notifications_access = get("settings_notifications_access", UNSET)
    model.settings_email_notifications_access = get("settings_email_notifications_access", UNSET)
    model.settings_template_notifications_access = get("settings_template_notifications_access", UNSET)
    model.webhook_read_access = get("webhook_read_access", UNSET)
    model.settings_clients_labels_access = get("settings_clients_labels_access", UNSET)
    model.settings_close_docs_access = get("settings_close_docs_access", UNSET)
    model.settings_user_notifications_access = get("settings_user_notifications_access", UNSET)
    model.is_salon_tips_manager = get("is_salon_tips_manager", UNSET)


def _fill_converted(
    model: UserPermissionsResponseDataTypesDataSettings,
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
    json_value: Any, parse_ctx: ParseContext, model: UserPermissionsResponseDataTypesDataSettings | None = None
) -> UserPermissionsResponseDataTypesDataSettings:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return UserPermissionsResponseDataTypesDataSettings._lazy(json_value, parse_ctx)
        model = new_model(
            UserPermissionsResponseDataTypesDataSettings
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
        layout = layout_of(UserPermissionsResponseDataTypesDataSettings, keys)
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
        model.__class__ = lazily_read_class(UserPermissionsResponseDataTypesDataSettings)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = UserPermissionsResponseDataTypesDataSettings
        del model._raw, model._context
    return model


UserPermissionsResponseDataTypesDataSettings._lazy_fill = (_fill_plain, _fill_converted, _build)
