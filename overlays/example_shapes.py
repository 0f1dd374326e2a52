"""Documented responses whose own example contradicts their schema.

The examples are captured from real responses (``data`` as a list where the schema says one
object, ``meta: []`` where it says an object, ids and phones as numbers where it says strings,
``'2026-09-21T23:00:00.000-05:00'`` under ``format: date``, required fields the real answer
lacks). E.g. ``GET /v1/company/{location_id}/services/{service_id}`` documents::

    data: {type: object, description: Service object, ...}
    example: {success: true, data: [{id: 1, title: ...}], meta: {total_count: 1}}

A typed model built from the schema alone cannot hold the live answer: the contract suite
xfailed 22 operations and Prism flagged 82 documented responses. Where the two disagree and no
other evidence says which is wrong, both shapes are accepted: each response schema is widened
just where its example departs from it -- another branch (``anyOf``) for another shape, another
type for another scalar, a required field made optional, a ``format``/``pattern``/bound the
example breaks dropped, an enum value added. Nothing the schema accepted before is refused.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

from ._doc import Document, operations, resolve, subschemas

JSON_TYPES = {bool: "boolean", int: "integer", float: "number", str: "string", list: "array", dict: "object"}


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME = r"\d{2}:\d{2}:\d{2}(\.\d+)?(Z|z|[+-]\d{2}:?\d{2})"
#: Format checks as strict as Prism's (RFC 3339, 32-bit integers).
FORMAT_CHECKS: dict[str, Callable[[Any], bool]] = {
    "date": lambda v: not isinstance(v, str) or bool(_DATE.match(v)),
    "date-time": lambda v: not isinstance(v, str) or bool(re.match(rf"^\d{{4}}-\d{{2}}-\d{{2}}[Tt]{_TIME}$", v)),
    "time": lambda v: not isinstance(v, str) or bool(re.match(rf"^{_TIME}$", v)),
    "int32": lambda v: not _is_number(v) or (float(v).is_integer() and -(2**31) <= v < 2**31),
    "int64": lambda v: not _is_number(v) or (float(v).is_integer() and -(2**63) <= v < 2**63),
}


def json_type(value: Any) -> str:
    return "null" if value is None else JSON_TYPES[type(value)]


def _types(schema: dict[str, Any]) -> list[str] | None:
    kind = schema.get("type")
    if kind is None:
        return None
    return list(kind) if isinstance(kind, list) else [kind]


def _type_accepts(types: list[str] | None, schema: dict[str, Any], value: Any) -> bool:
    actual = json_type(value)
    if types is None:
        return not (actual == "null" and schema.get("nullable") is False)
    if actual == "null" and schema.get("nullable"):
        return True
    return actual in types or (actual == "integer" and "number" in types)


def accepts(doc: Document, schema: Any, value: Any, depth: int = 0) -> bool:
    """Whether ``value`` satisfies ``schema`` in every respect :func:`widen` can relax."""
    schema = resolve(doc, schema)
    if not isinstance(schema, dict) or depth > 60:
        return True
    for branch in schema.get("allOf", []):
        if not accepts(doc, branch, value, depth + 1):
            return False
    branches = schema.get("oneOf") or schema.get("anyOf")
    if branches:
        matching = sum(accepts(doc, branch, value, depth + 1) for branch in branches)
        if matching == 0 or ("oneOf" in schema and matching > 1):
            return False
    if not _type_accepts(_types(schema), schema, value):
        return False
    if "enum" in schema and value not in schema["enum"] and value is not None:
        return False
    if isinstance(value, str) and "pattern" in schema and not re.search(schema["pattern"], value):
        return False
    check = FORMAT_CHECKS.get(schema.get("format", ""))
    if check is not None and not check(value):
        return False
    if _breaks_bound(schema, value):
        return False
    if isinstance(value, dict):
        properties = schema.get("properties") or {}
        if any(name not in value for name in schema.get("required", [])):
            return False
        for name, item in value.items():
            sub = properties.get(name, schema.get("additionalProperties"))
            if isinstance(sub, dict) and not accepts(doc, sub, item, depth + 1):
                return False
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        return all(accepts(doc, schema["items"], item, depth + 1) for item in value)
    return True


def _breaks_bound(schema: dict[str, Any], value: Any) -> bool:
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return False
    return ("maximum" in schema and value > schema["maximum"]) or ("minimum" in schema and value < schema["minimum"])


def _shape_of(value: Any) -> dict[str, Any]:
    """The loosest schema of ``value``'s JSON type."""
    kind = json_type(value)
    return {"type": "array", "items": {}} if kind == "array" else {"type": kind}


