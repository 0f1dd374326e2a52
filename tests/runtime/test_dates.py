"""Dates as Altegio writes them parse on every supported Python (3.10's fromisoformat is strict)."""

from __future__ import annotations

import datetime

import pytest

from altegio_client.models import UserRecordsResponseDataTypesDataItem
from altegio_client.types import parse_iso_datetime

MINUS_5 = datetime.timezone(datetime.timedelta(hours=-5))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-01-16T20:35:11-0500", datetime.datetime(2026, 1, 16, 20, 35, 11, tzinfo=MINUS_5)),
        ("2026-09-21T23:00:00.000-05:00", datetime.datetime(2026, 9, 21, 23, 0, tzinfo=MINUS_5)),
        ("2026-01-01T10:00:00Z", datetime.datetime(2026, 1, 1, 10, 0, tzinfo=datetime.timezone.utc)),
        ("2026-04-24 20:00:00", datetime.datetime(2026, 4, 24, 20, 0)),
        ("2026-01-16T20:35:11.5-0500", datetime.datetime(2026, 1, 16, 20, 35, 11, 500000, tzinfo=MINUS_5)),
    ],
)
def test_iso_forms_from_the_examples_parse(text: str, expected: datetime.datetime) -> None:
    assert parse_iso_datetime(text) == expected


def test_generated_models_use_the_tolerant_parser() -> None:
    record = UserRecordsResponseDataTypesDataItem.from_dict({"date": "2026-03-20T14:00:00+0300"})
    assert record.date == datetime.datetime(2026, 3, 20, 14, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=3)))


def test_nonsense_is_still_an_error() -> None:
    with pytest.raises(ValueError, match="Invalid isoformat"):
        parse_iso_datetime("next tuesday")
