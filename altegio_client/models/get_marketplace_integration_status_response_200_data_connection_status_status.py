from typing import Literal

GetMarketplaceIntegrationStatusResponse200DataConnectionStatusStatus = Literal["active", "freezed", "pending"]

GET_MARKETPLACE_INTEGRATION_STATUS_RESPONSE_200_DATA_CONNECTION_STATUS_STATUS_VALUES: set[
    GetMarketplaceIntegrationStatusResponse200DataConnectionStatusStatus
] = {
    "active",
    "freezed",
    "pending",
}


def check_get_marketplace_integration_status_response_200_data_connection_status_status(
    value: str,
) -> GetMarketplaceIntegrationStatusResponse200DataConnectionStatusStatus:
    if value in GET_MARKETPLACE_INTEGRATION_STATUS_RESPONSE_200_DATA_CONNECTION_STATUS_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_MARKETPLACE_INTEGRATION_STATUS_RESPONSE_200_DATA_CONNECTION_STATUS_STATUS_VALUES!r}"
    )
