"""SpecValues: what the testing kit answers with and checks requests against, on small documents."""

from __future__ import annotations

from typing import Any

import pytest

from altegio_client.testing._spec_values import SpecValues

DOCUMENT: dict[str, Any] = {
    "components": {
        "schemas": {
            "pet": {
                "type": "object",
                "required": ["name", "tags"],
                "properties": {
                    "name": {"type": "string", "minLength": 4},
                    "age": {"type": "integer"},
                    "tags": {"type": "array", "items": {"$ref": "#/components/schemas/tag"}},
                },
            },
            "tag": {"type": "string", "enum": ["calm", "loud"]},
            "a/b~c": {"type": "integer", "minimum": 7},
            "loop": {"$ref": "#/components/schemas/loop"},
            "documented": {"type": "integer", "example": 42},
            "badly_documented": {"type": "integer", "example": "forty-two"},
        }
    }
}


@pytest.fixture
def spec() -> SpecValues:
    return SpecValues(DOCUMENT)


def test_references_resolve_with_escaped_names_and_a_cycle_stops(spec: SpecValues) -> None:
    assert spec.resolve({"$ref": "#/components/schemas/a~1b~0c"}) == {"type": "integer", "minimum": 7}
    assert spec.resolve({"$ref": "#/components/schemas/loop"}) == {"$ref": "#/components/schemas/loop"}
    assert spec.resolve({"type": "string"}) == {"type": "string"}


@pytest.mark.parametrize(
    ("schema", "value"),
    [
        ({"const": 5, "type": "integer"}, 5),
        ({"enum": [None, "b", "c"]}, "b"),  # a real member over null
        ({"enum": [None]}, None),
        ({"type": "integer"}, 1),
        ({"type": "integer", "minimum": 5}, 5),
        ({"type": "integer", "multipleOf": 10}, 10),
        ({"type": "number"}, 1.0),
        ({"type": "number", "minimum": 3}, 3.0),
        ({"type": "number", "minimum": 0}, 1.0),
        ({"type": "boolean"}, True),
        ({"type": "null"}, None),
        ({"type": ["null", "integer"]}, 1),  # the first type that is not null
        ({"type": ["null"]}, None),
        ({"type": "string"}, "text"),
        ({"type": "string", "format": "date"}, "2026-01-16"),
        ({"type": "string", "format": "date-time"}, "2026-01-16T16:00:00+00:00"),
        ({"type": "string", "format": "email"}, "client@example.com"),
        ({"type": "string", "minLength": 6}, "textxx"),
        ({"type": "string", "pattern": "^\\+?[0-9]{9,15}$"}, "13155550175"),
        ({"type": "string", "pattern": "^#[0-9a-f]{6}$"}, "#ffffff"),
        ({"type": "string", "pattern": "^never$"}, "text"),  # no candidate fits: the plain value
        ({"type": "string", "format": "date", "pattern": "^\\d{4}-\\d\\d-\\d\\d$"}, "2026-01-16"),
        ({}, "text"),
        ("not a schema", None),
        ({"type": "array"}, ["text"]),
        ({"type": "array", "items": {"type": "integer"}, "minItems": 3}, [1, 1, 1]),
        ({"type": "array", "items": {"type": "integer"}, "maxItems": 0}, []),
        ({"properties": {"a": {"type": "integer"}}, "required": ["a"]}, {"a": 1}),  # an object without `type`
        ({"$ref": "#/components/schemas/pet"}, {"name": "text", "tags": ["calm"]}),  # required only
        ({"type": "object", "required": ["x"]}, {"x": "text"}),
        (
            {
                "allOf": [
                    {"$ref": "#/components/schemas/pet"},
                    {"type": "object", "required": ["age"]},
                    {"type": "integer"},
                ]
            },
            {"name": "text", "tags": ["calm"], "age": "text"},
        ),
        ({"oneOf": [{"type": "null"}, {"type": "array"}, {"type": "integer"}]}, 1),  # null and arrays last
        ({"anyOf": [{"type": "null"}, {"type": "array", "items": {"type": "integer"}}]}, None),
        (
            {"type": "object", "required": ["n"], "properties": {"n": {"$ref": "#/components/schemas/documented"}}},
            {"n": 42},
        ),  # a nested example that validates is used
        (
            {
                "type": "object",
                "required": ["n"],
                "properties": {"n": {"$ref": "#/components/schemas/badly_documented"}},
            },
            {"n": 1},
        ),  # one that does not validate is not
        ({"type": "integer", "example": 42}, 1),  # the top level's own example is example_or_value's to choose
    ],
)
def test_synthesised_values_are_minimal_and_valid(spec: SpecValues, schema: Any, value: Any) -> None:
    assert spec.schema_value(schema) == value


def test_synthesis_stops_at_depth_12(spec: SpecValues) -> None:
    deep: dict[str, Any] = {"type": "integer"}
    for _ in range(13):
        deep = {"type": "array", "items": deep}
    value = spec.schema_value(deep)
    for _ in range(13):
        assert isinstance(value, list)
        value = value[0]
    assert value is None
    assert spec.schema_value({"type": "integer"}, depth=12) == 1


