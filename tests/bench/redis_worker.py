"""One worker process of the shared-budget runs: N requests through AltegioClient, then a JSON line.

``python -m tests.bench.redis_worker --server URL --count 75 --mode redis --redis URL --key K``
(``--mode local`` gives the process its own in-process limiter instead, for contrast).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time

from altegio_client import AltegioClient, AltegioError, RateLimiter, RedisRateLimiter
from altegio_client._limiter import Limiter
from altegio_client.api.locations import get_location_list


async def run(args: argparse.Namespace) -> dict[str, float]:
    limits = [(int(n), float(t)) for n, t in json.loads(args.limits)]
    limiter: Limiter = (
        RedisRateLimiter(args.redis, key=args.key, limits=limits) if args.mode == "redis" else RateLimiter(limits)
    )
    failures = 0
    async with AltegioClient(partner_token="p", base_url=args.server, rate_limiter=limiter, max_retries=0) as client:
        started = time.monotonic()
        for _ in range(args.count):
            try:
                await get_location_list.asyncio_detailed(client=client)
            except AltegioError:
                failures += 1
        return {"elapsed": time.monotonic() - started, "failures": failures}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--server", required=True)
    parser.add_argument("--count", type=int, default=75)
    parser.add_argument("--mode", choices=("redis", "local"), default="redis")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379")
    parser.add_argument("--key", default="altegio-bench")
    parser.add_argument("--limits", default="[[5, 1], [200, 60]]")
    args = parser.parse_args()
    print(json.dumps(asyncio.run(run(args))), flush=True)


if __name__ == "__main__":
    main()
