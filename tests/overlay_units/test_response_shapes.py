"""Units for the response-shape overlays, each on a minimal fragment."""

from __future__ import annotations

import copy
from typing import Any

from overlays.example_shapes import accept_example_shapes, accepts
from overlays.team_member_shapes import team_member_shapes


def _answer(schema: dict[str, Any], example: Any, path: str = "/v1/x") -> dict[str, Any]:
    media = {"schema": schema} if example is None else {"schema": schema, "example": example}
    return {
        "paths": {path: {"get": {"responses": {"200": {"content": {"application/json": media}}}}}},
        "components": {"schemas": {}},
    }


def _schema(doc: dict[str, Any], path: str = "/v1/x") -> Any:
    return doc["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]


def test_a_list_where_one_object_is_documented_accepts_both() -> None:
    item = {"type": "object", "properties": {"id": {"type": "integer"}}}
    doc = accept_example_shapes(_answer({"type": "object", "properties": {"data": item}}, {"data": [{"id": 1}]}))
    data = _schema(doc)["properties"]["data"]
    assert data["anyOf"][0] is item
    assert data["anyOf"][1]["type"] == "array"
    assert accepts(doc, data, {"id": 1})
    assert accepts(doc, data, [{"id": 1}])


def test_scalars_missing_fields_formats_bounds_and_enums_are_relaxed_just_enough() -> None:
    schema = {
        "type": "object",
        "required": ["id", "active"],
        "properties": {
            "id": {"type": "integer"},
            "phone": {"type": "string"},
            "since": {"type": "string", "format": "date"},
            "kind": {"type": "integer", "maximum": 2},
            "slug": {"type": "string", "enum": ["owner"]},
        },
    }
    example = {"id": 1, "phone": 13155550175, "since": "2026-09-21T23:00:00.000-05:00", "kind": 3, "slug": "free"}
    props = _schema(accept_example_shapes(_answer(schema, example)))["properties"]
    assert props["phone"]["type"] == ["string", "integer"]
    assert "format" not in props["since"]
    assert "maximum" not in props["kind"]
    assert props["slug"]["enum"] == ["owner", "free"]
    assert props["id"] == {"type": "integer"}  # what the example agrees with is left alone
    assert _schema(accept_example_shapes(_answer(schema, example)))["required"] == ["id"]


def test_an_empty_php_array_where_an_object_is_documented_is_accepted() -> None:
    doc = accept_example_shapes(_answer({"type": "object", "properties": {"meta": {"type": "object"}}}, {"meta": []}))
    meta = _schema(doc)["properties"]["meta"]
    assert accepts(doc, meta, [])
    assert accepts(doc, meta, {})


def test_overlapping_one_of_branches_become_any_of() -> None:
    schema = {"oneOf": [{"type": "number"}, {"type": "integer"}]}
    assert "anyOf" in _schema(accept_example_shapes(_answer(schema, 5)))


def test_a_schema_its_example_agrees_with_is_unchanged() -> None:
    schema = {"type": "object", "properties": {"id": {"type": "integer"}}}
    assert _schema(accept_example_shapes(_answer(dict(schema), {"id": 1}))) == schema


def test_team_member_user_and_image_group_take_an_object_or_an_array() -> None:
    member = {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "user": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "integer"}}}},
            "image_group": {"type": "object", "properties": {"id": {"type": "integer"}}},
        },
    }
    schema = {"type": "object", "properties": {"data": {"type": "array", "items": member}}}
    doc = team_member_shapes(_answer(schema, None, path="/v1/staff/{location_id}"))
    props = _schema(doc, "/v1/staff/{location_id}")["properties"]["data"]["items"]["properties"]
    for name in ("user", "image_group"):
        for value in ({"id": 1}, [], [{"id": 1}]):
            assert accepts(doc, props[name], value), (name, value)
    assert props["user"]["anyOf"][0] == {"type": "object", "properties": {"id": {"type": "integer"}}}


def test_team_member_shapes_leave_other_paths_alone() -> None:
    schema = {"type": "object", "properties": {"name": {}, "user": {"type": "array", "items": {}}}}
    doc = team_member_shapes(_answer(schema, None, path="/v1/clients/{location_id}"))
    assert _schema(doc, "/v1/clients/{location_id}")["properties"]["user"] == {"type": "array", "items": {}}


