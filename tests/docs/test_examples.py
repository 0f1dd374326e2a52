"""Every Python example in README.md, docs/*.md and the hand-written modules' docstrings runs.

The network is the in-process fake: while an example runs, every :class:`AltegioClient` built
without ``transport=`` sends to a fresh :class:`FakeAltegio` with the default
:class:`BookingScenario` (location 1 "Demo Salon", its services, team members and free slots),
so ``AltegioClient(partner_token="...")`` in an example needs no account.

- Markdown: each fenced ``python`` block is a complete program, run as written in a fresh
  namespace as ``python block.py`` would. A block that defines ``test_*`` functions is a pytest
  module: they are called too (coroutines in an event loop, as pytest-asyncio's auto mode does).
  A block whose first line is ``# not run: <reason>`` is left out on purpose; EXCLUDED counts
  those per file, so a new exclusion (or a fixed one) changes the count and fails the test.
- Docstrings: each literal block (after ``::``) of a hand-written module is run the doctest way:
  in the module's namespace, top-level ``await`` allowed, with ``client`` an AltegioClient on
  the fake holding both tokens. A block that is not Python (a diagram) is listed in NOT_PYTHON;
  every other block must run.
"""

from __future__ import annotations

import ast
import asyncio
import importlib
import inspect
import re
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

import altegio_client._client as client_module
from altegio_client import AltegioClient
from altegio_client.testing import BookingScenario, FakeAltegio, load_spec

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "altegio_client"
GENERATED = ("api", "models")

#: blocks marked ``# not run: ...`` per Markdown file (files not listed: none)
EXCLUDED = {"README.md": 1, "docs/pagination.md": 1}
#: literal blocks in docstrings that are not Python, with what they are
NOT_PYTHON = {"altegio_client._client:<module>#1": "the diagram of the transport layers"}
#: examples in modules this change does not own that do not run yet (strict: they must still fail)

_FENCE = re.compile(r"^```python[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
_DOCUMENT = load_spec()


@dataclass(frozen=True)
class Example:
    name: str
    source: str
    where: str  # "markdown" or "docstring"
    module: str = ""


def markdown_files() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def markdown_examples() -> Iterator[Example]:
    for path in markdown_files():
        relative = path.relative_to(ROOT).as_posix()
        for match in _FENCE.finditer(path.read_text()):
            line = path.read_text()[: match.start()].count("\n") + 1
            yield Example(f"{relative}:{line}", match.group(1), "markdown")


def handwritten_modules() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).parts
        if parts[0] in GENERATED:
            continue
        dotted = ".".join(("altegio_client", *parts)).removesuffix(".py").removesuffix(".__init__")
        names.append(dotted)
    return names


def literal_blocks(docstring: str) -> list[str]:
    """The ``::`` literal blocks of a reST docstring, dedented."""
    lines, blocks, i = docstring.splitlines(), [], 0
    while i < len(lines):
        if lines[i].rstrip().endswith("::"):
            indent = len(lines[i]) - len(lines[i].lstrip())
            j = i + 1
            body: list[str] = []
            while j < len(lines) and (not lines[j].strip() or len(lines[j]) - len(lines[j].lstrip()) > indent):
                body.append(lines[j])
                j += 1
            if any(line.strip() for line in body):
                blocks.append(textwrap.dedent("\n".join(body)).strip("\n") + "\n")
            i = j
        else:
            i += 1
    return blocks


def docstring_examples() -> Iterator[Example]:
    for module in handwritten_modules():
        path = PACKAGE.parent / (module.replace(".", "/") + ".py")
        if not path.exists():
            path = PACKAGE.parent / module.replace(".", "/") / "__init__.py"
        tree = ast.parse(path.read_text())
        owners: list[tuple[str, ast.AST]] = [("<module>", tree)]
        for node in ast.walk(tree):
            if isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                owners.append((node.name, node))
        for owner, node in owners:
            docstring = ast.get_docstring(node)  # type: ignore[arg-type]
            for n, block in enumerate(literal_blocks(docstring or ""), start=1):
                yield Example(f"{module}:{owner}#{n}", block, "docstring", module)