def test_errors_name_the_path_of_each_problem(spec: SpecValues) -> None:
    pet = {"$ref": "#/components/schemas/pet"}
    assert spec.errors(pet, {"name": "Rex!", "tags": ["calm"]}) == []
    assert spec.errors(pet, {"name": "Rex", "tags": ["calm", "shy"]}) == [
        "name: 'Rex' is too short",
        "tags/1: 'shy' is not one of ['calm', 'loud']",
    ]
    assert spec.errors(pet, []) == ["<root>: [] is not of type 'object'"]


@pytest.mark.parametrize(
    ("schema", "value", "valid"),
    [
        ({"type": "string", "format": "date-time"}, "2026-03-20T14:00:00+0300", True),
        ({"type": "string", "format": "date-time"}, "2026-03-20t14:00:00Z", True),
        ({"type": "string", "format": "date-time"}, "2026-03-20 14:00:00", False),  # no `T`: not RFC 3339
        ({"type": "string", "format": "date-time"}, "2026-13-20T14:00:00Z", False),
        ({"type": ["string", "integer"], "format": "date-time"}, 5, True),  # formats judge strings only
        ({"type": "string", "format": "date"}, "2026-03-20", True),
        ({"type": "string", "format": "date"}, "20.03.2026", False),
        ({"type": ["string", "integer"], "format": "date"}, 5, True),
        ({"type": "string", "format": "email"}, "not an address", True),  # only dates are checked
    ],
)
def test_dates_are_checked_as_a_server_reads_them(spec: SpecValues, schema: Any, value: Any, valid: bool) -> None:
    assert (spec.errors(schema, value) == []) is valid


def test_a_documented_example_is_preferred_when_it_validates(spec: SpecValues) -> None:
    pet = {"$ref": "#/components/schemas/pet"}
    good = {"name": "Rexie", "tags": ["loud"]}
    assert spec.example_or_value(pet, None, {"name": "Rex", "tags": []}, good) == good
    chosen = spec.example_or_value(pet, good)
    chosen["tags"].append("calm")
    assert good == {"name": "Rexie", "tags": ["loud"]}  # a copy: the document's example stays intact
    assert spec.example_or_value(pet, {"name": 1}) == {"name": "text", "tags": ["calm"]}
    assert spec.example_or_value(pet) == {"name": "text", "tags": ["calm"]}


def test_the_schemas_own_example_comes_next(spec: SpecValues) -> None:
    documented = {"$ref": "#/components/schemas/documented"}
    assert spec.example_or_value(documented) == 42
    assert spec.example_or_value(documented, 7) == 7
    assert spec.example_or_value({"$ref": "#/components/schemas/badly_documented"}) == 1
    listed = {"type": "array", "example": [[1]]}
    copied = spec.example_or_value(listed)
    copied[0].append(2)
    assert listed["example"] == [[1]]


def test_each_kind_of_nesting_counts_one_level(spec: SpecValues) -> None:
    needs_x = {"type": "object", "required": ["x"]}
    assert spec.schema_value({"allOf": [needs_x]}, depth=11) == {"x": None}  # x sits at depth 13
    assert spec.schema_value({"oneOf": [needs_x]}, depth=11) == {"x": None}
    assert spec.schema_value({"anyOf": [needs_x]}, depth=11) == {"x": None}
    assert spec.schema_value({"type": "object", "required": ["a"], "properties": {"a": needs_x}}, depth=11) == {
        "a": {"x": None}
    }
    assert spec.schema_value({"type": "array", "items": needs_x}, depth=11) == [{"x": None}]


def test_an_object_without_required_properties_is_empty_and_binary_is_empty_text(spec: SpecValues) -> None:
    assert spec.schema_value({"type": "object", "properties": {"a": {"type": "integer"}}}) == {}
    assert spec.schema_value({"type": "string", "format": "binary"}) == ""
    assert spec.schema_value({"type": "string", "format": "binary", "minLength": 2}) == "xx"


def test_a_nested_example_is_copied_deeply(spec: SpecValues) -> None:
    schema: dict[str, Any] = {
        "type": "object",
        "required": ["n"],
        "properties": {"n": {"type": "array", "example": [[1]]}},
    }
    value = spec.schema_value(schema)
    value["n"][0].append(2)
    assert schema["properties"]["n"]["example"] == [[1]]


def test_only_references_are_rebased_not_values_that_look_like_them(spec: SpecValues) -> None:
    looks_like_a_ref = {"type": "string", "const": "#/components/schemas/tag", "description": "#/not/a/ref"}
    assert spec.errors(looks_like_a_ref, "#/components/schemas/tag") == []
    listed = {"type": "array", "prefixItems": [{"$ref": "#/components/schemas/tag"}]}  # refs inside lists rebased
    assert spec.errors(listed, ["calm"]) == []
    assert spec.errors(listed, ["shy"]) != []
