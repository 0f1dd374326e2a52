"""Incremental sync: each change delivered once, across runs and across a stop mid-run."""

from __future__ import annotations

import json

import httpx
import pytest

from altegio_client import AltegioClient, SyncCursor, sync_appointments, sync_clients


class ChangingLocation:
    """A records/clients endpoint: `changed_after` (inclusive), offset pages, `count` up to 1000.

    Items are listed in appointment-date order (here: by id * 7919 % 1009), not by change time,
    as the real list is.
    """

    def __init__(self) -> None:
        self.stamps: dict[int, str] = {}
        self.deleted: set[int] = set()
        self.requests: list[httpx.Request] = []

    def change(self, ident: int, stamp: str) -> None:
        self.stamps[ident] = stamp

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        params = request.url.params
        since = params.get("changed_after")
        with_deleted = params.get("with_deleted") in ("true", "True", "1")
        matching = [
            ident
            for ident in sorted(self.stamps, key=lambda i: (i * 7919) % 1009)
            if (since is None or self.stamps[ident] >= since) and (with_deleted or ident not in self.deleted)
        ]
        size = min(int(params.get("count", "20")), 1000)
        page = int(params["page"])
        chunk = matching[(page - 1) * size : page * size]
        data = [{"id": i, "last_change_date": self.stamps[i] + "+0300", "deleted": i in self.deleted} for i in chunk]
        return httpx.Response(200, json={"success": True, "data": data, "meta": {"total_count": len(matching)}})

    def client(self) -> AltegioClient:
        return AltegioClient(
            partner_token="p", user_token="u", transport=httpx.MockTransport(self.handle), rate_limiter=None
        )


def seeded(count: int) -> ChangingLocation:
    location = ChangingLocation()
    for ident in range(1, count + 1):
        # Many items share a change time, so the boundary ids matter.
        location.change(ident, f"2026-03-01T10:{ident % 7:02d}:00")
    return location


async def drain(
    location: ChangingLocation, cursor: SyncCursor | None, **options: object
) -> tuple[list[int], SyncCursor]:
    ids: list[int] = []
    async with location.client() as client:
        async for batch in sync_appointments(client, 1, cursor=cursor, **options):  # type: ignore[arg-type]
            ids += [item.id for item in batch.items]
            cursor = batch.cursor
    assert cursor is not None
    return ids, cursor


async def test_a_first_sync_delivers_everything_and_the_next_only_changes() -> None:
    location = seeded(250)
    ids, cursor = await drain(location, None, page_size=100)
    assert sorted(ids) == list(range(1, 251))
    assert cursor.since == "2026-03-01T10:06:00"
    assert cursor.page == 1
    assert set(cursor.seen) == {i for i in range(1, 251) if i % 7 == 6}

    location.change(5, "2026-03-01T11:00:00")
    location.change(300, "2026-03-01T11:00:00")
    location.change(17, "2026-03-01T10:06:00")  # changed again within the boundary second
    ids, cursor = await drain(location, cursor)
    assert sorted(ids) == [5, 17, 300]  # the other ids at 10:06 are not delivered again
    assert location.requests[-1].url.params["changed_after"] == "2026-03-01T10:06:00"

    ids, _ = await drain(location, cursor)
    assert ids == []  # the boundary (11:00) is asked for again, and its ids are known


async def test_a_sync_stopped_midway_resumes_from_the_stored_cursor_with_nothing_lost_or_repeated() -> None:
    location = seeded(1000)
    first: list[int] = []
    stored = None
    async with location.client() as client:
        async for batch in sync_appointments(client, 1, page_size=150):
            first += [item.id for item in batch.items]
            stored = batch.cursor.to_json()
            if len(first) >= 450:
                break  # the job stops after its third page
    assert stored is not None
    assert json.loads(stored)["page"] == 4

    rest, cursor = await drain(location, SyncCursor.from_json(stored), page_size=150)
    assert len(first) + len(rest) == 1000
    assert sorted(first + rest) == list(range(1, 1001))
    assert location.requests[-1].url.params["page"] == "7"
    assert cursor.page == 1
    assert cursor.since == "2026-03-01T10:06:00"


async def test_appointment_sync_asks_for_deleted_appointments() -> None:
    location = seeded(3)
    location.deleted.add(2)
    location.change(2, "2026-03-02T09:00:00")
    ids, _ = await drain(location, None)
    assert sorted(ids) == [1, 2, 3]
    assert location.requests[0].url.params["count"] == "1000"


async def test_a_run_whose_total_shrinks_reads_again_rather_than_losing_items() -> None:
    location = seeded(300)
    seen: list[int] = []
    async with location.client() as client:
        async for batch in sync_clients(client, 1, page_size=100):
            seen += [item.id for item in batch.items]
            if len(location.requests) == 1:
                # Two clients listed on page 1 disappear: page 2 now starts two items later.
                first_page = [item.id for item in batch.items]
                for gone in first_page[:2]:
                    del location.stamps[gone]
    assert set(seen) >= set(location.stamps)  # every remaining client delivered at least once
    assert [request.url.params["page"] for request in location.requests] == ["1", "2", "1", "2", "3"]
    assert location.requests[0].url.path == "/api/v1/clients/1"


async def test_clients_sync_sends_changed_after_from_the_cursor() -> None:
    location = seeded(5)
    async with location.client() as client:
        batches = [b async for b in sync_clients(client, 1, cursor=SyncCursor(since="2026-03-01T10:03:00"))]
    assert location.requests[0].url.params["changed_after"] == "2026-03-01T10:03:00"
    assert sorted(item.id for item in batches[0].items) == [3, 4, 5]


def test_a_cursor_round_trips_through_json() -> None:
    cursor = SyncCursor(since="2026-03-01T10:06:00", seen=(6, 13), page=3, latest="2026-03-01T10:09:00", total=9)
    assert SyncCursor.from_json(cursor.to_json()) == cursor


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("nope", "not JSON"),
        ("[]", "expected an object"),
        ('{"since": null}', "expected an object"),
        (SyncCursor(page=0).to_json(), "`page`"),
        (SyncCursor(since="yesterday").to_json(), "`since`"),
        (SyncCursor(seen=("6",)).to_json(), "`seen`"),  # type: ignore[arg-type]
    ],
)
def test_a_bad_cursor_is_refused_with_what_is_wrong(text: str, complaint: str) -> None:
    with pytest.raises(ValueError, match=complaint):
        SyncCursor.from_json(text)


async def test_an_operation_without_changed_after_is_refused() -> None:
    from altegio_client import sync_changes
    from altegio_client.api.locations import get_location_list

    with pytest.raises(TypeError, match="changed_after"):
        async for _ in sync_changes(get_location_list.asyncio_detailed, client=None):
            pass
