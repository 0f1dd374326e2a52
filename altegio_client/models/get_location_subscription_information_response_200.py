from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import MODEL_CLASSES, LazyModel, ParseContext, model_class
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_location_subscription_information_response_200_options_item import (
        GetLocationSubscriptionInformationResponse200OptionsItem,
    )
    from ..models.license_option import LicenseOption


T = TypeVar("T", bound="GetLocationSubscriptionInformationResponse200")


@_attrs_define
class GetLocationSubscriptionInformationResponse200(LazyModel):
    active: float
    """ Is the subscription active """
    deactivation_date: str
    """ Subscription expiration date """
    id: int
    """ Subscription ID """
    name: str
    """ Subscription name """
    options: list[GetLocationSubscriptionInformationResponse200OptionsItem]
    """ Subscription options """
    salon_id: int
    """ location ID """
    staff_limit: float
    """ team member limit """
    is_paid_rights_model: bool
    """ Whether the location uses paid rights licensing model """
    start_date: str
    """ Subscription start date """
    license_option: LicenseOption | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        deactivation_date = self.deactivation_date

        id = self.id

        name = self.name

        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)

        salon_id = self.salon_id

        staff_limit = self.staff_limit

        is_paid_rights_model = self.is_paid_rights_model

        start_date = self.start_date

        license_option: dict[str, Any] | Unset = UNSET
        if not isinstance(self.license_option, Unset):
            license_option = self.license_option.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "deactivation_date": deactivation_date,
                "id": id,
                "name": name,
                "options": options,
                "salon_id": salon_id,
                "staff_limit": staff_limit,
                "is_paid_rights_model": is_paid_rights_model,
                "start_date": start_date,
            }
        )
        if license_option is not UNSET:
            field_dict["LicenseOption"] = license_option

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_location_subscription_information_response_200_options_item import (
            GetLocationSubscriptionInformationResponse200OptionsItem,  # noqa: PLC0415
        )
        from ..models.license_option import LicenseOption  # noqa: PLC0415

        d = dict(src_dict)
        active = d.pop("active")

        deactivation_date = d.pop("deactivation_date")

        id = d.pop("id")

        name = d.pop("name")

        options = []
        _options = d.pop("options")
        for options_item_data in _options:
            options_item = GetLocationSubscriptionInformationResponse200OptionsItem.from_dict(options_item_data)

            options.append(options_item)

        salon_id = d.pop("salon_id")

        staff_limit = d.pop("staff_limit")

        is_paid_rights_model = d.pop("is_paid_rights_model")

        start_date = d.pop("start_date")

        _license_option = d.pop("LicenseOption", UNSET)
        license_option: LicenseOption | Unset
        if isinstance(_license_option, Unset):
            license_option = UNSET
        else:
            license_option = LicenseOption.from_dict(_license_option)

        get_location_subscription_information_response_200 = cls(
            active=active,
            deactivation_date=deactivation_date,
            id=id,
            name=name,
            options=options,
            salon_id=salon_id,
            staff_limit=staff_limit,
            is_paid_rights_model=is_paid_rights_model,
            start_date=start_date,
            license_option=license_option,
        )

        get_location_subscription_information_response_200.additional_properties = d
        return get_location_subscription_information_response_200

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


def _read_options(
    json_value: Any, parse_ctx: ParseContext
) -> list[GetLocationSubscriptionInformationResponse200OptionsItem]:
    GetLocationSubscriptionInformationResponse200OptionsItem = MODEL_CLASSES.get(
        "altegio_client.models.get_location_subscription_information_response_200_options_item"
    ) or model_class(
        "altegio_client.models.get_location_subscription_information_response_200_options_item",
        "GetLocationSubscriptionInformationResponse200OptionsItem",
    )

    options = GetLocationSubscriptionInformationResponse200OptionsItem._lazy_list(json_value, parse_ctx)

    return options


def _read_license_option(json_value: Any, parse_ctx: ParseContext) -> LicenseOption | Unset:
    LicenseOption = MODEL_CLASSES.get("altegio_client.models.license_option") or model_class(
        "altegio_client.models.license_option", "LicenseOption"
    )

    _license_option = json_value
    license_option: LicenseOption | Unset
    if isinstance(_license_option, Unset):
        license_option = UNSET
    else:
        license_option = LicenseOption._lazy(_license_option, parse_ctx)

    return license_option


_DECLARED_KEYS = frozenset(
    {
        "active",
        "deactivation_date",
        "id",
        "name",
        "options",
        "salon_id",
        "staff_limit",
        "is_paid_rights_model",
        "start_date",
        "LicenseOption",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


GetLocationSubscriptionInformationResponse200._lazy_fields = {
    "active": ("active", None, True),
    "deactivation_date": ("deactivation_date", None, True),
    "id": ("id", None, True),
    "name": ("name", None, True),
    "options": ("options", _read_options, True),
    "salon_id": ("salon_id", None, True),
    "staff_limit": ("staff_limit", None, True),
    "is_paid_rights_model": ("is_paid_rights_model", None, True),
    "start_date": ("start_date", None, True),
    "license_option": ("LicenseOption", _read_license_option, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: GetLocationSubscriptionInformationResponse200, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "active" in json_value:
        model.active = json_value["active"]
    if "deactivation_date" in json_value:
        model.deactivation_date = json_value["deactivation_date"]
    if "id" in json_value:
        model.id = json_value["id"]
    if "name" in json_value:
        model.name = json_value["name"]
    if "salon_id" in json_value:
        model.salon_id = json_value["salon_id"]
    if "staff_limit" in json_value:
        model.staff_limit = json_value["staff_limit"]
    if "is_paid_rights_model" in json_value:
        model.is_paid_rights_model = json_value["is_paid_rights_model"]
    if "start_date" in json_value:
        model.start_date = json_value["start_date"]


def _fill_converted(
    model: GetLocationSubscriptionInformationResponse200,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    # A field that fails to convert is left unread: reading it raises the ResponseSchemaError.
    if "options" not in done:
        try:
            model.options = _read_options(json_value["options"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    if "license_option" not in done:
        try:
            model.license_option = _read_license_option(json_value.get("LicenseOption", UNSET), parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    return


GetLocationSubscriptionInformationResponse200._lazy_fill = (_fill_plain, _fill_converted)
