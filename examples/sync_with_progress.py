"""A long read with a progress bar, then an incremental sync that can stop and resume.

Against the real API (your tokens; a location you manage)::

    ALTEGIO_PARTNER_TOKEN=... ALTEGIO_USER_TOKEN=... ALTEGIO_LOCATION_ID=... \\
        python examples/sync_with_progress.py

Uses tqdm for the bar when it is installed, a printed line per page otherwise. The cursor is
kept in ``altegio-sync-cursor.json``: run it twice and the second run reads only what changed.
"""

from __future__ import annotations

import asyncio
import importlib
import os
from pathlib import Path
from typing import Any

from altegio_client import AltegioClient, PageProgress, SyncCursor, paginate, sync_appointments
from altegio_client.api.appointments import get_appointment_list


class PrintedProgress:
    """The part of tqdm's interface this example uses, printed a line per page."""

    def __init__(self, total: int | None = None, unit: str = "it") -> None:
        self.total, self.n, self.unit = total, 0, unit

    def update(self, count: int) -> None:
        self.n += count
        print(f"  {self.n} / {self.total if self.total is not None else '?'} {self.unit}")

    def close(self) -> None:
        pass


def progress_bar(unit: str) -> Any:
    try:
        tqdm = importlib.import_module("tqdm").tqdm  # optional: any bar with `total` and `update(n)`
    except ImportError:
        return PrintedProgress(unit=unit)
    return tqdm(unit=unit)


async def read_all_appointments(client: AltegioClient, location_id: int) -> int:
    """Every appointment of a location, pages as large as the API takes, with a progress bar."""
    bar = progress_bar("appointments")

    def on_page(progress: PageProgress) -> None:
        bar.total = progress.total  # meta.total_count, known from the first page
        bar.update(progress.items)

    count = 0
    async for _appointment in paginate(
        get_appointment_list.asyncio_detailed, client=client, location_id=location_id, on_page=on_page
    ):
        count += 1
    bar.close()
    return count


def load_cursor(cursor_file: Path) -> SyncCursor | None:
    return SyncCursor.from_json(cursor_file.read_text()) if cursor_file.exists() else None


def save_cursor(cursor_file: Path, cursor: SyncCursor) -> None:
    cursor_file.write_text(cursor.to_json())  # a few hundred bytes


async def sync_changed_appointments(client: AltegioClient, location_id: int, cursor_file: Path) -> int:
    """What changed since the cursor stored in ``cursor_file``; stores the cursor after each page."""
    changed = 0
    async for batch in sync_appointments(client, location_id, cursor=load_cursor(cursor_file)):
        for appointment in batch.items:
            changed += 1  # store or update `appointment` by appointment.id here
            _ = appointment.id
        save_cursor(cursor_file, batch.cursor)  # after the batch is stored: resumable from here
    return changed


async def main() -> None:
    location_id = int(os.environ["ALTEGIO_LOCATION_ID"])
    async with AltegioClient(
        partner_token=os.environ["ALTEGIO_PARTNER_TOKEN"], user_token=os.environ["ALTEGIO_USER_TOKEN"]
    ) as client:
        total = await read_all_appointments(client, location_id)
        print(f"read {total} appointments")
        changed = await sync_changed_appointments(client, location_id, Path("altegio-sync-cursor.json"))
        print(f"{changed} appointments changed since the last sync")


if __name__ == "__main__":
    asyncio.run(main())
