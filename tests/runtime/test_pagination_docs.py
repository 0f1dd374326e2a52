"""Every Python example of docs/pagination.md runs as written (the API answered by a mock)."""

from __future__ import annotations

import ast
import re
import sys
import types
from pathlib import Path
from typing import Any

import pytest

import altegio_client
from altegio_client import AltegioClient
from tests.runtime.test_sync import seeded

DOC = Path(__file__).resolve().parents[2] / "docs" / "pagination.md"
BLOCKS = re.findall(r"```python\n(.*?)```", DOC.read_text(), flags=re.DOTALL)


class FakeBar:
    def __init__(self, unit: str) -> None:
        self.total: int | None = None
        self.n = 0

    def update(self, count: int) -> None:
        self.n += count

    def close(self) -> None:
        pass


@pytest.mark.parametrize("index", range(len(BLOCKS)))
async def test_the_example_runs(index: int, monkeypatch: pytest.MonkeyPatch) -> None:
    location = seeded(1200)

    def client(**options: Any) -> AltegioClient:
        return location.client()

    monkeypatch.setattr(altegio_client, "AltegioClient", client)
    monkeypatch.setitem(sys.modules, "tqdm", types.SimpleNamespace(tqdm=FakeBar))
    namespace: dict[str, Any] = {}
    code = compile(BLOCKS[index], f"docs/pagination.md block {index}", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    result = eval(code, namespace)  # the documentation's own code
    if result is not None:
        await result
    assert location.requests  # it called the API
    if "bar" in namespace:
        assert (namespace["bar"].n, namespace["bar"].total) == (1200, 1200)
    if "stored" in namespace:
        assert len(namespace["stored"]) == 1200
        assert namespace["saved"] is not None


def test_the_document_has_its_examples() -> None:
    assert len(BLOCKS) == 3
