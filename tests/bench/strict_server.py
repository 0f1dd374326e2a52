"""A loopback HTTP/1.1 server that enforces Altegio's limits strictly, for tests and benchmarks.

It answers every request with a small Altegio envelope (or a fixed body), unless the request
would be the 6th in a sliding second or the 201st in a sliding minute (both scaled by
``time_scale``), in which case it answers 429 -- like a sliding-window server, and stricter
than a bucket. It runs in its own thread and event loop, listens on 127.0.0.1 only, serves a
bounded number of requests, and stops when the ``with`` block ends.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from types import TracebackType

DEFAULT_BODY = json.dumps({"success": True, "data": [], "meta": []}).encode()


@dataclass
class StrictStats:
    accepted: int = 0
    rejected: int = 0
    arrivals: list[float] = field(default_factory=list)


class StrictLimitServer:
    """``with StrictLimitServer(limits=((5, 1.0), (200, 60.0)), time_scale=0.1) as server: server.url``."""

    def __init__(
        self,
        limits: Sequence[tuple[int, float]] = ((5, 1.0), (200, 60.0)),
        *,
        time_scale: float = 1.0,
        body: bytes = DEFAULT_BODY,
        max_requests: int = 100_000,
    ) -> None:
        self.limits = [(n, period * time_scale) for n, period in limits]
        self.body = body
        self.max_requests = max_requests
        self.stats = StrictStats()
        self._windows = [deque[float]() for _ in self.limits]
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.Server | None = None
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="strict-limit-server", daemon=True)
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _admit(self, now: float) -> bool:
        with self._lock:
            for (n, period), window in zip(self.limits, self._windows, strict=True):
                while window and window[0] <= now - period:
                    window.popleft()
                if len(window) >= n:
                    self.stats.rejected += 1
                    return False
            for window in self._windows:
                window.append(now)
            self.stats.accepted += 1
            self.stats.arrivals.append(now)
            return True

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while self.stats.accepted + self.stats.rejected < self.max_requests:
                head = await reader.readuntil(b"\r\n\r\n")
                now = time.monotonic()
                length = 0
                for line in head.split(b"\r\n")[1:]:
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value.strip())
                if length:
                    await reader.readexactly(length)
                if self._admit(now):
                    status, body = b"200 OK", self.body
                else:
                    status = b"429 Too Many Requests"
                    body = b'{"success":false,"data":null,"meta":{"message":"Too many requests"}}'
                writer.write(
                    b"HTTP/1.1 "
                    + status
                    + b"\r\nContent-Type: application/json\r\nContent-Length: "
                    + str(len(body)).encode()
                    + b"\r\n\r\n"
                    + body
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop

        async def start() -> None:
            self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
            self.port = self._server.sockets[0].getsockname()[1]
            self._ready.set()

        loop.run_until_complete(start())
        loop.run_forever()
        loop.close()

    def __enter__(self) -> StrictLimitServer:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("strict limit server did not start")
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        loop = self._loop
        if loop is not None:

            async def stop() -> None:
                if self._server is not None:
                    self._server.close()
                for task in asyncio.all_tasks():
                    if task is not asyncio.current_task():
                        task.cancel()
                loop.stop()

            asyncio.run_coroutine_threadsafe(stop(), loop)
        self._thread.join(10)


def minimum_duration(requests: int, limits: Sequence[tuple[int, float]]) -> float:
    """The least time (first to last request) in which ``requests`` fit sliding-window ``limits``.

    Greedy: each request goes at the earliest instant every window allows (strictly after the
    request ``n`` places earlier has left a window of ``period``).
    """
    times: list[float] = []
    for index in range(requests):
        earliest = 0.0
        for n, period in limits:
            if index >= n:
                earliest = max(earliest, times[index - n] + period)
        times.append(earliest)
    return times[-1] - times[0] if times else 0.0
