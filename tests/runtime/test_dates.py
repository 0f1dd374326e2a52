"""Dates as Altegio writes them parse on every supported Python (3.10's fromisoformat is strict)."""

from __future__ import annotations

import datetime
import re
from types import SimpleNamespace

import pytest

from altegio_client.models import UserRecordsResponseDataTypesDataItem
from altegio_client.types import parse_iso_date, parse_iso_datetime

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-01-01T10:00:00z", datetime.datetime(2026, 1, 1, 10, 0, tzinfo=datetime.timezone.utc)),
        (" 2026-01-01T10:00:00Z\n", datetime.datetime(2026, 1, 1, 10, 0, tzinfo=datetime.timezone.utc)),
        (" 2026-01-16T20:35:11-0500 ", datetime.datetime(2026, 1, 16, 20, 35, 11, tzinfo=MINUS_5)),
        (" 2026-01-16T20:35:11.5-0500", datetime.datetime(2026, 1, 16, 20, 35, 11, 500000, tzinfo=MINUS_5)),
        (
            "2026-01-16T20:35:11.1234567z",
            datetime.datetime(2026, 1, 16, 20, 35, 11, 123456, tzinfo=datetime.timezone.utc),
        ),
    ],
)
def test_forms_even_a_recent_fromisoformat_refuses_are_normalised(text: str, expected: datetime.datetime) -> None:
    assert parse_iso_datetime(text) == expected


def test_iso_dates_parse() -> None:
    assert parse_iso_date("2026-03-20") == datetime.date(2026, 3, 20)


class _Python310DateTime(datetime.datetime):
    """``datetime`` as Python 3.10 reads ISO text: only what ``isoformat()`` writes (no ``Z``, offsets
    with a colon, fractions of 3 or 6 digits). 3.10 is supported; the suite may run on a later Python."""

    @classmethod
    def fromisoformat(cls, date_string: str) -> datetime.datetime:  # type: ignore[override]
        written = r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{3}|\.\d{6})?)?([+-]\d{2}:\d{2})?"
        if not re.fullmatch(written, date_string):
            raise ValueError(f"Invalid isoformat string: {date_string!r}")
        return datetime.datetime.fromisoformat(date_string)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-01-01T10:00:00Z", datetime.datetime(2026, 1, 1, 10, 0, tzinfo=datetime.timezone.utc)),
        ("2026-01-01T10:00:00z", datetime.datetime(2026, 1, 1, 10, 0, tzinfo=datetime.timezone.utc)),
        ("2026-01-16T20:35:11-0500", datetime.datetime(2026, 1, 16, 20, 35, 11, tzinfo=MINUS_5)),
        ("2026-01-16T20:35:11.5-0500", datetime.datetime(2026, 1, 16, 20, 35, 11, 500000, tzinfo=MINUS_5)),
        (
            "2026-01-16T20:35:11.1234567Z",
            datetime.datetime(2026, 1, 16, 20, 35, 11, 123456, tzinfo=datetime.timezone.utc),
        ),
    ],
)
def test_altegios_forms_parse_where_fromisoformat_reads_only_isoformat_output(
    monkeypatch: pytest.MonkeyPatch, text: str, expected: datetime.datetime
) -> None:
    monkeypatch.setattr("altegio_client.types.datetime", SimpleNamespace(datetime=_Python310DateTime))
    with pytest.raises(ValueError, match="Invalid isoformat"):
        _Python310DateTime.fromisoformat(text)  # as 3.10 does: each form needs the normalisation
    assert parse_iso_datetime(text) == expected
