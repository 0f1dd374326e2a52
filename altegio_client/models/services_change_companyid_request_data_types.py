from __future__ import annotations

import builtins as _builtins
import datetime
import datetime as _datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._codegen import (
    ISO_PARSERS,
    MODEL_BUILDERS,
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    date_from_iso,
    layout_of,
    lazily_read_class,
    model_builder,
    model_class,
    new_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.services_companyid_response_data_types_data_staff_item import (
        ServicesCompanyidResponseDataTypesDataStaffItem,
    )


T = TypeVar("T", bound="ServicesChangeCompanyidRequestDataTypes")


@_attrs_define
class ServicesChangeCompanyidRequestDataTypes(LazyModel):
    """Change service

    Example:
        {'title': "Men's haircut", 'booking_title': "Men's haircut", 'category_id': 83167, 'price_min': 1300,
            'price_max': 1300, 'duration': 3600, 'discount': 0, 'tax_variant': 1, 'vat_id': 3, 'is_multi': False,
            'is_need_limit_date': True, 'date_from': '2022-09-19', 'date_to': '2022-09-30', 'seance_search_start': 36000,
            'seance_search_finish': 84600, 'step': 300, 'seance_search_step': 900, 'comment': '', 'weight': 6, 'active': 1,
            'api_id': '00000000042', 'staff': [{'id': 5905, 'seance_length': 2700}, {'id': 5907, 'seance_length': 3600},
            {'id': 8973, 'seance_length': 3600}, {'id': 13616, 'seance_length': 3600}, {'id': 16681, 'seance_length': 3600},
            {'id': 1796, 'seance_length': 3600}, {'id': 34006, 'seance_length': 3600}]}

    """

    title: str
    """ Service name """
    booking_title: str
    """ Service name for appointment """
    category_id: int
    """ ID service category """
    price_min: float
    """ Minimum cost of the service """
    price_max: float
    """ Maximum cost of the service """
    duration: float
    """ Service duration, default value is 3600 """
    is_multi: bool
    """ false - Appointment, true - Event """
    tax_variant: float
    """ Bill ID """
    vat_id: int
    """ VAT ID """
    is_need_limit_date: bool
    """ The service is available for a limited time """
    seance_search_start: float
    """ Start of period is the appointment available, in seconds """
    seance_search_finish: float
    """ End of period is the appointment available, in seconds """
    step: float
    """ Display interval of slots, in seconds """
    seance_search_step: float
    """ Search interval of slots, in seconds """
    technical_break_duration: float | None | Unset = UNSET
    """ Technical break duration in seconds.
    - If not provided, defaults to null
    - null = use location default (Settings → Appointment Log → Technical Breaks)
    - Must be in multiples of 300 (5-minute intervals)
    - Maximum value is 3600 (1 hour)
     """
    discount: float | Unset = UNSET
    """ Service discount """
    comment: str | Unset = UNSET
    """ Comment on the service """
    date_from: _datetime.date | Unset = UNSET
    """ Service availability start date (YYYY-MM-DD) """
    date_to: _datetime.date | Unset = UNSET
    """ Service availability end date (YYYY-MM-DD) """
    weight: float | Unset = UNSET
    """ Service weight (used to sort services when displayed) """
    active: float | Unset = UNSET
    """ 1 - available for online booking, 0 - not available """
    api_id: str | Unset = UNSET
    """ External Service ID """
    staff: list[ServicesCompanyidResponseDataTypesDataStaffItem] | Unset = UNSET
    """ List of team members providing the service and session duration """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        booking_title = self.booking_title

        category_id = self.category_id

        price_min = self.price_min

        price_max = self.price_max

        duration = self.duration

        is_multi = self.is_multi

        tax_variant = self.tax_variant

        vat_id = self.vat_id

        is_need_limit_date = self.is_need_limit_date

        seance_search_start = self.seance_search_start

        seance_search_finish = self.seance_search_finish

        step = self.step

        seance_search_step = self.seance_search_step

        technical_break_duration: float | None | Unset
        if isinstance(self.technical_break_duration, Unset):
            technical_break_duration = UNSET
        else:
            technical_break_duration = self.technical_break_duration

        discount = self.discount

        comment = self.comment

        date_from: str | Unset = UNSET
        if not isinstance(self.date_from, Unset):
            date_from = self.date_from.isoformat()

        date_to: str | Unset = UNSET
        if not isinstance(self.date_to, Unset):
            date_to = self.date_to.isoformat()

        weight = self.weight

        active = self.active

        api_id = self.api_id

        staff: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = []
            for staff_item_data in self.staff:
                staff_item = staff_item_data.to_dict()
                staff.append(staff_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "booking_title": booking_title,
                "category_id": category_id,
                "price_min": price_min,
                "price_max": price_max,
                "duration": duration,
                "is_multi": is_multi,
                "tax_variant": tax_variant,
                "vat_id": vat_id,
                "is_need_limit_date": is_need_limit_date,
                "seance_search_start": seance_search_start,
                "seance_search_finish": seance_search_finish,
                "step": step,
                "seance_search_step": seance_search_step,
            }
        )
        if technical_break_duration is not UNSET:
            field_dict["technical_break_duration"] = technical_break_duration
        if discount is not UNSET:
            field_dict["discount"] = discount
        if comment is not UNSET:
            field_dict["comment"] = comment
        if date_from is not UNSET:
            field_dict["date_from"] = date_from
        if date_to is not UNSET:
            field_dict["date_to"] = date_to
        if weight is not UNSET:
            field_dict["weight"] = weight
        if active is not UNSET:
            field_dict["active"] = active
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if staff is not UNSET:
            field_dict["staff"] = staff

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.services_companyid_response_data_types_data_staff_item import (
            ServicesCompanyidResponseDataTypesDataStaffItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        title = d.pop("title")

        booking_title = d.pop("booking_title")

        category_id = d.pop("category_id")

        price_min = d.pop("price_min")

        price_max = d.pop("price_max")

        duration = d.pop("duration")

        is_multi = d.pop("is_multi")

        tax_variant = d.pop("tax_variant")

        vat_id = d.pop("vat_id")

        is_need_limit_date = d.pop("is_need_limit_date")

        seance_search_start = d.pop("seance_search_start")

        seance_search_finish = d.pop("seance_search_finish")

        step = d.pop("step")

        seance_search_step = d.pop("seance_search_step")

        def _parse_technical_break_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        technical_break_duration = _parse_technical_break_duration(d.pop("technical_break_duration", UNSET))

        discount = d.pop("discount", UNSET)

        comment = d.pop("comment", UNSET)

        _date_from = d.pop("date_from", UNSET)
        date_from: datetime.date | Unset
        if isinstance(_date_from, Unset):
            date_from = UNSET
        else:
            date_from = types.parse_iso_date(_date_from)

        _date_to = d.pop("date_to", UNSET)
        date_to: datetime.date | Unset
        if isinstance(_date_to, Unset):
            date_to = UNSET
        else:
            date_to = types.parse_iso_date(_date_to)

        weight = d.pop("weight", UNSET)

        active = d.pop("active", UNSET)

        api_id = d.pop("api_id", UNSET)

        _staff = d.pop("staff", UNSET)
        staff: list[ServicesCompanyidResponseDataTypesDataStaffItem] | Unset = UNSET
        if _staff is not UNSET:
            staff = []
            for staff_item_data in _staff:
                staff_item = ServicesCompanyidResponseDataTypesDataStaffItem.from_dict(staff_item_data)

                staff.append(staff_item)

        services_change_companyid_request_data_types = cls(
            title=title,
            booking_title=booking_title,
            category_id=category_id,
            price_min=price_min,
            price_max=price_max,
            duration=duration,
            is_multi=is_multi,
            tax_variant=tax_variant,
            vat_id=vat_id,
            is_need_limit_date=is_need_limit_date,
            seance_search_start=seance_search_start,
            seance_search_finish=seance_search_finish,
            step=step,
            seance_search_step=seance_search_step,
            technical_break_duration=technical_break_duration,
            discount=discount,
            comment=comment,
            date_from=date_from,
            date_to=date_to,
            weight=weight,
            active=active,
            api_id=api_id,
            staff=staff,
        )

        services_change_companyid_request_data_types.additional_properties = d
        return services_change_companyid_request_data_types

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


def _read_date_from(json_value: Any, parse_ctx: ParseContext) -> datetime.date | Unset:

    date_from: datetime.date | Unset
    if isinstance(json_value, Unset):
        date_from = UNSET
    else:
        try:
            date_from = date_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            date_from = types.parse_iso_date(json_value)

    return date_from


ISO_PARSERS[_read_date_from] = date_from_iso


def _read_date_to(json_value: Any, parse_ctx: ParseContext) -> datetime.date | Unset:

    date_to: datetime.date | Unset
    if isinstance(json_value, Unset):
        date_to = UNSET
    else:
        try:
            date_to = date_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            date_to = types.parse_iso_date(json_value)

    return date_to


ISO_PARSERS[_read_date_to] = date_from_iso


def _read_staff(
    json_value: Any, parse_ctx: ParseContext
) -> list[ServicesCompanyidResponseDataTypesDataStaffItem] | Unset:
    ServicesCompanyidResponseDataTypesDataStaffItem = MODEL_CLASSES.get(
        "altegio_client.models.services_companyid_response_data_types_data_staff_item"
    ) or model_class(
        "altegio_client.models.services_companyid_response_data_types_data_staff_item",
        "ServicesCompanyidResponseDataTypesDataStaffItem",
    )

    _staff = json_value
    staff: list[ServicesCompanyidResponseDataTypesDataStaffItem] | Unset = UNSET
    if _staff is not UNSET:
        staff = ServicesCompanyidResponseDataTypesDataStaffItem._lazy_list(_staff, parse_ctx)

    return staff


_DECLARED_KEYS = frozenset(
    {
        "title",
        "booking_title",
        "category_id",
        "price_min",
        "price_max",
        "duration",
        "is_multi",
        "tax_variant",
        "vat_id",
        "is_need_limit_date",
        "seance_search_start",
        "seance_search_finish",
        "step",
        "seance_search_step",
        "technical_break_duration",
        "discount",
        "comment",
        "date_from",
        "date_to",
        "weight",
        "active",
        "api_id",
        "staff",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ServicesChangeCompanyidRequestDataTypes._lazy_fields = {
    "title": ("title", None, True),
    "booking_title": ("booking_title", None, True),
    "category_id": ("category_id", None, True),
    "price_min": ("price_min", None, True),
    "price_max": ("price_max", None, True),
    "duration": ("duration", None, True),
    "is_multi": ("is_multi", None, True),
    "tax_variant": ("tax_variant", None, True),
    "vat_id": ("vat_id", None, True),
    "is_need_limit_date": ("is_need_limit_date", None, True),
    "seance_search_start": ("seance_search_start", None, True),
    "seance_search_finish": ("seance_search_finish", None, True),
    "step": ("step", None, True),
    "seance_search_step": ("seance_search_step", None, True),
    "technical_break_duration": ("technical_break_duration", None, False),
    "discount": ("discount", None, False),
    "comment": ("comment", None, False),
    "date_from": ("date_from", _read_date_from, False),
    "date_to": ("date_to", _read_date_to, False),
    "weight": ("weight", None, False),
    "active": ("active", None, False),
    "api_id": ("api_id", None, False),
    "staff": ("staff", _read_staff, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ServicesChangeCompanyidRequestDataTypes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "title" in json_value:
        model.title = json_value["title"]
    if "booking_title" in json_value:
        model.booking_title = json_value["booking_title"]
    if "category_id" in json_value:
        model.category_id = json_value["category_id"]
    if "price_min" in json_value:
        model.price_min = json_value["price_min"]
    if "price_max" in json_value:
        model.price_max = json_value["price_max"]
    if "duration" in json_value:
        model.duration = json_value["duration"]
    if "is_multi" in json_value:
        model.is_multi = json_value["is_multi"]
    if "tax_variant" in json_value:
        model.tax_variant = json_value["tax_variant"]
    if "vat_id" in json_value:
        model.vat_id = json_value["vat_id"]
    if "is_need_limit_date" in json_value:
        model.is_need_limit_date = json_value["is_need_limit_date"]
    if "seance_search_start" in json_value:
        model.seance_search_start = json_value["seance_search_start"]
    if "seance_search_finish" in json_value:
        model.seance_search_finish = json_value["seance_search_finish"]
    if "step" in json_value:
        model.step = json_value["step"]
    if "seance_search_step" in json_value:
        model.seance_search_step = json_value["seance_search_step"]
    model.technical_break_duration = get("technical_break_duration", UNSET)
    model.discount = get("discount", UNSET)
    model.comment = get("comment", UNSET)
    model.weight = get("weight", UNSET)
    model.active = get("active", UNSET)
    model.api_id = get("api_id", UNSET)


def _fill_converted(
    model: ServicesChangeCompanyidRequestDataTypes,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "date_from" not in done:
        value = get("date_from", UNSET)
        if value is UNSET:
            model.date_from = UNSET
        else:
            try:
                try:
                    model.date_from = date_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.date_from = types.parse_iso_date(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "date_to" not in done:
        value = get("date_to", UNSET)
        if value is UNSET:
            model.date_to = UNSET
        else:
            try:
                try:
                    model.date_to = date_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.date_to = types.parse_iso_date(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "staff" not in done:
        value = get("staff", UNSET)
        if value is UNSET:
            model.staff = UNSET
        elif value == []:
            model.staff = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.services_companyid_response_data_types_data_staff_item"
            ) or model_builder(
                "altegio_client.models.services_companyid_response_data_types_data_staff_item",
                "ServicesCompanyidResponseDataTypesDataStaffItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.staff = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ServicesChangeCompanyidRequestDataTypes | None = None
) -> ServicesChangeCompanyidRequestDataTypes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ServicesChangeCompanyidRequestDataTypes._lazy(json_value, parse_ctx)
        model = new_model(
            ServicesChangeCompanyidRequestDataTypes
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
        layout = layout_of(ServicesChangeCompanyidRequestDataTypes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_date_from, value_date_to, value_staff = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_date_from is UNSET:
        model.date_from = UNSET
    else:
        try:
            try:
                model.date_from = date_from_iso(value_date_from)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.date_from = types.parse_iso_date(value_date_from)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_date_to is UNSET:
        model.date_to = UNSET
    else:
        try:
            try:
                model.date_to = date_from_iso(value_date_to)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.date_to = types.parse_iso_date(value_date_to)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_staff is UNSET:
        model.staff = UNSET
    elif value_staff == []:
        model.staff = value_staff  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.services_companyid_response_data_types_data_staff_item"
        ) or model_builder(
            "altegio_client.models.services_companyid_response_data_types_data_staff_item",
            "ServicesCompanyidResponseDataTypesDataStaffItem",
        )
        try:
            if _builtins.type(value_staff) is not list:
                raise TypeError
            model.staff = [build(item, parse_ctx) for item in value_staff]
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
        model.__class__ = lazily_read_class(ServicesChangeCompanyidRequestDataTypes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ServicesChangeCompanyidRequestDataTypes
        del model._raw, model._context
    return model


ServicesChangeCompanyidRequestDataTypes._lazy_fill = (_fill_plain, _fill_converted, _build)
