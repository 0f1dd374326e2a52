"""Async iteration over Altegio's paginated list operations, in as few requests as possible.

List operations take a 1-based ``page`` and a page size (``count`` on most; ``limit``,
``page_size`` or ``editable_length`` on some) and answer ``{"data": [...], "meta": {...}}``, some
with ``meta.total_count``. Requests are what a long job pays for (5 a second, 200 a minute), so
each page asks for the largest size the backend is known to honour: the operation table
(``x-altegio-pagination``, see ``overlays/pagination.py``) carries it per operation.

:func:`iter_pages` is the core, independent of how a page is fetched; :func:`paginate` drives a
generated ``asyncio_detailed`` function with it and yields items.
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, NamedTuple

from ._exceptions import AltegioError
from ._operation import Pagination
from ._resources import Page, total_count
from .api._operations import OPERATIONS
from .types import Response, Unset

__all__ = ["ListPage", "PageProgress", "iter_pages", "page_of", "paginate", "pagination_of"]

#: Page size for an operation the table does not describe (an older or hand-built callable).
FALLBACK_PAGE_SIZE = 100

_SIZE_PARAMETERS = ("count", "limit", "page_size", "per_page", "editable_length")


class PageProgress(NamedTuple):
    """What :func:`paginate` passes to ``on_page`` after each page arrives."""

    page: int  #: number of the page just received
    items: int  #: items on it
    seen: int  #: items in the list up to the end of this page (counting pages before start_page)
    total: int | None  #: ``meta.total_count`` when the operation reports it


class ListPage(NamedTuple):
    """One page of a list operation, as :func:`iter_pages` yields it."""

    number: int
    items: list[Any]
    total: int | None  #: ``meta.total_count`` on this page, if reported
    size: int | None  #: the page size requested (None: the operation takes none)
    last: bool  #: no page follows (the scan may also end at ``max_pages``)


#: Fetches one page: receives the paging arguments (e.g. ``{"page": 2, "count": 1000}``) and
#: returns its items and ``meta.total_count`` (:func:`page_of` makes that of a parsed body).
PageFetcher = Callable[[dict[str, int]], Awaitable[Page[Any]]]


def page_of(parsed: Any, where: str = "list operation") -> Page[Any]:
    """The items (``data``) and ``meta.total_count`` of a parsed list body."""
    items = getattr(parsed, "data", None)
    if items is None or isinstance(items, Unset):
        items = []
    if not isinstance(items, list):
        raise AltegioError(f"{where}: a page has no list in `data`")
    return Page(items, total_count(getattr(parsed, "meta", None)))


async def iter_pages(
    fetch: PageFetcher,
    pagination: Pagination | None,
    *,
    page_size: int | None = None,
    start_page: int = 1,
    max_pages: int | None = None,
    on_page: Callable[[PageProgress], object] | None = None,
    where: str = "list operation",
) -> AsyncIterator[ListPage]:
    """Yield page after page until the last one.

    ``pagination`` names the page and size parameters and the largest size the backend honours;
    ``None`` means the operation takes ``page`` only. The size sent is ``page_size`` if given,
    else the operation's maximum. Stops on an empty page, once ``meta.total_count`` items have
    been seen, or -- when the operation reports no total -- on a page shorter than the size sent.
    """
    if page_size is not None and (type(page_size) is not int or page_size < 1):
        raise ValueError(f"page_size must be a positive integer, got {page_size!r}")
    if type(start_page) is not int or start_page < 1:
        raise ValueError(f"start_page must be a positive integer, got {start_page!r}")
    # Without a size parameter there is no size to send, nor a short page to stop at.
    size = (page_size if page_size is not None else pagination.max_size) if pagination is not None else None
    page_name = pagination.page if pagination is not None else "page"
    full = 0  # the longest page so far: the size the backend pages by (it may cap the one asked)
    number = start_page
    while max_pages is None or number < start_page + max_pages:
        arguments = {page_name: number}
        if pagination is not None and size is not None:
            arguments[pagination.size] = size
        fetched = await fetch(arguments)
        items, total = fetched.items, fetched.total_count
        full = max(full, len(items))
        seen = (number - 1) * full + len(items)
        if on_page is not None:
            on_page(PageProgress(number, len(items), seen, total))
        # Without a total a short page is the last; with one, a backend that caps the size below
        # what was asked still counts pages in its own size, so the scan goes on to the total.
        last = (
            not items
            or (total is not None and seen >= total)
            or (total is None and size is not None and len(items) < size)
        )
        yield ListPage(number, items, total, size, last)
        if last:
            return
        number += 1


def pagination_of(operation: Callable[..., Any]) -> Pagination | None:
    """The paging facts of a generated operation function (from its module's table entry)."""
    module = sys.modules.get(operation.__module__)
    entry = getattr(module, "OPERATION", None) or OPERATIONS.get(operation.__module__.rpartition(".")[2])
    return entry.pagination if entry is not None else None


async def paginate(
    operation: Callable[..., Awaitable[Response[Any]]],
    *,
    page_size: int | None = None,
    start_page: int = 1,
    max_pages: int | None = None,
    on_page: Callable[[PageProgress], object] | None = None,
    **arguments: Any,
) -> AsyncIterator[Any]:
    """Yield every item of a list operation, one page at a time::

        from altegio_client import paginate
        from altegio_client.api.appointments import get_appointment_list

        async for appointment in paginate(get_appointment_list.asyncio_detailed, client=client, location_id=1):
            ...

    ``operation`` is a generated ``asyncio_detailed`` function; ``arguments`` are its other
    arguments (``client=`` included). Each page costs one request (and one rate-limit slot);
    pages are as large as the backend honours unless ``page_size`` says otherwise.
    ``on_page`` receives a :class:`PageProgress` as each page arrives (e.g. to drive a
    progress bar: its ``total`` is ``meta.total_count``).
    """
    parameters = inspect.signature(operation).parameters
    if "page" not in parameters:
        raise TypeError(f"{operation.__module__} takes no `page` parameter: it is not paginated")
    pagination = pagination_of(operation)
    if pagination is None:  # not in the table: the size parameter by name, at the old default
        size_name = next((name for name in _SIZE_PARAMETERS if name in parameters), None)
        if size_name is not None:
            pagination = Pagination("page", size_name, FALLBACK_PAGE_SIZE)
    for name in (pagination.page, pagination.size) if pagination is not None else ("page",):
        if name in arguments:
            raise TypeError(f"paginate sets `{name}` itself; use page_size= / start_page= instead")

    async def fetch(paging: dict[str, int]) -> Page[Any]:
        return page_of((await operation(**paging, **arguments)).parsed, operation.__module__)

    pages = iter_pages(
        fetch,
        pagination,
        page_size=page_size,
        start_page=start_page,
        max_pages=max_pages,
        on_page=on_page,
        where=operation.__module__,
    )
    async for page in pages:
        for item in page.items:
            yield item
