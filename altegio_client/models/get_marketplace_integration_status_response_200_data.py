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
    from ..models.get_marketplace_integration_status_response_200_data_connection_status import (
        GetMarketplaceIntegrationStatusResponse200DataConnectionStatus,
    )
    from ..models.get_marketplace_integration_status_response_200_data_logs_item import (
        GetMarketplaceIntegrationStatusResponse200DataLogsItem,
    )
    from ..models.get_marketplace_integration_status_response_200_data_payments_item import (
        GetMarketplaceIntegrationStatusResponse200DataPaymentsItem,
    )


T = TypeVar("T", bound="GetMarketplaceIntegrationStatusResponse200Data")


@_attrs_define
class GetMarketplaceIntegrationStatusResponse200Data(LazyModel):
    connection_status: GetMarketplaceIntegrationStatusResponse200DataConnectionStatus | Unset = UNSET
    """ Installation status """
    payments: list[GetMarketplaceIntegrationStatusResponse200DataPaymentsItem] | Unset = UNSET
    """ Payments list """
    logs: list[GetMarketplaceIntegrationStatusResponse200DataLogsItem] | Unset = UNSET
    """ Application status change log in location """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connection_status, Unset):
            connection_status = self.connection_status.to_dict()

        payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payments, Unset):
            payments = []
            for payments_item_data in self.payments:
                payments_item = payments_item_data.to_dict()
                payments.append(payments_item)

        logs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.logs, Unset):
            logs = []
            for logs_item_data in self.logs:
                logs_item = logs_item_data.to_dict()
                logs.append(logs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connection_status is not UNSET:
            field_dict["connection_status"] = connection_status
        if payments is not UNSET:
            field_dict["payments"] = payments
        if logs is not UNSET:
            field_dict["logs"] = logs

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_marketplace_integration_status_response_200_data_connection_status import (
            GetMarketplaceIntegrationStatusResponse200DataConnectionStatus,  # noqa: PLC0415
        )
        from ..models.get_marketplace_integration_status_response_200_data_logs_item import (
            GetMarketplaceIntegrationStatusResponse200DataLogsItem,  # noqa: PLC0415
        )
        from ..models.get_marketplace_integration_status_response_200_data_payments_item import (
            GetMarketplaceIntegrationStatusResponse200DataPaymentsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _connection_status = d.pop("connection_status", UNSET)
        connection_status: GetMarketplaceIntegrationStatusResponse200DataConnectionStatus | Unset
        if isinstance(_connection_status, Unset):
            connection_status = UNSET
        else:
            connection_status = GetMarketplaceIntegrationStatusResponse200DataConnectionStatus.from_dict(
                _connection_status
            )

        _payments = d.pop("payments", UNSET)
        payments: list[GetMarketplaceIntegrationStatusResponse200DataPaymentsItem] | Unset = UNSET
        if _payments is not UNSET:
            payments = []
            for payments_item_data in _payments:
                payments_item = GetMarketplaceIntegrationStatusResponse200DataPaymentsItem.from_dict(payments_item_data)

                payments.append(payments_item)

        _logs = d.pop("logs", UNSET)
        logs: list[GetMarketplaceIntegrationStatusResponse200DataLogsItem] | Unset = UNSET
        if _logs is not UNSET:
            logs = []
            for logs_item_data in _logs:
                logs_item = GetMarketplaceIntegrationStatusResponse200DataLogsItem.from_dict(logs_item_data)

                logs.append(logs_item)

        get_marketplace_integration_status_response_200_data = cls(
            connection_status=connection_status,
            payments=payments,
            logs=logs,
        )

        get_marketplace_integration_status_response_200_data.additional_properties = d
        return get_marketplace_integration_status_response_200_data

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


def _read_connection_status(
    json_value: Any, parse_ctx: ParseContext
) -> GetMarketplaceIntegrationStatusResponse200DataConnectionStatus | Unset:
    GetMarketplaceIntegrationStatusResponse200DataConnectionStatus = MODEL_CLASSES.get(
        "altegio_client.models.get_marketplace_integration_status_response_200_data_connection_status"
    ) or model_class(
        "altegio_client.models.get_marketplace_integration_status_response_200_data_connection_status",
        "GetMarketplaceIntegrationStatusResponse200DataConnectionStatus",
    )

    _connection_status = json_value
    connection_status: GetMarketplaceIntegrationStatusResponse200DataConnectionStatus | Unset
    if isinstance(_connection_status, Unset):
        connection_status = UNSET
    else:
        connection_status = GetMarketplaceIntegrationStatusResponse200DataConnectionStatus._lazy(
            _connection_status, parse_ctx
        )

    return connection_status


def _read_payments(
    json_value: Any, parse_ctx: ParseContext
) -> list[GetMarketplaceIntegrationStatusResponse200DataPaymentsItem] | Unset:
    GetMarketplaceIntegrationStatusResponse200DataPaymentsItem = MODEL_CLASSES.get(
        "altegio_client.models.get_marketplace_integration_status_response_200_data_payments_item"
    ) or model_class(
        "altegio_client.models.get_marketplace_integration_status_response_200_data_payments_item",
        "GetMarketplaceIntegrationStatusResponse200DataPaymentsItem",
    )

    _payments = json_value
    payments: list[GetMarketplaceIntegrationStatusResponse200DataPaymentsItem] | Unset = UNSET
    if _payments is not UNSET:
        payments = GetMarketplaceIntegrationStatusResponse200DataPaymentsItem._lazy_list(_payments, parse_ctx)

    return payments


def _read_logs(
    json_value: Any, parse_ctx: ParseContext
) -> list[GetMarketplaceIntegrationStatusResponse200DataLogsItem] | Unset:
    GetMarketplaceIntegrationStatusResponse200DataLogsItem = MODEL_CLASSES.get(
        "altegio_client.models.get_marketplace_integration_status_response_200_data_logs_item"
    ) or model_class(
        "altegio_client.models.get_marketplace_integration_status_response_200_data_logs_item",
        "GetMarketplaceIntegrationStatusResponse200DataLogsItem",
    )

    _logs = json_value
    logs: list[GetMarketplaceIntegrationStatusResponse200DataLogsItem] | Unset = UNSET
    if _logs is not UNSET:
        logs = GetMarketplaceIntegrationStatusResponse200DataLogsItem._lazy_list(_logs, parse_ctx)

    return logs


_DECLARED_KEYS = frozenset(
    {
        "connection_status",
        "payments",
        "logs",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


GetMarketplaceIntegrationStatusResponse200Data._lazy_fields = {
    "connection_status": ("connection_status", _read_connection_status, False),
    "payments": ("payments", _read_payments, False),
    "logs": ("logs", _read_logs, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: GetMarketplaceIntegrationStatusResponse200Data, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: GetMarketplaceIntegrationStatusResponse200Data,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "connection_status" not in done:
        value = get("connection_status", UNSET)
        if value is UNSET:
            model.connection_status = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.get_marketplace_integration_status_response_200_data_connection_status"
            ) or model_builder(
                "altegio_client.models.get_marketplace_integration_status_response_200_data_connection_status",
                "GetMarketplaceIntegrationStatusResponse200DataConnectionStatus",
            )
            try:
                model.connection_status = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "payments" not in done:
        value = get("payments", UNSET)
        if value is UNSET:
            model.payments = UNSET
        elif value == []:
            model.payments = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.get_marketplace_integration_status_response_200_data_payments_item"
            ) or model_builder(
                "altegio_client.models.get_marketplace_integration_status_response_200_data_payments_item",
                "GetMarketplaceIntegrationStatusResponse200DataPaymentsItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.payments = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "logs" not in done:
        value = get("logs", UNSET)
        if value is UNSET:
            model.logs = UNSET
        elif value == []:
            model.logs = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.get_marketplace_integration_status_response_200_data_logs_item"
            ) or model_builder(
                "altegio_client.models.get_marketplace_integration_status_response_200_data_logs_item",
                "GetMarketplaceIntegrationStatusResponse200DataLogsItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.logs = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: GetMarketplaceIntegrationStatusResponse200Data | None = None
) -> GetMarketplaceIntegrationStatusResponse200Data:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return GetMarketplaceIntegrationStatusResponse200Data._lazy(json_value, parse_ctx)
        model = new_model(
            GetMarketplaceIntegrationStatusResponse200Data
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
        layout = layout_of(GetMarketplaceIntegrationStatusResponse200Data, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_connection_status, value_payments, value_logs = fill(json_value, model)
    if value_connection_status is UNSET:
        model.connection_status = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.get_marketplace_integration_status_response_200_data_connection_status"
        ) or model_builder(
            "altegio_client.models.get_marketplace_integration_status_response_200_data_connection_status",
            "GetMarketplaceIntegrationStatusResponse200DataConnectionStatus",
        )
        try:
            model.connection_status = build(value_connection_status, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_payments is UNSET:
        model.payments = UNSET
    elif value_payments == []:
        model.payments = value_payments  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.get_marketplace_integration_status_response_200_data_payments_item"
        ) or model_builder(
            "altegio_client.models.get_marketplace_integration_status_response_200_data_payments_item",
            "GetMarketplaceIntegrationStatusResponse200DataPaymentsItem",
        )
        try:
            if _builtins.type(value_payments) is not list:
                raise TypeError
            model.payments = [build(item, parse_ctx) for item in value_payments]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_logs is UNSET:
        model.logs = UNSET
    elif value_logs == []:
        model.logs = value_logs  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.get_marketplace_integration_status_response_200_data_logs_item"
        ) or model_builder(
            "altegio_client.models.get_marketplace_integration_status_response_200_data_logs_item",
            "GetMarketplaceIntegrationStatusResponse200DataLogsItem",
        )
        try:
            if _builtins.type(value_logs) is not list:
                raise TypeError
            model.logs = [build(item, parse_ctx) for item in value_logs]
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
        model.__class__ = lazily_read_class(GetMarketplaceIntegrationStatusResponse200Data)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = GetMarketplaceIntegrationStatusResponse200Data
        del model._raw, model._context
    return model


GetMarketplaceIntegrationStatusResponse200Data._lazy_fill = (_fill_plain, _fill_converted, _build)
