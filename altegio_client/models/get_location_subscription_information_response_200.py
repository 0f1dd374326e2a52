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
    from ..models.json_object import JsonObject
    from ..models.license_option import LicenseOption


T = TypeVar("T", bound="GetLocationSubscriptionInformationResponse200")


@_attrs_define
class GetLocationSubscriptionInformationResponse200(LazyModel):
    license_option: LicenseOption | Unset = UNSET
    active: float | Unset = UNSET
    """ Is the subscription active """
    deactivation_date: str | Unset = UNSET
    """ Subscription expiration date """
    id: int | Unset = UNSET
    """ Subscription ID """
    name: str | Unset = UNSET
    """ Subscription name """
    options: list[JsonObject] | Unset = UNSET
    """ Subscription options """
    salon_id: int | Unset = UNSET
    """ location ID """
    staff_limit: float | Unset = UNSET
    """ team member limit """
    is_paid_rights_model: bool | Unset = UNSET
    """ Whether the location uses paid rights licensing model """
    start_date: str | Unset = UNSET
    """ Subscription start date """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        license_option: dict[str, Any] | Unset = UNSET
        if not isinstance(self.license_option, Unset):
            license_option = self.license_option.to_dict()

        active = self.active

        deactivation_date = self.deactivation_date

        id = self.id

        name = self.name

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        salon_id = self.salon_id

        staff_limit = self.staff_limit

        is_paid_rights_model = self.is_paid_rights_model

        start_date = self.start_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if license_option is not UNSET:
            field_dict["LicenseOption"] = license_option
        if active is not UNSET:
            field_dict["active"] = active
        if deactivation_date is not UNSET:
            field_dict["deactivation_date"] = deactivation_date
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if options is not UNSET:
            field_dict["options"] = options
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if staff_limit is not UNSET:
            field_dict["staff_limit"] = staff_limit
        if is_paid_rights_model is not UNSET:
            field_dict["is_paid_rights_model"] = is_paid_rights_model
        if start_date is not UNSET:
            field_dict["start_date"] = start_date

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415
        from ..models.license_option import LicenseOption  # noqa: PLC0415

        d = dict(src_dict)
        _license_option = d.pop("LicenseOption", UNSET)
        license_option: LicenseOption | Unset
        if isinstance(_license_option, Unset):
            license_option = UNSET
        else:
            license_option = LicenseOption.from_dict(_license_option)

        active = d.pop("active", UNSET)

        deactivation_date = d.pop("deactivation_date", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _options = d.pop("options", UNSET)
        options: list[JsonObject] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = JsonObject.from_dict(options_item_data)

                options.append(options_item)

        salon_id = d.pop("salon_id", UNSET)

        staff_limit = d.pop("staff_limit", UNSET)

        is_paid_rights_model = d.pop("is_paid_rights_model", UNSET)

        start_date = d.pop("start_date", UNSET)

        get_location_subscription_information_response_200 = cls(
            license_option=license_option,
            active=active,
            deactivation_date=deactivation_date,
            id=id,
            name=name,
            options=options,
            salon_id=salon_id,
            staff_limit=staff_limit,
            is_paid_rights_model=is_paid_rights_model,
            start_date=start_date,
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


def _read_options(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _options = json_value
    options: list[JsonObject] | Unset = UNSET
    if _options is not UNSET:
        options = JsonObject._lazy_list(_options, parse_ctx)

    return options


_DECLARED_KEYS = frozenset(
    {
        "LicenseOption",
        "active",
        "deactivation_date",
        "id",
        "name",
        "options",
        "salon_id",
        "staff_limit",
        "is_paid_rights_model",
        "start_date",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


GetLocationSubscriptionInformationResponse200._lazy_fields = {
    "license_option": ("LicenseOption", _read_license_option, False),
    "active": ("active", None, False),
    "deactivation_date": ("deactivation_date", None, False),
    "id": ("id", None, False),
    "name": ("name", None, False),
    "options": ("options", _read_options, False),
    "salon_id": ("salon_id", None, False),
    "staff_limit": ("staff_limit", None, False),
    "is_paid_rights_model": ("is_paid_rights_model", None, False),
    "start_date": ("start_date", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: GetLocationSubscriptionInformationResponse200, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.active = get("active", UNSET)
    model.deactivation_date = get("deactivation_date", UNSET)
    model.id = get("id", UNSET)
    model.name = get("name", UNSET)
    model.salon_id = get("salon_id", UNSET)
    model.staff_limit = get("staff_limit", UNSET)
    model.is_paid_rights_model = get("is_paid_rights_model", UNSET)
    model.start_date = get("start_date", UNSET)


def _fill_converted(
    model: GetLocationSubscriptionInformationResponse200,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "license_option" not in done:
        value = get("LicenseOption", UNSET)
        if value is UNSET:
            model.license_option = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.license_option") or model_builder(
                "altegio_client.models.license_option", "LicenseOption"
            )
            try:
                model.license_option = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "options" not in done:
        value = get("options", UNSET)
        if value is UNSET:
            model.options = UNSET
        elif value == []:
            model.options = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.options = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: GetLocationSubscriptionInformationResponse200 | None = None
) -> GetLocationSubscriptionInformationResponse200:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return GetLocationSubscriptionInformationResponse200._lazy(json_value, parse_ctx)
        model = new_model(
            GetLocationSubscriptionInformationResponse200
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
        layout = layout_of(GetLocationSubscriptionInformationResponse200, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_license_option, value_options = fill(json_value, model)
    if value_license_option is UNSET:
        model.license_option = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.license_option") or model_builder(
            "altegio_client.models.license_option", "LicenseOption"
        )
        try:
            model.license_option = build(value_license_option, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_options is UNSET:
        model.options = UNSET
    elif value_options == []:
        model.options = value_options  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
        )
        try:
            if _builtins.type(value_options) is not list:
                raise TypeError
            model.options = [build(item, parse_ctx) for item in value_options]
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
        model.__class__ = lazily_read_class(GetLocationSubscriptionInformationResponse200)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = GetLocationSubscriptionInformationResponse200
        del model._raw, model._context
    return model


GetLocationSubscriptionInformationResponse200._lazy_fill = (_fill_plain, _fill_converted, _build)
