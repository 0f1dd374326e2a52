from typing import Literal

CompanyCompanyidClientsSearchRequestDataTypesOrderBy = Literal[
    "discount", "email", "first_visit_date", "id", "last_visit_date", "name", "phone", "sold_amount", "visit_count"
]

COMPANY_COMPANYID_CLIENTS_SEARCH_REQUEST_DATA_TYPES_ORDER_BY_VALUES: set[
    CompanyCompanyidClientsSearchRequestDataTypesOrderBy
] = {
    "discount",
    "email",
    "first_visit_date",
    "id",
    "last_visit_date",
    "name",
    "phone",
    "sold_amount",
    "visit_count",
}


def check_company_companyid_clients_search_request_data_types_order_by(
    value: str,
) -> CompanyCompanyidClientsSearchRequestDataTypesOrderBy:
    if value in COMPANY_COMPANYID_CLIENTS_SEARCH_REQUEST_DATA_TYPES_ORDER_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPANY_COMPANYID_CLIENTS_SEARCH_REQUEST_DATA_TYPES_ORDER_BY_VALUES!r}"
    )
