"""The typed layer over the generated operations: ``data`` out of a response, and pages.

Each generated resource method returns the ``data`` of a success (:func:`data_of`); a list
operation's method is a :class:`ListMethod`, so besides calling it (one page, its items) it
offers ``.page(...)`` (the items with ``meta.total_count``) and ``.iter(...)`` (every item,
page after page)::

    appointments = await client.appointments.get_appointment_list(1, count=50)
    async for appointment in client.appointments.get_appointment_list.iter(1):
        ...
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar, overload

import httpx

from ._exceptions import ResponseSchemaError
from ._operation import Operation
from .types import Unset

__all__ = ["BoundListMethod", "ListMethod", "Page", "data_of", "list_method", "total_count"]

T = TypeVar("T")
P = ParamSpec("P")


def data_of(value: T | Unset, response: httpx.Response, operation: Operation) -> T:
    """``data`` of a parsed success; an envelope without ``data`` contradicts the schema."""
    if isinstance(value, Unset):
        raise ResponseSchemaError(response, operation.name, KeyError("data"), where="data")
    return value


def total_count(meta: Any) -> int | None:
    """``meta.total_count`` of a parsed envelope (a model, a dict, PHP's ``[]`` or absent: ``None``)."""
    if meta is None or isinstance(meta, Unset):
        return None
    total = getattr(meta, "total_count", None)
    if total is None and hasattr(meta, "additional_properties"):
        total = meta.additional_properties.get("total_count")
    if total is None and isinstance(meta, dict):
        total = meta.get("total_count")
    return total if isinstance(total, int) and not isinstance(total, bool) else None


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a list operation: its items and, when Altegio says, how many there are."""

    items: list[T]
    total_count: int | None = None


class ListMethod(Generic[P, T]):
    """A generated list method (``async def m(self, ...) -> Page[T]``) as a descriptor."""

    def __init__(self, operation: Operation, fetch_page: Callable[Concatenate[Any, P], Awaitable[Page[T]]]) -> None:
        self.operation = operation
        self._fetch_page = fetch_page
        self.__doc__ = fetch_page.__doc__  # help(client.<tag>) shows the operation's docstring
        self.__name__ = getattr(fetch_page, "__name__", operation.name)

    @overload
    def __get__(self, resource: None, owner: type[Any]) -> ListMethod[P, T]: ...
    @overload
    def __get__(self, resource: object, owner: type[Any]) -> BoundListMethod[P, T]: ...
    def __get__(self, resource: object | None, owner: type[Any]) -> ListMethod[P, T] | BoundListMethod[P, T]:
        if resource is None:
            return self
        return BoundListMethod(self.operation, functools.partial(self._fetch_page, resource))


class BoundListMethod(Generic[P, T]):
    """``client.<tag>.<list operation>``: call it for one page's items, or ``.page`` / ``.iter``."""

    __slots__ = ("_fetch_page", "operation")

    def __init__(self, operation: Operation, fetch_page: Callable[P, Awaitable[Page[T]]]) -> None:
        self.operation = operation
        self._fetch_page = fetch_page

    async def __call__(self, *args: P.args, **kwargs: P.kwargs) -> list[T]:
        """One page: its items (the ``data`` of the response)."""
        return (await self._fetch_page(*args, **kwargs)).items

    async def page(self, *args: P.args, **kwargs: P.kwargs) -> Page[T]:
        """One page: its items and ``meta.total_count``."""
        return await self._fetch_page(*args, **kwargs)

    def iter(self, *args: P.args, **kwargs: P.kwargs) -> AsyncIterator[T]:
        """Every item, page after page (``page=`` is the first page, the size argument the page size).

        Each page costs one request and asks for the largest page the backend honours (unless
        the size argument is given); it stops on an empty page, once ``meta.total_count``
        items were seen, or, without a total, on a short page.
        """
        return _iterate(self.operation, self._fetch_page, args, kwargs)

    def __repr__(self) -> str:
        return f"<list method {self.operation}>"


def list_method(
    operation: Operation,
) -> Callable[[Callable[Concatenate[Any, P], Awaitable[Page[T]]]], ListMethod[P, T]]:
    """Decorator the generated resources put on list operations."""

    def wrap(fetch_page: Callable[Concatenate[Any, P], Awaitable[Page[T]]]) -> ListMethod[P, T]:
        return ListMethod(operation, fetch_page)

    return wrap


async def _iterate(
    operation: Operation, fetch_page: Callable[..., Awaitable[Page[T]]], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> AsyncIterator[T]:
    from ._pagination import iter_pages  # loaded on first use: a fast import of the SDK

    pagination = operation.pagination
    start = kwargs.pop(pagination.page if pagination else "page", None)
    size = kwargs.pop(pagination.size, None) if pagination else None

    async def fetch(paging: dict[str, int]) -> Page[Any]:
        return await fetch_page(*args, **paging, **kwargs)

    pages = iter_pages(
        fetch,
        pagination,
        page_size=None if size is None or isinstance(size, Unset) else size,
        start_page=1 if start is None or isinstance(start, Unset) else start,
        where=operation.name,
    )
    async for page in pages:
        for item in page.items:
            yield item
