from typing import Literal

RecordsCompanyidRequestDataTypesType0ActivityId = Literal[0]

RECORDS_COMPANYID_REQUEST_DATA_TYPES_TYPE_0_ACTIVITY_ID_VALUES: set[RecordsCompanyidRequestDataTypesType0ActivityId] = {
    0,
}


def check_records_companyid_request_data_types_type_0_activity_id(
    value: int,
) -> RecordsCompanyidRequestDataTypesType0ActivityId:
    if value in RECORDS_COMPANYID_REQUEST_DATA_TYPES_TYPE_0_ACTIVITY_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RECORDS_COMPANYID_REQUEST_DATA_TYPES_TYPE_0_ACTIVITY_ID_VALUES!r}"
    )
