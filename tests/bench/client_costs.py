"""What a client costs to make: ``with_options`` per call (shares the pool, the SSL context)."""

from __future__ import annotations

import time

from altegio_client import AltegioClient

Row = tuple[str, str, str, str]


def bench_with_options(calls: int = 2000) -> Row:
    """Median of 5 runs of ``calls`` ``with_options(...)`` on one client, in ms per call."""
    client = AltegioClient(partner_token="bench")
    runs = []
    for _ in range(5):
        started = time.perf_counter()
        for _ in range(calls):
            client.with_options(max_retries=0)
        runs.append((time.perf_counter() - started) / calls * 1000)
    runs.sort()
    median = runs[len(runs) // 2]
    return ("with_options(...) (ms/call)", f"{median:.3f}", "new httpx pool: 25-50", "target <= 1.000")
