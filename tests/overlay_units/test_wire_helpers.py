"""``overlays/_wire.py``: the helpers the wire corrections share, and the errors that retire a correction."""

from __future__ import annotations

from typing import Any

import pytest

from overlays._wire import StaleCorrection, operation_at, own_parameter, rename_example_keys, rename_property


def test_operation_at_finds_the_operation_or_names_what_is_missing() -> None:
    get = {"operationId": "op"}
    assert operation_at({"paths": {"/v1/x": {"get": get}}}, "/v1/x", "get") is get
    with pytest.raises(StaleCorrection, match=r"^GET /v1/x is not in the document$"):
        operation_at({}, "/v1/x", "get")  # no paths at all
    with pytest.raises(StaleCorrection, match=r"^POST /v1/x is not in the document$"):
        operation_at({"paths": {"/v1/x": {"get": get}}}, "/v1/x", "post")
    with pytest.raises(StaleCorrection, match=r"^GET /v1/y is not in the document$"):
        operation_at({"paths": {"/v1/x": {"get": get}}}, "/v1/y", "get")


def test_own_parameter_returns_an_inline_parameter_itself() -> None:
    inline = {"name": "staff_id", "in": "query", "schema": {"type": "integer"}}
    operation: dict[str, Any] = {"parameters": [{"name": "staff_id", "in": "path"}, inline]}
    assert own_parameter({}, operation, "staff_id") is inline
    assert operation["parameters"][1] is inline
    assert own_parameter({}, operation, "staff_id", where="path") is operation["parameters"][0]


def test_own_parameter_copies_a_shared_one_whole_and_deep() -> None:
    shared = {"name": "team_member_id", "in": "query", "schema": {"type": "integer"}}
    doc = {"components": {"parameters": {"tm": shared}}}
    operation = {"parameters": [{"$ref": "#/components/parameters/tm"}]}
    own = own_parameter(doc, operation, "team_member_id")
    assert own == shared
    assert own is not shared
    assert operation["parameters"] == [own]  # the operation now holds its own copy, not the $ref
    own["schema"]["type"] = "string"
    assert shared == {"name": "team_member_id", "in": "query", "schema": {"type": "integer"}}


def test_own_parameter_that_is_not_there_retires_the_correction() -> None:
    with pytest.raises(StaleCorrection, match=r"^get_x has no query parameter 'staff_id'$"):
        own_parameter({}, {"operationId": "get_x"}, "staff_id")  # no parameters at all
    with pytest.raises(StaleCorrection, match=r"^get_x has no header parameter 'staff_id'$"):
        own_parameter(
            {}, {"operationId": "get_x", "parameters": [{"name": "staff_id", "in": "query"}]}, "staff_id", "header"
        )


def test_rename_property_keeps_order_and_required() -> None:
    schema: dict[str, Any] = {
        "type": "object",
        "required": ["a", "old"],
        "properties": {"old": {"type": "integer"}, "b": {}},
    }
    rename_property(schema, "old", "new")
    assert list(schema["properties"]) == ["new", "b"]
    assert schema["properties"]["new"] == {"type": "integer"}
    assert schema["required"] == ["a", "new"]
    optional = {"type": "object", "properties": {"old": {}}}
    rename_property(optional, "old", "new")
    assert optional == {"type": "object", "properties": {"new": {}}}
    with pytest.raises(StaleCorrection, match=r"^schema has no property 'old'$"):
        rename_property({"type": "object"}, "old", "new")


def test_rename_example_keys_at_any_depth_and_only_keys() -> None:
    example = {"old": 1, "list": [{"old": "old"}, "old"], "nested": {"keep": {"old": None}}}
    assert rename_example_keys(example, "old", "new") == {
        "new": 1,
        "list": [{"new": "old"}, "old"],
        "nested": {"keep": {"new": None}},
    }
