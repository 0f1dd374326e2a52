"""``make bench``: the performance figures of issues 5 and 14, printed as one table.

Figures (ours vs a baseline or the PyPI peer ``yclients`` 0.1.1, when installed):

1. cold import + client construction (subprocess, median of 7, bytecode compiled first as
   ``pip install`` does) vs the floor ``import httpx; httpx.AsyncClient()``;
2. importing one operation module: time and how many model modules it loads;
3. per-call cost against a loopback server (separate process) vs plain ``httpx.AsyncClient``
   + ``json()`` reading the same values -- same run, each workload's clients back to back in every round (garbage
   collected before each), median times and the median of per-round ratios: a GET of 50
   appointments reading the id and start time of each, the same reading every field (every
   attribute of every nested model, the peer's too; every value of the JSON), and a small GET
   (one location, 5 fields read);
4. requests a job makes: a 5,000-appointment scan with ``paginate`` and no page size (mock
   transport), against the 50 it took at 100 a page;
5. 300 requests from 50 tasks against the strict sliding-window server (429 beyond 5 in a
   second or 200 in a minute): 429s seen and total time vs the minimum the limits allow;
   the same for yclients, which reacts to 429s after the fact;
6. 4 processes x 75 requests against the strict server sharing one Redis budget, and the same
   with a limiter per process for contrast (needs ``redis-server``);
7. 1,000 calls waiting on the limiter at once: RSS above an idle client, CPU used while waiting.

``--scale`` shrinks the limit windows of figure 5 (``make bench SCALE=0.1``: 8 s instead of
~80 s). Figure 6 shrinks only the minute (process start-up and scheduling between four
processes are too coarse for a 0.1 s window), so it still takes about a minute;
``--skip-processes`` (``make bench BENCH_ARGS=--skip-processes``) leaves it out.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import gc
import json
import operator
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx

try:  # the peer's models (yclients depends on pydantic)
    from pydantic import BaseModel
except ImportError:
    BaseModel = None  # type: ignore[assignment,misc]

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from altegio_client import AltegioClient, RateLimiter, paginate, unwrap  # noqa: E402
from altegio_client._lazy import LazyModel, ModelList  # noqa: E402
from altegio_client.api.appointments import get_appointment_list  # noqa: E402
from altegio_client.api.locations import get_location  # noqa: E402
from altegio_client.types import Unset  # noqa: E402
from tests.bench.client_costs import bench_with_options  # noqa: E402
from tests.bench.strict_server import StrictLimitServer, minimum_duration  # noqa: E402
from tests.packaged import packaged_document  # noqa: E402

Row = tuple[str, str, str, str]


def have_peer() -> bool:
    try:
        import yclients  # noqa: F401
    except ImportError:
        return False
    return True


def fifty_appointments() -> bytes:
    """The documented example of GET /v1/records/{location_id}, its record repeated to 50."""
    document = packaged_document()
    example = document["paths"]["/v1/records/{location_id}"]["get"]["responses"]["200"]["content"]["application/json"][
        "example"
    ]
    # The example's `custom_fields: []` (PHP's empty object) fails yclients' pydantic models;
    # `{}` lets the peer parse the same body (ours parses both).
    record = {**example["data"][0], "custom_fields": {}}
    example["data"] = [{**record, "id": index} for index in range(1, 51)]
    example["meta"] = {"total_count": 50}
    return json.dumps(example).encode()


def one_location() -> bytes:
    location = {
        "id": 1,
        "title": "Downtown",
        "country_id": 1,
        "country": "United States",
        "city_id": 2,
        "city": "Boston",
        "timezone_name": "America/New_York",
        "address": "1 Main St",
        "zip": "02110",
        "site": "https://example.com",
        "coordinate_lat": 42.36,
        "coordinate_lon": -71.06,
        "active_staff_count": 12,
    }
    return json.dumps({"success": True, "data": location, "meta": []}).encode()


_LEAVES = frozenset({str, int, float, bool, type(None), datetime.datetime, datetime.date, Unset})
#: model class -> a reader of all its fields at once (operator.attrgetter: one C call per model)
_FIELD_READERS: dict[type, Callable[[Any], tuple[Any, ...]]] = {}


def _field_reader(kind: type) -> Callable[[Any], tuple[Any, ...]]:
    if issubclass(kind, LazyModel):  # ours: every attrs field, additional_properties included
        names = tuple(kind._lazy_fields)
    elif BaseModel is not None and issubclass(kind, BaseModel):  # the peer's: every field and the extras
        names = (*kind.model_fields, "model_extra")
    else:
        raise TypeError(f"not a model: {kind!r}")
    reader = _FIELD_READERS[kind] = operator.attrgetter(*names)
    return reader


def read_every_field(value: Any) -> int:
    """Read every attribute of a model tree (ours: attrs fields; the peer's: pydantic fields).

    Both kinds of model are read the same way: all fields at once by name (``attrgetter``), as
    the plain JSON's values are read with ``dict.values()``; ``UNSET`` (a field the JSON lacks)
    is a leaf like ``None``.
    """
    kind = type(value)
    if kind in _LEAVES:
        return 1
    count = 1
    if kind is list or kind is ModelList:  # ModelList: a lazily read array of objects
        for item in value:
            count += read_every_field(item)
    elif kind is dict:
        for item in value.values():
            count += read_every_field(item)
    else:
        reader = _FIELD_READERS.get(kind) or _field_reader(kind)
        for item in reader(value):
            count += read_every_field(item)
    return count


def median_wall(code: str, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def bench_import() -> list[Row]:
    # As installed: pip compiles bytecode; a checkout run with PYTHONDONTWRITEBYTECODE=1 has none,
    # and would time the compiler instead of the import.
    subprocess.run([sys.executable, "-m", "compileall", "-q", "-j", "0", "altegio_client"], check=True, cwd=ROOT)
    ours = median_wall("import altegio_client; altegio_client.AltegioClient(partner_token='x')")
    floor = median_wall("import httpx; httpx.AsyncClient()")
    empty = median_wall("pass")
    rows: list[Row] = [
        (
            "cold import + client (s)",
            f"{ours:.3f}",
            f"httpx + AsyncClient {floor:.3f}",
            f"{ours / floor:.2f}x (target <= 1.25)",
        ),
        ("  python alone (s)", f"{empty:.3f}", "", ""),
    ]
    if have_peer():
        peer = median_wall("import yclients; yclients.YclientsClient(partner_token='x')")
        rows.append(("  vs yclients 0.1.1 (s)", f"{ours:.3f}", f"{peer:.3f}", f"{ours / peer:.2f}x"))
    probe = (
        "import sys, time; t=time.perf_counter(); "
        "import altegio_client.api.appointments.get_appointment_list; "
        "print(time.perf_counter()-t, sum(1 for m in sys.modules if m.startswith('altegio_client.models.')))"
    )
    out = subprocess.run([sys.executable, "-c", probe], check=True, cwd=ROOT, capture_output=True, text=True).stdout
    seconds, models = out.split()
    total = len(list((ROOT / "altegio_client" / "models").glob("*.py"))) - 1
    rows.append(("import one operation (s / models)", f"{float(seconds):.3f} / {models}", f"all models: {total}", ""))
    return rows


def read(pairs: list[tuple[Any, Any]]) -> None:
    if len(pairs) != 50 or pairs[0][0] != 1:
        raise AssertionError(f"the benchmark read {len(pairs)} appointments, expected 50")


def read_all(values: int) -> None:
    if values < 50 * 40:
        raise AssertionError(f"the benchmark read {values} values, expected every field of 50 appointments")


def read_five(values: tuple[Any, ...]) -> None:
    if values[0] != 1 or values[4] != "1 Main St":
        raise AssertionError(f"the benchmark read {values}, expected the location")


async def bench_per_call(rounds: int, per_round: int) -> list[Row]:
    body = fifty_appointments()
    unlimited = [(10**9, 1.0)]
    with (
        StrictLimitServer(limits=unlimited, body=body) as server,
        StrictLimitServer(limits=unlimited, body=one_location()) as small_server,
    ):
        plain = httpx.AsyncClient(base_url=server.url)
        ours = AltegioClient(
            partner_token="p", user_token="u", base_url=server.url, rate_limiter=RateLimiter(unlimited, slack=0)
        )
        plain_small = httpx.AsyncClient(base_url=small_server.url)
        ours_small = AltegioClient(
            partner_token="p", user_token="u", base_url=small_server.url, rate_limiter=RateLimiter(unlimited, slack=0)
        )

        # Each call also reads what a caller typically reads: two fields of every appointment.
        async def plain_call() -> None:
            response = await plain.get("/v1/records/1", headers={"Authorization": "Bearer p, User u"})
            read([(item["id"], item["datetime"]) for item in response.json()["data"]])

        async def our_call() -> None:
            response = await get_appointment_list.asyncio_detailed(client=ours, location_id=1)
            read([(item.id, item.datetime) for item in unwrap(response)])

        # The same calls reading nothing: what the layers cost apart from the models.
        async def plain_call_only() -> None:
            (await plain.get("/v1/records/1", headers={"Authorization": "Bearer p, User u"})).json()

        async def our_call_only() -> None:
            await get_appointment_list.asyncio_detailed(client=ours, location_id=1)

        # Every field: every attribute of every model (ours), every value of the JSON (plain).
        async def plain_call_all() -> None:
            response = await plain.get("/v1/records/1", headers={"Authorization": "Bearer p, User u"})
            read_all(read_every_field(response.json()["data"]))

        async def our_call_all() -> None:
            response = await get_appointment_list.asyncio_detailed(client=ours, location_id=1)
            read_all(read_every_field(unwrap(response)))

        # A small call: one location, 5 fields read.
        async def plain_small_call() -> None:
            response = await plain_small.get("/v1/company/1", headers={"Authorization": "Bearer p, User u"})
            data = response.json()["data"]
            read_five((data["id"], data["title"], data["city"], data["timezone_name"], data["address"]))

        async def our_small_call() -> None:
            location = unwrap(await get_location.asyncio_detailed(client=ours_small, location_id=1))
            read_five((location.id, location.title, location.city, location.timezone_name, location.address))

        calls: dict[str, Callable[[], Awaitable[None]]] = {
            "plain httpx + json()": plain_call,
            "altegio-client": our_call,
            "plain, no read": plain_call_only,
            "ours, no read": our_call_only,
            "plain, every field": plain_call_all,
            "ours, every field": our_call_all,
            "plain, small": plain_small_call,
            "ours, small": our_small_call,
        }
        peer = peer_small = None
        if have_peer():
            from yclients import YclientsClient

            peer = records_peer = YclientsClient(partner_token="p", user_token="u", base_url=server.url)
            peer_small = location_peer = YclientsClient(partner_token="p", user_token="u", base_url=small_server.url)

            async def peer_call() -> None:
                read([(item.id_, item.datetime) for item in await records_peer.records.list(1)])

            async def peer_call_all() -> None:
                read_all(read_every_field(await records_peer.records.list(1)))

            async def peer_small_call() -> None:
                location = await location_peer.companies.get(1)
                read_five((location.id_, location.title, location.city, location.timezone_name, location.address))

            calls["yclients 0.1.1"] = peer_call
            calls["yclients, every field"] = peer_call_all
            calls["yclients, small"] = peer_small_call
        samples: dict[str, list[float]] = {name: [] for name in calls}
        for call in calls.values():  # warm up connections and caches
            for _ in range(20):
                await call()
        # Each figure compares clients of one group (one workload): a round runs each group's
        # clients back to back, in turn forwards and backwards (ours is always next to its
        # baseline, and first as often as last), the groups in shuffled order.
        groups = [
            [name for name in group if name in calls]
            for group in (
                ("plain httpx + json()", "altegio-client", "yclients 0.1.1"),
                ("plain, no read", "ours, no read"),
                ("plain, every field", "ours, every field", "yclients, every field"),
                ("plain, small", "ours, small", "yclients, small"),
            )
        ]
        shuffle = random.Random(5).shuffle
        for round_number in range(rounds):
            shuffle(groups)
            for group in groups:
                for name in group if round_number % 2 else reversed(group):
                    gc.collect()  # no client pays for the garbage of the one before it
                    started = time.perf_counter()
                    for _ in range(per_round):
                        await calls[name]()
                    samples[name].append((time.perf_counter() - started) / per_round)
        await plain.aclose()
        await ours.aclose()
        await plain_small.aclose()
        await ours_small.aclose()
        if peer is not None and peer_small is not None:
            await peer.aclose()
            await peer_small.aclose()

    def row(label: str, name: str, baseline: str, target: str = "", baseline_label: str = "plain httpx") -> Row:
        # The ratio is the median of per-round ratios: each round's pair ran back to back (see
        # groups above), so the machine's drift over the run cancels out.
        ratio = statistics.median(a / b for a, b in zip(samples[name], samples[baseline], strict=True))
        mine, base = statistics.median(samples[name]), statistics.median(samples[baseline])
        return (label, f"{mine * 1e3:.3f}", f"{baseline_label} {base * 1e3:.3f}", f"{ratio:.2f}x{target}")

    with_peer = "yclients 0.1.1" in samples
    rows = [row("GET 50 appointments (ms/call)", "altegio-client", "plain httpx + json()", " (target <= 1.10)")]
    if with_peer:
        rows.append(row("  yclients 0.1.1 (ms/call)", "yclients 0.1.1", "plain httpx + json()"))
    rows.append(row("  same, no field read (ms/call)", "ours, no read", "plain, no read"))
    rows.append(
        row("GET 50, every field read (ms/call)", "ours, every field", "plain, every field", " (target <= 1.50)")
    )
    if with_peer:
        rows.append(row("  yclients 0.1.1 (ms/call)", "yclients, every field", "plain, every field"))
        rows.append(
            row("  ours vs yclients 0.1.1", "ours, every field", "yclients, every field", " (target < 1)", "yclients")
        )
    rows.append(row("GET 1 location, 5 fields (ms/call)", "ours, small", "plain, small", " (target <= 1.10)"))
    if with_peer:
        rows.append(row("  yclients 0.1.1 (ms/call)", "yclients, small", "plain, small"))
    return rows


async def bench_requests_per_job() -> list[Row]:
    """Requests a 5,000-appointment scan makes with ``paginate`` when the caller names no page size."""
    total = 5000
    sent: list[int] = []

    def answer(request: httpx.Request) -> httpx.Response:
        size = int(request.url.params["count"])
        page = int(request.url.params["page"])
        sent.append(size)
        ids = range((page - 1) * size + 1, min(page * size, total) + 1)
        return httpx.Response(
            200, json={"success": True, "data": [{"id": i} for i in ids], "meta": {"total_count": total}}
        )

    client = AltegioClient(partner_token="p", user_token="u", transport=httpx.MockTransport(answer), rate_limiter=None)
    seen = 0
    async for _ in paginate(get_appointment_list.asyncio_detailed, client=client, location_id=1):
        seen += 1
    await client.aclose()
    if seen != total:
        raise AssertionError(f"the scan read {seen} appointments, expected {total}")
    at_100 = -(-total // 100)
    return [
        (
            f"{total:,}-appointment scan (requests)",
            f"{len(sent)} (count={sent[0]})",
            f"at count=100: {at_100}",
            f"{at_100 * 0.2:.0f} s -> {len(sent) * 0.2:.0f} s at 5/s (target <= 6)",
        )
    ]


async def _hammer(call: Callable[[], Awaitable[Any]], count: int, tasks: int) -> tuple[float, int]:
    queue = iter(range(count))
    failures = 0

    async def worker() -> None:
        nonlocal failures
        for _ in queue:
            try:
                await call()
            except Exception:
                failures += 1

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(tasks)))
    return time.perf_counter() - started, failures


async def bench_throughput(scale: float) -> list[Row]:
    limits = [(5, 1.0 * scale), (200, 60.0 * scale)]
    floor = minimum_duration(300, limits)
    rows: list[Row] = []
    with StrictLimitServer(time_scale=scale) as server:
        slack = 0.025 * scale  # jitter on loopback is far below this; real time keeps the default
        ours = AltegioClient(
            partner_token="p", user_token="u", base_url=server.url, rate_limiter=RateLimiter(limits, slack=slack)
        )
        elapsed, failures = await _hammer(
            lambda: get_appointment_list.asyncio_detailed(client=ours, location_id=1), 300, 50
        )
        await ours.aclose()
        stats = server.stats()
    rows.append(
        (
            f"300 req / 50 tasks, strict server x{scale:g} (s)",
            f"{elapsed:.2f}, 429s: {stats['rejected']}, failed: {failures}",
            f"minimum {floor:.2f}",
            f"{elapsed / floor:.3f}x (target <= 1.03)",
        )
    )
    if have_peer():
        from yclients import YclientsClient

        with StrictLimitServer(time_scale=scale) as server:
            peer = YclientsClient(partner_token="p", base_url=server.url)
            elapsed, failures = await _hammer(lambda: peer.records.list(1), 300, 50)
            await peer.aclose()
            stats = server.stats()
        rows.append(
            (
                "  yclients 0.1.1, same server (s)",
                f"{elapsed:.2f}, 429s: {stats['rejected']}, failed: {failures}",
                f"minimum {floor:.2f}",
                f"{elapsed / floor:.3f}x",
            )
        )
    return rows


def bench_processes(scale: float) -> list[Row]:
    """4 processes x 75 requests, strict server: one Redis budget vs a limiter per process."""
    from tests.bench.redis_server import RedisServer

    if not RedisServer.available():
        return [("4 proc x 75 req, shared Redis budget", "skipped: no redis-server", "", "")]
    limits = [(5, 1.0), (200, max(1.0, round(60.0 * scale)))]
    floor = minimum_duration(300, limits)
    rows: list[Row] = []
    with RedisServer() as redis:
        for mode, label in (
            ("redis", "4 proc x 75 req, shared Redis budget (s)"),
            ("local", "  same, a limiter per process (s)"),
        ):
            with StrictLimitServer(limits=limits) as server:
                command = [sys.executable, "-m", "tests.bench.redis_worker", "--server", server.url, "--count", "75"]
                command += [
                    "--mode",
                    mode,
                    "--redis",
                    redis.url,
                    "--key",
                    f"bench-{time.time()}",
                    "--limits",
                    json.dumps(limits),
                ]
                started = time.perf_counter()
                workers = [subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True) for _ in range(4)]
                results = [json.loads(worker.communicate(timeout=600)[0]) for worker in workers]
                elapsed = time.perf_counter() - started
                stats = server.stats()
            failed = sum(int(result["failures"]) for result in results)
            rows.append(
                (
                    label,
                    f"{elapsed:.2f}, 429s: {stats['rejected']}, failed: {failed}",
                    f"minimum {floor:.2f}",
                    f"{elapsed / floor:.3f}x" + (" (target <= 1.05)" if mode == "redis" else ""),
                )
            )
    return rows


def _rss_mb() -> float:
    with open(f"/proc/{os.getpid()}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


async def bench_waiters() -> list[Row]:
    sent = 0

    def answer(request: httpx.Request) -> httpx.Response:
        nonlocal sent
        sent += 1
        return httpx.Response(200, json={"success": True, "data": [], "meta": []})

    # One request per 1000 s: every call but the first waits on the limiter.
    client = AltegioClient(
        partner_token="p",
        user_token="u",
        transport=httpx.MockTransport(answer),
        rate_limiter=RateLimiter([(1, 1000.0)], slack=0),
    )
    await get_appointment_list.asyncio_detailed(client=client, location_id=1)
    idle = _rss_mb()
    tasks = [
        asyncio.create_task(get_appointment_list.asyncio_detailed(client=client, location_id=1)) for _ in range(1000)
    ]
    await asyncio.sleep(0.5)  # let every task reach the limiter
    cpu_before = resource.getrusage(resource.RUSAGE_SELF)
    wall_before = time.perf_counter()
    await asyncio.sleep(2.0)
    cpu_after = resource.getrusage(resource.RUSAGE_SELF)
    wall = time.perf_counter() - wall_before
    waiting = _rss_mb()
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    await client.aclose()
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    return [
        ("1,000 waiters: RSS above idle (MB)", f"{waiting - idle:.1f}", f"idle client {idle:.1f}", "target <= 50"),
        ("1,000 waiters: CPU while waiting", f"{cpu / wall:.1%} of a core", f"over {wall:.1f}s, sent {sent}", "idle"),
    ]


def render_table(rows: list[Row]) -> str:
    """The rows as a Markdown table (what ``make bench`` prints and writes into the README)."""
    header: Row = ("figure", "ours", "peer / baseline", "ratio")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(4)]
    lines = []
    for index, row in enumerate([header, *rows]):
        lines.append("| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) + " |")
        if index == 0:
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


README_START = "<!-- make bench: start -->"
README_END = "<!-- make bench: end -->"


def with_table(readme: str, table: str, how: str) -> str:
    """``readme`` with the text between the bench markers replaced by ``table`` and how it was run."""
    start, end = readme.find(README_START), readme.find(README_END)
    if start < 0 or end < start:
        raise ValueError(f"README.md has no {README_START} ... {README_END} block for the table")
    block = f"{README_START}\n{how}\n\n{table}\n"
    return readme[:start] + block + readme[end:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=float, default=1.0, help="time scale of the limit windows (1 = real time)")
    parser.add_argument("--rounds", type=int, default=101)
    parser.add_argument("--per-round", type=int, default=40)
    parser.add_argument("--skip-processes", action="store_true", help="skip the 4-process Redis rows")
    parser.add_argument("--readme", action="store_true", help="also write the table into README.md")
    parser.add_argument(
        "--only", choices=["import", "with-options", "per-call", "requests", "throughput", "processes", "waiters"]
    )
    args = parser.parse_args()
    sections: dict[str, Callable[[], list[Row]]] = {
        "import": bench_import,
        "with-options": lambda: [bench_with_options()],
        "per-call": lambda: asyncio.run(bench_per_call(args.rounds, args.per_round)),
        "requests": lambda: asyncio.run(bench_requests_per_job()),
        "throughput": lambda: asyncio.run(bench_throughput(args.scale)),
        "processes": lambda: bench_processes(args.scale),
        "waiters": lambda: asyncio.run(bench_waiters()),
    }
    rows: list[Row] = []
    for name, section in sections.items():
        if args.only in (None, name) and not (name == "processes" and args.skip_processes and args.only is None):
            rows += section()
    table = render_table(rows)
    print(table)
    if args.readme:
        readme = ROOT / "README.md"
        whole = args.scale == 1.0 and not args.skip_processes and args.only is None
        scope = "every figure, real time" if whole else f"scale {args.scale:g}, {args.only or 'no 4-process rows'}"
        how = (
            f"`make bench` ({scope}) on {datetime.date.today().isoformat()}, "
            f"Python {sys.version.split()[0]}, {os.cpu_count()} cores:"
        )
        readme.write_text(with_table(readme.read_text(), table, how))


if __name__ == "__main__":
    main()
