"""Units for the wire-name overlays, each on a minimal fragment."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from overlays._wire import StaleCorrection
from overlays.phone_queries import phone_queries
from overlays.php_array_queries import php_array_queries
from overlays.query_wire_names import WireName, query_wire_names
from overlays.schedule_staff_id import PATH as SCHEDULE_PATH
from overlays.schedule_staff_id import schedule_staff_id


def _get(*parameters: dict[str, Any], path: str = "/v1/x/{location_id}") -> dict[str, Any]:
    return {"paths": {path: {"get": {"operationId": "op", "parameters": list(parameters)}}}, "components": {}}


def test_wire_name_renames_only_the_named_query_parameter() -> None:
    doc = _get(
        {"name": "location_id", "in": "path", "schema": {"type": "integer"}},
        {"name": "location_id", "in": "query", "schema": {"type": "integer"}, "example": 66},
    )
    out = query_wire_names(doc, (WireName("/v1/x/{location_id}", "get", "location_id", "ids", {"type": "array"}),))
    path_parameter, query_parameter = out["paths"]["/v1/x/{location_id}"]["get"]["parameters"]
    assert path_parameter["name"] == "location_id"
    assert query_parameter == {"name": "ids", "in": "query", "schema": {"type": "array"}}


def test_wire_name_copies_a_shared_parameter_before_renaming() -> None:
    shared = {"name": "team_member_id", "in": "query", "schema": {"type": "integer"}}
    doc = _get({"$ref": "#/components/parameters/tm"})
    doc["components"]["parameters"] = {"tm": copy.deepcopy(shared)}
    out = query_wire_names(doc, (WireName("/v1/x/{location_id}", "get", "team_member_id", "staff_id"),))
    assert out["paths"]["/v1/x/{location_id}"]["get"]["parameters"][0]["name"] == "staff_id"
    assert out["components"]["parameters"]["tm"] == shared


def test_a_correction_whose_parameter_is_gone_fails_loudly() -> None:
    with pytest.raises(StaleCorrection, match="team_member_id"):
        query_wire_names(_get(), (WireName("/v1/x/{location_id}", "get", "team_member_id", "staff_id"),))


def test_array_query_parameters_get_php_brackets() -> None:
    doc = _get(
        {"name": "staff_ids", "in": "query", "schema": {"type": "array", "items": {}}, "explode": False},
        {"name": "filter[ids][]", "in": "query", "schema": {"type": "array", "items": {"type": "integer"}}},
        {"name": "service_ids[]", "in": "query", "schema": {"type": "string"}, "example": 5},
        {"name": "term", "in": "query", "schema": {"type": "string"}},
    )
    staff, bracketed, scalar, term = php_array_queries(doc)["paths"]["/v1/x/{location_id}"]["get"]["parameters"]
    assert (staff["name"], staff["explode"]) == ("staff_ids[]", True)
    assert bracketed["name"] == "filter[ids][]"
    assert scalar["schema"] == {"type": "array", "items": {"type": "integer"}}
    assert scalar["example"] == [5]
    assert term == {"name": "term", "in": "query", "schema": {"type": "string"}}


def test_schedule_entries_are_keyed_staff_id() -> None:
    entry = {"type": "object", "required": ["team_member_id"], "properties": {"team_member_id": {}, "dates": {}}}
    body = {
        "type": "object",
        "properties": {
            "schedules_to_set": {"type": "array", "items": copy.deepcopy(entry)},
            "schedules_to_delete": {"type": "array", "items": copy.deepcopy(entry)},
        },
    }
    media = {"schema": body, "example": {"schedules_to_set": [{"team_member_id": 1, "dates": []}]}}
    doc = {"paths": {SCHEDULE_PATH: {"put": {"requestBody": {"content": {"application/json": media}}}}}}
    out = schedule_staff_id(doc)["paths"][SCHEDULE_PATH]["put"]["requestBody"]["content"]["application/json"]
    for name in ("schedules_to_set", "schedules_to_delete"):
        item = out["schema"]["properties"][name]["items"]
        assert list(item["properties"]) == ["staff_id", "dates"]
        assert item["required"] == ["staff_id"]
    assert out["example"] == {"schedules_to_set": [{"staff_id": 1, "dates": []}]}


def test_phone_queries_typed_number_become_strings() -> None:
    doc = _get(
        {"name": "phone", "in": "query", "schema": {"type": "number"}, "example": 13155550175},
        {"name": "paid_min", "in": "query", "schema": {"type": "number"}},
    )
    phone, paid = phone_queries(doc)["paths"]["/v1/x/{location_id}"]["get"]["parameters"]
    assert (phone["schema"], phone["example"]) == ({"type": "string"}, "13155550175")
    assert paid["schema"] == {"type": "number"}


def test_a_shared_phone_parameter_is_copied_and_retyped_and_the_component_kept() -> None:
    shared = {"name": "phone", "in": "query", "schema": {"$ref": "#/components/schemas/Phone"}}
    doc = _get(
        {"$ref": "#/components/parameters/phone"}, {"name": "phone", "in": "query", "schema": {"type": "string"}}
    )
    doc["components"] = {"parameters": {"phone": copy.deepcopy(shared)}, "schemas": {"Phone": {"type": "number"}}}
    out = phone_queries(doc)
    retyped, string = out["paths"]["/v1/x/{location_id}"]["get"]["parameters"]
    assert retyped == {"name": "phone", "in": "query", "schema": {"type": "string"}}  # no example: none made up
    assert string == {"name": "phone", "in": "query", "schema": {"type": "string"}}
    assert out["components"]["parameters"]["phone"] == shared


def test_php_array_queries_exactly() -> None:
    doc = _get(
        {"name": "location_id", "in": "path", "schema": {"type": "integer"}},  # a path parameter first: not the end
        {"name": "term", "in": "query", "schema": {"type": "string"}},  # a scalar first: not the end either
        {"$ref": "#/components/parameters/staff"},
        {"name": "filter[ids][]", "in": "query", "schema": {"type": "array", "items": {"type": "integer"}}},
        {"name": "dates[]", "in": "query", "description": "Dates", "schema": {"$ref": "#/components/schemas/Day"}},
        {"name": "service_ids[]", "in": "query", "schema": {"type": "string", "format": "uuid"}, "example": [5]},
        {"name": "kinds", "in": "query", "schema": {"type": ["array", "null"], "items": {"type": "string"}}},
        {"name": "maybe", "in": "query", "schema": {"type": ["string", "null"]}},
        {"name": "anything", "in": "query", "schema": True},
        {"name": "empty", "in": "query"},
    )
    doc["components"] = {
        "parameters": {"staff": {"name": "staff_ids", "in": "query", "schema": {"type": "array", "items": {}}}},
        "schemas": {"Day": {"type": "string", "format": "date", "enum": ["2026-01-01"], "description": "A day"}},
    }
    before = copy.deepcopy(doc)
    parameters = php_array_queries(doc)["paths"]["/v1/x/{location_id}"]["get"]["parameters"]
    assert parameters == [
        before["paths"]["/v1/x/{location_id}"]["get"]["parameters"][0],
        before["paths"]["/v1/x/{location_id}"]["get"]["parameters"][1],
        {
            "name": "staff_ids[]",
            "in": "query",
            "schema": {"type": "array", "items": {}},
            "style": "form",
            "explode": True,
        },
        before["paths"]["/v1/x/{location_id}"]["get"]["parameters"][3],  # bracketed and an array already
        {
            "name": "dates[]",
            "in": "query",
            "description": "Dates",
            "schema": {"type": "array", "items": {"type": "string", "format": "date", "enum": ["2026-01-01"]}},
            "style": "form",
            "explode": True,
        },
        {
            "name": "service_ids[]",
            "in": "query",
            "schema": {"type": "array", "items": {"type": "integer"}},  # an id list is integers
            "example": [5],
            "style": "form",
            "explode": True,
        },
        {
            "name": "kinds[]",
            "in": "query",
            "schema": {"type": ["array", "null"], "items": {"type": "string"}},
            "style": "form",
            "explode": True,
        },
        before["paths"]["/v1/x/{location_id}"]["get"]["parameters"][7],
        before["paths"]["/v1/x/{location_id}"]["get"]["parameters"][8],
        before["paths"]["/v1/x/{location_id}"]["get"]["parameters"][9],
    ]
    assert doc["components"] == before["components"]


def test_wire_name_with_a_new_schema_on_a_parameter_without_example() -> None:
    doc = _get({"name": "location_id", "in": "query", "schema": {"type": "integer"}})
    out = query_wire_names(doc, (WireName("/v1/x/{location_id}", "get", "location_id", "id", {"type": "integer"}),))
    assert out["paths"]["/v1/x/{location_id}"]["get"]["parameters"] == [
        {"name": "id", "in": "query", "schema": {"type": "integer"}}
    ]


def test_schedule_entries_are_keyed_staff_id_through_references() -> None:
    entry = {"type": "object", "properties": {"team_member_id": {}}}
    body = {
        "type": "object",
        "properties": {
            "schedules_to_set": {"type": "array", "items": {"$ref": "#/components/schemas/Entry"}},
            "schedules_to_delete": {"type": "array", "items": {"$ref": "#/components/schemas/Entry2"}},
        },
    }
    doc = {
        "paths": {SCHEDULE_PATH: {"put": {"requestBody": {"$ref": "#/components/requestBodies/Schedule"}}}},
        "components": {
            "requestBodies": {
                "Schedule": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Body"}}}}
            },
            "schemas": {"Body": body, "Entry": copy.deepcopy(entry), "Entry2": copy.deepcopy(entry)},
        },
    }
    out = schedule_staff_id(doc)["components"]
    assert out["schemas"]["Entry"] == {"type": "object", "properties": {"staff_id": {}}}
    assert out["schemas"]["Entry2"] == {"type": "object", "properties": {"staff_id": {}}}
    assert "example" not in out["requestBodies"]["Schedule"]["content"]["application/json"]
