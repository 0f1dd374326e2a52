"""Shared fixtures: the overlaid document the committed client was generated from."""

from __future__ import annotations

import asyncio
import os
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


@pytest.fixture(scope="session")
def merged_document() -> dict[str, Any]:
    return packaged_document()


def pytest_asyncio_loop_factories(config: pytest.Config, item: pytest.Item) -> dict[str, Any]:
    """Tests marked ``fake_clock`` run on :class:`tests.fake_clock.FakeClockLoop`."""
    from tests.fake_clock import FakeClockLoop

    if item.get_closest_marker("fake_clock"):
        return {"fake_clock": FakeClockLoop}
    return {"loop": asyncio.new_event_loop}
