"""The generated package is complete: every callable operation, none of the documented responses dropped."""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import pkgutil
import re
from pathlib import Path
from typing import Any

import pytest

import altegio_client.api
from altegio_client.api._operations import OPERATIONS
from openapi.generator_view import without_error_responses
from openapi.model_names import name_models
from overlays._doc import operations
from overlays.operation_table import render_operation_table

PACKAGE = Path(altegio_client.api.__file__).parent.parent
DOCUMENTED_OPERATIONS = 346  # 260 b2b-v1 + 42 b2b-v2 + 24 public + 20 developers
NOT_CALLABLE = {"marketplace_webhook", "fiscalize_document"}
#: Operations the documentation omits, added by overlays (docs/wire-corrections.md).
ADDED_BY_OVERLAYS = {
    "list_location_services",
    "list_location_team_members",
    "list_location_service_categories",
    "deprecated_list_service_categories",
    "upload_client_file",
}


def endpoint_modules() -> dict[str, Path]:
    return {path.stem: path for path in (PACKAGE / "api").glob("*/*.py") if path.name != "__init__.py"}


def test_344_documented_and_5_added_operations_are_callable_and_generated(merged_document: dict[str, Any]) -> None:
    callable_ids = {operation["operationId"] for _p, _m, operation in operations(merged_document)}
    modules = endpoint_modules()
    assert callable_ids >= ADDED_BY_OVERLAYS
    assert len(callable_ids - ADDED_BY_OVERLAYS) == DOCUMENTED_OPERATIONS - len(NOT_CALLABLE) == 344
    assert len(callable_ids) == 349
    assert set(modules) == callable_ids
    assert set(OPERATIONS) == callable_ids
    assert not callable_ids & NOT_CALLABLE


def test_every_documented_response_has_a_parse_branch(merged_document: dict[str, Any]) -> None:
    """The generator omits responses it cannot parse; here each 2xx must be handled (errors are raised)."""
    modules = endpoint_modules()
    missing = []
    for path, method, operation in operations(merged_document):
        source = modules[operation["operationId"]].read_text()
        handled = set(re.findall(r"response\.status_code == (\d+)", source))
        documented = {code for code in operation.get("responses", {}) if code.isdigit() and code.startswith("2")}
        if documented - handled:
            missing.append(f"{method.upper()} {path}: {sorted(documented - handled)}")
    assert missing == []


def test_every_object_component_schema_became_a_model(merged_document: dict[str, Any]) -> None:
    """The generator reads the error-free view with shapes merged and inline models hoisted."""
    generator_input = name_models(without_error_responses(merged_document))

    # The generator re-splits words (`response200` -> `response_200`, `toOne` -> `to_one`).
    def squash(name: str) -> str:
        return name.replace("_", "").lower()

    models = {squash(path.stem) for path in (PACKAGE / "models").glob("*.py")}
    dropped = [
        name
        for name, schema in generator_input["components"]["schemas"].items()
        if schema.get("type") == "object"
        and "properties" in schema
        and not {"oneOf", "anyOf"} & set(schema)  # unions become one model per branch
        and squash(name) not in models
    ]
    assert dropped == []


def test_no_generated_function_takes_transport_headers_as_arguments() -> None:
    offenders = []
    for name, path in endpoint_modules().items():
        tree = ast.parse(path.read_text())
        for node in tree.body:
            if isinstance(node, ast.AsyncFunctionDef):
                args = {a.arg for a in node.args.args + node.args.kwonlyargs}
                if args & {"authorization", "accept", "content_type", "authorizarion", "conetnt_type"}:
                    offenders.append(f"{name}.{node.name}")
    assert offenders == []


def test_identifiers_are_int_in_every_generated_signature() -> None:
    floats = []
    for module_info in pkgutil.walk_packages(altegio_client.api.__path__, "altegio_client.api."):
        if module_info.ispkg or module_info.name.rsplit(".", 1)[1].startswith("_"):
            continue
        function = importlib.import_module(module_info.name).asyncio_detailed
        for name, parameter in inspect.signature(function).parameters.items():
            if re.search(r"(^|_)ids?$", name) and "float" in str(parameter.annotation):
                floats.append(f"{module_info.name}({name}: {parameter.annotation})")
    assert floats == []


def test_only_async_functions_are_generated() -> None:
    source = endpoint_modules()["get_location"].read_text()
    assert "async def asyncio_detailed(" in source
    assert "def sync_detailed(" not in source
    assert "\ndef sync(" not in source


def test_operation_table_is_what_the_document_says(merged_document: dict[str, Any]) -> None:
    documented = {
        op["operationId"]: (op["operationId"], method.upper(), path, op["x-altegio-auth"], op.get("x-altegio-server"))
        for path, method, op in operations(merged_document)
    }
    assert {name: (o.name, o.method, o.path, o.auth, o.server) for name, o in OPERATIONS.items()} == documented
    assert "Operation(" in render_operation_table(merged_document)
    assert OPERATIONS["get_location"].auth == "user-optional"
    assert OPERATIONS["list_marketplace_app_locations"].server == "https://app.alteg.io"
    assert OPERATIONS["list_marketplace_app_locations"].path == "/marketplace/application/{application_id}/salons"


def test_the_document_keeps_each_reconciliation_as_an_extension(merged_document: dict[str, Any]) -> None:
    """37 operations disagree in the bundles; one of them, fiscalize_document, is not callable."""
    reconciled = [op for _p, _m, op in operations(merged_document) if "x-altegio-auth-reconciled" in op]
    security_vs_header = [op for op in reconciled if op["x-altegio-auth-reconciled"]["security"] != "none"]
    assert len(security_vs_header) == 36
    assert all(op["x-altegio-auth"] == "user-optional" for op in security_vs_header)
    assert all(
        op["x-altegio-auth"] in ("partner", "user-optional", "user-required")
        for _p, _m, op in operations(merged_document)
    )


@pytest.mark.parametrize("prefix", ["/v1/", "/v2/"])
def test_index_shape_every_api_path_has_a_version_prefix(merged_document: dict[str, Any], prefix: str) -> None:
    assert merged_document["servers"][0]["url"] == "https://api.alteg.io/api"
    api_paths = [p for p, _m, op in operations(merged_document) if "x-altegio-server" not in op]
    assert all(re.match(r"^/v[12]/", p) for p in api_paths)
    assert any(p.startswith(prefix) for p in api_paths)
    assert not any(p.startswith(("/v1/api/", "/v2/api/")) for p in api_paths)
    assert json.dumps(merged_document).count("https://your-api.url") == 0


def test_auth_decisions_doc_lists_every_decision(merged_document: dict[str, Any]) -> None:
    readme = (PACKAGE.parent / "docs" / "auth-decisions.md").read_text()
    decided = [op for _p, _m, op in operations(merged_document) if "x-altegio-auth-reconciled" in op]
    assert len(decided) == 36 + 3
    for op in decided:
        assert f"`{op['operationId']}` |" in readme
        row = next(line for line in readme.splitlines() if f"`{op['operationId']}` |" in line)
        assert f"**{op['x-altegio-auth']}" in row
    assert "`fiscalize_document` |" in readme
