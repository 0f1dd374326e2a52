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
    datetime_from_iso,
    layout_of,
    lazily_read_class,
    model_builder,
    model_class,
    new_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_actual_amounts_item import ProductActualAmountsItem


T = TypeVar("T", bound="Product")


@_attrs_define
class Product(LazyModel):
    """Product data object"""

    title: str | Unset = UNSET
    """ Name of product """
    value: str | Unset = UNSET
    """ Name of product """
    label: str | Unset = UNSET
    """ Product name with article number (if any) """
    good_id: int | Unset = UNSET
    """ Product ID """
    cost: float | Unset = UNSET
    """ Selling price """
    unit_id: int | Unset = UNSET
    """ Sales Unit ID """
    unit_short_title: str | Unset = UNSET
    """ Sales unit """
    service_unit_id: int | Unset = UNSET
    """ ID of unit of measure to write off """
    service_unit_short_title: str | Unset = UNSET
    """ Write-off unit """
    actual_cost: float | Unset = UNSET
    """ Cost price """
    unit_actual_cost: float | Unset = UNSET
    """ Unit cost """
    unit_actual_cost_format: str | Unset = UNSET
    """ Unit cost format """
    unit_equals: float | Unset = UNSET
    """ The ratio of the unit of measure for sale to the unit for write-off """
    barcode: str | Unset = UNSET
    """ Barcode """
    loyalty_abonement_type_id: int | str | Unset = UNSET
    """ Subscription type identifier (if the product is a membership) """
    loyalty_certificate_type_id: int | str | Unset = UNSET
    """ Certificate type identifier (if the item is a certificate) """
    loyalty_allow_empty_code: bool | float | Unset = UNSET
    """ Is it allowed to sell without a code (can be 0/1 or true/false) """
    critical_amount: float | Unset = UNSET
    """ Critical residue """
    desired_amount: float | Unset = UNSET
    """ Desired balance """
    actual_amounts: list[ProductActualAmountsItem] | Unset = UNSET
    """ Remaining stock """
    last_change_date: _datetime.datetime | Unset = UNSET
    """ The date the entity was last modified """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        value = self.value

        label = self.label

        good_id = self.good_id

        cost = self.cost

        unit_id = self.unit_id

        unit_short_title = self.unit_short_title

        service_unit_id = self.service_unit_id

        service_unit_short_title = self.service_unit_short_title

        actual_cost = self.actual_cost

        unit_actual_cost = self.unit_actual_cost

        unit_actual_cost_format = self.unit_actual_cost_format

        unit_equals = self.unit_equals

        barcode = self.barcode

        loyalty_abonement_type_id: int | str | Unset
        if isinstance(self.loyalty_abonement_type_id, Unset):
            loyalty_abonement_type_id = UNSET
        else:
            loyalty_abonement_type_id = self.loyalty_abonement_type_id

        loyalty_certificate_type_id: int | str | Unset
        if isinstance(self.loyalty_certificate_type_id, Unset):
            loyalty_certificate_type_id = UNSET
        else:
            loyalty_certificate_type_id = self.loyalty_certificate_type_id

        loyalty_allow_empty_code: bool | float | Unset
        if isinstance(self.loyalty_allow_empty_code, Unset):
            loyalty_allow_empty_code = UNSET
        else:
            loyalty_allow_empty_code = self.loyalty_allow_empty_code

        critical_amount = self.critical_amount

        desired_amount = self.desired_amount

        actual_amounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actual_amounts, Unset):
            actual_amounts = []
            for actual_amounts_item_data in self.actual_amounts:
                actual_amounts_item = actual_amounts_item_data.to_dict()
                actual_amounts.append(actual_amounts_item)

        last_change_date: str | Unset = UNSET
        if not isinstance(self.last_change_date, Unset):
            last_change_date = self.last_change_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if value is not UNSET:
            field_dict["value"] = value
        if label is not UNSET:
            field_dict["label"] = label
        if good_id is not UNSET:
            field_dict["good_id"] = good_id
        if cost is not UNSET:
            field_dict["cost"] = cost
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if unit_short_title is not UNSET:
            field_dict["unit_short_title"] = unit_short_title
        if service_unit_id is not UNSET:
            field_dict["service_unit_id"] = service_unit_id
        if service_unit_short_title is not UNSET:
            field_dict["service_unit_short_title"] = service_unit_short_title
        if actual_cost is not UNSET:
            field_dict["actual_cost"] = actual_cost
        if unit_actual_cost is not UNSET:
            field_dict["unit_actual_cost"] = unit_actual_cost
        if unit_actual_cost_format is not UNSET:
            field_dict["unit_actual_cost_format"] = unit_actual_cost_format
        if unit_equals is not UNSET:
            field_dict["unit_equals"] = unit_equals
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if loyalty_abonement_type_id is not UNSET:
            field_dict["loyalty_abonement_type_id"] = loyalty_abonement_type_id
        if loyalty_certificate_type_id is not UNSET:
            field_dict["loyalty_certificate_type_id"] = loyalty_certificate_type_id
        if loyalty_allow_empty_code is not UNSET:
            field_dict["loyalty_allow_empty_code"] = loyalty_allow_empty_code
        if critical_amount is not UNSET:
            field_dict["critical_amount"] = critical_amount
        if desired_amount is not UNSET:
            field_dict["desired_amount"] = desired_amount
        if actual_amounts is not UNSET:
            field_dict["actual_amounts"] = actual_amounts
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_actual_amounts_item import ProductActualAmountsItem  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        value = d.pop("value", UNSET)

        label = d.pop("label", UNSET)

        good_id = d.pop("good_id", UNSET)

        cost = d.pop("cost", UNSET)

        unit_id = d.pop("unit_id", UNSET)

        unit_short_title = d.pop("unit_short_title", UNSET)

        service_unit_id = d.pop("service_unit_id", UNSET)

        service_unit_short_title = d.pop("service_unit_short_title", UNSET)

        actual_cost = d.pop("actual_cost", UNSET)

        unit_actual_cost = d.pop("unit_actual_cost", UNSET)

        unit_actual_cost_format = d.pop("unit_actual_cost_format", UNSET)

        unit_equals = d.pop("unit_equals", UNSET)

        barcode = d.pop("barcode", UNSET)

        def _parse_loyalty_abonement_type_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        loyalty_abonement_type_id = _parse_loyalty_abonement_type_id(d.pop("loyalty_abonement_type_id", UNSET))

        def _parse_loyalty_certificate_type_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        loyalty_certificate_type_id = _parse_loyalty_certificate_type_id(d.pop("loyalty_certificate_type_id", UNSET))

        def _parse_loyalty_allow_empty_code(data: object) -> bool | float | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | float | Unset, data)

        loyalty_allow_empty_code = _parse_loyalty_allow_empty_code(d.pop("loyalty_allow_empty_code", UNSET))

        critical_amount = d.pop("critical_amount", UNSET)

        desired_amount = d.pop("desired_amount", UNSET)

        _actual_amounts = d.pop("actual_amounts", UNSET)
        actual_amounts: list[ProductActualAmountsItem] | Unset = UNSET
        if _actual_amounts is not UNSET:
            actual_amounts = []
            for actual_amounts_item_data in _actual_amounts:
                actual_amounts_item = ProductActualAmountsItem.from_dict(actual_amounts_item_data)

                actual_amounts.append(actual_amounts_item)

        _last_change_date = d.pop("last_change_date", UNSET)
        last_change_date: datetime.datetime | Unset
        if isinstance(_last_change_date, Unset):
            last_change_date = UNSET
        else:
            last_change_date = types.parse_iso_datetime(_last_change_date)

        product = cls(
            title=title,
            value=value,
            label=label,
            good_id=good_id,
            cost=cost,
            unit_id=unit_id,
            unit_short_title=unit_short_title,
            service_unit_id=service_unit_id,
            service_unit_short_title=service_unit_short_title,
            actual_cost=actual_cost,
            unit_actual_cost=unit_actual_cost,
            unit_actual_cost_format=unit_actual_cost_format,
            unit_equals=unit_equals,
            barcode=barcode,
            loyalty_abonement_type_id=loyalty_abonement_type_id,
            loyalty_certificate_type_id=loyalty_certificate_type_id,
            loyalty_allow_empty_code=loyalty_allow_empty_code,
            critical_amount=critical_amount,
            desired_amount=desired_amount,
            actual_amounts=actual_amounts,
            last_change_date=last_change_date,
        )

        product.additional_properties = d
        return product

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


