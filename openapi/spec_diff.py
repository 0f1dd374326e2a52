"""What changed in the API: operations added, removed and changed between two specs (``make spec-diff``).

The old side is the overlaid document the committed client was generated from (packaged with
it); the new side is one of:

- a folder with the four bundles (``openapi/bundles/`` after ``make spec UPDATE=1``): merged,
  then overlaid like ``make overlay`` does;
- a folder with ``index.yaml``, or an OpenAPI file in the index shape: overlaid as it is;
- an llms.txt rendering of the index (``### Title - [METHOD /path](url): summary``): it has no
  schemas, so only operations added and removed are found.

Operations are matched by method and path with parameter names ignored (a renamed path
parameter is a change, not a new operation). A change is a parameter added, removed or made
required or optional, or of another schema; a request body or response status added or
removed; or a body's schema of another shape (types, properties, required, items, enums:
descriptions and examples are prose, not shape). The output is Markdown, for a pull request.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Document = dict[str, Any]
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
#: Schema keys that make its shape; everything else (description, example, title, ...) is prose.
SHAPE_KEYS = (
    "type",
    "format",
    "enum",
    "const",
    "nullable",
    "required",
    "properties",
    "items",
    "additionalProperties",
    "allOf",
    "oneOf",
    "anyOf",
)
_LLMS_OPERATION = re.compile(r"### (.+?) - \[(GET|POST|PUT|PATCH|DELETE) (\S+?)\]\(([^)]*)\)")
MAX_DETAILS = 8  # per changed operation: enough to see what happened, short enough to read


@dataclass
class Operation:
    method: str
    path: str
    name: str
    summary: str
    detailed: bool  # False for the llms.txt rendering: no parameters, bodies or responses
    parameters: dict[tuple[str, str], Any] = field(default_factory=dict)  # (in, name) -> (required, shape)
    body: Any = None  # content type -> shape, or None
    responses: dict[str, Any] = field(default_factory=dict)  # status -> content type -> shape

    @property
    def key(self) -> tuple[str, str]:
        return self.method, re.sub(r"\{[^}]*\}", "{}", self.path)

    @property
    def title(self) -> str:
        return f"`{self.method} {self.path}` {self.name}"


def _resolve(doc: Document, node: Any) -> Any:
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        if node["$ref"] in seen:
            return {}
        seen.add(node["$ref"])
        target: Any = doc
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def shape(doc: Document, schema: Any, depth: int = 0, trail: tuple[str, ...] = ()) -> Any:
    """``schema`` with references followed and prose dropped (recursive schemas cut at their repeat)."""
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        if schema["$ref"] in trail or depth > 12:
            return {"$ref": schema["$ref"].rsplit("/", 1)[-1]}
        return shape(doc, _resolve(doc, schema), depth + 1, (*trail, schema["$ref"]))
    if isinstance(schema, list):
        return [shape(doc, item, depth + 1, trail) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key in SHAPE_KEYS:
        if key not in schema:
            continue
        value = schema[key]
        if key == "properties" and isinstance(value, dict):
            out[key] = {name: shape(doc, sub, depth + 1, trail) for name, sub in value.items()}
        elif key in ("items", "additionalProperties", "allOf", "oneOf", "anyOf"):
            out[key] = shape(doc, value, depth + 1, trail)
        elif key == "required" and isinstance(value, list):
            out[key] = sorted(value)
        else:
            out[key] = value
    return out


def _content_shapes(doc: Document, content: Any) -> dict[str, Any]:
    return {media: shape(doc, (body or {}).get("schema")) for media, body in (content or {}).items()}


def operations_of(doc: Document) -> dict[tuple[str, str], Operation]:
    """The operations of an OpenAPI document, keyed by method and path shape."""
    found: dict[tuple[str, str], Operation] = {}
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            parameters = {}
            for raw in item.get("parameters", []) + op.get("parameters", []):
                parameter = _resolve(doc, raw)
                parameters[(parameter.get("in", "?"), parameter.get("name", "?"))] = (
                    bool(parameter.get("required")),
                    shape(doc, parameter.get("schema")),
                )
            body = _resolve(doc, op["requestBody"]) if "requestBody" in op else None
            responses = {
                str(status): _content_shapes(doc, _resolve(doc, response).get("content"))
                for status, response in op.get("responses", {}).items()
            }
            entry = Operation(
                method=method.upper(),
                path=path,
                name=str(op.get("operationId", "")),
                summary=" ".join(str(op.get("summary", "")).split()),
                detailed=True,
                parameters=parameters,
                body=None if body is None else _content_shapes(doc, body.get("content")),
                responses=responses,
            )
            found[entry.key] = entry
    return found


def operations_of_llms_txt(text: str) -> dict[tuple[str, str], Operation]:
    """The operations of an llms.txt rendering: ``### Title - [METHOD /path](url.../name.md)``."""
    found = {}
    for title, method, path, url in _LLMS_OPERATION.findall(text):
        name = url.rsplit("/", 1)[-1].removesuffix(".md")
        entry = Operation(method=method, path=path, name=name, summary=title.strip(), detailed=False)
        found[entry.key] = entry
    if not found:
        raise ValueError("no `### Title - [METHOD /path](url)` operations found: not an llms.txt rendering")
    return found


