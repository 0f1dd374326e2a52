"""Values built from the OpenAPI document: examples where valid, otherwise synthesised.

Used by :mod:`altegio_client.testing` (and the contract tests) to answer every operation and
to check requests, without a hand-written fixture per operation. Needs ``jsonschema``
(the ``testing`` extra). ``schema_value`` synthesises a minimal value that validates against a
schema (required properties only, first branch of unions, enum's first member, formats
honoured); ``example_or_value`` prefers the documented example when it validates.
"""

from __future__ import annotations

import copy
import datetime
import re
from typing import Any

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ..types import parse_iso_datetime

DOCUMENT_URI = "urn:altegio:openapi"

_FORMATS = {
    "date": "2026-01-16",
    "date-time": "2026-01-16T16:00:00+00:00",
    "time": "16:00:00",
    "email": "client@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "uuid": "d72fece5-6825-4895-9395-0133195612a4",
    "binary": "",
}


#: Strings tried, in order, against a ``pattern`` (the bundles use a handful of shapes).
_PATTERN_CANDIDATES = [
    "2026-01-16 16:00:00",
    "2026-01-16",
    "2026-01-16T16:00:00+00:00",
    "16:00",
    "16:00:00",
    "13155550175",
    "+13155550175",
    "1",
    "",
    "#ffffff",
    "ffffff",
]


def _is_datetime(value: object) -> bool:
    if not isinstance(value, str) or "T" not in value.upper():
        return not isinstance(value, str)
    try:
        parse_iso_datetime(value)
    except ValueError:
        return False
    return True


def _is_date(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


#: ``date``/``date-time`` are checked the way a server (and Prism) reads them: RFC 3339.
FORMATS = jsonschema.FormatChecker(formats=())
FORMATS.checks("date-time")(_is_datetime)
FORMATS.checks("date")(_is_date)


class SpecValues:
    """Resolve, validate and synthesise against one (overlaid) OpenAPI document."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        resource: Resource[Any] = Resource.from_contents(document, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource(DOCUMENT_URI, resource)

    # -- references and validation -----------------------------------------------------

    def resolve(self, node: Any) -> Any:
        seen = set()
        while isinstance(node, dict) and "$ref" in node and node["$ref"] not in seen:
            seen.add(node["$ref"])
            target: Any = self.document
            for part in node["$ref"][2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def validator(self, schema: dict[str, Any]) -> jsonschema.Validator:
        rooted = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:altegio:fragment", **schema}
        rooted = _rebase_refs(rooted)
        return jsonschema.Draft202012Validator(rooted, registry=self.registry, format_checker=FORMATS)

    def errors(self, schema: dict[str, Any], value: Any) -> list[str]:
        """Validation messages for ``value`` against ``schema`` (empty when valid)."""
        return [
            f"{'/'.join(str(p) for p in error.absolute_path) or '<root>'}: {error.message}"
            for error in self.validator(schema).iter_errors(value)
        ]

    # -- values ----------------------------------------------------------------------------

    def example_or_value(self, schema: dict[str, Any], *examples: Any) -> Any:
        """The first documented example that validates, else a synthesised value."""
        for example in examples:
            if example is not None and not self.errors(schema, example):
                return copy.deepcopy(example)
        resolved = self.resolve(schema)
        if "example" in resolved and not self.errors(schema, resolved["example"]):
            return copy.deepcopy(resolved["example"])
        return self.schema_value(schema)

    def schema_value(self, schema: Any, depth: int = 0) -> Any:
        schema = self.resolve(schema)
        if not isinstance(schema, dict) or depth > 12:
            return None
        if "const" in schema:
            return schema["const"]
        if schema.get("enum"):
            return next((value for value in schema["enum"] if value is not None), schema["enum"][0])
        if "example" in schema and depth > 0 and not self.errors(schema, schema["example"]):
            return copy.deepcopy(schema["example"])
        if "allOf" in schema:
            merged: dict[str, Any] = {}
            for part in schema["allOf"]:
                value = self.schema_value(part, depth + 1)
                if isinstance(value, dict):
                    merged.update(value)
            return merged
        for key in ("oneOf", "anyOf"):
            if key in schema:
                branches = [self.resolve(branch) for branch in schema[key]]
                preferred = [b for b in branches if b.get("type") not in ("null", "array")] or branches
                return self.schema_value(preferred[0], depth + 1)
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), "null")
        if kind == "object" or (kind is None and "properties" in schema):
            properties = schema.get("properties", {})
            return {name: self.schema_value(properties.get(name, {}), depth + 1) for name in schema.get("required", [])}
        if kind == "array":
            if schema.get("maxItems") == 0:
                return []
            count = max(1, schema.get("minItems", 1))
            return [self.schema_value(schema.get("items", {}), depth + 1) for _ in range(count)]
        if kind == "integer":
            return max(int(schema.get("multipleOf", 1)), int(schema.get("minimum", 1)))
        if kind == "number":
            return float(max(1, schema.get("minimum", 1)))
        if kind == "boolean":
            return True
        if kind == "string":
            text = _FORMATS.get(schema.get("format", ""), "text")
            if "pattern" in schema:
                text = next((c for c in [text, *_PATTERN_CANDIDATES] if re.search(schema["pattern"], c)), text)
            return text.ljust(schema.get("minLength", 0), "x")
        if kind == "null":
            return None
        return "text"


def _rebase_refs(node: Any) -> Any:
    """Point local ``#/...`` references at the whole document in the registry."""
    if isinstance(node, dict):
        return {
            key: (
                f"{DOCUMENT_URI}{value}"
                if key == "$ref" and isinstance(value, str) and value.startswith("#/")
                else _rebase_refs(value)
            )
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_rebase_refs(item) for item in node]
    return node
