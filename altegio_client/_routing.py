"""Send operations that Altegio serves from another host to that host.

Eight marketplace operations live on ``https://app.alteg.io`` rather than under
``https://api.alteg.io/api`` (the ``operation_servers`` overlay records this as the
operation's ``server``; the generator ignores per-operation servers). Their generated paths
are relative (``/marketplace/...``); this transport moves such requests from the API root to
the operation's host.
"""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any

import httpx

from ._operation import operation_of

__all__ = ["ServerRoutingTransport"]


class ServerRoutingTransport(httpx.AsyncBaseTransport):
    """Rewrites ``<api_root>/<path>`` to ``<host root>/<path>`` for operations on another host."""

    def __init__(self, inner: httpx.AsyncBaseTransport, api_root: httpx.URL, hosts: dict[str, httpx.URL]) -> None:
        self.inner = inner
        self._api_prefix = api_root.raw_path.rstrip(b"/")
        self._hosts = hosts

    def handle_async_request(self, request: httpx.Request) -> Coroutine[Any, Any, httpx.Response]:
        # Not a coroutine itself: it rewrites the URL and hands on the inner one, so a request
        # does not wake one more frame each time it resumes.
        operation = operation_of(request)
        if operation is not None and operation.server is not None:
            host = self._hosts.get(operation.server, httpx.URL(operation.server))
            raw_path = request.url.raw_path
            if raw_path.startswith(self._api_prefix):
                raw_path = raw_path[len(self._api_prefix) :]
            request.url = host.copy_with(raw_path=host.raw_path.rstrip(b"/") + raw_path)
            request.headers["Host"] = request.url.netloc.decode("ascii")
        return self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()
