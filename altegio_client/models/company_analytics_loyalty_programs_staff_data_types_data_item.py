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
    from ..models.company_analytics_loyalty_programs_staff_data_types_data_item_client_stats import (
        CompanyAnalyticsLoyaltyProgramsStaffDataTypesDataItemClientStats,
    )
    from ..models.finance_transaction_response_data_types_data_master import (
        FinanceTransactionResponseDataTypesDataMaster,
    )


T = TypeVar("T", bound="CompanyAnalyticsLoyaltyProgramsStaffDataTypesDataItem")


@_attrs_define
class CompanyAnalyticsLoyaltyProgramsStaffDataTypesDataItem(LazyModel):
    client_stats: CompanyAnalyticsLoyaltyProgramsStaffDataTypesDataItemClientStats | Unset = UNSET
    """ Client statistics """
    staff: FinanceTransactionResponseDataTypesDataMaster | Unset = UNSET
    """ team member """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_stats, Unset):
            client_stats = self.client_stats.to_dict()

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_stats is not UNSET:
            field_dict["client_stats"] = client_stats
        if staff is not UNSET:
            field_dict["staff"] = staff

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_analytics_loyalty_programs_staff_data_types_data_item_client_stats import (
            CompanyAnalyticsLoyaltyProgramsStaffDataTypesDataItemClientStats,  # noqa: PLC0415
        )
        from ..models.finance_transaction_response_data_types_data_master import (
            FinanceTransactionResponseDataTypesDataMaster,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _client_stats = d.pop("client_stats", UNSET)
        client_stats: CompanyAnalyticsLoyaltyProgramsStaffDataTypesDataItemClientStats | Unset
        if isinstance(_client_stats, Unset):
            client_stats = UNSET
        else:
            client_stats = CompanyAnalyticsLoyaltyProgramsStaffDataTypesDataItemClientStats.from_dict(_client_stats)

        _staff = d.pop("staff", UNSET)
        staff: FinanceTransactionResponseDataTypesDataMaster | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = FinanceTransactionResponseDataTypesDataMaster.from_dict(_staff)

        company_analytics_loyalty_programs_staff_data_types_data_item = cls(
            client_stats=client_stats,
            staff=staff,
        )

        company_analytics_loyalty_programs_staff_data_types_data_item.additional_properties = d
        return company_analytics_loyalty_programs_staff_data_types_data_item

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


def _read_client_stats(
    json_value: Any, parse_ctx: ParseContext
) -> CompanyAnalyticsLoyaltyProgramsStaffDataTypesDataItemClientStats | Unset:
    CompanyAnalyticsLoyaltyProgramsStaffDataTypesDataItemClientStats = MODEL_CLASSES.get(
        "altegio_client.models.company_analytics_loyalty_programs_staff_data_types_data_item_client_stats"
    ) or model_class(
        "altegio_client.models.company_analytics_loyalty_programs_staff_data_types_data_item_client_stats",
        "CompanyAnalyticsLoyaltyProgramsStaffDataTypesDataItemClientStats",
    )

    _client_stats = json_value
    client_stats: CompanyAnalyticsLoyaltyProgramsStaffDataTypesDataItemClientStats | Unset
    if isinstance(_client_stats, Unset):
        client_stats = UNSET
    else:
        client_stats = CompanyAnalyticsLoyaltyProgramsStaffDataTypesDataItemClientStats._lazy(_client_stats, parse_ctx)

    return client_stats


def _read_staff(json_value: Any, parse_ctx: ParseContext) -> FinanceTransactionResponseDataTypesDataMaster | Unset:
    FinanceTransactionResponseDataTypesDataMaster = MODEL_CLASSES.get(
        "altegio_client.models.finance_transaction_response_data_types_data_master"
    ) or model_class(
        "altegio_client.models.finance_transaction_response_data_types_data_master",
        "FinanceTransactionResponseDataTypesDataMaster",
    )

    _staff = json_value
    staff: FinanceTransactionResponseDataTypesDataMaster | Unset
    if isinstance(_staff, Unset):
        staff = UNSET
    else:
        staff = FinanceTransactionResponseDataTypesDataMaster._lazy(_staff, parse_ctx)

    return staff


_DECLARED_KEYS = frozenset(
    {
        "client_stats",
        "staff",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CompanyAnalyticsLoyaltyProgramsStaffDataTypesDataItem._lazy_fields = {
    "client_stats": ("client_stats", _read_client_stats, False),
    "staff": ("staff", _read_staff, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: CompanyAnalyticsLoyaltyProgramsStaffDataTypesDataItem, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: CompanyAnalyticsLoyaltyProgramsStaffDataTypesDataItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "client_stats" not in done:
        value = get("client_stats", UNSET)
        if value is UNSET:
            model.client_stats = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.company_analytics_loyalty_programs_staff_data_types_data_item_client_stats"
            ) or model_builder(
                "altegio_client.models.company_analytics_loyalty_programs_staff_data_types_data_item_client_stats",
                "CompanyAnalyticsLoyaltyProgramsStaffDataTypesDataItemClientStats",
            )
            try:
                model.client_stats = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "staff" not in done:
        value = get("staff", UNSET)
        if value is UNSET:
            model.staff = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.finance_transaction_response_data_types_data_master"
            ) or model_builder(
                "altegio_client.models.finance_transaction_response_data_types_data_master",
                "FinanceTransactionResponseDataTypesDataMaster",
            )
            try:
                model.staff = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: CompanyAnalyticsLoyaltyProgramsStaffDataTypesDataItem | None = None
) -> CompanyAnalyticsLoyaltyProgramsStaffDataTypesDataItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CompanyAnalyticsLoyaltyProgramsStaffDataTypesDataItem._lazy(json_value, parse_ctx)
        model = new_model(
            CompanyAnalyticsLoyaltyProgramsStaffDataTypesDataItem
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
        layout = layout_of(CompanyAnalyticsLoyaltyProgramsStaffDataTypesDataItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_client_stats, value_staff = fill(json_value, model)
    if value_client_stats is UNSET:
        model.client_stats = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.company_analytics_loyalty_programs_staff_data_types_data_item_client_stats"
        ) or model_builder(
            "altegio_client.models.company_analytics_loyalty_programs_staff_data_types_data_item_client_stats",
            "CompanyAnalyticsLoyaltyProgramsStaffDataTypesDataItemClientStats",
        )
        try:
            model.client_stats = build(value_client_stats, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_staff is UNSET:
        model.staff = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.finance_transaction_response_data_types_data_master"
        ) or model_builder(
            "altegio_client.models.finance_transaction_response_data_types_data_master",
            "FinanceTransactionResponseDataTypesDataMaster",
        )
        try:
            model.staff = build(value_staff, parse_ctx)
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
        model.__class__ = lazily_read_class(CompanyAnalyticsLoyaltyProgramsStaffDataTypesDataItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CompanyAnalyticsLoyaltyProgramsStaffDataTypesDataItem
        del model._raw, model._context
    return model


CompanyAnalyticsLoyaltyProgramsStaffDataTypesDataItem._lazy_fill = (_fill_plain, _fill_converted, _build)
