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
    from ..models.salary_staff_scheme_salary_scheme import SalaryStaffSchemeSalaryScheme


T = TypeVar("T", bound="SalaryStaffScheme")


@_attrs_define
class SalaryStaffScheme(LazyModel):
    staff_id: int | Unset = UNSET
    """ ID of a team member. """
    date_start: str | Unset = UNSET
    """ Start date the salary scheme is applicable. """
    date_end: str | Unset = UNSET
    """ Start date the salary scheme is applicable. Null, if salary scheme is unlimited. """
    salary_scheme: SalaryStaffSchemeSalaryScheme | Unset = UNSET
    """ Salary scheme. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        staff_id = self.staff_id

        date_start = self.date_start

        date_end = self.date_end

        salary_scheme: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salary_scheme, Unset):
            salary_scheme = self.salary_scheme.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if date_start is not UNSET:
            field_dict["date_start"] = date_start
        if date_end is not UNSET:
            field_dict["date_end"] = date_end
        if salary_scheme is not UNSET:
            field_dict["salary_scheme"] = salary_scheme

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.salary_staff_scheme_salary_scheme import (
            SalaryStaffSchemeSalaryScheme,  # noqa: PLC0415
        )

        d = dict(src_dict)
        staff_id = d.pop("staff_id", UNSET)

        date_start = d.pop("date_start", UNSET)

        date_end = d.pop("date_end", UNSET)

        _salary_scheme = d.pop("salary_scheme", UNSET)
        salary_scheme: SalaryStaffSchemeSalaryScheme | Unset
        if isinstance(_salary_scheme, Unset):
            salary_scheme = UNSET
        else:
            salary_scheme = SalaryStaffSchemeSalaryScheme.from_dict(_salary_scheme)

        salary_staff_scheme = cls(
            staff_id=staff_id,
            date_start=date_start,
            date_end=date_end,
            salary_scheme=salary_scheme,
        )

        salary_staff_scheme.additional_properties = d
        return salary_staff_scheme

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


def _read_salary_scheme(json_value: Any, parse_ctx: ParseContext) -> SalaryStaffSchemeSalaryScheme | Unset:
    SalaryStaffSchemeSalaryScheme = MODEL_CLASSES.get(
        "altegio_client.models.salary_staff_scheme_salary_scheme"
    ) or model_class("altegio_client.models.salary_staff_scheme_salary_scheme", "SalaryStaffSchemeSalaryScheme")

    _salary_scheme = json_value
    salary_scheme: SalaryStaffSchemeSalaryScheme | Unset
    if isinstance(_salary_scheme, Unset):
        salary_scheme = UNSET
    else:
        salary_scheme = SalaryStaffSchemeSalaryScheme._lazy(_salary_scheme, parse_ctx)

    return salary_scheme


_DECLARED_KEYS = frozenset(
    {
        "staff_id",
        "date_start",
        "date_end",
        "salary_scheme",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


SalaryStaffScheme._lazy_fields = {
    "staff_id": ("staff_id", None, False),
    "date_start": ("date_start", None, False),
    "date_end": ("date_end", None, False),
    "salary_scheme": ("salary_scheme", _read_salary_scheme, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: SalaryStaffScheme, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.staff_id = get("staff_id", UNSET)
    model.date_start = get("date_start", UNSET)
    model.date_end = get("date_end", UNSET)


def _fill_converted(
    model: SalaryStaffScheme, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "salary_scheme" not in done:
        value = get("salary_scheme", UNSET)
        if value is UNSET:
            model.salary_scheme = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.salary_staff_scheme_salary_scheme") or model_builder(
                "altegio_client.models.salary_staff_scheme_salary_scheme", "SalaryStaffSchemeSalaryScheme"
            )
            try:
                model.salary_scheme = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: SalaryStaffScheme | None = None) -> SalaryStaffScheme:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return SalaryStaffScheme._lazy(json_value, parse_ctx)
        model = new_model(SalaryStaffScheme)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(SalaryStaffScheme, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_salary_scheme,) = fill(json_value, model)
    if value_salary_scheme is UNSET:
        model.salary_scheme = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.salary_staff_scheme_salary_scheme") or model_builder(
            "altegio_client.models.salary_staff_scheme_salary_scheme", "SalaryStaffSchemeSalaryScheme"
        )
        try:
            model.salary_scheme = build(value_salary_scheme, parse_ctx)
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
        model.__class__ = lazily_read_class(SalaryStaffScheme)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = SalaryStaffScheme
        del model._raw, model._context
    return model


SalaryStaffScheme._lazy_fill = (_fill_plain, _fill_converted, _build)
