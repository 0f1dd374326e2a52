"""Schema shapes that openapi-python-client 0.29 cannot parse.

The bundles use valid JSON Schema that the generator rejects, dropping the schema and every
schema or response that refers to it:

- arrays without ``items`` (47, e.g. ``meta: {type: array, maxItems: 0, description: "Empty
  array when no position assigned"}``): "type array must have items or prefixItems defined";
- ``type`` lists of more than one non-null type (``type: [object, array]`` "Custom fields
  (object or empty array)", ``[string, number]``, ``[object, null, string]``): "Invalid
  property in union";
- ``default: null`` on schemas that do not admit null (``type: array, default: null``);
- a ``const`` branch beside another branch of its type, e.g. the booking user's phone
  ``oneOf: [{type: string, const: ""}, {type: string, pattern: "^[0-9]{9,15}$"}, {type: null}]``:
  the generated parser checks the const first and raises on any other string instead of
  trying the next branch.

The fixes keep the meaning: an array without ``items`` is an array of anything
(``items: {}``); a type list becomes an ``anyOf`` of one branch per type, each keeping the
keywords that apply to it; a null default that the type forbids is dropped; a const branch is folded into its sibling
(``pattern: "^$|^[0-9]{9,15}$"``).
"""

from __future__ import annotations

import re
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


def _fold_const_branches(schema: dict[str, Any]) -> None:
    for key in ("oneOf", "anyOf"):
        branches = schema.get(key)
        if not isinstance(branches, list):
            continue
        for const_branch in [b for b in branches if isinstance(b, dict) and "const" in b]:
            sibling = next(
                (
                    b
                    for b in branches
                    if b is not const_branch and "const" not in b and b.get("type") == const_branch.get("type")
                ),
                None,
            )
            if sibling is None:
                continue
            if "pattern" in sibling:
                sibling["pattern"] = f"^{re.escape(str(const_branch['const']))}$|{sibling['pattern']}"
            branches.remove(const_branch)


def generator_compat(doc: Document) -> Document:
    """Rewrite item-less arrays, multi-type lists and impossible null defaults."""
    for schema in list(all_schemas(doc)):
        if "array" in _types(schema) and "items" not in schema and "prefixItems" not in schema:
            schema["items"] = {}
        if "default" in schema and schema["default"] is None and _types(schema) and "null" not in _types(schema):
            del schema["default"]
        _split_type_list(schema)
        _fold_const_branches(schema)
    return doc
