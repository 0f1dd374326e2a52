from __future__ import annotations

import builtins as _builtins
import datetime
import datetime as _datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
from ..models.salary_payroll_calculation_status import (
    SalaryPayrollCalculationStatus,
    check_salary_payroll_calculation_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency
    from ..models.salary_payroll_calculation_item_container import (
        SalaryPayrollCalculationItemContainer,
    )


T = TypeVar("T", bound="SalaryPayrollCalculationContainer")


@_attrs_define
class SalaryPayrollCalculationContainer(LazyModel):
    id: int | Unset = UNSET
    """ ID of calculation. """
    company_id: int | Unset = UNSET
    """ ID of a location. """
    staff_id: int | Unset = UNSET
    """ ID of a team member. """
    amount: float | Unset = UNSET
    """ Calculated salary amount. """
    status: SalaryPayrollCalculationStatus | Unset = UNSET
    """ Calculation status. """
    date_create: _datetime.date | Unset = UNSET
    """ Date of calculation creation. """
    date_from: _datetime.date | Unset = UNSET
    """ Date of calculation period start. """
    date_to: _datetime.date | Unset = UNSET
    """ Date of calculation period end. """
    comment: str | Unset = UNSET
    """ Calculation comment. """
    salary_items: list[SalaryPayrollCalculationItemContainer] | Unset = UNSET
    """ Salary calculation items. """
    currency: Currency | Unset = UNSET
    """ Currency """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        company_id = self.company_id

        staff_id = self.staff_id

        amount = self.amount

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        date_create: str | Unset = UNSET
        if not isinstance(self.date_create, Unset):
            date_create = self.date_create.isoformat()

        date_from: str | Unset = UNSET
        if not isinstance(self.date_from, Unset):
            date_from = self.date_from.isoformat()

        date_to: str | Unset = UNSET
        if not isinstance(self.date_to, Unset):
            date_to = self.date_to.isoformat()

        comment = self.comment

        salary_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.salary_items, Unset):
            salary_items = []
            for salary_items_item_data in self.salary_items:
                salary_items_item = salary_items_item_data.to_dict()
                salary_items.append(salary_items_item)

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if status is not UNSET:
            field_dict["status"] = status
        if date_create is not UNSET:
            field_dict["date_create"] = date_create
        if date_from is not UNSET:
            field_dict["date_from"] = date_from
        if date_to is not UNSET:
            field_dict["date_to"] = date_to
        if comment is not UNSET:
            field_dict["comment"] = comment
        if salary_items is not UNSET:
            field_dict["salary_items"] = salary_items
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.salary_payroll_calculation_item_container import (
            SalaryPayrollCalculationItemContainer,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        company_id = d.pop("company_id", UNSET)

        staff_id = d.pop("staff_id", UNSET)

        amount = d.pop("amount", UNSET)

        _status = d.pop("status", UNSET)
        status: SalaryPayrollCalculationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_salary_payroll_calculation_status(_status)

        _date_create = d.pop("date_create", UNSET)
        date_create: datetime.date | Unset
        if isinstance(_date_create, Unset):
            date_create = UNSET
        else:
            date_create = types.parse_iso_date(_date_create)

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

        comment = d.pop("comment", UNSET)

        _salary_items = d.pop("salary_items", UNSET)
        salary_items: list[SalaryPayrollCalculationItemContainer] | Unset = UNSET
        if _salary_items is not UNSET:
            salary_items = []
            for salary_items_item_data in _salary_items:
                salary_items_item = SalaryPayrollCalculationItemContainer.from_dict(salary_items_item_data)

                salary_items.append(salary_items_item)

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        salary_payroll_calculation_container = cls(
            id=id,
            company_id=company_id,
            staff_id=staff_id,
            amount=amount,
            status=status,
            date_create=date_create,
            date_from=date_from,
            date_to=date_to,
            comment=comment,
            salary_items=salary_items,
            currency=currency,
        )

        salary_payroll_calculation_container.additional_properties = d
        return salary_payroll_calculation_container

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


def _read_status(json_value: Any, parse_ctx: ParseContext) -> SalaryPayrollCalculationStatus | Unset:

    _status = json_value
    status: SalaryPayrollCalculationStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = check_salary_payroll_calculation_status(_status)

    return status


def _read_date_create(json_value: Any, parse_ctx: ParseContext) -> datetime.date | Unset:

    date_create: datetime.date | Unset
    if isinstance(json_value, Unset):
        date_create = UNSET
    else:
        try:
            date_create = date_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            date_create = types.parse_iso_date(json_value)

    return date_create


ISO_PARSERS[_read_date_create] = date_from_iso


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


def _read_salary_items(json_value: Any, parse_ctx: ParseContext) -> list[SalaryPayrollCalculationItemContainer] | Unset:
    SalaryPayrollCalculationItemContainer = MODEL_CLASSES.get(
        "altegio_client.models.salary_payroll_calculation_item_container"
    ) or model_class(
        "altegio_client.models.salary_payroll_calculation_item_container", "SalaryPayrollCalculationItemContainer"
    )

    _salary_items = json_value
    salary_items: list[SalaryPayrollCalculationItemContainer] | Unset = UNSET
    if _salary_items is not UNSET:
        salary_items = SalaryPayrollCalculationItemContainer._lazy_list(_salary_items, parse_ctx)

    return salary_items


def _read_currency(json_value: Any, parse_ctx: ParseContext) -> Currency | Unset:
    Currency = MODEL_CLASSES.get("altegio_client.models.currency") or model_class(
        "altegio_client.models.currency", "Currency"
    )

    _currency = json_value
    currency: Currency | Unset
    if isinstance(_currency, Unset):
        currency = UNSET
    else:
        currency = Currency._lazy(_currency, parse_ctx)

    return currency


_DECLARED_KEYS = frozenset(
    {
        "id",
        "company_id",
        "staff_id",
        "amount",
        "status",
        "date_create",
        "date_from",
        "date_to",
        "comment",
        "salary_items",
        "currency",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


SalaryPayrollCalculationContainer._lazy_fields = {
    "id": ("id", None, False),
    "company_id": ("company_id", None, False),
    "staff_id": ("staff_id", None, False),
    "amount": ("amount", None, False),
    "status": ("status", _read_status, False),
    "date_create": ("date_create", _read_date_create, False),
    "date_from": ("date_from", _read_date_from, False),
    "date_to": ("date_to", _read_date_to, False),
    "comment": ("comment", None, False),
    "salary_items": ("salary_items", _read_salary_items, False),
    "currency": ("currency", _read_currency, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: SalaryPayrollCalculationContainer, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.company_id = get("company_id", UNSET)
    model.staff_id = get("staff_id", UNSET)
    model.amount = get("amount", UNSET)
    model.comment = get("comment", UNSET)


def _fill_converted(
    model: SalaryPayrollCalculationContainer, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "status" not in done:
        value = get("status", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.status = UNSET
        else:
            try:
                model.status = _read_status(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "date_create" not in done:
        value = get("date_create", UNSET)
        if value is UNSET:
            model.date_create = UNSET
        else:
            try:
                try:
                    model.date_create = date_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.date_create = types.parse_iso_date(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

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

    if "salary_items" not in done:
        value = get("salary_items", UNSET)
        if value is UNSET:
            model.salary_items = UNSET
        elif value == []:
            model.salary_items = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.salary_payroll_calculation_item_container"
            ) or model_builder(
                "altegio_client.models.salary_payroll_calculation_item_container",
                "SalaryPayrollCalculationItemContainer",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.salary_items = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "currency" not in done:
        value = get("currency", UNSET)
        if value is UNSET:
            model.currency = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.currency") or model_builder(
                "altegio_client.models.currency", "Currency"
            )
            try:
                model.currency = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: SalaryPayrollCalculationContainer | None = None
) -> SalaryPayrollCalculationContainer:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return SalaryPayrollCalculationContainer._lazy(json_value, parse_ctx)
        model = new_model(
            SalaryPayrollCalculationContainer
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
        layout = layout_of(SalaryPayrollCalculationContainer, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_status, value_date_create, value_date_from, value_date_to, value_salary_items, value_currency = fill(
        json_value, model
    )
    if value_status is UNSET:  # what every optional field's converter returns for it
        model.status = UNSET
    else:
        try:
            model.status = _read_status(value_status, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_date_create is UNSET:
        model.date_create = UNSET
    else:
        try:
            try:
                model.date_create = date_from_iso(value_date_create)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.date_create = types.parse_iso_date(value_date_create)
        except (KeyError, TypeError, ValueError, AttributeError):
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

    if value_salary_items is UNSET:
        model.salary_items = UNSET
    elif value_salary_items == []:
        model.salary_items = value_salary_items  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.salary_payroll_calculation_item_container") or model_builder(
            "altegio_client.models.salary_payroll_calculation_item_container", "SalaryPayrollCalculationItemContainer"
        )
        try:
            if _builtins.type(value_salary_items) is not list:
                raise TypeError
            model.salary_items = [build(item, parse_ctx) for item in value_salary_items]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_currency is UNSET:
        model.currency = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.currency") or model_builder(
            "altegio_client.models.currency", "Currency"
        )
        try:
            model.currency = build(value_currency, parse_ctx)
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
        model.__class__ = lazily_read_class(SalaryPayrollCalculationContainer)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = SalaryPayrollCalculationContainer
        del model._raw, model._context
    return model


SalaryPayrollCalculationContainer._lazy_fill = (_fill_plain, _fill_converted, _build)
