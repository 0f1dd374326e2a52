"""overlays._doc: the walks every overlay relies on to see every operation and every schema."""

from __future__ import annotations

from typing import Any

import pytest

from overlays._doc import all_schemas, operations, rename_refs, resolve, schema_roots, subschemas, walk


def test_operations_are_every_http_method_in_document_order() -> None:
    methods = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
    doc = {
        "paths": {
            "/a": {method: {"operationId": method} for method in reversed(methods)},
            "/b": {"parameters": [{"name": "x"}], "summary": "not an operation", "get": "not a mapping"},
        }
    }
    assert [(path, method) for path, method, _ in operations(doc)] == [("/a", method) for method in methods]
    assert list(operations({})) == []


def test_walk_yields_every_mapping_parents_first_depth_first() -> None:
    leaf = {"c": 1}
    tree = {"a": [{"b": leaf}, "text", [{"d": 2}]], "e": {"f": None}}
    assert list(walk(tree)) == [tree, {"b": leaf}, leaf, {"d": 2}, {"f": None}]
    assert list(walk([{"x": 1}, {"y": 2}])) == [{"x": 1}, {"y": 2}]


def test_resolve_follows_local_chains_and_stops_at_cycles_and_foreign_refs() -> None:
    doc: dict[str, Any] = {
        "components": {
            "schemas": {
                "a/b~c": {"$ref": "#/components/schemas/final"},
                "final": {"type": "integer"},
                "loop": {"$ref": "#/components/schemas/loop"},
            }
        }
    }
    assert resolve(doc, {"$ref": "#/components/schemas/a~1b~0c"}) == {"type": "integer"}
    assert resolve(doc, {"$ref": "#/components/schemas/loop"}) == {"$ref": "#/components/schemas/loop"}
    assert resolve(doc, {"$ref": "other.yaml#/x"}) == {"$ref": "other.yaml#/x"}
    assert resolve(doc, {"$ref": 5}) == {"$ref": 5}
    assert resolve(doc, ["not", "a", "mapping"]) == ["not", "a", "mapping"]


def test_rename_refs_touches_only_the_named_kind_and_names() -> None:
    doc: dict[str, Any] = {
        "a": {"$ref": "#/components/schemas/old"},
        "b": [{"$ref": "#/components/schemas/kept"}, {"$ref": "#/components/responses/old"}],
        "c": {"$ref": 7},
    }
    rename_refs(doc, "schemas", {"old": "new"})
    assert doc == {
        "a": {"$ref": "#/components/schemas/new"},
        "b": [{"$ref": "#/components/schemas/kept"}, {"$ref": "#/components/responses/old"}],
        "c": {"$ref": 7},
    }
    rename_refs(doc, "schemas", {})
    assert doc["a"] == {"$ref": "#/components/schemas/new"}


@pytest.mark.parametrize(
    "where",
    [
        lambda s: {"items": s},
        lambda s: {"additionalProperties": s},
        lambda s: {"not": s},
        lambda s: {"contains": s},
        lambda s: {"propertyNames": s},
        lambda s: {"allOf": [{}, s]},
        lambda s: {"oneOf": [s]},
        lambda s: {"anyOf": [s]},
        lambda s: {"prefixItems": [s]},
        lambda s: {"properties": {"p": s}},
        lambda s: {"patternProperties": {"^x": s}},
        lambda s: {"$defs": {"d": s}},
    ],
)
def test_subschemas_enter_every_schema_keyword(where: Any) -> None:
    nested = {"type": "integer"}
    assert any(schema is nested for schema in subschemas(where(nested)))


def test_subschemas_never_enter_examples_defaults_or_references() -> None:
    schema = {
        "example": {"type": "string"},
        "default": {"type": "string"},
        "properties": {"r": {"$ref": "#/components/schemas/x"}},
    }
    assert list(subschemas(schema)) == [schema, {"$ref": "#/components/schemas/x"}]
    assert list(subschemas("not a schema")) == []


def test_schema_roots_are_components_parameters_bodies_and_responses() -> None:
    def media(name: str) -> dict[str, Any]:
        return {"content": {"application/json": {"schema": {"title": name}}, "text/plain": "not a mapping"}}

    doc = {
        "components": {
            "schemas": {"s": {"title": "component"}},
            "parameters": {"p": {"schema": {"title": "component parameter"}}},
            "responses": {"r": media("component response")},
            "requestBodies": {"b": media("component body")},
        },
        "paths": {
            "/x": {
                "post": {
                    "parameters": [{"schema": {"title": "parameter"}}],
                    "requestBody": media("body"),
                    "responses": {"200": media("response"), "204": {"description": "none"}},
                }
            }
        },
    }
    titles = [root["title"] for root in schema_roots(doc) if root]
    assert titles == [
        "component",
        "component parameter",
        "component response",
        "component body",
        "parameter",
        "body",
        "response",
    ]
    assert list(schema_roots({"paths": {"/y": {"get": {}}}})) == []


def test_all_schemas_yields_a_shared_schema_once() -> None:
    shared = {"type": "string"}
    doc = {"components": {"schemas": {"a": {"items": shared}, "b": {"properties": {"x": shared}}}}}
    assert [schema for schema in all_schemas(doc) if schema is shared] == [shared]
    assert len(list(all_schemas(doc))) == 3
