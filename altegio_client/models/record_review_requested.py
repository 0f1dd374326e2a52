from typing import Literal

RecordReviewRequested = Literal[0, 1]

RECORD_REVIEW_REQUESTED_VALUES: set[RecordReviewRequested] = {
    0,
    1,
}


def check_record_review_requested(value: int) -> RecordReviewRequested:
    if value in RECORD_REVIEW_REQUESTED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RECORD_REVIEW_REQUESTED_VALUES!r}")
