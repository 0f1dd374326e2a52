"""The document the generator sees: the overlaid document less what the SDK never parses.

The overlaid document (``openapi/build/altegio.openapi.json``) is the API as we know it: the
contract tests, Prism and ``altegio_client.testing`` use it whole. The generator needs less:
the client raises its own typed errors for every status >= 400 before generated code runs, so
a model per documented error body would be dead code (about 1,090 error responses, hundreds of
model modules). This is code shape, not a fact about the API, so it lives here and not in
``overlays/``.

``python -m openapi.generator_view IN OUT`` writes the view.
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

Document = dict[str, Any]

_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def _refs(node: Any) -> set[str]:
    """Every local ``$ref`` below ``node``."""
    found: set[str] = set()
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/"):
                found.add(ref)
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)
    return found


def _component(doc: Document, ref: str) -> Any:
    _, _, kind, name = ref.split("/", 3)
    return doc.get("components", {}).get(kind, {}).get(name.replace("~1", "/").replace("~0", "~"))


def _closure(doc: Document, roots: set[str]) -> set[str]:
    """``roots`` and every component they reach."""
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        ref = todo.pop()
        if ref in seen:
            continue
        seen.add(ref)
        todo.extend(_refs(_component(doc, ref)) - seen)
    return seen


def without_error_responses(doc: Document) -> Document:
    """Drop every non-2xx response, and the components only they used."""
    view = copy.deepcopy(doc)
    dropped: list[Any] = []
    for item in view.get("paths", {}).values():
        for method in _METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            responses = operation.get("responses", {})
            for code in [code for code in responses if not code.startswith("2")]:
                dropped.append(responses.pop(code))
    only_errors = _closure(view, _refs(dropped))
    components = view.get("components", {})
    # Everything else keeps what it reaches: operations, and every component not reached from an
    # error body (webhook payloads, inbound requests), which stay models of their own.
    kept_roots = _refs(view.get("paths", {})) | {
        f"#/components/{kind}/{name}"
        for kind, group in components.items()
        if isinstance(group, dict)
        for name in group
        if f"#/components/{kind}/{name}" not in only_errors
    }
    still_used = _closure(view, kept_roots)
    for ref in only_errors - still_used:
        _, _, kind, name = ref.split("/", 3)
        components.get(kind, {}).pop(name, None)
    return view


def main(argv: list[str] | None = None) -> int:
    source, target = (Path(arg) for arg in (argv if argv is not None else sys.argv[1:]))
    view = without_error_responses(json.loads(source.read_text(encoding="utf-8")))
    target.write_text(json.dumps(view, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"generator view: wrote {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
