"""`make spec-diff`: operations added, removed and changed between two specs."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any

import pytest

from openapi.spec_diff import diff, load_new, main, operations_of, operations_of_llms_txt, render
from tests.conftest import ROOT, require_bundles
from tests.packaged import packaged_document


def document() -> dict[str, Any]:
    user = {
        "type": "object",
        "required": ["id"],
        "properties": {"id": {"type": "integer"}, "name": {"type": "string", "description": "Name"}},
    }
    return {
        "openapi": "3.1.1",
        "servers": [{"url": "https://api.alteg.io/api"}],
        "paths": {
            "/v1/users/{location_id}": {
                "get": {
                    "operationId": "list_users",
                    "summary": "List users",
                    "parameters": [
                        {"in": "path", "name": "location_id", "required": True, "schema": {"type": "integer"}},
                        {"in": "query", "name": "page", "schema": {"type": "integer"}},
                    ],
                    "responses": {
                        "200": {
                            "content": {
                                "application/json": {
                                    "schema": {"type": "array", "items": {"$ref": "#/components/schemas/user"}}
                                }
                            }
                        }
                    },
                },
            },
            "/v1/old/{id}": {"delete": {"operationId": "delete_old", "summary": "Delete old", "responses": {}}},
        },
        "components": {"schemas": {"user": user}},
    }


def changes(new: dict[str, Any]) -> list[str]:
    result = diff(operations_of(document()), operations_of(new))
    assert (result.added, result.removed) == ([], [])
    return [line for _op, found in result.changed for line in found]


def list_users(doc: dict[str, Any]) -> dict[str, Any]:
    operation: dict[str, Any] = doc["paths"]["/v1/users/{location_id}"]["get"]
    return operation


def test_the_same_document_has_no_changes() -> None:
    result = diff(operations_of(document()), operations_of(document()))
    assert (result.added, result.removed, result.changed, result.unchanged) == ([], [], [], 2)
    assert "No operation added, removed or changed (2 operations)." in render(result, "old", "new")


def test_added_and_removed_operations_are_listed_with_their_summary() -> None:
    new = document()
    del new["paths"]["/v1/old/{id}"]
    new["paths"]["/v2/things"] = {"post": {"operationId": "create_thing", "summary": "Create a thing"}}
    result = diff(operations_of(document()), operations_of(new))
    assert [op.name for op in result.added] == ["create_thing"]
    assert [op.name for op in result.removed] == ["delete_old"]
    text = render(result, "old", "new")
    assert "**Added (1)**\n\n- `POST /v2/things` create_thing: Create a thing" in text
    assert "**Removed (1)**\n\n- `DELETE /v1/old/{id}` delete_old: Delete old" in text


def test_a_renamed_path_parameter_is_a_change_not_a_new_operation() -> None:
    new = document()
    list_users(new)["parameters"][0]["name"] = "company_id"
    new["paths"]["/v1/users/{company_id}"] = new["paths"].pop("/v1/users/{location_id}")
    assert changes(new) == [
        "path `/v1/users/{location_id}` -> `/v1/users/{company_id}`",
        "parameter `company_id` (path) added, required",
        "parameter `location_id` (path) removed",
    ]


def test_parameter_changes_required_and_type() -> None:
    new = document()
    list_users(new)["parameters"][1].update(required=True, schema={"type": "string"})
    list_users(new)["parameters"].append({"in": "query", "name": "count", "schema": {"type": "integer"}})
    assert changes(new) == [
        "parameter `count` (query) added, optional",
        "parameter `page` (query) now required",
        'parameter `page` (query): type: "integer" -> "string"',
    ]


def test_response_shape_changes_through_references() -> None:
    new = document()
    user = new["components"]["schemas"]["user"]
    user["properties"]["name"]["type"] = "integer"
    user["properties"]["email"] = {"type": "string"}
    user["required"] = ["id", "email"]
    assert changes(new) == [
        "response 200: `[].email` added",
        'response 200: `[].name` type: "string" -> "integer"',
        "response 200: `[]`: `email` now required",
    ]


def test_a_change_inside_one_alternative_is_named_where_it_is() -> None:
    old = document()
    old["components"]["schemas"]["user"]["properties"]["role"] = {"oneOf": [{"type": "string"}, {"type": "null"}]}
    new = copy.deepcopy(old)
    new["components"]["schemas"]["user"]["properties"]["role"]["oneOf"][0] = {"type": "integer"}
    found = [line for _op, lines in diff(operations_of(old), operations_of(new)).changed for line in lines]
    assert found == ['response 200: `[].role` type: "string" -> "integer"']
    new["components"]["schemas"]["user"]["properties"]["role"]["oneOf"].append({"type": "boolean"})
    found = [line for _op, lines in diff(operations_of(old), operations_of(new)).changed for line in lines]
    assert found == ["response 200: `[].role` oneOf: 2 -> 3 alternatives"]


def test_bodies_and_statuses_added_or_removed() -> None:
    new = document()
    list_users(new)["requestBody"] = {"content": {"application/json": {"schema": {"type": "object"}}}}
    list_users(new)["responses"]["404"] = {"description": "Not found"}
    assert changes(new) == ["request body added", "response 404 added"]


def test_prose_is_not_a_change() -> None:
    new = document()
    new["components"]["schemas"]["user"]["properties"]["name"]["description"] = "The user's full name"
    new["components"]["schemas"]["user"]["example"] = {"id": 1}
    list_users(new)["summary"] = "List the users"
    assert changes(new) == []


def test_recursive_schemas_are_compared_without_looping() -> None:
    old = document()
    old["components"]["schemas"]["user"]["properties"]["manager"] = {"$ref": "#/components/schemas/user"}
    new = copy.deepcopy(old)
    new["components"]["schemas"]["user"]["properties"]["id"]["type"] = "string"
    found = [line for _op, lines in diff(operations_of(old), operations_of(new)).changed for line in lines]
    assert found == ['response 200: `[].id` type: "integer" -> "string"']


LLMS = (
    "# Altegio REST API ... ## Users ### List users - [GET /v1/users/{company_id}]"
    "(https://developer.alteg.io/en/users/list_users.md): Returns | a | table "
    "### Make a thing - [POST /v2/things](https://developer.alteg.io/en/things/create_thing.md)"
)


def test_llms_txt_rendering_gives_an_operation_level_diff() -> None:
    new = operations_of_llms_txt(LLMS)
    assert sorted((op.method, op.path, op.name) for op in new.values()) == [
        ("GET", "/v1/users/{company_id}", "list_users"),
        ("POST", "/v2/things", "create_thing"),
    ]
    result = diff(operations_of(document()), new)
    assert [op.name for op in result.added] == ["create_thing"]
    assert [op.name for op in result.removed] == ["delete_old"]
    assert (result.changed, result.unchanged) == ([], 1)
    assert "(Operations only: one side has no parameters, bodies or responses to compare.)" in render(result, "a", "b")


def test_text_that_is_no_llms_rendering_is_refused() -> None:
    with pytest.raises(ValueError, match=r"not an llms\.txt rendering"):
        operations_of_llms_txt("# Just a title")


def test_cli_prints_the_diff_against_a_given_old_document(tmp_path: Path, capsys: Any) -> None:
    old = tmp_path / "old.json"
    old.write_text(json.dumps(document()))
    (tmp_path / "index.llms.txt").write_text(LLMS)
    assert main([str(tmp_path / "index.llms.txt"), "--old", str(old)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("### API changes: locked spec -> index.llms.txt (operations only)\n")
    assert "- `POST /v2/things` create_thing: Make a thing" in out


def test_bundle_folder_route_matches_the_committed_client() -> None:
    """New bundles go through merge and overlays like `make overlay`: the locked ones give no change."""
    new, label = load_new(require_bundles())
    result = diff(operations_of(packaged_document()), new)
    assert (result.added, result.removed, result.changed) == ([], [], [])
    assert (result.unchanged, label.split(" in ")[0]) == (349, "4 bundles")  # 344 documented + 5 added


def test_cli_refuses_a_document_that_is_not_index_shaped(tmp_path: Path, capsys: Any) -> None:
    bundle = {"openapi": "3.1.1", "servers": [{"url": "https://api.alteg.io/api/v1"}], "paths": {}}
    (tmp_path / "bundle.yaml").write_text(json.dumps(bundle))
    assert main([str(tmp_path / "bundle.yaml")]) == 2
    assert "not index-shaped" in capsys.readouterr().err


def test_published_llms_rendering_against_the_locked_spec() -> None:
    """The earlier index.yaml (its README: 291 operations in both, the bundles add 53)."""
    rendering = Path(os.environ.get("SPEC_DIR", ROOT.parent / "shared" / "openapi")) / "index.llms.txt"
    if not rendering.is_file():
        pytest.skip(f"{rendering} is not here")
    new, _label = load_new(rendering)
    result = diff(operations_of(packaged_document()), new)
    assert (len(new), result.unchanged, len(result.removed)) == (314, 291, 53 + 5)  # + the 5 overlays add
    added = {(op.method, op.path) for op in result.added}
    assert ("GET", "/v2/companies/{company_id}/tags") in added  # the v2 bundle says /v2/locations/...
    assert ("GET", "/v2/locations/{company_id}/tags") in {(op.method, op.path) for op in result.removed}