def _read_actual_amounts(json_value: Any, parse_ctx: ParseContext) -> list[ProductActualAmountsItem] | Unset:
    ProductActualAmountsItem = MODEL_CLASSES.get("altegio_client.models.product_actual_amounts_item") or model_class(
        "altegio_client.models.product_actual_amounts_item", "ProductActualAmountsItem"
    )

    _actual_amounts = json_value
    actual_amounts: list[ProductActualAmountsItem] | Unset = UNSET
    if _actual_amounts is not UNSET:
        actual_amounts = ProductActualAmountsItem._lazy_list(_actual_amounts, parse_ctx)

    return actual_amounts


def _read_last_change_date(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    last_change_date: datetime.datetime | Unset
    if isinstance(json_value, Unset):
        last_change_date = UNSET
    else:
        try:
            last_change_date = datetime_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            last_change_date = types.parse_iso_datetime(json_value)

    return last_change_date


ISO_PARSERS[_read_last_change_date] = datetime_from_iso


_DECLARED_KEYS = frozenset(
    {
        "title",
        "value",
        "label",
        "good_id",
        "cost",
        "unit_id",
        "unit_short_title",
        "service_unit_id",
        "service_unit_short_title",
        "actual_cost",
        "unit_actual_cost",
        "unit_actual_cost_format",
        "unit_equals",
        "barcode",
        "loyalty_abonement_type_id",
        "loyalty_certificate_type_id",
        "loyalty_allow_empty_code",
        "critical_amount",
        "desired_amount",
        "actual_amounts",
        "last_change_date",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


Product._lazy_fields = {
    "title": ("title", None, False),
    "value": ("value", None, False),
    "label": ("label", None, False),
    "good_id": ("good_id", None, False),
    "cost": ("cost", None, False),
    "unit_id": ("unit_id", None, False),
    "unit_short_title": ("unit_short_title", None, False),
    "service_unit_id": ("service_unit_id", None, False),
    "service_unit_short_title": ("service_unit_short_title", None, False),
    "actual_cost": ("actual_cost", None, False),
    "unit_actual_cost": ("unit_actual_cost", None, False),
    "unit_actual_cost_format": ("unit_actual_cost_format", None, False),
    "unit_equals": ("unit_equals", None, False),
    "barcode": ("barcode", None, False),
    "loyalty_abonement_type_id": ("loyalty_abonement_type_id", None, False),
    "loyalty_certificate_type_id": ("loyalty_certificate_type_id", None, False),
    "loyalty_allow_empty_code": ("loyalty_allow_empty_code", None, False),
    "critical_amount": ("critical_amount", None, False),
    "desired_amount": ("desired_amount", None, False),
    "actual_amounts": ("actual_amounts", _read_actual_amounts, False),
    "last_change_date": ("last_change_date", _read_last_change_date, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: Product, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.title = get("title", UNSET)
    model.value = get("value", UNSET)
    model.label = get("label", UNSET)
    model.good_id = get("good_id", UNSET)
    model.cost = get("cost", UNSET)
    model.unit_id = get("unit_id", UNSET)
    model.unit_short_title = get("unit_short_title", UNSET)
    model.service_unit_id = get("service_unit_id", UNSET)
    model.service_unit_short_title = get("service_unit_short_title", UNSET)
    model.actual_cost = get("actual_cost", UNSET)
    model.unit_actual_cost = get("unit_actual_cost", UNSET)
    model.unit_actual_cost_format = get("unit_actual_cost_format", UNSET)
    model.unit_equals = get("unit_equals", UNSET)
    model.barcode = get("barcode", UNSET)
    model.loyalty_abonement_type_id = get("loyalty_abonement_type_id", UNSET)
    model.loyalty_certificate_type_id = get("loyalty_certificate_type_id", UNSET)
    model.loyalty_allow_empty_code = get("loyalty_allow_empty_code", UNSET)
    model.critical_amount = get("critical_amount", UNSET)
    model.desired_amount = get("desired_amount", UNSET)


def _fill_converted(model: Product, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]) -> None:
    get = json_value.get
    if "actual_amounts" not in done:
        value = get("actual_amounts", UNSET)
        if value is UNSET:
            model.actual_amounts = UNSET
        elif value == []:
            model.actual_amounts = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.product_actual_amounts_item") or model_builder(
                "altegio_client.models.product_actual_amounts_item", "ProductActualAmountsItem"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.actual_amounts = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "last_change_date" not in done:
        value = get("last_change_date", UNSET)
        if value is UNSET:
            model.last_change_date = UNSET
        else:
            try:
                try:
                    model.last_change_date = datetime_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.last_change_date = types.parse_iso_datetime(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: Product | None = None) -> Product:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return Product._lazy(json_value, parse_ctx)
        model = new_model(Product)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(Product, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_actual_amounts, value_last_change_date = fill(json_value, model)
    if value_actual_amounts is UNSET:
        model.actual_amounts = UNSET
    elif value_actual_amounts == []:
        model.actual_amounts = value_actual_amounts  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.product_actual_amounts_item") or model_builder(
            "altegio_client.models.product_actual_amounts_item", "ProductActualAmountsItem"
        )
        try:
            if _builtins.type(value_actual_amounts) is not list:
                raise TypeError
            model.actual_amounts = [build(item, parse_ctx) for item in value_actual_amounts]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_last_change_date is UNSET:
        model.last_change_date = UNSET
    else:
        try:
            try:
                model.last_change_date = datetime_from_iso(value_last_change_date)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.last_change_date = types.parse_iso_datetime(value_last_change_date)
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
        model.__class__ = lazily_read_class(Product)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = Product
        del model._raw, model._context
    return model


Product._lazy_fill = (_fill_plain, _fill_converted, _build)
