from typing import Literal

ClientVisitsHistoryGoodsTransactionGoodPaymentStatus = Literal["not_paid", "paid_full", "paid_not_full", "paid_over"]

CLIENT_VISITS_HISTORY_GOODS_TRANSACTION_GOOD_PAYMENT_STATUS_VALUES: set[
    ClientVisitsHistoryGoodsTransactionGoodPaymentStatus
] = {
    "not_paid",
    "paid_full",
    "paid_not_full",
    "paid_over",
}


def check_client_visits_history_goods_transaction_good_payment_status(
    value: str,
) -> ClientVisitsHistoryGoodsTransactionGoodPaymentStatus:
    if value in CLIENT_VISITS_HISTORY_GOODS_TRANSACTION_GOOD_PAYMENT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CLIENT_VISITS_HISTORY_GOODS_TRANSACTION_GOOD_PAYMENT_STATUS_VALUES!r}"
    )
