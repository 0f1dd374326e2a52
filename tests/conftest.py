"""Shared fixtures: the overlaid document the committed client was generated from."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.packaged import packaged_document

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "openapi" / "bundles.lock.json"


def bundle_dir() -> Path | None:
    """Where Altegio's bundles are, for the few tests of the pipeline itself: `make spec`'s
    output, else SPEC_DIR, else ../shared/openapi; None when there are none."""
    for candidate in (
        ROOT / "openapi" / "bundles",
        Path(os.environ.get("SPEC_DIR", ROOT.parent / "shared" / "openapi")),
    ):
        if (candidate / "en-b2b-v1.openapi.yaml").is_file():
            return candidate
    return None


def require_bundles() -> Path:
    """The bundle folder; skips the test without one (fails under ALTEGIO_REQUIRE_BUNDLES=1, as in CI)."""
    found = bundle_dir()
    if found is None:
        if os.environ.get("ALTEGIO_REQUIRE_BUNDLES"):
            pytest.fail("Altegio bundles not found: run `make spec` (or set SPEC_DIR)")
        pytest.skip("Altegio bundles not found (run `make spec` or set SPEC_DIR)")
    return found


@pytest.fixture(autouse=True, scope="session")
def _one_ssl_context_for_the_run() -> Iterator[None]:
    """Every httpx transport loads the CA bundle into a new SSL context (tens of ms of CPU);
    the tests build thousands of clients (3/4 of the contract tests' time went there) and never
    speak TLS, so one default context serves them all. Other arguments are passed through."""
    import ssl

    import httpx._config

    original = httpx._config.create_ssl_context
    shared = original()

    def create_ssl_context(
        verify: ssl.SSLContext | str | bool = True, cert: Any = None, trust_env: bool = True
    ) -> ssl.SSLContext:
        if verify is True and cert is None and trust_env:
            return shared
        return original(verify=verify, cert=cert, trust_env=trust_env)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("httpx._transports.default.create_ssl_context", create_ssl_context)
        yield


@pytest.fixture(scope="session")
def merged_document() -> dict[str, Any]:
    return packaged_document()


def pytest_asyncio_loop_factories(config: pytest.Config, item: pytest.Item) -> dict[str, Any]:
    """Tests marked ``fake_clock`` run on :class:`tests.fake_clock.FakeClockLoop`."""
    from tests.fake_clock import FakeClockLoop

    if item.get_closest_marker("fake_clock"):
        return {"fake_clock": FakeClockLoop}
    return {"loop": asyncio.new_event_loop}


# The contract tests' summary lines. These hooks live here, not in tests/contract/conftest.py,
# because under pytest-xdist only the root conftest is loaded by the controller, which prints.
_TALLIES = "altegio_contract_tallies"


def pytest_sessionfinish(session: pytest.Session) -> None:
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None and "tests.contract.conftest" in sys.modules:
        from tests.contract.conftest import worker_tallies

        workeroutput[_TALLIES] = worker_tallies()


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:
    data = getattr(node, "workeroutput", {}).get(_TALLIES)
    if data:
        from tests.contract.conftest import merge_tallies

        merge_tallies(data)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if "tests.contract.conftest" in sys.modules:
        from tests.contract.conftest import write_summary

        write_summary(terminalreporter)