def test_an_example_inside_a_response_schema_is_accepted_where_it_stands() -> None:
    amount = {"type": "integer", "format": "int32", "example": 1.5}
    schema = {"type": "object", "properties": {"amount": amount}}
    doc = accept_example_shapes(_answer(schema, None))
    widened = _schema(doc)["properties"]["amount"]
    assert widened is amount  # widened in place: the parent still points at it
    assert accepts(doc, widened, 1.5)
    assert accepts(doc, widened, 2)


def _members(doc: dict[str, Any], name: str = "Member") -> Any:
    return doc["components"]["schemas"][name]["properties"]


def test_team_member_shapes_exactly_and_through_references() -> None:
    member = {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "user": {
                "type": "array",
                "description": "Linked user data",
                "items": {"$ref": "#/components/schemas/User"},
            },
            "image_group": {"$ref": "#/components/schemas/Images"},
        },
    }
    doc: dict[str, Any] = {
        "paths": {
            "/v1/company/{location_id}/staff/{team_member_id}": {
                "get": {
                    "responses": {
                        "201": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Member"}}}}
                    }
                }
            }
        },
        "components": {
            "schemas": {
                "Member": member,
                "User": {"type": "object", "properties": {"id": {"type": "integer"}}},
                "Images": {"description": "Additional images", "properties": {"id": {"type": "integer"}}},
            }
        },
    }
    props = _members(team_member_shapes(doc))
    assert props["user"] == {
        "description": "Linked user data",
        "anyOf": [{"type": "object", "properties": {"id": {"type": "integer"}}}, {"type": "array", "items": {}}],
    }
    assert props["image_group"] == {
        "description": "Additional images",
        "anyOf": [{"$ref": "#/components/schemas/Images"}, {"type": "array", "items": {}}],
    }
    props["user"]["anyOf"][0]["properties"]["id"]["type"] = "string"
    assert doc["components"]["schemas"]["User"]["properties"]["id"] == {"type": "integer"}  # the item was copied


def test_team_member_shapes_leave_unions_scalars_and_plain_lists_in_their_own_way() -> None:
    member = {
        "type": "object",
        "properties": {
            "name": {},
            "user": {"type": "array", "items": {"type": "string"}},  # not a list of objects: the loosest object
            "image_group": {"type": "object", "oneOf": [{"type": "object"}, {"type": "array"}]},  # already a union
        },
    }
    other = {
        "type": "object",
        "properties": {
            "name": {},
            "user": {"type": "string"},
            "image_group": {"type": "array", "anyOf": [{"type": "array"}]},
        },
    }
    untouched = copy.deepcopy(other["properties"])
    doc = _answer({"type": "object", "properties": {"a": member, "b": other}}, None, path="/v1/staff/{location_id}")
    props = _schema(team_member_shapes(doc), "/v1/staff/{location_id}")["properties"]
    assert props["a"]["properties"]["user"] == {
        "description": "",
        "anyOf": [{"type": "object"}, {"type": "array", "items": {}}],
    }
    assert props["a"]["properties"]["image_group"] == {
        "type": "object",
        "oneOf": [{"type": "object"}, {"type": "array"}],
    }
    assert props["b"]["properties"] == untouched


def test_team_member_shapes_follow_each_reference_once_and_only_to_schemas() -> None:
    member = {
        "type": "object",
        "properties": {
            "name": {},
            "image_group": {"type": "object"},
            "manager": {"$ref": "#/components/schemas/Member"},  # a cycle
            "extra": {"$ref": "#/components/responses/NotASchema"},
        },
    }
    doc = {
        "paths": {
            "/v1/staff/{location_id}": {
                "get": {
                    "responses": {
                        "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Member"}}}}
                    }
                },
                "post": {
                    "responses": {
                        "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Posted"}}}}
                    }
                },
            },
            "/v1/company/{location_id}/services": {
                "get": {
                    "responses": {
                        "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Posted"}}}}
                    }
                }
            },
        },
        "components": {
            "schemas": {
                "Member": member,
                "Posted": {"type": "object", "properties": {"name": {}, "user": {"type": "object"}}},
            },
            "responses": {"NotASchema": {"properties": {"name": {}, "user": {"type": "object"}}}},
        },
    }
    out = team_member_shapes(doc)
    assert _members(out)["image_group"] == {
        "description": "",
        "anyOf": [{"type": "object"}, {"type": "array", "items": {}}],
    }
    assert _members(out, "Posted")["user"] == {"type": "object"}  # only GET answers, only team-member paths
    assert out["components"]["responses"]["NotASchema"]["properties"]["user"] == {"type": "object"}
