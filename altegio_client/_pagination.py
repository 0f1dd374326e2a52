"""Async iteration over Altegio's paginated list operations.

List operations take a 1-based ``page`` and a page size (``count`` on most, ``limit`` or
``page_size`` on some) and answer ``{"success": true, "data": [...], "meta": {...}}``, some with
``meta.total_count``. :func:`paginate` requests page after page and yields the items; it stops
on an empty page, a page shorter than the page size, or once ``meta.total_count`` items have
been seen.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from ._exceptions import AltegioError
from .types import Response, Unset

__all__ = ["paginate"]

_SIZE_PARAMETERS = ("count", "limit", "page_size")


async def paginate(
    operation: Callable[..., Awaitable[Response[Any]]],
    *,
    page_size: int = 100,
    start_page: int = 1,
    max_pages: int | None = None,
    **arguments: Any,
) -> AsyncIterator[Any]:
    """Yield every item of a list operation, one page at a time::

        from altegio_client.api.appointments import get_appointment_list

        async for appointment in paginate(get_appointment_list.asyncio_detailed, client=client, location_id=1):
            print(appointment.id)

    ``operation`` is a generated ``asyncio_detailed`` function; ``arguments`` are its other
    arguments (``client=`` included). Each page costs one request (and one rate-limit slot).
    The resource layer does the same typed: ``client.appointments.get_appointment_list.iter(1)``.
    """
    parameters = inspect.signature(operation).parameters
    if "page" not in parameters:
        raise TypeError(f"{operation.__module__} takes no `page` parameter: it is not paginated")
    size_name = next((name for name in _SIZE_PARAMETERS if name in parameters), None)
    if size_name is not None:
        arguments[size_name] = page_size
    seen = 0
    page = start_page
    while max_pages is None or page < start_page + max_pages:
        response = await operation(page=page, **arguments)
        parsed = response.parsed
        items = getattr(parsed, "data", None)
        if items is None or isinstance(items, Unset):
            items = []
        if not isinstance(items, list):
            raise AltegioError(f"{operation.__module__}: page {page} has no list in `data`")
        for item in items:
            yield item
        seen += len(items)
        total = _total_count(parsed)
        if not items or (size_name is not None and len(items) < page_size) or (total is not None and seen >= total):
            return
        page += 1


def _total_count(parsed: Any) -> int | None:
    meta = getattr(parsed, "meta", None)
    if meta is None or isinstance(meta, Unset):
        return None
    total = getattr(meta, "total_count", None)
    if total is None and hasattr(meta, "additional_properties"):
        total = meta.additional_properties.get("total_count")
    if total is None and isinstance(meta, dict):
        total = meta.get("total_count")
    return total if isinstance(total, int) and not isinstance(total, bool) else None
