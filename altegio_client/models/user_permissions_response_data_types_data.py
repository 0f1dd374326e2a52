from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
    from ..models.user_permissions_response_data_types_data_clients import (
        UserPermissionsResponseDataTypesDataClients,
    )
    from ..models.user_permissions_response_data_types_data_comers import (
        UserPermissionsResponseDataTypesDataComers,
    )
    from ..models.user_permissions_response_data_types_data_dashboard import (
        UserPermissionsResponseDataTypesDataDashboard,
    )
    from ..models.user_permissions_response_data_types_data_finances import (
        UserPermissionsResponseDataTypesDataFinances,
    )
    from ..models.user_permissions_response_data_types_data_loyalty import (
        UserPermissionsResponseDataTypesDataLoyalty,
    )
    from ..models.user_permissions_response_data_types_data_notification import (
        UserPermissionsResponseDataTypesDataNotification,
    )
    from ..models.user_permissions_response_data_types_data_online_record import (
        UserPermissionsResponseDataTypesDataOnlineRecord,
    )
    from ..models.user_permissions_response_data_types_data_other import (
        UserPermissionsResponseDataTypesDataOther,
    )
    from ..models.user_permissions_response_data_types_data_record_form import (
        UserPermissionsResponseDataTypesDataRecordForm,
    )
    from ..models.user_permissions_response_data_types_data_security import (
        UserPermissionsResponseDataTypesDataSecurity,
    )
    from ..models.user_permissions_response_data_types_data_settings import (
        UserPermissionsResponseDataTypesDataSettings,
    )
    from ..models.user_permissions_response_data_types_data_storages import (
        UserPermissionsResponseDataTypesDataStorages,
    )
    from ..models.user_permissions_response_data_types_data_timetable import (
        UserPermissionsResponseDataTypesDataTimetable,
    )


T = TypeVar("T", bound="UserPermissionsResponseDataTypesData")


