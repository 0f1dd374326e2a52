"""``overlays/example_shapes.py`` piece by piece: what ``accepts`` checks, how ``widen`` relaxes a
schema just enough for its example and no further, and which examples the overlay reads."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from overlays.example_shapes import accept_example_shapes, accepts, json_type, widen

ID = "#/components/schemas/Id"
DOC: dict[str, Any] = {"components": {"schemas": {"Id": {"type": "integer"}}}}
REF = {"$ref": ID}


def _doc() -> dict[str, Any]:
    return copy.deepcopy(DOC)


ACCEPTED = [
    ({"type": "integer"}, 1),
    ({"type": "number"}, 1),  # an integer is a number
    ({"type": "number"}, 1.5),
    ({"type": ["string", "null"]}, None),
    ({"type": "string", "nullable": True}, None),
    ({}, None),  # no type, nullable not said: anything
    ({"nullable": True}, "x"),
    (REF, 1),
    (True, 5),  # a boolean schema (or any non-mapping) constrains nothing
    (None, 5),
    ({"enum": [1, 2]}, 1),
    ({"enum": [1, 2]}, None),  # a null is not refused by an enum
    ({"type": "string", "pattern": "^a"}, "abc"),
    ({"pattern": "^a"}, 5),  # a pattern constrains strings only
    ({"type": "string"}, "no pattern, no format"),
    ({"type": "string", "format": "date"}, "2026-09-21"),
    ({"type": "string", "format": "date-time"}, "2026-09-21T23:00:00.000-05:00"),
    ({"type": "string", "format": "time"}, "23:00:00Z"),
    ({"format": "int32"}, "abc"),  # a number format constrains numbers only
    ({"format": "int32"}, True),
    ({"type": "integer", "format": "int32"}, 2**31 - 1),
    ({"type": "integer", "format": "int32"}, -(2**31)),
    ({"type": "integer", "format": "int64"}, 2**40),
    ({"maximum": 2}, 2),
    ({"minimum": 1}, 1),
    ({"maximum": 2}, "x"),  # bounds constrain numbers only
    ({"maximum": 0}, True),  # ... and a boolean is not a number
    ({"allOf": [{"type": "integer"}, {"maximum": 5}]}, 3),
    ({"oneOf": [{"type": "integer"}, {"type": "string"}]}, "x"),
    ({"anyOf": [{"type": "integer"}, {"type": "number"}]}, 5),  # anyOf: several may match
    ({"anyOf": [REF, {"type": "string"}]}, 1),
    ({"type": "object", "required": ["id"]}, {"id": 1}),
    ({"type": "object", "additionalProperties": {"type": "integer"}}, {"a": 1}),
    ({"properties": {"a": {"type": "string"}}, "additionalProperties": {"type": "integer"}}, {"a": "x"}),
    ({"type": "object", "properties": {"id": REF}}, {"id": 1}),
    ({"type": "array", "items": REF}, [1, 2]),
]

REFUSED = [
    ({"type": "integer"}, "1"),
    ({"type": "integer"}, True),  # a boolean is not an integer
    ({"type": "integer"}, 1.5),
    ({"type": "string"}, None),
    ({"nullable": False}, None),
    ({"type": "string", "nullable": True}, 1),  # nullable admits null, not any type
    (REF, "x"),
    ({"enum": [1, 2]}, 3),
    ({"type": "string", "pattern": "^a"}, "bc"),
    ({"type": "string", "format": "date"}, "2026-09-21T23:00:00"),
    ({"type": "string", "format": "date-time"}, "2026-09-21 23:00"),
    ({"type": "string", "format": "time"}, "23:00"),
    ({"type": "integer", "format": "int32"}, 2**31),
    ({"type": "integer", "format": "int32"}, -(2**31) - 1),
    ({"type": "number", "format": "int32"}, 1.5),
    ({"maximum": 2}, 3),
    ({"minimum": 1}, 0),
    ({"allOf": [{"type": "integer"}, {"maximum": 5}]}, 7),
    ({"allOf": [REF]}, "x"),
    ({"oneOf": [{"type": "integer"}, {"type": "number"}]}, 5),  # oneOf: exactly one must match
    ({"oneOf": [{"type": "integer"}]}, "x"),
    ({"anyOf": [{"type": "integer"}]}, "x"),
    ({"anyOf": [REF]}, "x"),
    ({"type": "object", "required": ["id"]}, {}),
    ({"type": "object", "additionalProperties": {"type": "integer"}}, {"a": "x"}),
    ({"type": "object", "additionalProperties": REF}, {"a": "x"}),
    ({"type": "object", "properties": {"id": REF}}, {"id": "x"}),
    ({"type": "array", "items": {"type": "integer"}}, [1, "x"]),
    ({"type": "array", "items": REF}, ["x"]),
]


@pytest.mark.parametrize(("schema", "value"), ACCEPTED, ids=repr)
def test_accepts_what_the_schema_allows(schema: Any, value: Any) -> None:
    assert accepts(_doc(), schema, value) is True


@pytest.mark.parametrize(("schema", "value"), REFUSED, ids=repr)
def test_refuses_what_the_schema_forbids(schema: Any, value: Any) -> None:
    assert accepts(_doc(), schema, value) is False


def test_json_types_of_values() -> None:
    values: tuple[Any, ...] = (None, True, 1, 1.5, "s", [], {})
    assert [json_type(v) for v in values] == [
        "null",
        "boolean",
        "integer",
        "number",
        "string",
        "array",
        "object",
    ]


# --- the depth limit: a self-referencing schema is checked (and widened) 60 levels deep, no further

#: How one level nests the next: (schema around ``inner``, value around ``inner``).
NESTINGS: dict[str, Callable[[Any, Any], tuple[Any, Any]]] = {
    "items": lambda s, v: ({"type": "array", "items": s}, [v]),
    "properties": lambda s, v: ({"type": "object", "properties": {"a": s}}, {"a": v}),
    "additionalProperties": lambda s, v: ({"type": "object", "additionalProperties": s}, {"a": v}),
    "allOf": lambda s, v: ({"allOf": [s]}, v),
    "anyOf": lambda s, v: ({"anyOf": [s]}, v),
}


def _nest(kind: str, levels: int, schema: Any, value: Any) -> tuple[Any, Any]:
    for _ in range(levels):
        schema, value = NESTINGS[kind](schema, value)
    return schema, value


def _inner(schema: Any, kind: str, levels: int) -> Any:
    for _ in range(levels):
        schema = {
            "items": lambda s: s["items"],
            "properties": lambda s: s["properties"]["a"],
            "additionalProperties": lambda s: s["additionalProperties"],
            "allOf": lambda s: s["allOf"][0],
            "anyOf": lambda s: s["anyOf"][0],
        }[kind](schema)
    return schema


@pytest.mark.parametrize("kind", NESTINGS)
def test_accepts_checks_60_levels_deep_and_no_further(kind: str) -> None:
    assert accepts(_doc(), *_nest(kind, 60, {"type": "integer"}, "x")) is False
    assert accepts(_doc(), *_nest(kind, 61, {"type": "integer"}, "x")) is True
    cyclic = {"components": {"schemas": {"Node": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}}}}
    value: list[Any] = []
    for _ in range(100):
        value = [value]
    assert accepts(cyclic, {"$ref": "#/components/schemas/Node"}, value) is True


#: A node whose own disagreement (``required``) is one level above its child's (the type).
TAIL = {"type": "object", "required": ["gone"], "properties": {"a": {"type": "integer"}}}
TAIL_VALUE = {"a": "x"}


@pytest.mark.parametrize("kind", NESTINGS)
def test_widen_relaxes_60_levels_deep_and_no_further(kind: str) -> None:
    schema, value = _nest(kind, 60, copy.deepcopy(TAIL), TAIL_VALUE)
    widened = widen(_doc(), schema, value)
    tail = _inner(widened, kind, 60)
    assert tail == {"type": "object", "properties": {"a": {"type": "integer"}}}  # level 60 relaxed, 61 not


def test_widen_of_a_list_where_one_object_is_documented_counts_the_level() -> None:
    schema, value = _nest("properties", 59, copy.deepcopy(TAIL), [TAIL_VALUE])
    tail = _inner(widen(_doc(), schema, value), "properties", 59)
    assert tail["anyOf"][1]["items"] == {"type": "object", "properties": {"a": {"type": "integer"}}}


def test_widen_of_an_object_where_a_list_is_documented_counts_the_level() -> None:
    schema, value = _nest("properties", 59, {"type": "array", "items": copy.deepcopy(TAIL)}, TAIL_VALUE)
    tail = _inner(widen(_doc(), schema, value), "properties", 59)
    assert tail["anyOf"][1] == {"type": "object", "properties": {"a": {"type": "integer"}}}


def test_widen_of_another_scalar_type_goes_on_at_the_next_level() -> None:
    # a scalar of another type is added to "type", then the same schema is widened one level deeper
    at_59, value = _nest("properties", 59, {"type": "string", "maximum": 2}, 5)
    assert _inner(widen(_doc(), at_59, value), "properties", 59) == {"type": ["string", "integer"]}
    at_60, value = _nest("properties", 60, {"type": "string", "maximum": 2}, 5)
    assert _inner(widen(_doc(), at_60, value), "properties", 60) == {"type": ["string", "integer"], "maximum": 2}


# --- widen: each kind of disagreement, relaxed just enough

WIDENED = [
    # another scalar type: added to "type"
    ({"type": "string"}, 5, {"type": ["string", "integer"]}),
    ({"type": ["string", "null"]}, 5, {"type": ["string", "null", "integer"]}),
    ({"type": "integer", "maximum": 2}, 1.5, {"type": ["integer", "number"], "maximum": 2}),
    # a list where the schema describes one object: either
    (
        {"type": "object", "required": ["id", "x"]},
        [{"id": 1}],
        {
            "anyOf": [
                {"type": "object", "required": ["id", "x"]},
                {"type": "array", "items": {"type": "object", "required": ["id"]}},
            ]
        },
    ),
    (
        {"type": "object", "required": ["id"]},
        [],
        {
            "anyOf": [
                {"type": "object", "required": ["id"]},
                {"type": "array", "items": {"type": "object", "required": ["id"]}},
            ]
        },
    ),
    # an object where the schema describes a list of them: either
    (
        {"type": "array", "items": {"type": "object", "required": ["id", "x"]}},
        {"id": 1},
        {
            "anyOf": [
                {"type": "array", "items": {"type": "object", "required": ["id", "x"]}},
                {"type": "object", "required": ["id"]},
            ]
        },
    ),
    # an object where a list of scalars is documented: the loosest object
    ({"type": "array", "items": True}, {"a": 1}, {"anyOf": [{"type": "array", "items": True}, {"type": "object"}]}),
    # a structure where a scalar is documented, or a scalar where a structure is: the loosest of its type
    ({"type": "string"}, [1], {"anyOf": [{"type": "string"}, {"type": "array", "items": {}}]}),
    ({"type": "string"}, {"a": 1}, {"anyOf": [{"type": "string"}, {"type": "object"}]}),
    ({"type": "object"}, "x", {"anyOf": [{"type": "object"}, {"type": "string"}]}),
    ({"type": "array", "items": {}}, 5, {"anyOf": [{"type": "array", "items": {}}, {"type": "integer"}]}),
    ({"type": ["string", "array"]}, 5, {"anyOf": [{"type": ["string", "array"]}, {"type": "integer"}]}),
    ({"type": ["string", "object"]}, 5, {"anyOf": [{"type": ["string", "object"]}, {"type": "integer"}]}),
    ({"type": "integer"}, None, {"type": ["integer", "null"]}),
    # a $ref'd scalar is not edited where it is shared: a branch beside it
    (REF, "x", {"anyOf": [REF, {"type": "string"}]}),
    # what the value breaks is dropped; what it keeps is kept
    ({"type": "string", "format": "date", "pattern": "^2"}, "1-1", {"type": "string"}),
    (
        {"type": "string", "format": "date", "enum": ["2026-01-01"]},
        "2026-02-02",
        {"type": "string", "format": "date", "enum": ["2026-01-01", "2026-02-02"]},
    ),
    (
        {"type": "string", "pattern": "^2", "enum": ["2"]},
        "20",
        {"type": "string", "pattern": "^2", "enum": ["2", "20"]},
    ),
    ({"type": "integer", "maximum": 2, "minimum": 0}, 3, {"type": "integer", "minimum": 0}),
    ({"type": "integer", "maximum": 2, "minimum": 0}, -1, {"type": "integer", "maximum": 2}),
    ({"type": "integer", "maximum": 9, "enum": [1]}, 2, {"type": "integer", "maximum": 9, "enum": [1, 2]}),
    ({"type": "integer", "minimum": 0, "enum": [1]}, 2, {"type": "integer", "minimum": 0, "enum": [1, 2]}),
    # required names the value lacks are dropped, the rest kept; none left: no "required"
    ({"type": "object", "required": ["a", "b"]}, {"a": 1}, {"type": "object", "required": ["a"]}),
    ({"type": "object", "required": ["a"]}, {"b": 1}, {"type": "object"}),
    # inside: properties, additionalProperties, items, allOf
    (
        {"type": "object", "properties": {"a": {"type": "integer"}, "b": {"type": "integer"}}},
        {"a": "x", "b": 1, "c": "y"},
        {"type": "object", "properties": {"a": {"type": ["integer", "string"]}, "b": {"type": "integer"}}},
    ),
    (
        {"type": "object", "additionalProperties": {"type": "integer"}, "required": ["z"]},
        {"a": "x"},
        {"type": "object", "additionalProperties": {"type": ["integer", "string"]}},
    ),
    (
        {"type": "object", "additionalProperties": True, "required": ["z"]},
        {"a": "x"},
        {"type": "object", "additionalProperties": True},
    ),
    (
        {"type": "array", "items": {"type": "integer"}},
        [1, "x", None],
        {"type": "array", "items": {"type": ["integer", "string", "null"]}},
    ),
    ({"type": "array", "items": True, "enum": [[]]}, [1], {"type": "array", "items": True, "enum": [[], [1]]}),
    ({"allOf": [{"type": "integer"}, {"maximum": 2}]}, 3, {"allOf": [{"type": "integer"}, {}]}),
    # a list of objects: the item is a copy of the object schema, widened on its own
    (
        {"type": "object", "properties": {"id": {"type": "integer"}}},
        [{"id": "x"}],
        {
            "anyOf": [
                {"type": "object", "properties": {"id": {"type": "integer"}}},
                {"type": "array", "items": {"type": "object", "properties": {"id": {"type": ["integer", "string"]}}}},
            ]
        },
    ),
    (
        {"type": "object", "properties": {"id": REF}},
        [{"id": "x"}],
        {
            "anyOf": [
                {"type": "object", "properties": {"id": REF}},
                {
                    "type": "array",
                    "items": {"type": "object", "properties": {"id": {"anyOf": [REF, {"type": "string"}]}}},
                },
            ]
        },
    ),
    # one object where a list is documented: the item is a copy too
    (
        {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "integer"}}}},
        {"id": "x"},
        {
            "anyOf": [
                {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "integer"}}}},
                {"type": "object", "properties": {"id": {"type": ["integer", "string"]}}},
            ]
        },
    ),
    (
        {"type": "array", "items": {"type": "object", "properties": {"id": REF}}},
        {"id": "x"},
        {
            "anyOf": [
                {"type": "array", "items": {"type": "object", "properties": {"id": REF}}},
                {"type": "object", "properties": {"id": {"anyOf": [REF, {"type": "string"}]}}},
            ]
        },
    ),
    # another scalar type, then the rest of the schema (a referenced allOf) checked again
    ({"type": "string", "allOf": [REF]}, 5, {"type": ["string", "integer"], "allOf": [REF]}),
    # referenced properties and additional properties: a branch beside the reference
    (
        {"type": "object", "properties": {"id": REF}},
        {"id": "x"},
        {"type": "object", "properties": {"id": {"anyOf": [REF, {"type": "string"}]}}},
    ),
    (
        {"type": "object", "additionalProperties": REF},
        {"a": "x"},
        {"type": "object", "additionalProperties": {"anyOf": [REF, {"type": "string"}]}},
    ),
    # "items" is for lists only
    (
        {"type": "object", "required": ["z"], "items": {"type": "integer"}},
        {"a": 1},
        {"type": "object", "items": {"type": "integer"}},
    ),
    (
        {"type": ["array", "string"], "items": {"type": "integer"}, "enum": ["a"]},
        "b",
        {"type": ["array", "string"], "items": {"type": "integer"}, "enum": ["a", "b"]},
    ),
    # unions: a branch of the value's type is widened; none: a new branch
    (
        {"anyOf": [{"type": "integer", "maximum": 2}, {"type": "string"}]},
        3,
        {"anyOf": [{"type": "integer"}, {"type": "string"}]},
    ),
    (
        {"anyOf": [{"type": "string"}, {"type": "integer", "maximum": 2}]},
        3,
        {"anyOf": [{"type": "string"}, {"type": "integer"}]},
    ),
    ({"anyOf": [{"type": "string"}, REF]}, 1.5, {"anyOf": [{"type": "string"}, REF, {"type": "number"}]}),
    ({"anyOf": [{"type": "string"}]}, [1], {"anyOf": [{"type": "string"}, {"type": "array", "items": {}}]}),
    ({"oneOf": [{"type": "string"}]}, 1, {"anyOf": [{"type": "string"}, {"type": "integer"}]}),
    # a branch that would take a null is no reason to leave a non-null value out
    (
        {"anyOf": [{"type": "integer", "maximum": 2}, {"type": "null"}]},
        3,
        {"anyOf": [{"type": "integer"}, {"type": "null"}]},
    ),
    ({"anyOf": [{"type": "string"}]}, None, {"anyOf": [{"type": "string"}, {"type": "null"}]}),
    ({"anyOf": [{"enum": ["a"]}]}, None, {"anyOf": [{"enum": ["a"]}]}),
    ({"oneOf": [{"type": "number"}, {"type": "integer"}]}, 5, {"anyOf": [{"type": "number"}, {"type": "integer"}]}),
]


@pytest.mark.parametrize(("schema", "value", "expected"), WIDENED, ids=repr)
def test_widen_relaxes_just_what_the_value_breaks(schema: Any, value: Any, expected: Any) -> None:
    doc = _doc()
    widened = widen(doc, copy.deepcopy(schema), value)
    assert widened == expected
    assert accepts(doc, widened, value)
    assert doc == DOC  # a shared component is never edited


def test_widen_leaves_an_accepted_value_and_a_non_schema_alone() -> None:
    schema = {"type": "object", "properties": {"a": {"type": "integer"}}}
    assert widen(_doc(), schema, {"a": 1}) is schema
    assert widen(_doc(), True, 1) is True
    assert widen(_doc(), None, 1) is None


def test_widen_edits_a_plain_schema_in_place_and_wraps_a_changed_shape() -> None:
    schema: dict[str, Any] = {"type": "object", "required": ["a"], "properties": {"a": {"type": "integer"}}}
    assert widen(_doc(), schema, {"a": "x"}) is schema
    listing = {"type": "object"}
    wrapped = widen(_doc(), listing, [{"id": 1}])
    assert wrapped["anyOf"][0] is listing  # the documented schema, still the first branch
    assert wrapped["anyOf"][1]["items"] is not listing  # the list item is a copy, widened on its own


def test_widen_of_an_object_for_a_documented_list_widens_a_copy_of_the_item() -> None:
    item = {"type": "object", "required": ["id", "x"]}
    schema = {"type": "array", "items": item}
    widened = widen(_doc(), schema, {"id": 1})
    assert item == {"type": "object", "required": ["id", "x"]}  # the list's item keeps what it said
    assert widened["anyOf"] == [schema, {"type": "object", "required": ["id"]}]


def test_widen_reaches_through_references_inside_a_union() -> None:
    doc = _doc()
    doc["components"]["schemas"]["Small"] = {"type": "integer", "maximum": 2}
    schema = {"anyOf": [{"type": "string"}, {"$ref": "#/components/schemas/Small"}]}
    assert widen(doc, schema, 3) == {"anyOf": [{"type": "string"}, {"$ref": "#/components/schemas/Small"}]}
    assert doc["components"]["schemas"]["Small"] == {"type": "integer"}
    doc["components"]["schemas"]["Small"] = {"type": "integer", "maximum": 2}
    assert widen(doc, {"allOf": [{"$ref": "#/components/schemas/Small"}]}, 3) == {
        "allOf": [{"$ref": "#/components/schemas/Small"}]
    }
    assert doc["components"]["schemas"]["Small"] == {"type": "integer"}
    items = {"type": "array", "items": {"$ref": "#/components/schemas/Small"}}
    assert widen(doc, items, [1.5]) == {
        "type": "array",
        "items": {"anyOf": [{"$ref": "#/components/schemas/Small"}, {"type": "number"}]},
    }


# --- the overlay: which examples, which schemas


def _document(media: dict[str, Any], media_type: str = "application/json") -> dict[str, Any]:
    doc = _doc()
    doc["paths"] = {"/v1/x": {"get": {"responses": {"200": {"content": {media_type: media}}}}}}
    return doc


def _media(doc: dict[str, Any], media_type: str = "application/json") -> Any:
    return doc["paths"]["/v1/x"]["get"]["responses"]["200"]["content"][media_type]


def test_every_named_example_of_a_response_is_accepted() -> None:
    media = {
        "schema": {"type": "integer"},
        "examples": {"one": {"value": "x"}, "two": {"value": [1]}, "bad": "not an example object", "empty": {}},
    }
    schema = _media(accept_example_shapes(_document(media)))["schema"]
    assert schema == {"anyOf": [{"type": ["integer", "string"]}, {"type": "array", "items": {}}]}


def test_a_response_example_and_its_named_examples_are_all_read() -> None:
    media = {"schema": {"type": "integer"}, "example": "x", "examples": {"one": {"value": 1.5}}}
    assert _media(accept_example_shapes(_document(media)))["schema"] == {"type": ["integer", "string", "number"]}


def test_non_json_responses_and_responses_without_a_schema_are_left_alone() -> None:
    text = {"schema": {"type": "integer"}, "example": "x"}
    assert _media(accept_example_shapes(_document(copy.deepcopy(text), "text/plain")), "text/plain") == text
    bare = {"example": "x"}
    assert _media(accept_example_shapes(_document(copy.deepcopy(bare)))) == bare
    ref_schema = {"schema": {"$ref": ID}, "example": "x"}  # not a mapping schema? it is: a $ref is a mapping
    assert _media(accept_example_shapes(_document(ref_schema)))["schema"] == {"anyOf": [REF, {"type": "string"}]}


def test_a_json_variant_media_type_is_read_too() -> None:
    media = {"schema": {"type": "integer"}, "example": "x"}
    doc = accept_example_shapes(_document(media, "application/vnd.api+json"))
    assert _media(doc, "application/vnd.api+json")["schema"] == {"type": ["integer", "string"]}


def test_a_referenced_response_is_read() -> None:
    doc = _doc()
    doc["components"]["responses"] = {
        "Answer": {"content": {"application/json": {"schema": {"type": "integer"}, "example": "x"}}}
    }
    doc["paths"] = {"/v1/x": {"get": {"responses": {"200": {"$ref": "#/components/responses/Answer"}}}}}
    out = accept_example_shapes(doc)
    assert out["components"]["responses"]["Answer"]["content"]["application/json"]["schema"] == {
        "type": ["integer", "string"]
    }


def test_an_example_inside_a_schema_is_accepted_where_it_stands() -> None:
    amount = {"description": "Amount", "type": "integer", "example": "12.5", "format": "int32"}
    kept = {"type": "string", "example": "fine"}
    doc = _document({"schema": {"type": "object", "properties": {"amount": amount, "note": kept}}})
    props = _media(accept_example_shapes(doc))["schema"]["properties"]
    assert props["amount"] is amount  # the parent still points at it
    assert amount == {"description": "Amount", "example": "12.5", "type": ["integer", "string"], "format": "int32"}
    assert props["note"] == {"type": "string", "example": "fine"}


def test_an_example_of_another_shape_inside_a_schema_becomes_a_union_in_place() -> None:
    data = {"description": "Data", "type": "object", "example": [{"id": 1}], "required": ["id", "x"]}
    doc = _document({"schema": {"type": "object", "properties": {"data": data}}})
    accept_example_shapes(doc)
    assert data == {
        "description": "Data",
        "example": [{"id": 1}],
        "anyOf": [
            {"type": "object", "required": ["id", "x"]},
            # the item is the whole node widened for one item (its description and example too)
            {
                "type": "array",
                "items": {"description": "Data", "type": "object", "example": [{"id": 1}], "required": ["id"]},
            },
        ],
    }
    plain = {"type": "object", "example": "x"}  # no description to keep beside the union
    accept_example_shapes(_document({"schema": {"type": "object", "properties": {"p": plain}}}))
    assert plain == {"example": "x", "anyOf": [{"type": "object"}, {"type": "string"}]}


def test_examples_inside_referenced_schemas_are_accepted_each_once() -> None:
    doc = _doc()
    doc["components"]["schemas"]["Member"] = {
        "type": "object",
        "properties": {"user": {"type": "array", "items": {}, "example": {"id": 1}}},
    }
    doc["components"]["schemas"]["Team"] = {
        "type": "object",
        "properties": {
            "lead": {"$ref": "#/components/schemas/Member"},
            "deputy": {"$ref": "#/components/schemas/Member"},
            "null_example": {"type": "integer", "example": None},
            "ref_with_example": {"$ref": ID, "example": "x"},
        },
    }
    doc["paths"] = {
        "/v1/x": {
            "get": {
                "responses": {
                    "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Team"}}}}
                }
            }
        }
    }
    out = accept_example_shapes(doc)
    user = out["components"]["schemas"]["Member"]["properties"]["user"]
    assert user == {"example": {"id": 1}, "anyOf": [{"type": "array", "items": {}}, {}]}  # the item: any value
    team = out["components"]["schemas"]["Team"]["properties"]
    assert team["null_example"] == {"type": "integer", "example": None}  # a null example says nothing
    assert team["ref_with_example"] == {"$ref": ID, "example": "x"}  # its example is the target's business
    assert out["components"]["schemas"]["Id"] == {"type": "integer"}


def test_schema_examples_outside_json_responses_are_not_read() -> None:
    doc = _doc()
    doc["paths"] = {
        "/v1/x": {
            "get": {
                "responses": {"200": {"content": {"text/plain": {"schema": {"type": "integer", "example": "x"}}}}},
            }
        }
    }
    assert accept_example_shapes(copy.deepcopy(doc)) == doc


def test_a_schema_object_met_twice_does_not_hide_the_ones_after_it() -> None:
    shared = {"type": "integer"}  # one object in two places (as widen's own wrapping leaves it)
    noted = {"type": "integer", "example": "x"}
    doc = _document({"schema": {"type": "object", "properties": {"c": noted, "a": shared, "b": shared}}})
    accept_example_shapes(doc)
    assert noted == {"example": "x", "type": ["integer", "string"]}


def test_a_self_referencing_response_schema_is_read_once() -> None:
    doc = _doc()
    doc["components"]["schemas"]["Node"] = {
        "type": "object",
        "properties": {
            "id": {"type": "integer", "example": "n-1"},
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
        },
    }
    ref = {"$ref": "#/components/schemas/Node"}
    doc["paths"] = {"/v1/x": {"get": {"responses": {"200": {"content": {"application/json": {"schema": ref}}}}}}}
    out = accept_example_shapes(doc)
    assert out["components"]["schemas"]["Node"]["properties"]["id"] == {"example": "n-1", "type": ["integer", "string"]}


def test_a_json_answer_listed_after_a_non_json_one_is_read() -> None:
    doc = _doc()
    content = {
        "text/plain": {"schema": {"type": "integer"}, "example": "x"},
        "application/json": {"schema": {"type": "integer"}, "example": "x"},
    }
    doc["paths"] = {"/v1/x": {"get": {"responses": {"200": {"content": content}}}}}
    accept_example_shapes(doc)
    assert content["text/plain"]["schema"] == {"type": "integer"}
    assert content["application/json"]["schema"] == {"type": ["integer", "string"]}


def test_an_example_inside_a_schema_is_checked_through_its_references() -> None:
    node = {"type": "object", "properties": {"id": REF}, "example": {"id": "x"}}
    accept_example_shapes(_document({"schema": {"type": "object", "properties": {"item": node}}}))
    assert node == {
        "type": "object",
        "properties": {"id": {"anyOf": [REF, {"type": "string"}]}},
        "example": {"id": "x"},
    }
