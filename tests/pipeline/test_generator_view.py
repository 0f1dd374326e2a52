"""The generator's view of the document: error answers and what only they use are left out."""

from __future__ import annotations

from typing import Any

from openapi.generator_view import without_error_responses


def document() -> dict[str, Any]:
    ok = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Location"}}}}
    error = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    return {
        "paths": {
            "/v1/company/{id}": {
                "get": {"responses": {"200": ok, "404": error, "401": {"$ref": "#/components/responses/Unauthorized"}}}
            }
        },
        "components": {
            "schemas": {
                "Location": {"type": "object", "properties": {"address": {"$ref": "#/components/schemas/Address"}}},
                "Address": {"type": "object"},
                "Error": {"type": "object", "properties": {"meta": {"$ref": "#/components/schemas/Meta"}}},
                "Meta": {"type": "object"},
                "Shared": {"type": "object"},
                "Webhook": {"type": "object", "properties": {"meta": {"$ref": "#/components/schemas/Meta"}}},
            },
            "responses": {
                "Unauthorized": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Shared"}}}}
            },
        },
    }


def test_only_2xx_responses_remain() -> None:
    view = without_error_responses(document())
    assert list(view["paths"]["/v1/company/{id}"]["get"]["responses"]) == ["200"]


def test_components_only_error_answers_use_are_dropped() -> None:
    view = without_error_responses(document())
    assert set(view["components"]["schemas"]) == {"Location", "Address", "Meta", "Webhook"}
    assert view["components"]["responses"] == {}


def test_a_component_an_error_and_a_kept_schema_share_stays() -> None:
    # `Meta` is reached from the error body and from `Webhook`, a payload no operation references.
    assert "Meta" in without_error_responses(document())["components"]["schemas"]


def test_the_input_document_is_left_untouched() -> None:
    original = document()
    without_error_responses(original)
    assert set(original["paths"]["/v1/company/{id}"]["get"]["responses"]) == {"200", "404", "401"}
