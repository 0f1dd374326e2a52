"""Contract fixtures: the overlaid document's values, and a summary line per stage."""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from altegio_client.testing._spec_values import SpecValues

from .prism import PrismServer

#: stage -> operationId -> passed?
RESULTS: dict[str, dict[str, bool]] = defaultdict(dict)


@pytest.fixture(scope="session")
def prism(merged_document: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrismServer]:
    if not PrismServer.available():
        if os.environ.get("ALTEGIO_REQUIRE_PRISM"):
            pytest.fail("Prism is not installed: run `npm ci --prefix tests/contract`")
        pytest.skip("Prism is not installed (npm ci --prefix tests/contract)")
    with PrismServer(merged_document, Path(tmp_path_factory.mktemp("prism"))) as server:
        yield server


@pytest.fixture(scope="session")
def values(merged_document: dict[str, Any]) -> SpecValues:
    return SpecValues(merged_document)


@pytest.fixture(scope="session")
def by_operation_id(merged_document: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    from overlays._doc import operations

    return {
        operation["operationId"]: (path, method, operation) for path, method, operation in operations(merged_document)
    }


def worker_tallies() -> str:
    """This process's tallies, for the pytest-xdist controller (see tests/conftest.py)."""
    from .test_prism import RESPONSE_VIOLATIONS

    return json.dumps({"results": RESULTS, "violations": RESPONSE_VIOLATIONS})


def merge_tallies(data: str) -> None:
    from .test_prism import RESPONSE_VIOLATIONS

    tallies = json.loads(data)
    for stage, outcomes in tallies["results"].items():
        RESULTS[stage].update(outcomes)
    RESPONSE_VIOLATIONS.update(tallies["violations"])


def write_summary(terminalreporter: Any) -> None:
    """One line per stage: how many operations passed (called by tests/conftest.py)."""
    labels = {
        "request": "requests valid",
        "response": "responses parsed",
        "prism": "accepted by Prism",
    }
    parts = []
    for stage, label in labels.items():
        if RESULTS.get(stage):
            outcomes = RESULTS[stage]
            parts.append(f"{sum(outcomes.values())}/{len(outcomes)} {label}")
    if parts:
        terminalreporter.write_line("contract: " + ", ".join(parts))
    from .test_prism import PRISM_CANNOT_SERVE, RESPONSE_VIOLATIONS

    if RESULTS.get("prism"):
        terminalreporter.write_line(
            f"contract: Prism cannot serve {len(PRISM_CANNOT_SERVE)} operation(s): "
            + "; ".join(f"{name} ({why})" for name, why in PRISM_CANNOT_SERVE.items())
        )
        terminalreporter.write_line(
            f"contract: Prism flagged its own documented response (example contradicts schema) on "
            f"{len(RESPONSE_VIOLATIONS)} operation(s); the request was valid"
        )
