from typing import Literal

CompanyCompanyidClientsSearchRequestDataTypesOrderByDirection = Literal["ASC", "DESC"]

COMPANY_COMPANYID_CLIENTS_SEARCH_REQUEST_DATA_TYPES_ORDER_BY_DIRECTION_VALUES: set[
    CompanyCompanyidClientsSearchRequestDataTypesOrderByDirection
] = {
    "ASC",
    "DESC",
}


def check_company_companyid_clients_search_request_data_types_order_by_direction(
    value: str,
) -> CompanyCompanyidClientsSearchRequestDataTypesOrderByDirection:
    if value in COMPANY_COMPANYID_CLIENTS_SEARCH_REQUEST_DATA_TYPES_ORDER_BY_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPANY_COMPANYID_CLIENTS_SEARCH_REQUEST_DATA_TYPES_ORDER_BY_DIRECTION_VALUES!r}"
    )
