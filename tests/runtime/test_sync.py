"""Incremental sync: each change delivered once, across runs and across a stop mid-run."""

from __future__ import annotations

import datetime
import json
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from altegio_client import (
    AltegioClient,
    AltegioError,
    SyncBatch,
    SyncCursor,
    sync_appointments,
    sync_changes,
    sync_clients,
)


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
    cursor = SyncCursor(
        since="2026-03-01T10:06:00", seen=(6, 13), page=3, latest="2026-03-01T10:09:00", latest_ids=(4, 8), total=9
    )
    assert SyncCursor.from_json(cursor.to_json()) == cursor


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("nope", "not JSON"),
        ("[]", "expected an object"),
        ('{"since": null}', "expected an object"),
        (SyncCursor(page=0).to_json(), "^sync cursor: `page` must be a positive integer$"),
        (SyncCursor(since="yesterday").to_json(), "`since`"),
        (SyncCursor(latest=5).to_json(), "^sync cursor: `latest` must be a string like 2026-01-21T23:00:00$"),  # type: ignore[arg-type]
        (SyncCursor(seen=("6",)).to_json(), "`seen`"),  # type: ignore[arg-type]
        (SyncCursor(total="9").to_json(), "^sync cursor: `total` must be an integer or null$"),  # type: ignore[arg-type]
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


