from typing import Literal

ClientVisitsHistoryRecordServicePaymentStatus = Literal["not_paid", "paid_full", "paid_not_full", "paid_over"]

CLIENT_VISITS_HISTORY_RECORD_SERVICE_PAYMENT_STATUS_VALUES: set[ClientVisitsHistoryRecordServicePaymentStatus] = {
    "not_paid",
    "paid_full",
    "paid_not_full",
    "paid_over",
}


def check_client_visits_history_record_service_payment_status(
    value: str,
) -> ClientVisitsHistoryRecordServicePaymentStatus:
    if value in CLIENT_VISITS_HISTORY_RECORD_SERVICE_PAYMENT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CLIENT_VISITS_HISTORY_RECORD_SERVICE_PAYMENT_STATUS_VALUES!r}"
    )