def _shape_differences(old: Any, new: Any, where: str, out: list[str]) -> None:
    """Where two shapes differ, as ``data.items.title: type string -> integer`` lines."""
    if old == new:
        return
    if not (isinstance(old, dict) and isinstance(new, dict)):
        out.append(f"{where or 'schema'}: {json.dumps(old)[:60]} -> {json.dumps(new)[:60]}")
        return
    for key in sorted(set(old) | set(new), key=str):
        if old.get(key) == new.get(key):
            continue
        if key == "properties":
            before, after = old.get(key) or {}, new.get(key) or {}
            for name in sorted(set(before) | set(after)):
                spot = f"{where}.{name}" if where else name
                if name not in before:
                    out.append(f"`{spot}` added")
                elif name not in after:
                    out.append(f"`{spot}` removed")
                else:
                    _shape_differences(before[name], after[name], spot, out)
        elif key == "items":
            _shape_differences(old.get(key), new.get(key), f"{where}[]", out)
        elif key in ("allOf", "oneOf", "anyOf") and isinstance(old.get(key), list) and isinstance(new.get(key), list):
            before, after = old[key], new[key]
            if len(before) != len(after):
                spot = f"`{where}` " if where else ""
                out.append(f"{spot}{key}: {len(before)} -> {len(after)} alternatives")
            else:  # the same alternatives, one of them changed: say where inside it
                for was, now in zip(before, after, strict=True):
                    _shape_differences(was, now, where, out)
        elif key == "required":
            gone = sorted(set(old.get(key) or []) - set(new.get(key) or []))
            came = sorted(set(new.get(key) or []) - set(old.get(key) or []))
            label = f"`{where}`" if where else "body"
            out += [f"{label}: `{n}` now required" for n in came] + [f"{label}: `{n}` now optional" for n in gone]
        else:
            spot = f"`{where}` " if where else ""
            out.append(f"{spot}{key}: {json.dumps(old.get(key))[:60]} -> {json.dumps(new.get(key))[:60]}")


def _content_differences(label: str, old: dict[str, Any], new: dict[str, Any], out: list[str]) -> None:
    for media in sorted(set(old) | set(new)):
        if media not in new:
            out.append(f"{label}: {media} removed")
        elif media not in old:
            out.append(f"{label}: {media} added")
        else:
            found: list[str] = []
            _shape_differences(old[media], new[media], "", found)
            out += [f"{label}: {line}" for line in found]


def operation_changes(old: Operation, new: Operation) -> list[str]:
    """What changed in one operation: parameters, request body, responses (empty: nothing)."""
    if not (old.detailed and new.detailed):
        return []
    out: list[str] = []
    if old.path != new.path:
        out.append(f"path `{old.path}` -> `{new.path}`")
    for where, name in sorted(set(old.parameters) | set(new.parameters)):
        label = f"parameter `{name}` ({where})"
        if (where, name) not in new.parameters:
            out.append(f"{label} removed")
        elif (where, name) not in old.parameters:
            required = new.parameters[(where, name)][0]
            out.append(f"{label} added, {'required' if required else 'optional'}")
        else:
            (was_required, was), (is_required, now) = old.parameters[(where, name)], new.parameters[(where, name)]
            if was_required != is_required:
                out.append(f"{label} now {'required' if is_required else 'optional'}")
            if was != now:
                found: list[str] = []
                _shape_differences(was, now, "", found)
                out += [f"{label}: {line}" for line in found]
    if (old.body is None) != (new.body is None):
        out.append("request body " + ("added" if old.body is None else "removed"))
    elif old.body is not None:
        _content_differences("request body", old.body, new.body, out)
    for status in sorted(set(old.responses) | set(new.responses)):
        if status not in new.responses:
            out.append(f"response {status} removed")
        elif status not in old.responses:
            out.append(f"response {status} added")
        else:
            _content_differences(f"response {status}", old.responses[status], new.responses[status], out)
    return out


