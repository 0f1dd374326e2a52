from typing import Literal

CompanyCompanyidClientsSearchRequestDataTypesOperation = Literal["AND", "OR"]

COMPANY_COMPANYID_CLIENTS_SEARCH_REQUEST_DATA_TYPES_OPERATION_VALUES: set[
    CompanyCompanyidClientsSearchRequestDataTypesOperation
] = {
    "AND",
    "OR",
}


def check_company_companyid_clients_search_request_data_types_operation(
    value: str,
) -> CompanyCompanyidClientsSearchRequestDataTypesOperation:
    if value in COMPANY_COMPANYID_CLIENTS_SEARCH_REQUEST_DATA_TYPES_OPERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPANY_COMPANYID_CLIENTS_SEARCH_REQUEST_DATA_TYPES_OPERATION_VALUES!r}"
    )
