"""Units for the overlays that add or retype operations, each on a minimal fragment."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from overlays._wire import StaleCorrection
from overlays.client_file_upload import PATH as FILES
from overlays.client_file_upload import add_client_file_upload
from overlays.list_forms import ListForm, add_list_forms
from overlays.phone_code_login import PATH as USER_AUTH
from overlays.phone_code_login import SCHEMA, phone_code_login
from overlays.service_links_body import PATH as LINKS
from overlays.service_links_body import service_links_body
from overlays.undocumented_filters import add_undocumented_filters
from overlays.voip_calls_query import PATH as CALLS
from overlays.voip_calls_query import voip_calls_query


def _json(schema: Any, example: Any = None) -> dict[str, Any]:
    media: dict[str, Any] = {"schema": schema}
    if example is not None:
        media["example"] = example
    return {"content": {"application/json": media}}


def test_list_form_copies_the_operation_without_its_trailing_id() -> None:
    get = {
        "operationId": "get_thing",
        "parameters": [
            {"name": "location_id", "in": "path", "required": True},
            {"name": "thing_id", "in": "path", "required": True},
            {"name": "staff_id", "in": "query"},
        ],
        "responses": {"200": {"description": "OK"}},
    }
    doc = {"paths": {"/v1/things/{location_id}/{thing_id}": {"get": get}}}
    out = add_list_forms(doc, (ListForm("/v1/things/{location_id}/{thing_id}", "list_things", "List"),))
    listing = out["paths"]["/v1/things/{location_id}"]["get"]
    assert listing["operationId"] == "list_things"
    assert [p["name"] for p in listing["parameters"]] == ["location_id", "staff_id"]
    assert out["paths"]["/v1/things/{location_id}/{thing_id}"]["get"]["operationId"] == "get_thing"
    with pytest.raises(StaleCorrection, match="documented now"):
        add_list_forms(out, (ListForm("/v1/things/{location_id}/{thing_id}", "list_things", "List"),))


def test_client_file_upload_is_a_multipart_post_answering_like_the_list() -> None:
    listing = {"operationId": "get_client_file_list", "parameters": [], "responses": {"200": _json({"type": "object"})}}
    out = add_client_file_upload({"paths": {FILES: {"get": listing}}})
    upload = out["paths"][FILES]["post"]
    assert upload["operationId"] == "upload_client_file"
    schema = upload["requestBody"]["content"]["multipart/form-data"]["schema"]
    assert schema["properties"]["file"] == {"type": "string", "format": "binary", "description": "The file"}
    assert upload["responses"] == listing["responses"]


def test_undocumented_filters_are_declared_once() -> None:
    doc = {
        "paths": {
            "/v1/reports/z_report/{location_id}": {"get": {"parameters": [{"name": "start_date", "in": "query"}]}},
            "/v2/locations/{location_id}/events": {"get": {"parameters": []}},
        }
    }
    out = add_undocumented_filters(doc)
    z_report = [p["name"] for p in out["paths"]["/v1/reports/z_report/{location_id}"]["get"]["parameters"]]
    assert z_report == ["start_date", "end_date", "status"]
    events = {p["name"] for p in out["paths"]["/v2/locations/{location_id}/events"]["get"]["parameters"]}
    assert "filter[include_deleted]" in events
    with pytest.raises(StaleCorrection):
        add_undocumented_filters(out)


def test_phone_code_login_gets_its_own_body() -> None:
    shared = {"$ref": "#/components/schemas/auth_request"}
    doc = {"paths": {USER_AUTH: {"post": {"requestBody": _json(shared)}}}, "components": {"schemas": {}}}
    out = phone_code_login(doc)
    body = out["paths"][USER_AUTH]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": f"#/components/schemas/{SCHEMA}"}
    assert out["components"]["schemas"][SCHEMA]["required"] == ["phone", "code"]


def test_service_links_body_uses_the_backend_names() -> None:
    item = {"type": "object", "properties": {"team_member_id": {}, "tech_card_id": {}, "hours": {}}}
    schema = {
        "type": "object",
        "required": ["service_id", "team_member_settings"],
        "properties": {"service_id": {}, "team_member_settings": {"type": "array", "items": item}},
    }
    example = {"service_id": 1, "team_member_settings": [{"team_member_id": 2, "tech_card_id": 3, "hours": 0}]}
    doc = {"paths": {LINKS: {"post": {"requestBody": _json(schema, example)}}}}
    media = service_links_body(doc)["paths"][LINKS]["post"]["requestBody"]["content"]["application/json"]
    assert media["schema"]["required"] == ["service_id", "master_settings"]
    assert list(media["schema"]["properties"]["master_settings"]["items"]["properties"]) == [
        "master_id",
        "technological_card_id",
        "hours",
    ]
    assert media["example"] == {
        "service_id": 1,
        "master_settings": [{"master_id": 2, "technological_card_id": 3, "hours": 0}],
    }


def test_voip_call_filters_move_from_the_get_body_to_the_query() -> None:
    body = {
        "type": "object",
        "required": ["salon_id"],
        "properties": {
            "salon_id": {"type": "integer", "example": 1},
            "types": {"type": "array", "items": {"type": "string"}},
            "page": {"type": "number"},
        },
    }
    doc = {"paths": {CALLS: {"get": {"requestBody": _json(body)}}}}
    operation = voip_calls_query(doc)["paths"][CALLS]["get"]
    assert "requestBody" not in operation
    salon, types, page = operation["parameters"]
    assert salon == {"name": "salon_id", "in": "query", "schema": {"type": "integer"}, "required": True}
    assert (types["name"], types["explode"]) == ("types[]", True)
    assert page["schema"] == {"type": "integer"}


def test_client_file_upload_is_exactly_the_documented_multipart_post() -> None:
    location = {"name": "location_id", "in": "path", "required": True, "schema": {"type": "integer"}}
    shared = {"$ref": "#/components/parameters/client_id"}
    listing = {
        "operationId": "get_client_file_list",
        "summary": "Get a list of client files",
        "description": "The client's files",
        "x-altegio-auth": "user",
        "x-altegio-auth-reconciled": "the documented list's own record",
        "parameters": [location, shared, {"name": "page", "in": "query", "schema": {"type": "integer"}}],
        "responses": {"200": _json({"type": "object"})},
    }
    doc = {"paths": {FILES: {"get": copy.deepcopy(listing)}}}
    out = add_client_file_upload(doc)
    assert out["paths"][FILES]["get"] == listing  # the documented list is left as it was
    upload = out["paths"][FILES]["post"]
    assert upload == {
        "operationId": "upload_client_file",
        "summary": "Upload a client file",
        "description": "Attach one file to the client's card; answers with the client's files.",
        "x-altegio-auth": "user",
        "parameters": [location, shared],  # the path, not the list's query
        "responses": {"200": _json({"type": "object"})},
        "requestBody": {
            "required": True,
            "content": {
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "required": ["file"],
                        "properties": {"file": {"type": "string", "format": "binary", "description": "The file"}},
                    }
                }
            },
        },
    }
    upload["responses"]["200"]["content"]["application/json"]["schema"]["type"] = "array"
    assert out["paths"][FILES]["get"] == listing  # a copy: what later overlays do to one leaves the other


def test_client_file_upload_without_parameters_has_none() -> None:
    out = add_client_file_upload({"paths": {FILES: {"get": {"responses": {}}}}})
    assert out["paths"][FILES]["post"]["parameters"] == []


def test_a_documented_client_file_upload_retires_the_correction() -> None:
    doc = {"paths": {FILES: {"get": {"responses": {}}, "post": {"operationId": "documented"}}}}
    with pytest.raises(
        StaleCorrection, match=r"^POST /v1/company/\{location_id\}/clients/files/\{client_id\} is documented now$"
    ):
        add_client_file_upload(doc)


def test_list_form_is_an_independent_copy_without_the_auth_record() -> None:
    get = {
        "operationId": "get_thing",
        "summary": "Get things / a specific thing",
        "x-altegio-auth": "partner",
        "x-altegio-auth-reconciled": "the documented operation's own record",
        "parameters": [
            {"$ref": "#/components/parameters/location"},
            {"$ref": "#/components/parameters/thing"},
            {"$ref": "#/components/parameters/staff"},
        ],
        "responses": {"200": _json({"type": "object"})},
    }
    doc = {
        "paths": {"/v1/things/{location_id}/{thing_id}": {"get": copy.deepcopy(get)}},
        "components": {
            "parameters": {
                "location": {"name": "location_id", "in": "path", "required": True},
                "thing": {"name": "thing_id", "in": "path", "required": True},
                "staff": {"name": "thing_id", "in": "query"},  # same name, not the path's
            }
        },
    }
    out = add_list_forms(doc, (ListForm("/v1/things/{location_id}/{thing_id}", "list_things", "List things"),))
    listing = out["paths"]["/v1/things/{location_id}"]["get"]
    assert listing == {
        "operationId": "list_things",
        "summary": "List things",
        "x-altegio-auth": "partner",
        "parameters": [{"$ref": "#/components/parameters/location"}, {"$ref": "#/components/parameters/staff"}],
        "responses": {"200": _json({"type": "object"})},
    }
    listing["responses"]["200"]["content"]["application/json"]["schema"]["type"] = "array"
    assert out["paths"]["/v1/things/{location_id}/{thing_id}"]["get"] == get


def test_list_form_of_an_operation_without_parameters() -> None:
    doc = {"paths": {"/v1/things/{id}": {"get": {"operationId": "get_thing"}}}}
    out = add_list_forms(doc, (ListForm("/v1/things/{id}", "list_things", "List"),))
    assert out["paths"]["/v1/things"]["get"] == {"operationId": "list_things", "summary": "List", "parameters": []}


def test_phone_code_login_body_is_exactly_phone_and_code() -> None:
    doc: dict[str, Any] = {
        "paths": {USER_AUTH: {"post": {"operationId": "login", "requestBody": _json({})}}},
        "components": {"schemas": {}},
    }
    operation = phone_code_login(doc)["paths"][USER_AUTH]["post"]
    assert operation["requestBody"] == {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{SCHEMA}"}}},
    }
    assert doc["components"]["schemas"][SCHEMA] == {
        "type": "object",
        "description": "Log in with the phone number and the code sent to it by SMS",
        "required": ["phone", "code"],
        "properties": {
            "phone": {"type": "string", "description": "Phone number", "example": "13155550175"},
            "code": {"type": "string", "description": "Confirmation code from the SMS", "example": "38829"},
        },
        "example": {"phone": "13155550175", "code": "38829"},
    }


def test_service_links_body_is_renamed_through_references() -> None:
    item = {"type": "object", "properties": {"team_member_id": {}, "tech_card_id": {}}}
    body = {
        "type": "object",
        "properties": {"team_member_settings": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}},
    }
    doc = {
        "paths": {LINKS: {"post": {"requestBody": {"$ref": "#/components/requestBodies/Links"}}}},
        "components": {
            "requestBodies": {"Links": _json({"$ref": "#/components/schemas/Body"})},
            "schemas": {"Body": body, "Item": item},
        },
    }
    out = service_links_body(doc)
    assert list(out["components"]["schemas"]["Body"]["properties"]) == ["master_settings"]
    assert list(out["components"]["schemas"]["Item"]["properties"]) == ["master_id", "technological_card_id"]
    assert "example" not in out["components"]["requestBodies"]["Links"]["content"]["application/json"]


Z_REPORT = "/v1/reports/z_report/{location_id}"
EVENTS = "/v2/locations/{location_id}/events"


def test_undocumented_filters_exactly_and_the_start_date_corrected() -> None:
    start = {"name": "start_date", "in": "query", "description": "period start date", "example": "2026-08-01"}
    doc = {
        "paths": {
            Z_REPORT: {"get": {"parameters": [{"name": "master_id", "in": "query", "example": 1}, start]}},
            EVENTS: {"get": {}},  # no parameters at all
        }
    }
    out = add_undocumented_filters(doc)
    dotted = "Date as `d.m.Y` (e.g. `01.08.2026`); the day-end report reads dates in this form."
    assert out["paths"][Z_REPORT]["get"]["parameters"] == [
        {"name": "master_id", "in": "query", "example": 1},
        {"name": "start_date", "in": "query", "description": "Period start date. " + dotted},
        {"name": "end_date", "in": "query", "description": "Period end date. " + dotted, "schema": {"type": "string"}},
        {
            "name": "status",
            "in": "query",
            "description": "Visit status code of the appointments to count: "
            "-1 no-show, 0 pending, 1 arrived, 2 confirmed.",
            "schema": {"type": "integer"},
        },
    ]
    assert [p["name"] for p in out["paths"][EVENTS]["get"]["parameters"]] == [
        "filter[include_deleted]",
        "filter[resource_ids][]",
        "filter[weekdays][]",
        "filter[sort]",
    ]


def test_an_undocumented_filter_documented_now_retires_the_correction() -> None:
    doc = {
        "paths": {
            Z_REPORT: {"get": {"parameters": [{"$ref": "#/components/parameters/end"}]}},
            EVENTS: {"get": {}},
        },
        "components": {"parameters": {"end": {"name": "end_date", "in": "query"}}},
    }
    with pytest.raises(StaleCorrection, match=r"^GET /v1/reports/z_report/\{location_id\} documents end_date now$"):
        add_undocumented_filters(doc)


def test_voip_call_filters_exactly_through_references() -> None:
    body = {
        "type": "object",
        "properties": {
            "salon_id": {"$ref": "#/components/schemas/Id"},
            "statuses": {
                "type": "array",
                "description": "Call statuses",
                "items": {"type": "string"},
                "example": ["a"],
            },
            "limit": {"type": "number", "description": "Page size"},
        },
    }
    doc: dict[str, Any] = {
        "paths": {CALLS: {"get": {"requestBody": {"$ref": "#/components/requestBodies/Calls"}}}},
        "components": {
            "requestBodies": {"Calls": _json({"$ref": "#/components/schemas/Filters"})},
            "schemas": {"Filters": body, "Id": {"type": "integer", "description": "Location ID."}},
        },
    }
    operation = voip_calls_query(doc)["paths"][CALLS]["get"]
    assert operation == {
        "parameters": [
            {
                "name": "salon_id",
                "in": "query",
                "schema": {"type": "integer", "description": "Location ID."},
                "description": "Location ID.",
            },
            {
                "name": "statuses[]",
                "in": "query",
                "schema": {"type": "array", "description": "Call statuses", "items": {"type": "string"}},
                "style": "form",
                "explode": True,
                "description": "Call statuses",
            },
            {
                "name": "limit",
                "in": "query",
                "schema": {"type": "integer", "description": "Page size"},
                "description": "Page size",
            },
        ]
    }
    assert doc["components"]["schemas"]["Filters"]["properties"]["statuses"]["example"] == ["a"]


def test_voip_calls_without_a_body_retires_the_correction() -> None:
    with pytest.raises(StaleCorrection, match=r"^GET /v1/voip/integration/calls has no body any more$"):
        voip_calls_query({"paths": {CALLS: {"get": {"parameters": []}}}})
