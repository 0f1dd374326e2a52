import copy
from typing import Any

from overlays.binary_responses import declare_binary_responses
from overlays.no_content_responses import drop_no_content_bodies
from overlays.wildcard_bodies import declare_json_bodies


def test_wildcard_request_body_becomes_json_with_the_same_schema() -> None:
    schema = {"type": "object", "properties": {"name": {"type": "string"}}}
    doc = {"paths": {"/v1/client/{id}": {"put": {"requestBody": {"content": {"*/*": {"schema": schema}}}}}}}
    content = declare_json_bodies(doc)["paths"]["/v1/client/{id}"]["put"]["requestBody"]["content"]
    assert content == {"application/json": {"schema": schema}}


def test_json_request_bodies_are_left_alone() -> None:
    # A body already declared as JSON keeps its declaration, even beside a `*/*` one (renaming
    # that would overwrite the JSON schema with the wildcard's).
    json_only = {"content": {"application/json": {"schema": {"type": "object"}}}}
    both = {"content": {"*/*": {"schema": {"type": "string"}}, "application/json": {"schema": {"type": "object"}}}}
    doc = {"paths": {"/v1/x": {"post": {"requestBody": json_only}, "put": {"requestBody": both}}, "/v1/y": {"get": {}}}}
    before = copy.deepcopy(doc)
    assert declare_json_bodies(doc) == before


def test_other_media_types_beside_a_wildcard_keep_their_names() -> None:
    content: dict[str, Any] = {"*/*": {"schema": {}}, "text/csv": {}}
    doc = {"paths": {"/v1/x": {"post": {"requestBody": {"content": content}}}}}
    declared = declare_json_bodies(doc)["paths"]["/v1/x"]["post"]["requestBody"]["content"]
    assert declared == {"application/json": {"schema": {}}, "text/csv": {}}


def test_schema_less_pdf_response_is_declared_binary() -> None:
    doc = {"paths": {"/v1/r": {"get": {"responses": {"200": {"content": {"application/pdf": {"example": ""}}}}}}}}
    media = declare_binary_responses(doc)["paths"]["/v1/r"]["get"]["responses"]["200"]["content"]["application/pdf"]
    assert media == {"schema": {"type": "string", "format": "binary"}}


def test_204_responses_lose_their_documented_body() -> None:
    json_body = {"content": {"application/json": {"schema": {"type": "object"}}}}
    doc = {
        "paths": {
            "/v1/x": {"delete": {"responses": {"204": {"description": "No Content", **json_body}, "200": json_body}}}
        }
    }
    responses = drop_no_content_bodies(doc)["paths"]["/v1/x"]["delete"]["responses"]
    assert responses["204"] == {"description": "No Content"}
    assert "content" in responses["200"]


def test_a_referenced_204_response_loses_its_body_only_where_it_is_a_204() -> None:
    shared = {"description": "No Content", "content": {"application/json": {"schema": {"type": "object"}}}}
    doc = {
        "paths": {
            "/v1/x": {"delete": {"responses": {"204": {"$ref": "#/components/responses/empty"}}}},
            "/v1/y": {"get": {"responses": {"200": {"$ref": "#/components/responses/empty"}}}},
            "/v1/z": {"get": {}},  # no responses declared: nothing to do
        },
        "components": {"responses": {"empty": copy.deepcopy(shared)}},
    }
    out = drop_no_content_bodies(doc)
    assert out["paths"]["/v1/x"]["delete"]["responses"]["204"] == {"description": "No Content"}
    assert out["paths"]["/v1/y"]["get"]["responses"]["200"] == {"$ref": "#/components/responses/empty"}
    assert out["components"]["responses"]["empty"] == shared  # still used by the 200


def test_a_binary_response_with_a_schema_and_an_operation_without_responses_are_left_alone() -> None:
    doc: dict[str, Any] = {
        "paths": {
            "/v1/r": {"get": {"responses": {"200": {"content": {"application/pdf": {"schema": {"type": "string"}}}}}}},
            "/v1/s": {"get": {}},
        }
    }
    before = copy.deepcopy(doc)
    assert declare_binary_responses(doc) == before
