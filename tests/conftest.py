"""Shared fixtures: the overlaid document, built from the same bundles `make spec` checks."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import pytest

from overlays import apply_overlays, merge_bundles
from overlays.__main__ import load_bundles

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "openapi" / "bundles.lock.json"


def bundle_dir() -> Path:
    """Where the bundles are: `make spec`'s output, else SPEC_DIR, else ../shared/openapi."""
    for candidate in (
        ROOT / "openapi" / "bundles",
        Path(os.environ.get("SPEC_DIR", ROOT.parent / "shared" / "openapi")),
    ):
        if (candidate / "en-b2b-v1.openapi.yaml").is_file():
            return candidate
    raise RuntimeError("Altegio bundles not found: run `make spec` (or set SPEC_DIR)")


@pytest.fixture(scope="session")
def merged_document() -> dict[str, Any]:
    return apply_overlays(merge_bundles(load_bundles(bundle_dir(), LOCK)))


def pytest_asyncio_loop_factories(config: pytest.Config, item: pytest.Item) -> dict[str, Any]:
    """Tests marked ``fake_clock`` run on :class:`tests.fake_clock.FakeClockLoop`."""
    from tests.fake_clock import FakeClockLoop

    if item.get_closest_marker("fake_clock"):
        return {"fake_clock": FakeClockLoop}
    return {"loop": asyncio.new_event_loop}
