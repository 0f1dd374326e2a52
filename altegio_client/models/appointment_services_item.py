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
    from ..models.appointment_services_item_company_service_link import (
        AppointmentServicesItemCompanyServiceLink,
    )
    from ..models.appointment_services_item_staff_service_link import (
        AppointmentServicesItemStaffServiceLink,
    )
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="AppointmentServicesItem")


@_attrs_define
class AppointmentServicesItem(LazyModel):
    id: int | Unset = UNSET
    """ Service ID """
    title: str | Unset = UNSET
    """ Service name """
    cost: float | Unset = UNSET
    """ The total cost of the service """
    cost_to_pay: float | Unset = UNSET
    """ Amount to pay (cost minus discounts/deposits) """
    manual_cost: float | Unset = UNSET
    """ Manual price """
    cost_per_unit: float | Unset = UNSET
    """ Unit cost """
    discount: float | Unset = UNSET
    """ Discount """
    first_cost: float | Unset = UNSET
    """ Initial cost of the service (excluding discounts) """
    amount: float | Unset = UNSET
    """ Quantity """
    assistants: list[JsonObject] | None | Unset = UNSET
    """ Array of assistant team members for this service """
    staff_service_link: AppointmentServicesItemStaffServiceLink | Unset = UNSET
    """ Team member service link configuration """
    company_service_link: AppointmentServicesItemCompanyServiceLink | Unset = UNSET
    """ Location service link configuration """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        cost = self.cost

        cost_to_pay = self.cost_to_pay

        manual_cost = self.manual_cost

        cost_per_unit = self.cost_per_unit

        discount = self.discount

        first_cost = self.first_cost

        amount = self.amount

        assistants: list[dict[str, Any]] | None | Unset
        if isinstance(self.assistants, Unset):
            assistants = UNSET
        elif isinstance(self.assistants, list):
            assistants = []
            for assistants_type_0_item_data in self.assistants:
                assistants_type_0_item = assistants_type_0_item_data.to_dict()
                assistants.append(assistants_type_0_item)

        else:
            assistants = self.assistants

        staff_service_link: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff_service_link, Unset):
            staff_service_link = self.staff_service_link.to_dict()

        company_service_link: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company_service_link, Unset):
            company_service_link = self.company_service_link.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if cost is not UNSET:
            field_dict["cost"] = cost
        if cost_to_pay is not UNSET:
            field_dict["cost_to_pay"] = cost_to_pay
        if manual_cost is not UNSET:
            field_dict["manual_cost"] = manual_cost
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = cost_per_unit
        if discount is not UNSET:
            field_dict["discount"] = discount
        if first_cost is not UNSET:
            field_dict["first_cost"] = first_cost
        if amount is not UNSET:
            field_dict["amount"] = amount
        if assistants is not UNSET:
            field_dict["assistants"] = assistants
        if staff_service_link is not UNSET:
            field_dict["staff_service_link"] = staff_service_link
        if company_service_link is not UNSET:
            field_dict["company_service_link"] = company_service_link

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.appointment_services_item_company_service_link import (
            AppointmentServicesItemCompanyServiceLink,  # noqa: PLC0415
        )
        from ..models.appointment_services_item_staff_service_link import (
            AppointmentServicesItemStaffServiceLink,  # noqa: PLC0415
        )
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        cost = d.pop("cost", UNSET)

        cost_to_pay = d.pop("cost_to_pay", UNSET)

        manual_cost = d.pop("manual_cost", UNSET)

        cost_per_unit = d.pop("cost_per_unit", UNSET)

        discount = d.pop("discount", UNSET)

        first_cost = d.pop("first_cost", UNSET)

        amount = d.pop("amount", UNSET)

        def _parse_assistants(data: object) -> list[JsonObject] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                assistants_type_0 = []
                _assistants_type_0 = data
                for assistants_type_0_item_data in _assistants_type_0:
                    assistants_type_0_item = JsonObject.from_dict(assistants_type_0_item_data)

                    assistants_type_0.append(assistants_type_0_item)

                return assistants_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[JsonObject] | None | Unset, data)

        assistants = _parse_assistants(d.pop("assistants", UNSET))

        _staff_service_link = d.pop("staff_service_link", UNSET)
        staff_service_link: AppointmentServicesItemStaffServiceLink | Unset
        if isinstance(_staff_service_link, Unset):
            staff_service_link = UNSET
        else:
            staff_service_link = AppointmentServicesItemStaffServiceLink.from_dict(_staff_service_link)

        _company_service_link = d.pop("company_service_link", UNSET)
        company_service_link: AppointmentServicesItemCompanyServiceLink | Unset
        if isinstance(_company_service_link, Unset):
            company_service_link = UNSET
        else:
            company_service_link = AppointmentServicesItemCompanyServiceLink.from_dict(_company_service_link)

        appointment_services_item = cls(
            id=id,
            title=title,
            cost=cost,
            cost_to_pay=cost_to_pay,
            manual_cost=manual_cost,
            cost_per_unit=cost_per_unit,
            discount=discount,
            first_cost=first_cost,
            amount=amount,
            assistants=assistants,
            staff_service_link=staff_service_link,
            company_service_link=company_service_link,
        )

        appointment_services_item.additional_properties = d
        return appointment_services_item

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


