"""Contract fixtures: the overlaid document's values, and a summary line per stage."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pytest

from .spec_values import SpecValues

#: stage -> operationId -> passed?
RESULTS: dict[str, dict[str, bool]] = defaultdict(dict)


@pytest.fixture(scope="session")
def values(merged_document: dict[str, Any]) -> SpecValues:
    return SpecValues(merged_document)


@pytest.fixture(scope="session")
def by_operation_id(merged_document: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    from overlays._doc import operations

    return {
        operation["operationId"]: (path, method, operation) for path, method, operation in operations(merged_document)
    }


def pytest_terminal_summary(terminalreporter: Any) -> None:
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