def widen(doc: Document, schema: Any, value: Any, depth: int = 0) -> Any:
    """``schema``, relaxed in place or replaced, so that it accepts ``value`` as well."""
    if depth > 60 or accepts(doc, schema, value):
        return schema
    target = resolve(doc, schema)
    if not isinstance(target, dict):
        return schema
    types = _types(target)
    branches_key = "oneOf" if "oneOf" in target else "anyOf" if "anyOf" in target else None
    if branches_key:
        branches = target[branches_key]
        if "oneOf" in target:  # overlapping branches ("must match exactly one") are a union, not a choice
            target["anyOf"] = target.pop("oneOf")
        if not any(accepts(doc, branch, value) for branch in branches):
            kinds = [
                i for i, b in enumerate(branches) if _type_accepts(_types(resolve(doc, b)), resolve(doc, b), value)
            ]
            if kinds:
                branches[kinds[0]] = widen(doc, branches[kinds[0]], value, depth + 1)
            else:
                branches.append(_shape_of(value))
        return schema
    if not _type_accepts(types, target, value):
        actual = json_type(value)
        if actual == "array" and types == ["object"]:  # a list of what the schema describes
            return {
                "anyOf": [
                    schema,
                    {
                        "type": "array",
                        "items": widen(doc, copy.deepcopy(schema), value[0], depth + 1) if value else schema,
                    },
                ]
            }
        if actual == "object" and types == ["array"] and isinstance(target.get("items"), dict):
            return {"anyOf": [schema, widen(doc, copy.deepcopy(target["items"]), value, depth + 1)]}
        if (
            schema is target
            and types
            and actual != "array"
            and actual != "object"
            and all(t not in ("array", "object") for t in types)
        ):
            target["type"] = [*types, actual]
            return widen(doc, schema, value, depth + 1)
        return {"anyOf": [schema, widen(doc, _shape_of(value), value, depth + 1)]}
    for key in [k for k in ("format", "pattern") if k in target]:
        if not accepts(doc, {key: target[key], "type": json_type(value)}, value):
            del target[key]
    for bound in ("maximum", "minimum"):
        if bound in target and _breaks_bound({bound: target[bound]}, value):
            del target[bound]
    if "enum" in target and value not in target["enum"] and value is not None:
        target["enum"] = [*target["enum"], value]
    for branch in target.get("allOf", []):
        widen(doc, branch, value, depth + 1)
    if isinstance(value, dict):
        if "required" in target:
            target["required"] = [name for name in target["required"] if name in value] or None
            if target["required"] is None:
                del target["required"]
        properties = target.get("properties") or {}
        for name, item in value.items():
            if name in properties:
                properties[name] = widen(doc, properties[name], item, depth + 1)
            elif isinstance(target.get("additionalProperties"), dict):
                target["additionalProperties"] = widen(doc, target["additionalProperties"], item, depth + 1)
    if isinstance(value, list) and isinstance(target.get("items"), dict):
        for item in value:
            target["items"] = widen(doc, target["items"], item, depth + 1)
    return schema


def _examples(media: dict[str, Any]) -> list[Any]:
    found = [media["example"]] if "example" in media else []
    found += [e["value"] for e in (media.get("examples") or {}).values() if isinstance(e, dict) and "value" in e]
    return found


def _response_schemas(doc: Document) -> list[dict[str, Any]]:
    """Every schema object a JSON response reaches, through ``$ref``, each once."""
    found: dict[int, dict[str, Any]] = {}
    pending: list[Any] = []
    for _path, _method, operation in operations(doc):
        for response in (operation.get("responses") or {}).values():
            for media_type, media in (resolve(doc, response).get("content") or {}).items():
                if "json" in media_type:
                    pending.append(media.get("schema"))
    while pending:
        for node in subschemas(pending.pop()):
            if id(node) in found:
                continue
            found[id(node)] = node
            if isinstance(node.get("$ref"), str):
                pending.append(resolve(doc, node))
    return list(found.values())


def _widen_in_place(doc: Document, node: dict[str, Any], value: Any) -> None:
    """Like :func:`widen`, keeping ``node`` the same object (its parent still points at it)."""
    widened = widen(doc, node, value)
    if widened is not node:
        inner = dict(node)
        kept: dict[str, Any] = {key: inner.pop(key) for key in ("description", "example") if key in inner}
        node.clear()
        node.update(kept, anyOf=[inner, *widened["anyOf"][1:]])


def accept_example_shapes(doc: Document) -> Document:
    """Widen every documented JSON response schema until it accepts its own examples.

    Both kinds: the response's example(s), and the ``example`` of any schema inside it (what a
    mock such as Prism composes an answer from when the response has none).
    """
    for _path, _method, operation in operations(doc):
        for response in (operation.get("responses") or {}).values():
            for media_type, media in (resolve(doc, response).get("content") or {}).items():
                if "json" not in media_type or not isinstance(media.get("schema"), dict):
                    continue
                for example in _examples(media):
                    media["schema"] = widen(doc, media["schema"], example)
    for node in _response_schemas(doc):
        if node.get("example") is not None and "$ref" not in node:
            _widen_in_place(doc, node, node["example"])
    return doc
