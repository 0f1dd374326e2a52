from typing import Any

import pytest

from overlays.doubled_prefix import collapse_doubled_prefix

SEARCH = "/company/{location_id}/client/{client_id}/loyalty/abonements/search_for_activity"


def test_doubled_v1_prefix_is_collapsed_once() -> None:
    doc: dict[str, Any] = {"paths": {f"/v1/api/v1{SEARCH}": {"get": {}}, "/v1/book_code/{id}": {"get": {}}}}
    assert list(collapse_doubled_prefix(doc)["paths"]) == [f"/v1{SEARCH}", "/v1/book_code/{id}"]


def test_different_versions_are_not_a_doubled_prefix() -> None:
    doc: dict[str, Any] = {"paths": {"/v2/api/v1/x": {"get": {}}}}
    assert list(collapse_doubled_prefix(doc)["paths"]) == ["/v2/api/v1/x"]


def test_collapsing_onto_an_existing_path_is_an_error() -> None:
    doc: dict[str, Any] = {"paths": {"/v1/api/v1/x": {"get": {}}, "/v1/x": {"post": {}}}}
    with pytest.raises(ValueError, match="collides"):
        collapse_doubled_prefix(doc)
