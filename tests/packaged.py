"""The overlaid document the committed client was generated from, as packaged in the wheel.

Tests, the demo's Prism stand-in and the benchmark read this, not Altegio's bundles, so that
`make test` and `make demo` work in a fresh clone with no bundles and no network. `make
check-generated` keeps it equal to what the pipeline makes from the locked bundles.
"""

from __future__ import annotations

from typing import Any

from altegio_client.testing import load_spec


def packaged_document() -> dict[str, Any]:
    """A fresh copy of the packaged overlaid document (the one place that knows where it lives)."""
    return load_spec()
