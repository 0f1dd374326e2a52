"""A loopback HTTP/1.1 server that enforces Altegio's limits strictly, for tests and benchmarks.

It answers every request with a small Altegio envelope (or a fixed body), unless the request
would be the 6th in a sliding second or the 201st in a sliding minute (both scaled by
``time_scale``), in which case it answers 429 -- like a sliding-window server, and stricter
than a bucket. ``GET /__stats`` (not counted) reports accepted and rejected requests.

It runs in its own process, so arrival times are not skewed by the client's event loop or
GIL; it listens on 127.0.0.1 only, serves a bounded number of requests and exits when its
parent closes it (or its standard input).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import time
import urllib.request
from collections import deque
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

DEFAULT_BODY = json.dumps({"success": True, "data": [], "meta": []}).encode()
ROOT = Path(__file__).resolve().parents[2]


class _Limits:
    def __init__(self, limits: Sequence[tuple[int, float]]) -> None:
        self.limits = list(limits)
        self.windows = [deque[float]() for _ in self.limits]
        self.accepted = 0
        self.rejected = 0
        self.first: float | None = None
        self.last: float | None = None

    def admit(self, now: float) -> bool:
        for (n, period), window in zip(self.limits, self.windows, strict=True):
            while window and window[0] <= now - period:
                window.popleft()
            if len(window) >= n:
                self.rejected += 1
                return False
        for window in self.windows:
            window.append(now)
        self.accepted += 1
        self.first = now if self.first is None else self.first
        self.last = now
        return True

    def stats(self) -> dict[str, Any]:
        span = (self.last - self.first) if self.first is not None and self.last is not None else 0.0
        return {"accepted": self.accepted, "rejected": self.rejected, "span": span}


async def serve(limits: Sequence[tuple[int, float]], body: bytes, max_requests: int) -> None:
    state = _Limits(limits)

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while state.accepted + state.rejected < max_requests:
                head = await reader.readuntil(b"\r\n\r\n")
                now = time.monotonic()
                lines = head.split(b"\r\n")
                length = 0
                for line in lines[1:]:
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value.strip())
                if length:
                    await reader.readexactly(length)
                if b" /__stats " in lines[0]:
                    status, payload = b"200 OK", json.dumps(state.stats()).encode()
                elif state.admit(now):
                    status, payload = b"200 OK", body
                else:
                    status = b"429 Too Many Requests"
                    payload = b'{"success":false,"data":null,"meta":{"message":"Too many requests"}}'
                writer.write(
                    b"HTTP/1.1 "
                    + status
                    + b"\r\nContent-Type: application/json\r\nContent-Length: "
                    + str(len(payload)).encode()
                    + b"\r\n\r\n"
                    + payload
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    loop = asyncio.get_running_loop()
    # The parent closes our stdin to stop us (or dies, which closes it too).
    await loop.run_in_executor(None, sys.stdin.read)
    server.close()


class StrictLimitServer:
    """``with StrictLimitServer(time_scale=0.5) as server: ... server.url ... server.stats()``."""

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
        self.port = 0
        self._process: subprocess.Popen[str] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stats(self) -> dict[str, Any]:
        with urllib.request.urlopen(f"{self.url}/__stats", timeout=10) as response:
            result: dict[str, Any] = json.loads(response.read())
        return result

    def __enter__(self) -> StrictLimitServer:
        self._process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.bench.strict_server",
                "--limits",
                json.dumps(self.limits),
                "--body",
                self.body.decode(),
                "--max-requests",
                str(self.max_requests),
            ],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._process.stdout is not None
        line = self._process.stdout.readline()
        if not line.strip().isdigit():
            self.__exit__(None, None, None)
            raise RuntimeError(f"strict limit server did not start: {line!r}")
        self.port = int(line)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._process is not None:
            if self._process.stdin is not None:
                self._process.stdin.close()
            try:
                self._process.wait(10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            self._process = None


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limits", default="[[5, 1.0], [200, 60.0]]", help="JSON [[n, seconds], ...]")
    parser.add_argument("--body", default=DEFAULT_BODY.decode())
    parser.add_argument("--max-requests", type=int, default=100_000)
    args = parser.parse_args()
    limits = [(int(n), float(period)) for n, period in json.loads(args.limits)]
    asyncio.run(serve(limits, args.body.encode(), args.max_requests))


if __name__ == "__main__":
    main()