@_attrs_define
class UserPermissionsResponseDataTypesData(LazyModel):
    """Object with access rights categories"""

    timetable: UserPermissionsResponseDataTypesDataTimetable | Unset = UNSET
    """ Appointment log """
    record_form: UserPermissionsResponseDataTypesDataRecordForm | Unset = UNSET
    """ Appointment window """
    finances: UserPermissionsResponseDataTypesDataFinances | Unset = UNSET
    """ Section Finance """
    clients: UserPermissionsResponseDataTypesDataClients | Unset = UNSET
    """ Section Clients """
    dashboard: UserPermissionsResponseDataTypesDataDashboard | Unset = UNSET
    """ Section Overview """
    notification: UserPermissionsResponseDataTypesDataNotification | Unset = UNSET
    """ Notification settings """
    loyalty: UserPermissionsResponseDataTypesDataLoyalty | Unset = UNSET
    """ Section Loyalty """
    storages: UserPermissionsResponseDataTypesDataStorages | Unset = UNSET
    """ Section Inventory """
    settings: UserPermissionsResponseDataTypesDataSettings | Unset = UNSET
    """ Section Settings """
    security: UserPermissionsResponseDataTypesDataSecurity | Unset = UNSET
    """ Section Security """
    comers: UserPermissionsResponseDataTypesDataComers | Unset = UNSET
    """ Section Visitors """
    other: UserPermissionsResponseDataTypesDataOther | Unset = UNSET
    """ Access to analytics, billing, SMS mailings and enabling access to a location by IP address """
    online_record: UserPermissionsResponseDataTypesDataOnlineRecord | Unset = UNSET
    """ Section Online Booking """
    security_access: bool | Unset = UNSET
    """ true - there is access to security settings, false - no access """
    security_2fa_access: bool | Unset = UNSET
    """ true - there is access to 2FA security settings, false - no access """
    security_data_changes_access: bool | Unset = UNSET
    """ true - there is access to view data changes in security log, false - no access """
    security_employee_changes_access: bool | Unset = UNSET
    """ true - there is access to view employee changes in security log, false - no access """
    security_export_import_access: bool | Unset = UNSET
    """ true - there is access to export/import security logs, false - no access """
    security_logins_access: bool | Unset = UNSET
    """ true - there is access to view login history in security log, false - no access """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timetable: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timetable, Unset):
            timetable = self.timetable.to_dict()

        record_form: dict[str, Any] | Unset = UNSET
        if not isinstance(self.record_form, Unset):
            record_form = self.record_form.to_dict()

        finances: dict[str, Any] | Unset = UNSET
        if not isinstance(self.finances, Unset):
            finances = self.finances.to_dict()

        clients: dict[str, Any] | Unset = UNSET
        if not isinstance(self.clients, Unset):
            clients = self.clients.to_dict()

        dashboard: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dashboard, Unset):
            dashboard = self.dashboard.to_dict()

        notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification, Unset):
            notification = self.notification.to_dict()

        loyalty: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty, Unset):
            loyalty = self.loyalty.to_dict()

        storages: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storages, Unset):
            storages = self.storages.to_dict()

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        security: dict[str, Any] | Unset = UNSET
        if not isinstance(self.security, Unset):
            security = self.security.to_dict()

        comers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.comers, Unset):
            comers = self.comers.to_dict()

        other: dict[str, Any] | Unset = UNSET
        if not isinstance(self.other, Unset):
            other = self.other.to_dict()

        online_record: dict[str, Any] | Unset = UNSET
        if not isinstance(self.online_record, Unset):
            online_record = self.online_record.to_dict()

        security_access = self.security_access

        security_2fa_access = self.security_2fa_access

        security_data_changes_access = self.security_data_changes_access

        security_employee_changes_access = self.security_employee_changes_access

        security_export_import_access = self.security_export_import_access

        security_logins_access = self.security_logins_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timetable is not UNSET:
            field_dict["timetable"] = timetable
        if record_form is not UNSET:
            field_dict["record_form"] = record_form
        if finances is not UNSET:
            field_dict["finances"] = finances
        if clients is not UNSET:
            field_dict["clients"] = clients
        if dashboard is not UNSET:
            field_dict["dashboard"] = dashboard
        if notification is not UNSET:
            field_dict["notification"] = notification
        if loyalty is not UNSET:
            field_dict["loyalty"] = loyalty
        if storages is not UNSET:
            field_dict["storages"] = storages
        if settings is not UNSET:
            field_dict["settings"] = settings
        if security is not UNSET:
            field_dict["security"] = security
        if comers is not UNSET:
            field_dict["comers"] = comers
        if other is not UNSET:
            field_dict["other"] = other
        if online_record is not UNSET:
            field_dict["online_record"] = online_record
        if security_access is not UNSET:
            field_dict["security_access"] = security_access
        if security_2fa_access is not UNSET:
            field_dict["security_2fa_access"] = security_2fa_access
        if security_data_changes_access is not UNSET:
            field_dict["security_data_changes_access"] = security_data_changes_access
        if security_employee_changes_access is not UNSET:
            field_dict["security_employee_changes_access"] = security_employee_changes_access
        if security_export_import_access is not UNSET:
            field_dict["security_export_import_access"] = security_export_import_access
        if security_logins_access is not UNSET:
            field_dict["security_logins_access"] = security_logins_access

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_permissions_response_data_types_data_clients import (
            UserPermissionsResponseDataTypesDataClients,  # noqa: PLC0415
        )
        from ..models.user_permissions_response_data_types_data_comers import (
            UserPermissionsResponseDataTypesDataComers,  # noqa: PLC0415
        )
        from ..models.user_permissions_response_data_types_data_dashboard import (
            UserPermissionsResponseDataTypesDataDashboard,  # noqa: PLC0415
        )
        from ..models.user_permissions_response_data_types_data_finances import (
            UserPermissionsResponseDataTypesDataFinances,  # noqa: PLC0415
        )
        from ..models.user_permissions_response_data_types_data_loyalty import (
            UserPermissionsResponseDataTypesDataLoyalty,  # noqa: PLC0415
        )
        from ..models.user_permissions_response_data_types_data_notification import (
            UserPermissionsResponseDataTypesDataNotification,  # noqa: PLC0415
        )
        from ..models.user_permissions_response_data_types_data_online_record import (
            UserPermissionsResponseDataTypesDataOnlineRecord,  # noqa: PLC0415
        )
        from ..models.user_permissions_response_data_types_data_other import (
            UserPermissionsResponseDataTypesDataOther,  # noqa: PLC0415
        )
        from ..models.user_permissions_response_data_types_data_record_form import (
            UserPermissionsResponseDataTypesDataRecordForm,  # noqa: PLC0415
        )
        from ..models.user_permissions_response_data_types_data_security import (
            UserPermissionsResponseDataTypesDataSecurity,  # noqa: PLC0415
        )
        from ..models.user_permissions_response_data_types_data_settings import (
            UserPermissionsResponseDataTypesDataSettings,  # noqa: PLC0415
        )
        from ..models.user_permissions_response_data_types_data_storages import (
            UserPermissionsResponseDataTypesDataStorages,  # noqa: PLC0415
        )
        from ..models.user_permissions_response_data_types_data_timetable import (
            UserPermissionsResponseDataTypesDataTimetable,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _timetable = d.pop("timetable", UNSET)
        timetable: UserPermissionsResponseDataTypesDataTimetable | Unset
        if isinstance(_timetable, Unset):
            timetable = UNSET
        else:
            timetable = UserPermissionsResponseDataTypesDataTimetable.from_dict(_timetable)

        _record_form = d.pop("record_form", UNSET)
        record_form: UserPermissionsResponseDataTypesDataRecordForm | Unset
        if isinstance(_record_form, Unset):
            record_form = UNSET
        else:
            record_form = UserPermissionsResponseDataTypesDataRecordForm.from_dict(_record_form)

        _finances = d.pop("finances", UNSET)
        finances: UserPermissionsResponseDataTypesDataFinances | Unset
        if isinstance(_finances, Unset):
            finances = UNSET
        else:
            finances = UserPermissionsResponseDataTypesDataFinances.from_dict(_finances)

        _clients = d.pop("clients", UNSET)
        clients: UserPermissionsResponseDataTypesDataClients | Unset
        if isinstance(_clients, Unset):
            clients = UNSET
        else:
            clients = UserPermissionsResponseDataTypesDataClients.from_dict(_clients)

        _dashboard = d.pop("dashboard", UNSET)
        dashboard: UserPermissionsResponseDataTypesDataDashboard | Unset
        if isinstance(_dashboard, Unset):
            dashboard = UNSET
        else:
            dashboard = UserPermissionsResponseDataTypesDataDashboard.from_dict(_dashboard)

        _notification = d.pop("notification", UNSET)
        notification: UserPermissionsResponseDataTypesDataNotification | Unset
        if isinstance(_notification, Unset):
            notification = UNSET
        else:
            notification = UserPermissionsResponseDataTypesDataNotification.from_dict(_notification)

        _loyalty = d.pop("loyalty", UNSET)
        loyalty: UserPermissionsResponseDataTypesDataLoyalty | Unset
        if isinstance(_loyalty, Unset):
            loyalty = UNSET
        else:
            loyalty = UserPermissionsResponseDataTypesDataLoyalty.from_dict(_loyalty)

        _storages = d.pop("storages", UNSET)
        storages: UserPermissionsResponseDataTypesDataStorages | Unset
        if isinstance(_storages, Unset):
            storages = UNSET
        else:
            storages = UserPermissionsResponseDataTypesDataStorages.from_dict(_storages)

        _settings = d.pop("settings", UNSET)
        settings: UserPermissionsResponseDataTypesDataSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = UserPermissionsResponseDataTypesDataSettings.from_dict(_settings)

        _security = d.pop("security", UNSET)
        security: UserPermissionsResponseDataTypesDataSecurity | Unset
        if isinstance(_security, Unset):
            security = UNSET
        else:
            security = UserPermissionsResponseDataTypesDataSecurity.from_dict(_security)

        _comers = d.pop("comers", UNSET)
        comers: UserPermissionsResponseDataTypesDataComers | Unset
        if isinstance(_comers, Unset):
            comers = UNSET
        else:
            comers = UserPermissionsResponseDataTypesDataComers.from_dict(_comers)

        _other = d.pop("other", UNSET)
        other: UserPermissionsResponseDataTypesDataOther | Unset
        if isinstance(_other, Unset):
            other = UNSET
        else:
            other = UserPermissionsResponseDataTypesDataOther.from_dict(_other)

        _online_record = d.pop("online_record", UNSET)
        online_record: UserPermissionsResponseDataTypesDataOnlineRecord | Unset
        if isinstance(_online_record, Unset):
            online_record = UNSET
        else:
            online_record = UserPermissionsResponseDataTypesDataOnlineRecord.from_dict(_online_record)

        security_access = d.pop("security_access", UNSET)

        security_2fa_access = d.pop("security_2fa_access", UNSET)

        security_data_changes_access = d.pop("security_data_changes_access", UNSET)

        security_employee_changes_access = d.pop("security_employee_changes_access", UNSET)

        security_export_import_access = d.pop("security_export_import_access", UNSET)

        security_logins_access = d.pop("security_logins_access", UNSET)

        user_permissions_response_data_types_data = cls(
            timetable=timetable,
            record_form=record_form,
            finances=finances,
            clients=clients,
            dashboard=dashboard,
            notification=notification,
            loyalty=loyalty,
            storages=storages,
            settings=settings,
            security=security,
            comers=comers,
            other=other,
            online_record=online_record,
            security_access=security_access,
            security_2fa_access=security_2fa_access,
            security_data_changes_access=security_data_changes_access,
            security_employee_changes_access=security_employee_changes_access,
            security_export_import_access=security_export_import_access,
            security_logins_access=security_logins_access,
        )

        user_permissions_response_data_types_data.additional_properties = d
        return user_permissions_response_data_types_data

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


def _read_timetable(json_value: Any, parse_ctx: ParseContext) -> UserPermissionsResponseDataTypesDataTimetable | Unset:
    UserPermissionsResponseDataTypesDataTimetable = MODEL_CLASSES.get(
        "altegio_client.models.user_permissions_response_data_types_data_timetable"
    ) or model_class(
        "altegio_client.models.user_permissions_response_data_types_data_timetable",
        "UserPermissionsResponseDataTypesDataTimetable",
    )

    _timetable = json_value
    timetable: UserPermissionsResponseDataTypesDataTimetable | Unset
    if isinstance(_timetable, Unset):
        timetable = UNSET
    else:
        timetable = UserPermissionsResponseDataTypesDataTimetable._lazy(_timetable, parse_ctx)

    return timetable


def _read_record_form(
    json_value: Any, parse_ctx: ParseContext
) -> UserPermissionsResponseDataTypesDataRecordForm | Unset:
    UserPermissionsResponseDataTypesDataRecordForm = MODEL_CLASSES.get(
        "altegio_client.models.user_permissions_response_data_types_data_record_form"
    ) or model_class(
        "altegio_client.models.user_permissions_response_data_types_data_record_form",
        "UserPermissionsResponseDataTypesDataRecordForm",
    )

    _record_form = json_value
    record_form: UserPermissionsResponseDataTypesDataRecordForm | Unset
    if isinstance(_record_form, Unset):
        record_form = UNSET
    else:
        record_form = UserPermissionsResponseDataTypesDataRecordForm._lazy(_record_form, parse_ctx)

    return record_form


def _read_finances(json_value: Any, parse_ctx: ParseContext) -> UserPermissionsResponseDataTypesDataFinances | Unset:
    UserPermissionsResponseDataTypesDataFinances = MODEL_CLASSES.get(
        "altegio_client.models.user_permissions_response_data_types_data_finances"
    ) or model_class(
        "altegio_client.models.user_permissions_response_data_types_data_finances",
        "UserPermissionsResponseDataTypesDataFinances",
    )

    _finances = json_value
    finances: UserPermissionsResponseDataTypesDataFinances | Unset
    if isinstance(_finances, Unset):
        finances = UNSET
    else:
        finances = UserPermissionsResponseDataTypesDataFinances._lazy(_finances, parse_ctx)

    return finances


def _read_clients(json_value: Any, parse_ctx: ParseContext) -> UserPermissionsResponseDataTypesDataClients | Unset:
    UserPermissionsResponseDataTypesDataClients = MODEL_CLASSES.get(
        "altegio_client.models.user_permissions_response_data_types_data_clients"
    ) or model_class(
        "altegio_client.models.user_permissions_response_data_types_data_clients",
        "UserPermissionsResponseDataTypesDataClients",
    )

    _clients = json_value
    clients: UserPermissionsResponseDataTypesDataClients | Unset
    if isinstance(_clients, Unset):
        clients = UNSET
    else:
        clients = UserPermissionsResponseDataTypesDataClients._lazy(_clients, parse_ctx)

    return clients


def _read_dashboard(json_value: Any, parse_ctx: ParseContext) -> UserPermissionsResponseDataTypesDataDashboard | Unset:
    UserPermissionsResponseDataTypesDataDashboard = MODEL_CLASSES.get(
        "altegio_client.models.user_permissions_response_data_types_data_dashboard"
    ) or model_class(
        "altegio_client.models.user_permissions_response_data_types_data_dashboard",
        "UserPermissionsResponseDataTypesDataDashboard",
    )

    _dashboard = json_value
    dashboard: UserPermissionsResponseDataTypesDataDashboard | Unset
    if isinstance(_dashboard, Unset):
        dashboard = UNSET
    else:
        dashboard = UserPermissionsResponseDataTypesDataDashboard._lazy(_dashboard, parse_ctx)

    return dashboard


def _read_notification(
    json_value: Any, parse_ctx: ParseContext
) -> UserPermissionsResponseDataTypesDataNotification | Unset:
    UserPermissionsResponseDataTypesDataNotification = MODEL_CLASSES.get(
        "altegio_client.models.user_permissions_response_data_types_data_notification"
    ) or model_class(
        "altegio_client.models.user_permissions_response_data_types_data_notification",
        "UserPermissionsResponseDataTypesDataNotification",
    )

    _notification = json_value
    notification: UserPermissionsResponseDataTypesDataNotification | Unset
    if isinstance(_notification, Unset):
        notification = UNSET
    else:
        notification = UserPermissionsResponseDataTypesDataNotification._lazy(_notification, parse_ctx)

    return notification


def _read_loyalty(json_value: Any, parse_ctx: ParseContext) -> UserPermissionsResponseDataTypesDataLoyalty | Unset:
    UserPermissionsResponseDataTypesDataLoyalty = MODEL_CLASSES.get(
        "altegio_client.models.user_permissions_response_data_types_data_loyalty"
    ) or model_class(
        "altegio_client.models.user_permissions_response_data_types_data_loyalty",
        "UserPermissionsResponseDataTypesDataLoyalty",
    )

    _loyalty = json_value
    loyalty: UserPermissionsResponseDataTypesDataLoyalty | Unset
    if isinstance(_loyalty, Unset):
        loyalty = UNSET
    else:
        loyalty = UserPermissionsResponseDataTypesDataLoyalty._lazy(_loyalty, parse_ctx)

    return loyalty


def _read_storages(json_value: Any, parse_ctx: ParseContext) -> UserPermissionsResponseDataTypesDataStorages | Unset:
    UserPermissionsResponseDataTypesDataStorages = MODEL_CLASSES.get(
        "altegio_client.models.user_permissions_response_data_types_data_storages"
    ) or model_class(
        "altegio_client.models.user_permissions_response_data_types_data_storages",
        "UserPermissionsResponseDataTypesDataStorages",
    )

    _storages = json_value
    storages: UserPermissionsResponseDataTypesDataStorages | Unset
    if isinstance(_storages, Unset):
        storages = UNSET
    else:
        storages = UserPermissionsResponseDataTypesDataStorages._lazy(_storages, parse_ctx)

    return storages


def _read_settings(json_value: Any, parse_ctx: ParseContext) -> UserPermissionsResponseDataTypesDataSettings | Unset:
    UserPermissionsResponseDataTypesDataSettings = MODEL_CLASSES.get(
        "altegio_client.models.user_permissions_response_data_types_data_settings"
    ) or model_class(
        "altegio_client.models.user_permissions_response_data_types_data_settings",
        "UserPermissionsResponseDataTypesDataSettings",
    )

    _settings = json_value
    settings: UserPermissionsResponseDataTypesDataSettings | Unset
    if isinstance(_settings, Unset):
        settings = UNSET
    else:
        settings = UserPermissionsResponseDataTypesDataSettings._lazy(_settings, parse_ctx)

    return settings


def _read_security(json_value: Any, parse_ctx: ParseContext) -> UserPermissionsResponseDataTypesDataSecurity | Unset:
    UserPermissionsResponseDataTypesDataSecurity = MODEL_CLASSES.get(
        "altegio_client.models.user_permissions_response_data_types_data_security"
    ) or model_class(
        "altegio_client.models.user_permissions_response_data_types_data_security",
        "UserPermissionsResponseDataTypesDataSecurity",
    )

    _security = json_value
    security: UserPermissionsResponseDataTypesDataSecurity | Unset
    if isinstance(_security, Unset):
        security = UNSET
    else:
        security = UserPermissionsResponseDataTypesDataSecurity._lazy(_security, parse_ctx)

    return security


def _read_comers(json_value: Any, parse_ctx: ParseContext) -> UserPermissionsResponseDataTypesDataComers | Unset:
    UserPermissionsResponseDataTypesDataComers = MODEL_CLASSES.get(
        "altegio_client.models.user_permissions_response_data_types_data_comers"
    ) or model_class(
        "altegio_client.models.user_permissions_response_data_types_data_comers",
        "UserPermissionsResponseDataTypesDataComers",
    )

    _comers = json_value
    comers: UserPermissionsResponseDataTypesDataComers | Unset
    if isinstance(_comers, Unset):
        comers = UNSET
    else:
        comers = UserPermissionsResponseDataTypesDataComers._lazy(_comers, parse_ctx)

    return comers


def _read_other(json_value: Any, parse_ctx: ParseContext) -> UserPermissionsResponseDataTypesDataOther | Unset:
    UserPermissionsResponseDataTypesDataOther = MODEL_CLASSES.get(
        "altegio_client.models.user_permissions_response_data_types_data_other"
    ) or model_class(
        "altegio_client.models.user_permissions_response_data_types_data_other",
        "UserPermissionsResponseDataTypesDataOther",
    )

    _other = json_value
    other: UserPermissionsResponseDataTypesDataOther | Unset
    if isinstance(_other, Unset):
        other = UNSET
    else:
        other = UserPermissionsResponseDataTypesDataOther._lazy(_other, parse_ctx)

    return other


def _read_online_record(
    json_value: Any, parse_ctx: ParseContext
) -> UserPermissionsResponseDataTypesDataOnlineRecord | Unset:
    UserPermissionsResponseDataTypesDataOnlineRecord = MODEL_CLASSES.get(
        "altegio_client.models.user_permissions_response_data_types_data_online_record"
    ) or model_class(
        "altegio_client.models.user_permissions_response_data_types_data_online_record",
        "UserPermissionsResponseDataTypesDataOnlineRecord",
    )

    _online_record = json_value
    online_record: UserPermissionsResponseDataTypesDataOnlineRecord | Unset
    if isinstance(_online_record, Unset):
        online_record = UNSET
    else:
        online_record = UserPermissionsResponseDataTypesDataOnlineRecord._lazy(_online_record, parse_ctx)

    return online_record


_DECLARED_KEYS = frozenset(
    {
        "timetable",
        "record_form",
        "finances",
        "clients",
        "dashboard",
        "notification",
        "loyalty",
        "storages",
        "settings",
        "security",
        "comers",
        "other",
        "online_record",
        "security_access",
        "security_2fa_access",
        "security_data_changes_access",
        "security_employee_changes_access",
        "security_export_import_access",
        "security_logins_access",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


UserPermissionsResponseDataTypesData._lazy_fields = {
    "timetable": ("timetable", _read_timetable, False),
    "record_form": ("record_form", _read_record_form, False),
    "finances": ("finances", _read_finances, False),
    "clients": ("clients", _read_clients, False),
    "dashboard": ("dashboard", _read_dashboard, False),
    "notification": ("notification", _read_notification, False),
    "loyalty": ("loyalty", _read_loyalty, False),
    "storages": ("storages", _read_storages, False),
    "settings": ("settings", _read_settings, False),
    "security": ("security", _read_security, False),
    "comers": ("comers", _read_comers, False),
    "other": ("other", _read_other, False),
    "online_record": ("online_record", _read_online_record, False),
    "security_access": ("security_access", None, False),
    "security_2fa_access": ("security_2fa_access", None, False),
    "security_data_changes_access": ("security_data_changes_access", None, False),
    "security_employee_changes_access": ("security_employee_changes_access", None, False),
    "security_export_import_access": ("security_export_import_access", None, False),
    "security_logins_access": ("security_logins_access", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: UserPermissionsResponseDataTypesData, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.security_access = get("security_access", UNSET)
    model.security_2fa_access = get("security_2fa_access", UNSET)
    model.security_data_changes_access = get("security_data_changes_access", UNSET)
    model.security_employee_changes_access = get("security_employee_changes_access", UNSET)
    model.security_export_import_access = get("security_export_import_access", UNSET)
    model.security_logins_access = get("security_logins_access", UNSET)


def _fill_converted(
    model: UserPermissionsResponseDataTypesData,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "timetable" not in done:
        value = get("timetable", UNSET)
        if value is UNSET:
            model.timetable = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.user_permissions_response_data_types_data_timetable"
            ) or model_builder(
                "altegio_client.models.user_permissions_response_data_types_data_timetable",
                "UserPermissionsResponseDataTypesDataTimetable",
            )
            try:
                model.timetable = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "record_form" not in done:
        value = get("record_form", UNSET)
        if value is UNSET:
            model.record_form = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.user_permissions_response_data_types_data_record_form"
            ) or model_builder(
                "altegio_client.models.user_permissions_response_data_types_data_record_form",
                "UserPermissionsResponseDataTypesDataRecordForm",
            )
            try:
                model.record_form = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "finances" not in done:
        value = get("finances", UNSET)
        if value is UNSET:
            model.finances = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.user_permissions_response_data_types_data_finances"
            ) or model_builder(
                "altegio_client.models.user_permissions_response_data_types_data_finances",
                "UserPermissionsResponseDataTypesDataFinances",
            )
            try:
                model.finances = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "clients" not in done:
        value = get("clients", UNSET)
        if value is UNSET:
            model.clients = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.user_permissions_response_data_types_data_clients"
            ) or model_builder(
                "altegio_client.models.user_permissions_response_data_types_data_clients",
                "UserPermissionsResponseDataTypesDataClients",
            )
            try:
                model.clients = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "dashboard" not in done:
        value = get("dashboard", UNSET)
        if value is UNSET:
            model.dashboard = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.user_permissions_response_data_types_data_dashboard"
            ) or model_builder(
                "altegio_client.models.user_permissions_response_data_types_data_dashboard",
                "UserPermissionsResponseDataTypesDataDashboard",
            )
            try:
                model.dashboard = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "notification" not in done:
        value = get("notification", UNSET)
        if value is UNSET:
            model.notification = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.user_permissions_response_data_types_data_notification"
            ) or model_builder(
                "altegio_client.models.user_permissions_response_data_types_data_notification",
                "UserPermissionsResponseDataTypesDataNotification",
            )
            try:
                model.notification = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "loyalty" not in done:
        value = get("loyalty", UNSET)
        if value is UNSET:
            model.loyalty = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.user_permissions_response_data_types_data_loyalty"
            ) or model_builder(
                "altegio_client.models.user_permissions_response_data_types_data_loyalty",
                "UserPermissionsResponseDataTypesDataLoyalty",
            )
            try:
                model.loyalty = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "storages" not in done:
        value = get("storages", UNSET)
        if value is UNSET:
            model.storages = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.user_permissions_response_data_types_data_storages"
            ) or model_builder(
                "altegio_client.models.user_permissions_response_data_types_data_storages",
                "UserPermissionsResponseDataTypesDataStorages",
            )
            try:
                model.storages = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "settings" not in done:
        value = get("settings", UNSET)
        if value is UNSET:
            model.settings = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.user_permissions_response_data_types_data_settings"
            ) or model_builder(
                "altegio_client.models.user_permissions_response_data_types_data_settings",
                "UserPermissionsResponseDataTypesDataSettings",
            )
            try:
                model.settings = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "security" not in done:
        value = get("security", UNSET)
        if value is UNSET:
            model.security = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.user_permissions_response_data_types_data_security"
            ) or model_builder(
                "altegio_client.models.user_permissions_response_data_types_data_security",
                "UserPermissionsResponseDataTypesDataSecurity",
            )
            try:
                model.security = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "comers" not in done:
        value = get("comers", UNSET)
        if value is UNSET:
            model.comers = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.user_permissions_response_data_types_data_comers"
            ) or model_builder(
                "altegio_client.models.user_permissions_response_data_types_data_comers",
                "UserPermissionsResponseDataTypesDataComers",
            )
            try:
                model.comers = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "other" not in done:
        value = get("other", UNSET)
        if value is UNSET:
            model.other = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.user_permissions_response_data_types_data_other"
            ) or model_builder(
                "altegio_client.models.user_permissions_response_data_types_data_other",
                "UserPermissionsResponseDataTypesDataOther",
            )
            try:
                model.other = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "online_record" not in done:
        value = get("online_record", UNSET)
        if value is UNSET:
            model.online_record = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.user_permissions_response_data_types_data_online_record"
            ) or model_builder(
                "altegio_client.models.user_permissions_response_data_types_data_online_record",
                "UserPermissionsResponseDataTypesDataOnlineRecord",
            )
            try:
                model.online_record = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: UserPermissionsResponseDataTypesData | None = None
) -> UserPermissionsResponseDataTypesData:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return UserPermissionsResponseDataTypesData._lazy(json_value, parse_ctx)
        model = new_model(
            UserPermissionsResponseDataTypesData
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
        layout = layout_of(UserPermissionsResponseDataTypesData, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (
        value_timetable,
        value_record_form,
        value_finances,
        value_clients,
        value_dashboard,
        value_notification,
        value_loyalty,
        value_storages,
        value_settings,
        value_security,
        value_comers,
        value_other,
        value_online_record,
    ) = fill(json_value, model)
    if value_timetable is UNSET:
        model.timetable = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.user_permissions_response_data_types_data_timetable"
        ) or model_builder(
            "altegio_client.models.user_permissions_response_data_types_data_timetable",
            "UserPermissionsResponseDataTypesDataTimetable",
        )
        try:
            model.timetable = build(value_timetable, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_record_form is UNSET:
        model.record_form = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.user_permissions_response_data_types_data_record_form"
        ) or model_builder(
            "altegio_client.models.user_permissions_response_data_types_data_record_form",
            "UserPermissionsResponseDataTypesDataRecordForm",
        )
        try:
            model.record_form = build(value_record_form, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_finances is UNSET:
        model.finances = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.user_permissions_response_data_types_data_finances"
        ) or model_builder(
            "altegio_client.models.user_permissions_response_data_types_data_finances",
            "UserPermissionsResponseDataTypesDataFinances",
        )
        try:
            model.finances = build(value_finances, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_clients is UNSET:
        model.clients = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.user_permissions_response_data_types_data_clients"
        ) or model_builder(
            "altegio_client.models.user_permissions_response_data_types_data_clients",
            "UserPermissionsResponseDataTypesDataClients",
        )
        try:
            model.clients = build(value_clients, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_dashboard is UNSET:
        model.dashboard = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.user_permissions_response_data_types_data_dashboard"
        ) or model_builder(
            "altegio_client.models.user_permissions_response_data_types_data_dashboard",
            "UserPermissionsResponseDataTypesDataDashboard",
        )
        try:
            model.dashboard = build(value_dashboard, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_notification is UNSET:
        model.notification = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.user_permissions_response_data_types_data_notification"
        ) or model_builder(
            "altegio_client.models.user_permissions_response_data_types_data_notification",
            "UserPermissionsResponseDataTypesDataNotification",
        )
        try:
            model.notification = build(value_notification, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_loyalty is UNSET:
        model.loyalty = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.user_permissions_response_data_types_data_loyalty"
        ) or model_builder(
            "altegio_client.models.user_permissions_response_data_types_data_loyalty",
            "UserPermissionsResponseDataTypesDataLoyalty",
        )
        try:
            model.loyalty = build(value_loyalty, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_storages is UNSET:
        model.storages = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.user_permissions_response_data_types_data_storages"
        ) or model_builder(
            "altegio_client.models.user_permissions_response_data_types_data_storages",
            "UserPermissionsResponseDataTypesDataStorages",
        )
        try:
            model.storages = build(value_storages, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_settings is UNSET:
        model.settings = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.user_permissions_response_data_types_data_settings"
        ) or model_builder(
            "altegio_client.models.user_permissions_response_data_types_data_settings",
            "UserPermissionsResponseDataTypesDataSettings",
        )
        try:
            model.settings = build(value_settings, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_security is UNSET:
        model.security = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.user_permissions_response_data_types_data_security"
        ) or model_builder(
            "altegio_client.models.user_permissions_response_data_types_data_security",
            "UserPermissionsResponseDataTypesDataSecurity",
        )
        try:
            model.security = build(value_security, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_comers is UNSET:
        model.comers = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.user_permissions_response_data_types_data_comers"
        ) or model_builder(
            "altegio_client.models.user_permissions_response_data_types_data_comers",
            "UserPermissionsResponseDataTypesDataComers",
        )
        try:
            model.comers = build(value_comers, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_other is UNSET:
        model.other = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.user_permissions_response_data_types_data_other"
        ) or model_builder(
            "altegio_client.models.user_permissions_response_data_types_data_other",
            "UserPermissionsResponseDataTypesDataOther",
        )
        try:
            model.other = build(value_other, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_online_record is UNSET:
        model.online_record = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.user_permissions_response_data_types_data_online_record"
        ) or model_builder(
            "altegio_client.models.user_permissions_response_data_types_data_online_record",
            "UserPermissionsResponseDataTypesDataOnlineRecord",
        )
        try:
            model.online_record = build(value_online_record, parse_ctx)
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
        model.__class__ = lazily_read_class(UserPermissionsResponseDataTypesData)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = UserPermissionsResponseDataTypesData
        del model._raw, model._context
    return model


UserPermissionsResponseDataTypesData._lazy_fill = (_fill_plain, _fill_converted, _build)
