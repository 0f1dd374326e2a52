from __future__ import annotations

import builtins as _builtins
import datetime
import datetime as _datetime
from collections.abc import Container, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._codegen import (
    ISO_PARSERS,
    LazyModel,
    ParseContext,
    datetime_from_iso,
    layout_of,
    lazily_read_class,
    new_model,
)
from ..models.chain_loyalty_certificate_types_create_body_expiration_timeout_unit_id import (
    ChainLoyaltyCertificateTypesCreateBodyExpirationTimeoutUnitId,
    check_chain_loyalty_certificate_types_create_body_expiration_timeout_unit_id,
)
from ..models.chain_loyalty_certificate_types_create_body_expiration_type_id import (
    ChainLoyaltyCertificateTypesCreateBodyExpirationTypeId,
    check_chain_loyalty_certificate_types_create_body_expiration_type_id,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChainLoyaltyCertificateTypesCreateBodyExpiration")


@_attrs_define
class ChainLoyaltyCertificateTypesCreateBodyExpiration(LazyModel):
    """Expiration settings"""

    type_id: ChainLoyaltyCertificateTypesCreateBodyExpirationTypeId
    """ Expiration type: 0 = none, 1 = fixed date, 2 = period from sale """
    date: _datetime.datetime | Unset = UNSET
    """ Fixed expiration date (ISO 8601, required if type_id = 1) """
    timeout: int | Unset = UNSET
    """ Duration value (required if type_id = 2) """
    timeout_unit_id: ChainLoyaltyCertificateTypesCreateBodyExpirationTimeoutUnitId | Unset = UNSET
    """ Duration unit (required if type_id = 2): 1 = day, 2 = week, 3 = month, 4 = year """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_id: int = self.type_id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        timeout = self.timeout

        timeout_unit_id: int | Unset = UNSET
        if not isinstance(self.timeout_unit_id, Unset):
            timeout_unit_id = self.timeout_unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type_id": type_id,
            }
        )
        if date is not UNSET:
            field_dict["date"] = date
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if timeout_unit_id is not UNSET:
            field_dict["timeout_unit_id"] = timeout_unit_id

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_id = check_chain_loyalty_certificate_types_create_body_expiration_type_id(d.pop("type_id"))

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = types.parse_iso_datetime(_date)

        timeout = d.pop("timeout", UNSET)

        _timeout_unit_id = d.pop("timeout_unit_id", UNSET)
        timeout_unit_id: ChainLoyaltyCertificateTypesCreateBodyExpirationTimeoutUnitId | Unset
        if isinstance(_timeout_unit_id, Unset):
            timeout_unit_id = UNSET
        else:
            timeout_unit_id = check_chain_loyalty_certificate_types_create_body_expiration_timeout_unit_id(
                _timeout_unit_id
            )

        chain_loyalty_certificate_types_create_body_expiration = cls(
            type_id=type_id,
            date=date,
            timeout=timeout,
            timeout_unit_id=timeout_unit_id,
        )

        chain_loyalty_certificate_types_create_body_expiration.additional_properties = d
        return chain_loyalty_certificate_types_create_body_expiration

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


def _read_type_id(json_value: Any, parse_ctx: ParseContext) -> ChainLoyaltyCertificateTypesCreateBodyExpirationTypeId:

    type_id = check_chain_loyalty_certificate_types_create_body_expiration_type_id(json_value)

    return type_id


def _read_date(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    date: datetime.datetime | Unset
    if isinstance(json_value, Unset):
        date = UNSET
    else:
        try:
            date = datetime_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            date = types.parse_iso_datetime(json_value)

    return date


ISO_PARSERS[_read_date] = datetime_from_iso


def _read_timeout_unit_id(
    json_value: Any, parse_ctx: ParseContext
) -> ChainLoyaltyCertificateTypesCreateBodyExpirationTimeoutUnitId | Unset:

    _timeout_unit_id = json_value
    timeout_unit_id: ChainLoyaltyCertificateTypesCreateBodyExpirationTimeoutUnitId | Unset
    if isinstance(_timeout_unit_id, Unset):
        timeout_unit_id = UNSET
    else:
        timeout_unit_id = check_chain_loyalty_certificate_types_create_body_expiration_timeout_unit_id(_timeout_unit_id)

    return timeout_unit_id


_DECLARED_KEYS = frozenset(
    {
        "type_id",
        "date",
        "timeout",
        "timeout_unit_id",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ChainLoyaltyCertificateTypesCreateBodyExpiration._lazy_fields = {
    "type_id": ("type_id", _read_type_id, True),
    "date": ("date", _read_date, False),
    "timeout": ("timeout", None, False),
    "timeout_unit_id": ("timeout_unit_id", _read_timeout_unit_id, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ChainLoyaltyCertificateTypesCreateBodyExpiration, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.timeout = get("timeout", UNSET)


def _fill_converted(
    model: ChainLoyaltyCertificateTypesCreateBodyExpiration,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "type_id" not in done:
        try:
            model.type_id = _read_type_id(json_value["type_id"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "date" not in done:
        value = get("date", UNSET)
        if value is UNSET:
            model.date = UNSET
        else:
            try:
                try:
                    model.date = datetime_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.date = types.parse_iso_datetime(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "timeout_unit_id" not in done:
        value = get("timeout_unit_id", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.timeout_unit_id = UNSET
        else:
            try:
                model.timeout_unit_id = _read_timeout_unit_id(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ChainLoyaltyCertificateTypesCreateBodyExpiration | None = None
) -> ChainLoyaltyCertificateTypesCreateBodyExpiration:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ChainLoyaltyCertificateTypesCreateBodyExpiration._lazy(json_value, parse_ctx)
        model = new_model(
            ChainLoyaltyCertificateTypesCreateBodyExpiration
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
        layout = layout_of(ChainLoyaltyCertificateTypesCreateBodyExpiration, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_type_id, value_date, value_timeout_unit_id = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_type_id is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.type_id = _read_type_id(value_type_id, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_date is UNSET:
        model.date = UNSET
    else:
        try:
            try:
                model.date = datetime_from_iso(value_date)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.date = types.parse_iso_datetime(value_date)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_timeout_unit_id is UNSET:  # what every optional field's converter returns for it
        model.timeout_unit_id = UNSET
    else:
        try:
            model.timeout_unit_id = _read_timeout_unit_id(value_timeout_unit_id, parse_ctx)
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
        model.__class__ = lazily_read_class(ChainLoyaltyCertificateTypesCreateBodyExpiration)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ChainLoyaltyCertificateTypesCreateBodyExpiration
        del model._raw, model._context
    return model


ChainLoyaltyCertificateTypesCreateBodyExpiration._lazy_fill = (_fill_plain, _fill_converted, _build)
