"""The whole pipeline on the locked bundles gives exactly what the committed client was generated from.

A fast stand-in for `make check-generated` (seconds, not minutes): a change to any overlay
that alters the document, or the operation table the runtime routes and authenticates by,
fails here with the first place it differs.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from altegio_client._operations import OPERATIONS
from altegio_client.testing import load_spec
from overlays import PIPELINE, Overlay
from overlays.auth_requirements import reconcile_auth
from overlays.membership_type_services import membership_type_counts
from overlays.operation_table import render_operation_table
from overlays.schema_names import clean_schema_names


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
    namespace: dict[str, Any] = {}
    exec(render_operation_table(merged_document), namespace)  # the table is Python source
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
    [o for o in PIPELINE if o not in (reconcile_auth, membership_type_counts, clean_schema_names)],
    ids=lambda overlay: overlay.__name__,
)
def test_an_overlay_leaves_a_document_without_its_quirk_alone(overlay: Overlay) -> None:
    """A document with no components, parameters, bodies or responses: nothing to fix, nothing to trip on."""
    bare = {"servers": [{"url": "https://api.alteg.io/api"}], "paths": {"/v1/x": {"get": {"operationId": "get_x"}}}}
    assert overlay(copy.deepcopy(bare)) == bare
