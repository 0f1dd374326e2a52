"""Stoplight Prism, serving the overlaid document on loopback, for the contract tests.

Prism negotiates on ``Accept``: the bundles declare ``application/json`` responses while every
client must send ``Accept: application/vnd.api.v2+json``, so Prism would answer 406. This
module reconciles that on the mock's side only: ``mock_document`` adds the vendor media type
beside each JSON response (same schema and examples). What the SDK sends is not changed.

A JSON response documented without an example gets one synthesised from its schema
(``SpecValues.example_or_value``, which honours ``pattern``/``format``): Prism's own sampler
ignores ``pattern`` and would answer ``"string"`` for, e.g., a v2 date, then report its own
answer as contradicting the schema. Responses that document an example are served with it.
"""

from __future__ import annotations

import copy
import json
import re
import shutil
import socket
import subprocess
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import jsonschema

from altegio_client.testing._spec_values import SpecValues
from overlays._doc import operations

HERE = Path(__file__).resolve().parent
PRISM = HERE / "node_modules" / ".bin" / "prism"
VENDOR_JSON = "application/vnd.api.v2+json"


def mock_document(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``document`` whose JSON responses are also offered as the vendor media type."""
    result = copy.deepcopy(document)
    values = SpecValues(result)
    for container in [result.get("components", {}).get("responses", {}).values()] + [
        operation.get("responses", {}).values() for _path, _method, operation in operations(result)
    ]:
        for response in container:
            content = response.get("content") if isinstance(response, dict) else None
            if content and "application/json" in content and VENDOR_JSON not in content:
                media = content["application/json"]
                if "example" not in media and not media.get("examples") and isinstance(media.get("schema"), dict):
                    media["example"] = _matching_patterns(
                        values, media["schema"], values.example_or_value(media["schema"])
                    )
                content[VENDOR_JSON] = media
    return result


#: Strings tried against a ``pattern`` the synthesised value misses (the v2 wire date forms).
PATTERN_CANDIDATES = (
    "2026-01-16T16:00:00",
    "2026-01-16T16:00:00+0000",
    "2026-01-16 16:00:00.000000",
    "2026-01-16 16:00:00",
    "2026-01-16",
)


def _leaf_errors(errors: Iterable[jsonschema.ValidationError]) -> Iterator[jsonschema.ValidationError]:
    """Errors, with those of a ``oneOf``/``anyOf`` replaced by its branches' errors."""
    for error in errors:
        if error.context:
            yield from _leaf_errors(error.context)
        else:
            yield error


def _matching_patterns(values: SpecValues, schema: dict[str, Any], example: Any) -> Any:
    """``example`` with each string that breaks its ``pattern`` replaced by a candidate that fits."""
    for _attempt in range(50):
        broken = [e for e in _leaf_errors(values.validator(schema).iter_errors(example)) if e.validator == "pattern"]
        if not broken:
            return example
        error = broken[0]
        fitting = next((c for c in PATTERN_CANDIDATES if re.search(str(error.validator_value), c)), None)
        if fitting is None or not error.absolute_path:
            return example
        *parents, last = error.absolute_path
        target = example
        for key in parents:
            target = target[key]
        target[last] = fitting
    return example


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PrismServer:
    """``with PrismServer(document, workdir) as prism: prism.url``; stops with the block."""

    def __init__(self, document: dict[str, Any], workdir: Path) -> None:
        self.document_path = workdir / "altegio.prism.json"
        self.document_path.write_text(json.dumps(mock_document(document)))
        self.port = free_port()
        self.log_path = workdir / "prism.log"
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @staticmethod
    def available() -> bool:
        return PRISM.exists() and shutil.which("node") is not None

    def __enter__(self) -> PrismServer:
        log = self.log_path.open("wb")
        self._process = subprocess.Popen(
            [str(PRISM), "mock", str(self.document_path), "--host", "127.0.0.1", "--port", str(self.port), "--errors"],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"prism exited: {self.log_path.read_text()[-2000:]}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return self
            except OSError:
                time.sleep(0.5)
        raise RuntimeError(f"prism did not start in 120 s: {self.log_path.read_text()[-2000:]}")

    def __exit__(self, *exc_info: object) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(10)
            except subprocess.TimeoutExpired:
                self._process.kill()


__all__ = ["PrismServer", "mock_document"]
