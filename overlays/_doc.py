"""Small helpers shared by the overlays: walking operations, schemas and references.

An overlay receives the whole merged OpenAPI document as plain dicts and lists (what a YAML
loader returns) and returns the document it wants the next overlay to see.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

Document = dict[str, Any]
Overlay = Callable[[Document], Document]

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def operations(doc: Document) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield ``(path, method, operation)`` for every operation, in document order."""
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield path, method, operation


def walk(node: Any) -> Iterator[dict[str, Any]]:
    """Yield every mapping in ``node``, depth first, parents before children."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            yield current
            stack.extend(reversed(list(current.values())))
        elif isinstance(current, list):
            stack.extend(reversed(current))


def resolve(doc: Document, node: Any) -> Any:
    """Follow a local ``$ref`` (``#/components/...``) chain to the node it names."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen or not ref.startswith("#/"):
            return node
        seen.add(ref)
        target: Any = doc
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def rename_refs(doc: Document, kind: str, renames: dict[str, str]) -> None:
    """Point every ``#/components/<kind>/<old>`` reference at its new name, in place."""
    if not renames:
        return
    prefix = f"#/components/{kind}/"
    for node in walk(doc):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(prefix):
            name = ref[len(prefix) :]
            if name in renames:
                node["$ref"] = prefix + renames[name]


_SCHEMA_LISTS = ("allOf", "oneOf", "anyOf", "prefixItems")
_SCHEMA_SINGLES = ("items", "additionalProperties", "not", "contains", "propertyNames")


def subschemas(schema: Any) -> Iterator[dict[str, Any]]:
    """Yield ``schema`` and every schema nested in it (not through ``$ref``), never examples."""
    stack = [schema]
    while stack:
        current = stack.pop()
        if not isinstance(current, dict):
            continue
        yield current
        for key in _SCHEMA_SINGLES:
            stack.append(current.get(key))
        for key in _SCHEMA_LISTS:
            stack.extend(current.get(key) or [])
        for key in ("properties", "patternProperties", "$defs"):
            stack.extend((current.get(key) or {}).values())


def _media_schemas(container: Any) -> Iterator[Any]:
    if isinstance(container, dict):
        for media in (container.get("content") or {}).values():
            if isinstance(media, dict):
                yield media.get("schema")


def schema_roots(doc: Document) -> Iterator[Any]:
    """Yield the top-level schemas of a document: components, parameters, bodies, responses."""
    components = doc.get("components", {})
    yield from components.get("schemas", {}).values()
    for parameter in components.get("parameters", {}).values():
        yield parameter.get("schema")
    for response in list(components.get("responses", {}).values()) + list(components.get("requestBodies", {}).values()):
        yield from _media_schemas(response)
    for _path, _method, operation in operations(doc):
        for parameter in operation.get("parameters", []):
            yield parameter.get("schema")
        yield from _media_schemas(operation.get("requestBody"))
        for response in (operation.get("responses") or {}).values():
            yield from _media_schemas(response)


def all_schemas(doc: Document) -> Iterator[dict[str, Any]]:
    """Every schema object in the document, each once, examples never entered."""
    seen: set[int] = set()
    for root in schema_roots(doc):
        for schema in subschemas(root):
            if id(schema) not in seen:
                seen.add(id(schema))
                yield schema
