"""Schema shapes that openapi-python-client 0.29 cannot parse.

The bundles use valid JSON Schema that the generator rejects, dropping the schema and every
schema or response that refers to it:

- arrays without ``items`` (47, e.g. ``meta: {type: array, maxItems: 0, description: "Empty
  array when no position assigned"}``): "type array must have items or prefixItems defined";
- ``type`` lists of more than one non-null type (``type: [object, array]`` "Custom fields
  (object or empty array)", ``[string, number]``, ``[object, null, string]``): "Invalid
  property in union";
- ``default: null`` on schemas that do not admit null (``type: array, default: null``).

The fixes keep the meaning: an array without ``items`` is an array of anything
(``items: {}``); a type list becomes an ``anyOf`` of one branch per type, each keeping the
keywords that apply to it; a null default that the type forbids is dropped.
"""

from __future__ import annotations

from typing import Any

from ._doc import Document, all_schemas

#: Keywords that belong to one JSON type, moved into that type's ``anyOf`` branch.
_KEYWORDS_OF = {
    "object": ("properties", "additionalProperties", "required", "patternProperties", "minProperties", "maxProperties"),
    "array": ("items", "prefixItems", "minItems", "maxItems", "uniqueItems"),
    "string": ("format", "pattern", "minLength", "maxLength"),
    "number": ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"),
    "integer": ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"),
}


def _types(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type")
    if isinstance(kind, list):
        return [str(item) for item in kind]
    return [kind] if isinstance(kind, str) else []


def _split_type_list(schema: dict[str, Any]) -> None:
    kinds = _types(schema)
    if len([kind for kind in kinds if kind != "null"]) < 2:
        return
    branches: list[dict[str, Any]] = []
    for kind in kinds:
        branch: dict[str, Any] = {"type": kind}
        for keyword in _KEYWORDS_OF.get(kind, ()):
            if keyword in schema:
                branch[keyword] = schema[keyword]
        if kind == "array":
            branch.setdefault("items", {})
        branches.append(branch)
    for kind in kinds:
        for keyword in _KEYWORDS_OF.get(kind, ()):
            schema.pop(keyword, None)
    del schema["type"]
    schema["anyOf"] = branches + schema.get("anyOf", [])


def generator_compat(doc: Document) -> Document:
    """Rewrite item-less arrays, multi-type lists and impossible null defaults."""
    for schema in list(all_schemas(doc)):
        if "array" in _types(schema) and "items" not in schema and "prefixItems" not in schema:
            schema["items"] = {}
        if "default" in schema and schema["default"] is None and _types(schema) and "null" not in _types(schema):
            del schema["default"]
        _split_type_list(schema)
    return doc