def at(clock: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(f"2026-03-01T{clock}:00+03:00")


def item(ident: int, clock: str) -> SimpleNamespace:
    return SimpleNamespace(id=ident, last_change_date=at(clock))


class Script:
    """A list operation taking `changed_after` and answering scripted pages, (items, total) per call.

    It takes no page size, so a run ends on an empty page or once `total` items have been seen."""

    def __init__(self, *answers: tuple[list[Any], int | None]) -> None:
        self.answers = list(answers)
        self.calls: list[dict[str, Any]] = []

    async def list_changes(self, *, page: int, client: object, changed_after: str | None = None) -> Any:
        self.calls.append({"page": page, "changed_after": changed_after})
        items, total = self.answers.pop(0)
        return SimpleNamespace(parsed=SimpleNamespace(data=items, meta={"total_count": total}))

    async def batches(self, cursor: SyncCursor | None = None) -> list[SyncBatch]:
        return [batch async for batch in sync_changes(self.list_changes, cursor=cursor, client=None)]

    @property
    def pages(self) -> list[int]:
        return [call["page"] for call in self.calls]


def ids(batches: list[SyncBatch]) -> list[Any]:
    return [getattr(entry, "id", None) for batch in batches for entry in batch.items]


async def test_the_cursor_of_each_page_says_where_the_run_stands_and_how_far_it_has_read() -> None:
    script = Script(
        ([item(1, "10:00"), item(2, "10:00")], 4),
        ([item(2, "10:00"), item(3, "10:01")], 5),  # an item changed mid-run pushed 2 onto this page
        ([item(4, "10:00")], 5),
    )
    batches = await script.batches()
    assert ids(batches) == [1, 2, 3, 4]  # 2 read twice, delivered once
    assert [batch.done for batch in batches] == [False, False, True]
    assert [batch.cursor for batch in batches] == [
        SyncCursor(page=2, latest="2026-03-01T10:00:00", latest_ids=(1, 2), total=4),
        SyncCursor(page=3, latest="2026-03-01T10:01:00", latest_ids=(3,), total=5),
        SyncCursor(since="2026-03-01T10:01:00", seen=(3,)),
    ]
    assert script.calls[0] == {"page": 1, "changed_after": None}


async def test_items_without_an_integer_id_or_a_change_time_are_delivered_but_not_remembered() -> None:
    unnamed = [SimpleNamespace(last_change_date=at("10:05")), SimpleNamespace(last_change_date=at("10:05"))]
    odd = [SimpleNamespace(id=1), SimpleNamespace(id="7", last_change_date=at("10:09")), SimpleNamespace()]
    script = Script(([item(2, "10:01"), *unnamed, *odd], 6))
    (batch,) = await script.batches()
    assert len(batch.items) == 6  # the two items without an id at the same time are two items
    assert batch.cursor == SyncCursor(since="2026-03-01T10:01:00", seen=(2,))


async def test_a_run_that_delivers_nothing_new_keeps_its_cursor() -> None:
    cursor = SyncCursor(since="2026-03-01T10:00:00", seen=(1, 2))
    script = Script(([item(1, "10:00"), item(2, "10:00")], 2))
    (batch,) = await script.batches(cursor)
    assert batch.items == []
    assert batch.cursor == cursor
    assert script.calls[0]["changed_after"] == "2026-03-01T10:00:00"


async def test_ids_at_the_boundary_time_add_up_while_the_time_stays_and_reset_when_it_moves() -> None:
    cursor = SyncCursor(since="2026-03-01T10:00:00", seen=(1, 2))
    (batch,) = await Script(([item(1, "10:00"), item(3, "10:00")], 2)).batches(cursor)
    assert ids([batch]) == [3]
    assert batch.cursor == SyncCursor(since="2026-03-01T10:00:00", seen=(1, 2, 3))
    (batch,) = await Script(([item(3, "10:02")], 1)).batches(cursor)
    assert batch.cursor == SyncCursor(since="2026-03-01T10:02:00", seen=(3,))


async def test_a_departure_hidden_by_items_joining_mid_run_still_restarts_the_run() -> None:
    # Six items, two a page. After page 2 item 7 changes (and joins the result: 7 in all), then
    # item 1 is deleted (6 again, as many as when the run started): every item moves up one place,
    # so item 5 moves to page 2, already read. The drop from 7 to 6 restarts the run.
    script = Script(
        ([item(1, "10:00"), item(2, "10:00")], 6),
        ([item(3, "10:00"), item(4, "10:00")], 7),
        ([item(6, "10:00"), item(7, "10:05")], 6),
        ([item(2, "10:00"), item(3, "10:00")], 6),
        ([item(4, "10:00"), item(5, "10:00")], 6),
        ([item(6, "10:00"), item(7, "10:05")], 6),
    )
    batches = await script.batches()
    assert sorted(ids(batches)) == [1, 2, 3, 4, 5, 6, 7]
    assert script.pages == [1, 2, 3, 1, 2, 3]
    assert batches[-1].cursor == SyncCursor(since="2026-03-01T10:05:00", seen=(7,))


async def test_a_restarted_run_reads_its_first_page_once() -> None:
    script = Script(
        ([item(1, "10:00"), item(2, "10:00")], 4),
        ([item(4, "10:00")], 3),  # item 1 left: restart
        ([item(3, "10:00"), item(4, "10:00")], 2),  # item 2 left too: this page is current
    )
    assert sorted(ids(await script.batches())) == [1, 2, 3, 4]
    assert script.pages == [1, 2, 1]


@pytest.mark.parametrize("name", ["changed_after", "page"])
async def test_sync_sets_changed_after_and_page_itself(name: str) -> None:
    script = Script(([], 0))
    arguments: dict[str, Any] = {name: 1}
    with pytest.raises(TypeError, match=rf"^sync_changes sets `{name}` itself from the cursor$"):
        async for _ in sync_changes(script.list_changes, client=None, **arguments):
            pass
    assert script.calls == []


async def test_a_page_without_a_list_names_the_operation() -> None:
    script = Script(({"id": 1}, 1))  # type: ignore[arg-type]
    with pytest.raises(AltegioError, match=r"^tests\.runtime\.test_sync: a page has no list in `data`$"):
        await script.batches()


async def test_clients_sync_sends_the_filters_and_page_size_given() -> None:
    location = seeded(5)
    async with location.client() as client:
        batches = [b async for b in sync_clients(client, 1, page_size=2, fullname="Ada")]
    assert sorted(ids(batches)) == [1, 2, 3, 4, 5]  # the fake ignores `fullname`
    assert [(r.url.params["count"], r.url.params["fullname"]) for r in location.requests] == [("2", "Ada")] * 3


async def test_a_page_without_a_total_keeps_the_last_one_to_compare_with() -> None:
    script = Script(
        ([item(1, "10:00"), item(2, "10:00")], 6),
        ([item(3, "10:00"), item(4, "10:00")], None),  # this page says nothing of the total
        ([item(6, "10:00")], 5),  # 5 < 6: one left, item 5 moved to a page already read
        ([item(2, "10:00"), item(3, "10:00")], 5),
        ([item(4, "10:00"), item(5, "10:00")], 5),
        ([item(6, "10:00")], 5),
    )
    batches = await script.batches()
    assert batches[1].cursor.total == 6
    assert script.pages == [1, 2, 3, 1, 2, 3]
    assert sorted(ids(batches)) == [1, 2, 3, 4, 5, 6]
