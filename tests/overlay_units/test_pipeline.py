"""The whole pipeline on the locked bundles gives exactly what the committed client was generated from.

A fast stand-in for `make check-generated` (seconds, not minutes): a change to any overlay
that alters the document, or the operation table the runtime routes and authenticates by,
fails here with the first place it differs.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from altegio_client import Operation, Pagination
from altegio_client.api._operations import OPERATIONS
from altegio_client.testing import load_spec
from overlays import PIPELINE, Overlay
from overlays._wire import StaleCorrection
from overlays.auth_requirements import reconcile_auth
from overlays.client_file_upload import add_client_file_upload
from overlays.list_forms import add_list_forms
from overlays.membership_type_services import membership_type_counts
from overlays.operation_table import render_operation_table
from overlays.phone_code_login import phone_code_login
from overlays.query_wire_names import query_wire_names
from overlays.schedule_staff_id import schedule_staff_id
from overlays.schema_names import clean_schema_names
from overlays.service_links_body import service_links_body
from overlays.undocumented_filters import add_undocumented_filters
from overlays.voip_calls_query import voip_calls_query

BARE = {"servers": [{"url": "https://api.alteg.io/api"}], "paths": {"/v1/x": {"get": {"operationId": "get_x"}}}}
#: wire corrections refuse a document without the operation they correct (StaleCorrection), so a
#: republished spec cannot silently drop a fix
REQUIRE_TARGET = (
    query_wire_names,
    schedule_staff_id,
    service_links_body,
    phone_code_login,
    voip_calls_query,
    add_undocumented_filters,
    add_list_forms,
    add_client_file_upload,
)


def first_difference(expected: Any, actual: Any, where: str = "") -> str | None:
    """Where two JSON values first differ (a readable failure instead of a diff of megabytes)."""
    if type(expected) is not type(actual):
        return f"{where or '<root>'}: {type(expected).__name__} != {type(actual).__name__}"
    if isinstance(expected, dict):
        if list(expected) != list(actual):
            return f"{where or '<root>'}: keys {sorted(set(expected) ^ set(actual)) or 'in another order'}"
        for key in expected:
            found = first_difference(expected[key], actual[key], f"{where}/{key}")
            if found:
                return found
        return None
    if isinstance(expected, list):
        if len(expected) != len(actual):
            return f"{where}: {len(expected)} items != {len(actual)}"
        for index, (left, right) in enumerate(zip(expected, actual, strict=True)):
            found = first_difference(left, right, f"{where}/{index}")
            if found:
                return found
        return None
    return None if expected == actual else f"{where}: {expected!r} != {actual!r}"


def test_the_overlaid_document_is_the_one_the_client_was_generated_from(merged_document: dict[str, Any]) -> None:
    assert first_difference(load_spec(), merged_document) is None


def test_the_operation_table_is_rendered_from_it(merged_document: dict[str, Any]) -> None:
    source = render_operation_table(merged_document)  # Python source importing the Operation type
    namespace: dict[str, Any] = {"Operation": Operation, "Pagination": Pagination}
    exec(source.replace("from .._operation import Operation, Pagination\n", ""), namespace)
    assert namespace["OPERATIONS"] == OPERATIONS
    assert list(namespace["OPERATIONS"]) == sorted(OPERATIONS)


def test_first_difference_names_the_path() -> None:
    assert first_difference({"a": [1, {"b": 2}]}, {"a": [1, {"b": 3}]}) == "/a/1/b: 2 != 3"
    assert first_difference({"a": 1}, {"a": 1, "c": 2}) == "<root>: keys ['c']"
    assert first_difference({"a": 1, "b": 2}, {"b": 2, "a": 1}) == "<root>: keys in another order"
    assert first_difference([1], [1, 2]) == ": 1 items != 2"
    assert first_difference({"a": 1}, {"a": 1.0}) == "/a: int != float"
    assert first_difference({"a": [1]}, {"a": [1]}) is None


def test_an_operation_id_that_cannot_name_a_module_is_refused() -> None:
    doc = {"paths": {"/v1/x": {"get": {"operationId": "Get-Thing", "x-altegio-auth": "partner"}}}}
    with pytest.raises(ValueError, match=r"^operationId 'Get-Thing' is not the snake_case name of its module$"):
        render_operation_table(doc)


@pytest.mark.parametrize(
    "overlay",
    [o for o in PIPELINE if o not in (reconcile_auth, membership_type_counts, clean_schema_names, *REQUIRE_TARGET)],
    ids=lambda overlay: overlay.__name__,
)
def test_an_overlay_leaves_a_document_without_its_quirk_alone(overlay: Overlay) -> None:
    """A document with no components, parameters, bodies or responses: nothing to fix, nothing to trip on."""
    assert overlay(copy.deepcopy(BARE)) == BARE


@pytest.mark.parametrize("overlay", REQUIRE_TARGET, ids=lambda overlay: overlay.__name__)
def test_a_wire_correction_refuses_a_document_without_the_operation_it_corrects(overlay: Overlay) -> None:
    with pytest.raises(StaleCorrection, match="is not in the document"):
        overlay(copy.deepcopy(BARE))
