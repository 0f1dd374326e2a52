"""Incremental sync: "everything that changed since my last sync", resumable from a small cursor.

Altegio filters appointments and clients by change time (``changed_after``) and stamps each item
with ``last_change_date``; it does not order a list by change time, and pages by offset. So a
sync *run* pages through everything changed since the cursor's time, and the cursor the caller
stores after each page says where the run stands (its next page) and how far it has read (the
latest change time delivered, and the ids delivered at exactly that time, which the next run,
starting at that time, must not deliver again). A run's last page turns the latest change time
into the next run's ``changed_after``.

Delivery is exactly once while the data holds still; when items change during a run, an item may
come twice (page boundaries shift; treat items as upserts by id), never not at all: the
appointment sync asks for deleted appointments too, so nothing leaves the result set mid-run, and
a run whose ``meta.total_count`` drops from one page to the next starts again from its first page.
"""

from __future__ import annotations

import datetime as _dt
import inspect
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

from ._pagination import iter_pages, page_of, pagination_of
from ._resources import Page
from .types import Response

__all__ = ["SyncBatch", "SyncCursor", "sync_appointments", "sync_changes", "sync_clients"]

_STAMP = "%Y-%m-%dT%H:%M:%S"  # the form `changed_after` takes (the location's wall-clock time)
_FIELDS = ("since", "seen", "page", "latest", "latest_ids", "total")


@dataclass(frozen=True)
class SyncCursor:
    """Where a sync stands; store :meth:`to_json` after each batch, pass it back to resume."""

    #: ``changed_after`` of the current run; None: the first run reads everything
    since: str | None = None
    #: ids already delivered whose change time is exactly ``since``
    seen: tuple[int, ...] = ()
    #: the next page of the current run
    page: int = 1
    #: the latest change time delivered in the current run, and the ids delivered at it
    latest: str | None = None
    latest_ids: tuple[int, ...] = ()
    #: ``meta.total_count`` on the last page read, to notice items leaving mid-run
    total: int | None = None

    def to_json(self) -> str:
        """A small JSON object; :meth:`from_json` restores it."""
        return json.dumps({name: getattr(self, name) for name in _FIELDS}, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str | bytes) -> SyncCursor:
        """The cursor :meth:`to_json` wrote; ``ValueError`` names what is wrong with anything else."""
        try:
            state = json.loads(text)
        except ValueError as exc:
            raise ValueError(f"sync cursor: not JSON ({exc})") from None
        if not isinstance(state, dict) or set(state) != set(_FIELDS):
            raise ValueError(f"sync cursor: expected an object with keys {sorted(_FIELDS)}")
        for name in ("since", "latest"):
            if state[name] is not None:
                _parse_stamp(state[name], name)
        for name in ("seen", "latest_ids"):
            if not isinstance(state[name], list) or not all(_is_int(value) for value in state[name]):
                raise ValueError(f"sync cursor: `{name}` must be a list of integer ids")
        if not _is_int(state["page"]) or state["page"] < 1:
            raise ValueError("sync cursor: `page` must be a positive integer")
        if state["total"] is not None and not _is_int(state["total"]):
            raise ValueError("sync cursor: `total` must be an integer or null")
        return cls(
            since=state["since"],
            seen=tuple(state["seen"]),
            page=state["page"],
            latest=state["latest"],
            latest_ids=tuple(state["latest_ids"]),
            total=state["total"],
        )


class SyncBatch(NamedTuple):
    """One page of changes, and the cursor to store once they are processed."""

    items: list[Any]
    cursor: SyncCursor
    #: this batch ends a run: ``cursor`` now starts the next sync at the latest change seen
    done: bool


