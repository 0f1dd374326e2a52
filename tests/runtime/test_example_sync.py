"""examples/sync_with_progress.py runs as written (against a mock transport)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from examples import sync_with_progress
from examples.sync_with_progress import PrintedProgress, read_all_appointments, sync_changed_appointments
from tests.runtime.test_sync import seeded


async def test_the_example_reads_with_progress_then_syncs_only_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sync_with_progress, "progress_bar", lambda unit: PrintedProgress(unit=unit))
    location = seeded(2300)
    async with location.client() as client:
        assert await read_all_appointments(client, 1) == 2300
    assert capsys.readouterr().out.splitlines() == [
        "  1000 / 2300 appointments",
        "  2000 / 2300 appointments",
        "  2300 / 2300 appointments",
    ]
    cursor_file = tmp_path / "cursor.json"
    async with location.client() as client:
        assert await sync_changed_appointments(client, 1, cursor_file) == 2300
        location.change(9, "2026-03-02T08:00:00")
        assert await sync_changed_appointments(client, 1, cursor_file) == 1
    assert '"since":"2026-03-02T08:00:00"' in cursor_file.read_text()


def test_without_tqdm_the_example_prints_its_progress(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)  # import tqdm now fails
    assert isinstance(sync_with_progress.progress_bar("appointments"), PrintedProgress)