@dataclass
class SpecDiff:
    added: list[Operation]
    removed: list[Operation]
    changed: list[tuple[Operation, list[str]]]
    unchanged: int
    detailed: bool


def diff(old: dict[tuple[str, str], Operation], new: dict[tuple[str, str], Operation]) -> SpecDiff:
    common = sorted(set(old) & set(new))
    changed = [(new[key], found) for key in common if (found := operation_changes(old[key], new[key]))]
    return SpecDiff(
        added=[new[key] for key in sorted(set(new) - set(old))],
        removed=[old[key] for key in sorted(set(old) - set(new))],
        changed=changed,
        unchanged=len(common) - len(changed),
        detailed=all(op.detailed for op in old.values()) and all(op.detailed for op in new.values()),
    )


def render(result: SpecDiff, old_label: str, new_label: str) -> str:
    lines = [f"### API changes: {old_label} -> {new_label}", ""]
    if not (result.added or result.removed or result.changed):
        lines.append(f"No operation added, removed or changed ({result.unchanged} operations).")
    for title, entries in (("Added", result.added), ("Removed", result.removed)):
        if entries:
            lines += [f"**{title} ({len(entries)})**", ""]
            lines += [f"- {op.title}: {op.summary}" for op in entries]
            lines.append("")
    if result.changed:
        lines += [f"**Changed ({len(result.changed)})**", ""]
        for op, found in result.changed:
            lines.append(f"- {op.title}")
            lines += [f"  - {line}" for line in found[:MAX_DETAILS]]
            if len(found) > MAX_DETAILS:
                lines.append(f"  - ... and {len(found) - MAX_DETAILS} more")
        lines.append("")
    if result.added or result.removed or result.changed:
        lines.append(f"Unchanged: {result.unchanged} operations.")
    if not result.detailed:
        lines.append("(Operations only: one side has no parameters, bodies or responses to compare.)")
    return "\n".join(lines).rstrip() + "\n"


def load_new(path: Path) -> tuple[dict[tuple[str, str], Operation], str]:
    """The new side's operations from a bundle folder, an index document, or an llms.txt rendering."""
    import yaml

    from overlays import apply_overlays, merge_bundles
    from overlays.__main__ import _Loader
    from overlays.merge_bundles import API_ROOT

    def parse(file: Path) -> Document:
        loaded: Document = yaml.load(file.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506 (safe loaders)
        return loaded

    if path.is_dir():
        bundles = sorted(path.glob("en-*.openapi.yaml"))
        if bundles:
            merged = merge_bundles({file.name.removesuffix(".openapi.yaml"): parse(file) for file in bundles})
            return operations_of(apply_overlays(merged)), f"{len(bundles)} bundles in {path}"
        path = path / "index.yaml"
        if not path.is_file():
            raise ValueError(f"{path.parent} has neither en-*.openapi.yaml bundles nor index.yaml")
    if path.suffix == ".txt":
        return operations_of_llms_txt(path.read_text(encoding="utf-8")), f"{path.name} (operations only)"
    document = parse(path)
    servers = [server.get("url") for server in document.get("servers", [])]
    if servers[:1] != [API_ROOT]:
        raise ValueError(f"{path}: not index-shaped (server {servers[:1]}, expected {API_ROOT}); give a bundle folder")
    return operations_of(apply_overlays(document)), str(path)


def load_old(path: Path | None) -> Document:
    """The overlaid document of the locked spec: ``path`` (JSON, or gzipped JSON), else the packaged one."""
    if path is None:
        from altegio_client.testing import load_spec

        return load_spec()
    data = path.read_bytes()
    loaded: Document = json.loads(gzip.decompress(data) if path.suffix == ".gz" else data)
    return loaded


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("new", type=Path, help="bundle folder, index.yaml, or an llms.txt rendering")
    parser.add_argument("--old", type=Path, help="overlaid document (default: the one packaged with the client)")
    args = parser.parse_args(argv)
    if not args.new.exists():
        print(
            f"spec-diff: {args.new} does not exist (for openapi/bundles: `make spec UPDATE=1` first)", file=sys.stderr
        )
        return 2
    try:
        new, new_label = load_new(args.new)
    except (OSError, ValueError) as exc:
        print(f"spec-diff: {exc}", file=sys.stderr)
        return 2
    print(render(diff(operations_of(load_old(args.old)), new), "locked spec", new_label), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