async def sync_changes(
    operation: Callable[..., Awaitable[Response[Any]]],
    *,
    cursor: SyncCursor | None = None,
    page_size: int | None = None,
    **arguments: Any,
) -> AsyncIterator[SyncBatch]:
    """Yield a :class:`SyncBatch` per page of items changed since ``cursor`` (None: all items).

    ``operation`` is a generated list operation taking ``changed_after`` and answering items with
    ``id`` and ``last_change_date``; ``arguments`` are its other arguments (``client=`` included).
    The sequence ends after the run's last page (``done``); call again later with its cursor.
    """
    if "changed_after" not in inspect.signature(operation).parameters:
        raise TypeError(f"{operation.__module__} takes no `changed_after`: it cannot be synced incrementally")
    for name in ("changed_after", "page"):
        if name in arguments:
            raise TypeError(f"sync_changes sets `{name}` itself from the cursor")
    state = cursor if cursor is not None else SyncCursor()
    if state.since is not None:
        arguments["changed_after"] = state.since
    pagination = pagination_of(operation)
    seen = set(state.seen)
    delivered: set[tuple[int | None, str | None]] = set()  # this process's deliveries in this run

    async def fetch(paging: dict[str, int]) -> Page[Any]:
        return page_of((await operation(**paging, **arguments)).parsed, operation.__module__)

    while True:
        latest, latest_ids = state.latest, set(state.latest_ids)
        restarted = False
        pages = iter_pages(fetch, pagination, page_size=page_size, start_page=state.page, where=operation.__module__)
        async for page in pages:
            if state.total is not None and page.total is not None and page.total < state.total:
                # Items left the result set: later ones moved to pages already read. Read the
                # run again from its first page (what was delivered may come again). Compared
                # page to page, not to the run's first total: items changed mid-run join the set
                # and would hide a departure. The first page read again is current: no total.
                state = replace(state, page=1, total=None)
                restarted = True
                break
            fresh = []
            for item in page.items:
                ident, stamp = _identity(item)
                if stamp is not None and stamp == state.since and ident in seen:
                    continue  # delivered by the run that ended at this time
                if ident is not None and (ident, stamp) in delivered:
                    continue
                delivered.add((ident, stamp))
                fresh.append(item)
                if stamp is not None and ident is not None:
                    # Wall-clock stamps, compared as the backend compares `changed_after`.
                    if latest is None or stamp > latest:
                        latest, latest_ids = stamp, {ident}
                    elif stamp == latest:
                        latest_ids.add(ident)
            if page.last:
                if latest is None:
                    state = SyncCursor(since=state.since, seen=tuple(sorted(seen)))
                else:
                    carried = seen if latest == state.since else set()
                    state = SyncCursor(since=latest, seen=tuple(sorted(latest_ids | carried)))
            else:
                state = replace(
                    state,
                    page=page.number + 1,
                    latest=latest,
                    latest_ids=tuple(sorted(latest_ids)),
                    total=page.total if page.total is not None else state.total,
                )
            yield SyncBatch(fresh, state, page.last)
        if not restarted:
            return


def sync_appointments(
    client: Any,
    location_id: int,
    *,
    cursor: SyncCursor | None = None,
    page_size: int | None = None,
    **filters: Any,
) -> AsyncIterator[SyncBatch]:
    """:func:`sync_changes` over ``GET /v1/records/{location_id}`` (``get_appointment_list``).

    Deleted appointments are included (``with_deleted``; check ``item.deleted``) unless
    ``filters`` says otherwise: a deletion is a change to sync.
    """
    from .api.appointments import get_appointment_list

    filters.setdefault("with_deleted", True)
    operation = get_appointment_list.asyncio_detailed
    return sync_changes(
        operation, cursor=cursor, page_size=page_size, client=client, location_id=location_id, **filters
    )


def sync_clients(
    client: Any,
    location_id: int,
    *,
    cursor: SyncCursor | None = None,
    page_size: int | None = None,
    **filters: Any,
) -> AsyncIterator[SyncBatch]:
    """:func:`sync_changes` over ``GET /v1/clients/{location_id}`` (``deprecated_get_client_list``).

    The only client list that documents a change-time filter (``POST .../clients/search`` has
    none); deleted clients leave its results rather than appearing as changes.
    """
    from .api.clients import deprecated_get_client_list

    operation = deprecated_get_client_list.asyncio_detailed
    return sync_changes(
        operation, cursor=cursor, page_size=page_size, client=client, location_id=location_id, **filters
    )


def _identity(item: Any) -> tuple[int | None, str | None]:
    ident = getattr(item, "id", None)
    changed = getattr(item, "last_change_date", None)
    return (
        ident if _is_int(ident) else None,
        changed.strftime(_STAMP) if isinstance(changed, _dt.datetime) else None,
    )


def _parse_stamp(value: object, name: str) -> None:
    if not isinstance(value, str):
        raise ValueError(f"sync cursor: `{name}` must be a string like 2026-01-21T23:00:00")
    try:
        _dt.datetime.strptime(value, _STAMP)
    except ValueError:
        raise ValueError(f"sync cursor: `{name}` must look like 2026-01-21T23:00:00, got {value!r}") from None


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
