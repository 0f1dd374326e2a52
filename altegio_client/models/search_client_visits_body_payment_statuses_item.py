from typing import Literal

SearchClientVisitsBodyPaymentStatusesItem = Literal["not_paid", "paid_full", "paid_not_full", "paid_over"]

SEARCH_CLIENT_VISITS_BODY_PAYMENT_STATUSES_ITEM_VALUES: set[SearchClientVisitsBodyPaymentStatusesItem] = {
    "not_paid",
    "paid_full",
    "paid_not_full",
    "paid_over",
}


def check_search_client_visits_body_payment_statuses_item(value: str) -> SearchClientVisitsBodyPaymentStatusesItem:
    if value in SEARCH_CLIENT_VISITS_BODY_PAYMENT_STATUSES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_CLIENT_VISITS_BODY_PAYMENT_STATUSES_ITEM_VALUES!r}"
    )