def _read_assistants(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | None | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    def _parse_assistants(data: object) -> list[JsonObject] | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, list):
                raise TypeError()
            assistants_type_0 = []
            _assistants_type_0 = data
            for assistants_type_0_item_data in _assistants_type_0:
                assistants_type_0_item = JsonObject.from_dict(assistants_type_0_item_data)

                assistants_type_0.append(assistants_type_0_item)

            return assistants_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(list[JsonObject] | None | Unset, data)

    assistants = _parse_assistants(json_value)

    return assistants


def _read_staff_service_link(
    json_value: Any, parse_ctx: ParseContext
) -> AppointmentServicesItemStaffServiceLink | Unset:
    AppointmentServicesItemStaffServiceLink = MODEL_CLASSES.get(
        "altegio_client.models.appointment_services_item_staff_service_link"
    ) or model_class(
        "altegio_client.models.appointment_services_item_staff_service_link", "AppointmentServicesItemStaffServiceLink"
    )

    _staff_service_link = json_value
    staff_service_link: AppointmentServicesItemStaffServiceLink | Unset
    if isinstance(_staff_service_link, Unset):
        staff_service_link = UNSET
    else:
        staff_service_link = AppointmentServicesItemStaffServiceLink._lazy(_staff_service_link, parse_ctx)

    return staff_service_link


def _read_company_service_link(
    json_value: Any, parse_ctx: ParseContext
) -> AppointmentServicesItemCompanyServiceLink | Unset:
    AppointmentServicesItemCompanyServiceLink = MODEL_CLASSES.get(
        "altegio_client.models.appointment_services_item_company_service_link"
    ) or model_class(
        "altegio_client.models.appointment_services_item_company_service_link",
        "AppointmentServicesItemCompanyServiceLink",
    )

    _company_service_link = json_value
    company_service_link: AppointmentServicesItemCompanyServiceLink | Unset
    if isinstance(_company_service_link, Unset):
        company_service_link = UNSET
    else:
        company_service_link = AppointmentServicesItemCompanyServiceLink._lazy(_company_service_link, parse_ctx)

    return company_service_link


_DECLARED_KEYS = frozenset(
    {
        "id",
        "title",
        "cost",
        "cost_to_pay",
        "manual_cost",
        "cost_per_unit",
        "discount",
        "first_cost",
        "amount",
        "assistants",
        "staff_service_link",
        "company_service_link",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


AppointmentServicesItem._lazy_fields = {
    "id": ("id", None, False),
    "title": ("title", None, False),
    "cost": ("cost", None, False),
    "cost_to_pay": ("cost_to_pay", None, False),
    "manual_cost": ("manual_cost", None, False),
    "cost_per_unit": ("cost_per_unit", None, False),
    "discount": ("discount", None, False),
    "first_cost": ("first_cost", None, False),
    "amount": ("amount", None, False),
    "assistants": ("assistants", _read_assistants, False),
    "staff_service_link": ("staff_service_link", _read_staff_service_link, False),
    "company_service_link": ("company_service_link", _read_company_service_link, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: AppointmentServicesItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.title = get("title", UNSET)
    model.cost = get("cost", UNSET)
    model.cost_to_pay = get("cost_to_pay", UNSET)
    model.manual_cost = get("manual_cost", UNSET)
    model.cost_per_unit = get("cost_per_unit", UNSET)
    model.discount = get("discount", UNSET)
    model.first_cost = get("first_cost", UNSET)
    model.amount = get("amount", UNSET)


def _fill_converted(
    model: AppointmentServicesItem, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "assistants" not in done:
        value = get("assistants", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.assistants = UNSET
        else:
            try:
                model.assistants = _read_assistants(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "staff_service_link" not in done:
        value = get("staff_service_link", UNSET)
        if value is UNSET:
            model.staff_service_link = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.appointment_services_item_staff_service_link"
            ) or model_builder(
                "altegio_client.models.appointment_services_item_staff_service_link",
                "AppointmentServicesItemStaffServiceLink",
            )
            try:
                model.staff_service_link = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "company_service_link" not in done:
        value = get("company_service_link", UNSET)
        if value is UNSET:
            model.company_service_link = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.appointment_services_item_company_service_link"
            ) or model_builder(
                "altegio_client.models.appointment_services_item_company_service_link",
                "AppointmentServicesItemCompanyServiceLink",
            )
            try:
                model.company_service_link = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: AppointmentServicesItem | None = None
) -> AppointmentServicesItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return AppointmentServicesItem._lazy(json_value, parse_ctx)
        model = new_model(AppointmentServicesItem)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(AppointmentServicesItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_assistants, value_staff_service_link, value_company_service_link = fill(json_value, model)
    if value_assistants is UNSET:  # what every optional field's converter returns for it
        model.assistants = UNSET
    else:
        try:
            model.assistants = _read_assistants(value_assistants, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_staff_service_link is UNSET:
        model.staff_service_link = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.appointment_services_item_staff_service_link"
        ) or model_builder(
            "altegio_client.models.appointment_services_item_staff_service_link",
            "AppointmentServicesItemStaffServiceLink",
        )
        try:
            model.staff_service_link = build(value_staff_service_link, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_company_service_link is UNSET:
        model.company_service_link = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.appointment_services_item_company_service_link"
        ) or model_builder(
            "altegio_client.models.appointment_services_item_company_service_link",
            "AppointmentServicesItemCompanyServiceLink",
        )
        try:
            model.company_service_link = build(value_company_service_link, parse_ctx)
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
        model.__class__ = lazily_read_class(AppointmentServicesItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = AppointmentServicesItem
        del model._raw, model._context
    return model


AppointmentServicesItem._lazy_fill = (_fill_plain, _fill_converted, _build)
