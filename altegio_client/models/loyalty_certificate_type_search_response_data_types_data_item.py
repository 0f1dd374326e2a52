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
from ..types import UNSET, Unset

T = TypeVar("T", bound="LoyaltyCertificateTypeSearchResponseDataTypesDataItem")


@_attrs_define
class LoyaltyCertificateTypeSearchResponseDataTypesDataItem(LazyModel):
    id: int | Unset = UNSET
    """ Certificate type identifier """
    title: str | Unset = UNSET
    """ Gift card type name """
    balance: float | Unset = UNSET
    """ Certificate denomination """
    is_multi: bool | Unset = UNSET
    """ Write-off type: true - multiple write-off, false - single write-off """
    company_group_id: int | Unset = UNSET
    """ ID of the chain where the certificate type is valid """
    item_type_id: int | Unset = UNSET
    """ Application restriction (list of possible values) """
    expiration_type_id: int | Unset = UNSET
    """ Expiration limit (list of possible values) """
    expiration_date: _datetime.datetime | Unset = UNSET
    """ Fixed burn date in ISO8601 format (null if not set) """
    expiration_timeout: float | Unset = UNSET
    """ Certificate validity period from the date of sale (0 if not set) """
    expiration_timeout_unit_id: int | Unset = UNSET
    """ The unit of measurement of the validity period of the certificate from the moment of sale (the list of
    possible values, if not specified - 0) """
    is_allow_empty_code: bool | Unset = UNSET
    """ Allow sale of certificate without code? true - allow, false - do not allow """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        balance = self.balance

        is_multi = self.is_multi

        company_group_id = self.company_group_id

        item_type_id = self.item_type_id

        expiration_type_id = self.expiration_type_id

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        expiration_timeout = self.expiration_timeout

        expiration_timeout_unit_id = self.expiration_timeout_unit_id

        is_allow_empty_code = self.is_allow_empty_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if balance is not UNSET:
            field_dict["balance"] = balance
        if is_multi is not UNSET:
            field_dict["is_multi"] = is_multi
        if company_group_id is not UNSET:
            field_dict["company_group_id"] = company_group_id
        if item_type_id is not UNSET:
            field_dict["item_type_id"] = item_type_id
        if expiration_type_id is not UNSET:
            field_dict["expiration_type_id"] = expiration_type_id
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if expiration_timeout is not UNSET:
            field_dict["expiration_timeout"] = expiration_timeout
        if expiration_timeout_unit_id is not UNSET:
            field_dict["expiration_timeout_unit_id"] = expiration_timeout_unit_id
        if is_allow_empty_code is not UNSET:
            field_dict["is_allow_empty_code"] = is_allow_empty_code

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        balance = d.pop("balance", UNSET)

        is_multi = d.pop("is_multi", UNSET)

        company_group_id = d.pop("company_group_id", UNSET)

        item_type_id = d.pop("item_type_id", UNSET)

        expiration_type_id = d.pop("expiration_type_id", UNSET)

        _expiration_date = d.pop("expiration_date", UNSET)
        expiration_date: datetime.datetime | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = types.parse_iso_datetime(_expiration_date)

        expiration_timeout = d.pop("expiration_timeout", UNSET)

        expiration_timeout_unit_id = d.pop("expiration_timeout_unit_id", UNSET)

        is_allow_empty_code = d.pop("is_allow_empty_code", UNSET)

        loyalty_certificate_type_search_response_data_types_data_item = cls(
            id=id,
            title=title,
            balance=balance,
            is_multi=is_multi,
            company_group_id=company_group_id,
            item_type_id=item_type_id,
            expiration_type_id=expiration_type_id,
            expiration_date=expiration_date,
            expiration_timeout=expiration_timeout,
            expiration_timeout_unit_id=expiration_timeout_unit_id,
            is_allow_empty_code=is_allow_empty_code,
        )

        loyalty_certificate_type_search_response_data_types_data_item.additional_properties = d
        return loyalty_certificate_type_search_response_data_types_data_item

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


def _read_expiration_date(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    expiration_date: datetime.datetime | Unset
    if isinstance(json_value, Unset):
        expiration_date = UNSET
    else:
        try:
            expiration_date = datetime_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            expiration_date = types.parse_iso_datetime(json_value)

    return expiration_date


ISO_PARSERS[_read_expiration_date] = datetime_from_iso


_DECLARED_KEYS = frozenset(
    {
        "id",
        "title",
        "balance",
        "is_multi",
        "company_group_id",
        "item_type_id",
        "expiration_type_id",
        "expiration_date",
        "expiration_timeout",
        "expiration_timeout_unit_id",
        "is_allow_empty_code",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


LoyaltyCertificateTypeSearchResponseDataTypesDataItem._lazy_fields = {
    "id": ("id", None, False),
    "title": ("title", None, False),
    "balance": ("balance", None, False),
    "is_multi": ("is_multi", None, False),
    "company_group_id": ("company_group_id", None, False),
    "item_type_id": ("item_type_id", None, False),
    "expiration_type_id": ("expiration_type_id", None, False),
    "expiration_date": ("expiration_date", _read_expiration_date, False),
    "expiration_timeout": ("expiration_timeout", None, False),
    "expiration_timeout_unit_id": ("expiration_timeout_unit_id", None, False),
    "is_allow_empty_code": ("is_allow_empty_code", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: LoyaltyCertificateTypeSearchResponseDataTypesDataItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.title = get("title", UNSET)
    model.balance = get("balance", UNSET)
    model.is_multi = get("is_multi", UNSET)
    model.company_group_id = get("company_group_id", UNSET)
    model.item_type_id = get("item_type_id", UNSET)
    model.expiration_type_id = get("expiration_type_id", UNSET)
    model.expiration_timeout = get("expiration_timeout", UNSET)
    model.expiration_timeout_unit_id = get("expiration_timeout_unit_id", UNSET)
    model.is_allow_empty_code = get("is_allow_empty_code", UNSET)


def _fill_converted(
    model: LoyaltyCertificateTypeSearchResponseDataTypesDataItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "expiration_date" not in done:
        value = get("expiration_date", UNSET)
        if value is UNSET:
            model.expiration_date = UNSET
        else:
            try:
                try:
                    model.expiration_date = datetime_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.expiration_date = types.parse_iso_datetime(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: LoyaltyCertificateTypeSearchResponseDataTypesDataItem | None = None
) -> LoyaltyCertificateTypeSearchResponseDataTypesDataItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return LoyaltyCertificateTypeSearchResponseDataTypesDataItem._lazy(json_value, parse_ctx)
        model = new_model(
            LoyaltyCertificateTypeSearchResponseDataTypesDataItem
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
        layout = layout_of(LoyaltyCertificateTypeSearchResponseDataTypesDataItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_expiration_date,) = fill(json_value, model)
    if value_expiration_date is UNSET:
        model.expiration_date = UNSET
    else:
        try:
            try:
                model.expiration_date = datetime_from_iso(value_expiration_date)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.expiration_date = types.parse_iso_datetime(value_expiration_date)
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
        model.__class__ = lazily_read_class(LoyaltyCertificateTypeSearchResponseDataTypesDataItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = LoyaltyCertificateTypeSearchResponseDataTypesDataItem
        del model._raw, model._context
    return model


LoyaltyCertificateTypeSearchResponseDataTypesDataItem._lazy_fill = (_fill_plain, _fill_converted, _build)