MARKDOWN = list(markdown_examples())
DOCSTRINGS = list(docstring_examples())


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> FakeAltegio:
    """Every AltegioClient built without ``transport=`` sends to one fresh fake."""
    fake = FakeAltegio(scenario=BookingScenario(), document=_DOCUMENT)
    original = client_module._connection

    def connection(transport: httpx.AsyncBaseTransport | None, *args: Any) -> httpx.AsyncBaseTransport:
        return transport if transport is not None else fake.transport()

    monkeypatch.setattr(client_module, "_connection", connection)
    assert original is not connection
    return fake


def run_tests_defined(namespace: dict[str, Any], before: set[str]) -> int:
    """Call the ``test_*`` functions a block defined, as pytest would; how many there were."""
    tests = [value for name, value in namespace.items() if name.startswith("test_") and name not in before]
    for test in tests:
        outcome = test()
        if inspect.iscoroutine(outcome):
            asyncio.run(outcome)
    return len(tests)


def run_program(example: Example) -> None:
    namespace: dict[str, Any] = {"__name__": "__main__"}
    exec(compile(example.source, example.name, "exec"), namespace)
    run_tests_defined(namespace, set())


def run_docstring_block(example: Example, fake: FakeAltegio) -> None:
    namespace = dict(vars(importlib.import_module(example.module)))
    code = compile(example.source, example.name, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    if not code.co_flags & inspect.CO_COROUTINE:
        before = set(namespace)
        namespace["__name__"] = "__main__"
        exec(code, namespace)
        run_tests_defined(namespace, before)
        return

    async def body() -> None:
        async with AltegioClient(partner_token="doc-partner-token", user_token="doc-user-token") as client:
            namespace.setdefault("client", client)
            await eval(code, namespace)

    asyncio.run(body())


def excluded(example: Example) -> bool:
    return example.source.lstrip().startswith("# not run:")


@pytest.mark.parametrize("example", [e for e in MARKDOWN if not excluded(e)], ids=lambda e: e.name)
def test_markdown_example_runs_as_written(example: Example, offline: FakeAltegio) -> None:
    run_program(example)


async def test_a_client_built_in_an_example_talks_to_the_fake(offline: FakeAltegio) -> None:
    async with AltegioClient(partner_token="p") as client:
        location = await client.locations.get_location(1)
    assert location.title == "Demo Salon"
    assert [call.operation_id for call in offline.calls] == ["get_location"]


def test_markdown_exclusions_are_deliberate_and_counted() -> None:
    counts: dict[str, int] = {}
    for example in MARKDOWN:
        if excluded(example):
            file = example.name.rsplit(":", 1)[0]
            counts[file] = counts.get(file, 0) + 1
    assert counts == EXCLUDED


def test_the_readme_starts_with_a_complete_program() -> None:
    first = next(e for e in MARKDOWN if e.name.startswith("README.md:"))
    assert not excluded(first)
    assert "asyncio.run(" in first.source
    assert "import" in first.source.splitlines()[0]


@pytest.mark.parametrize("example", [e for e in DOCSTRINGS if e.name not in NOT_PYTHON], ids=lambda e: e.name)
def test_docstring_example_runs_as_written(example: Example, offline: FakeAltegio) -> None:
    run_docstring_block(example, offline)


def test_the_lists_of_exceptions_name_real_blocks() -> None:
    names = {e.name for e in DOCSTRINGS}
    assert set(NOT_PYTHON) <= names
    for name in NOT_PYTHON:
        source = next(e.source for e in DOCSTRINGS if e.name == name)
        with pytest.raises(SyntaxError):
            compile(source, name, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)


def test_examples_are_found() -> None:
    """The extraction itself: a README without examples or a docstring walk that finds none fails."""
    assert len([e for e in MARKDOWN if e.name.startswith("README.md:")]) >= 8
    assert {e.module for e in DOCSTRINGS} >= {"altegio_client", "altegio_client._client", "altegio_client.testing"}
