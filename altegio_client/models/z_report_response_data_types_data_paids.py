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
    from ..models.z_report_response_data_types_data_paids_accounts_item import (
        ZReportResponseDataTypesDataPaidsAccountsItem,
    )
    from ..models.z_report_response_data_types_data_paids_discount_item import (
        ZReportResponseDataTypesDataPaidsDiscountItem,
    )
    from ..models.z_report_response_data_types_data_paids_total import (
        ZReportResponseDataTypesDataPaidsTotal,
    )


T = TypeVar("T", bound="ZReportResponseDataTypesDataPaids")


@_attrs_define
class ZReportResponseDataTypesDataPaids(LazyModel):
    """Payments"""

    accounts: list[ZReportResponseDataTypesDataPaidsAccountsItem] | Unset = UNSET
    """ Payments at the box office """
    discount: list[ZReportResponseDataTypesDataPaidsDiscountItem] | Unset = UNSET
    """ Payment by discount and loyalty """
    total: ZReportResponseDataTypesDataPaidsTotal | Unset = UNSET
    """ Outcome """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = []
            for accounts_item_data in self.accounts:
                accounts_item = accounts_item_data.to_dict()
                accounts.append(accounts_item)

        discount: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = []
            for discount_item_data in self.discount:
                discount_item = discount_item_data.to_dict()
                discount.append(discount_item)

        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if discount is not UNSET:
            field_dict["discount"] = discount
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.z_report_response_data_types_data_paids_accounts_item import (
            ZReportResponseDataTypesDataPaidsAccountsItem,  # noqa: PLC0415
        )
        from ..models.z_report_response_data_types_data_paids_discount_item import (
            ZReportResponseDataTypesDataPaidsDiscountItem,  # noqa: PLC0415
        )
        from ..models.z_report_response_data_types_data_paids_total import (
            ZReportResponseDataTypesDataPaidsTotal,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _accounts = d.pop("accounts", UNSET)
        accounts: list[ZReportResponseDataTypesDataPaidsAccountsItem] | Unset = UNSET
        if _accounts is not UNSET:
            accounts = []
            for accounts_item_data in _accounts:
                accounts_item = ZReportResponseDataTypesDataPaidsAccountsItem.from_dict(accounts_item_data)

                accounts.append(accounts_item)

        _discount = d.pop("discount", UNSET)
        discount: list[ZReportResponseDataTypesDataPaidsDiscountItem] | Unset = UNSET
        if _discount is not UNSET:
            discount = []
            for discount_item_data in _discount:
                discount_item = ZReportResponseDataTypesDataPaidsDiscountItem.from_dict(discount_item_data)

                discount.append(discount_item)

        _total = d.pop("total", UNSET)
        total: ZReportResponseDataTypesDataPaidsTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = ZReportResponseDataTypesDataPaidsTotal.from_dict(_total)

        z_report_response_data_types_data_paids = cls(
            accounts=accounts,
            discount=discount,
            total=total,
        )

        z_report_response_data_types_data_paids.additional_properties = d
        return z_report_response_data_types_data_paids

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


def _read_accounts(
    json_value: Any, parse_ctx: ParseContext
) -> list[ZReportResponseDataTypesDataPaidsAccountsItem] | Unset:
    ZReportResponseDataTypesDataPaidsAccountsItem = MODEL_CLASSES.get(
        "altegio_client.models.z_report_response_data_types_data_paids_accounts_item"
    ) or model_class(
        "altegio_client.models.z_report_response_data_types_data_paids_accounts_item",
        "ZReportResponseDataTypesDataPaidsAccountsItem",
    )

    _accounts = json_value
    accounts: list[ZReportResponseDataTypesDataPaidsAccountsItem] | Unset = UNSET
    if _accounts is not UNSET:
        accounts = ZReportResponseDataTypesDataPaidsAccountsItem._lazy_list(_accounts, parse_ctx)

    return accounts


def _read_discount(
    json_value: Any, parse_ctx: ParseContext
) -> list[ZReportResponseDataTypesDataPaidsDiscountItem] | Unset:
    ZReportResponseDataTypesDataPaidsDiscountItem = MODEL_CLASSES.get(
        "altegio_client.models.z_report_response_data_types_data_paids_discount_item"
    ) or model_class(
        "altegio_client.models.z_report_response_data_types_data_paids_discount_item",
        "ZReportResponseDataTypesDataPaidsDiscountItem",
    )

    _discount = json_value
    discount: list[ZReportResponseDataTypesDataPaidsDiscountItem] | Unset = UNSET
    if _discount is not UNSET:
        discount = ZReportResponseDataTypesDataPaidsDiscountItem._lazy_list(_discount, parse_ctx)

    return discount


def _read_total(json_value: Any, parse_ctx: ParseContext) -> ZReportResponseDataTypesDataPaidsTotal | Unset:
    ZReportResponseDataTypesDataPaidsTotal = MODEL_CLASSES.get(
        "altegio_client.models.z_report_response_data_types_data_paids_total"
    ) or model_class(
        "altegio_client.models.z_report_response_data_types_data_paids_total", "ZReportResponseDataTypesDataPaidsTotal"
    )

    _total = json_value
    total: ZReportResponseDataTypesDataPaidsTotal | Unset
    if isinstance(_total, Unset):
        total = UNSET
    else:
        total = ZReportResponseDataTypesDataPaidsTotal._lazy(_total, parse_ctx)

    return total


_DECLARED_KEYS = frozenset(
    {
        "accounts",
        "discount",
        "total",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ZReportResponseDataTypesDataPaids._lazy_fields = {
    "accounts": ("accounts", _read_accounts, False),
    "discount": ("discount", _read_discount, False),
    "total": ("total", _read_total, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ZReportResponseDataTypesDataPaids, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: ZReportResponseDataTypesDataPaids, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "accounts" not in done:
        value = get("accounts", UNSET)
        if value is UNSET:
            model.accounts = UNSET
        elif value == []:
            model.accounts = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.z_report_response_data_types_data_paids_accounts_item"
            ) or model_builder(
                "altegio_client.models.z_report_response_data_types_data_paids_accounts_item",
                "ZReportResponseDataTypesDataPaidsAccountsItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.accounts = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "discount" not in done:
        value = get("discount", UNSET)
        if value is UNSET:
            model.discount = UNSET
        elif value == []:
            model.discount = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.z_report_response_data_types_data_paids_discount_item"
            ) or model_builder(
                "altegio_client.models.z_report_response_data_types_data_paids_discount_item",
                "ZReportResponseDataTypesDataPaidsDiscountItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.discount = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "total" not in done:
        value = get("total", UNSET)
        if value is UNSET:
            model.total = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.z_report_response_data_types_data_paids_total"
            ) or model_builder(
                "altegio_client.models.z_report_response_data_types_data_paids_total",
                "ZReportResponseDataTypesDataPaidsTotal",
            )
            try:
                model.total = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ZReportResponseDataTypesDataPaids | None = None
) -> ZReportResponseDataTypesDataPaids:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ZReportResponseDataTypesDataPaids._lazy(json_value, parse_ctx)
        model = new_model(
            ZReportResponseDataTypesDataPaids
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
        layout = layout_of(ZReportResponseDataTypesDataPaids, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_accounts, value_discount, value_total = fill(json_value, model)
    if value_accounts is UNSET:
        model.accounts = UNSET
    elif value_accounts == []:
        model.accounts = value_accounts  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.z_report_response_data_types_data_paids_accounts_item"
        ) or model_builder(
            "altegio_client.models.z_report_response_data_types_data_paids_accounts_item",
            "ZReportResponseDataTypesDataPaidsAccountsItem",
        )
        try:
            if _builtins.type(value_accounts) is not list:
                raise TypeError
            model.accounts = [build(item, parse_ctx) for item in value_accounts]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_discount is UNSET:
        model.discount = UNSET
    elif value_discount == []:
        model.discount = value_discount  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.z_report_response_data_types_data_paids_discount_item"
        ) or model_builder(
            "altegio_client.models.z_report_response_data_types_data_paids_discount_item",
            "ZReportResponseDataTypesDataPaidsDiscountItem",
        )
        try:
            if _builtins.type(value_discount) is not list:
                raise TypeError
            model.discount = [build(item, parse_ctx) for item in value_discount]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_total is UNSET:
        model.total = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.z_report_response_data_types_data_paids_total"
        ) or model_builder(
            "altegio_client.models.z_report_response_data_types_data_paids_total",
            "ZReportResponseDataTypesDataPaidsTotal",
        )
        try:
            model.total = build(value_total, parse_ctx)
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
        model.__class__ = lazily_read_class(ZReportResponseDataTypesDataPaids)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ZReportResponseDataTypesDataPaids
        del model._raw, model._context
    return model


ZReportResponseDataTypesDataPaids._lazy_fill = (_fill_plain, _fill_converted, _build)
