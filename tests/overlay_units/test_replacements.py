from typing import Any

import pytest

from overlays.replacements import mark_replacements


def op(operation_id: str, description: str = "") -> dict[str, Any]:
    return {"operationId": operation_id, "description": description}


def replaced_by(doc: dict[str, Any]) -> dict[str, str]:
    out = mark_replacements(doc)
    return {
        o["operationId"]: o["x-altegio-replaced-by"]
        for item in out["paths"].values()
        for o in item.values()
        if "x-altegio-replaced-by" in o
    }


def test_description_naming_an_older_v2_spelling_points_at_the_v2_operation() -> None:
    doc = {
        "paths": {
            "/v1/labels/{location_id}/{entity}": {
                "get": op("get_tag_list_by_entity", "Use `GET /api/v2/companies/{company_id}/tags?entity={e}` instead.")
            },
            "/v2/locations/{company_id}/tags": {"get": op("list_tags"), "post": op("create_tag_v2")},
            "/v2/locations/{location_id}/events/{event_id}": {"get": op("get_event_v2")},
            "/v1/activity/{location_id}/{event_id}": {
                "get": op("old_get_event", "Use `GET /v2/companies/{location_id}/activities/{id}` instead.")
            },
        }
    }
    assert replaced_by(doc) == {"get_tag_list_by_entity": "list_tags", "old_get_event": "get_event_v2"}


def test_unversioned_path_in_a_description_means_the_operations_own_version() -> None:
    doc = {
        "paths": {
            "/v1/schedule/{location_id}/{team_member_id}": {
                "put": op("old_schedule", "Use `PUT /location/{location_id}/staff/schedule` instead.")
            },
            "/v1/company/{location_id}/staff/schedule": {"put": op("set_schedule"), "get": op("get_schedule")},
            "/v2/locations/{location_id}/staff/schedule": {"put": op("v2_schedule")},
        }
    }
    assert replaced_by(doc) == {"old_schedule": "set_schedule"}


def test_v1_operation_sharing_its_id_with_a_v2_one_is_replaced_by_the_v2_twin() -> None:
    doc = {
        "paths": {
            "/v1/goods/{location_id}/{id}": {"get": op("get_product")},
            "/v2/locations/{location_id}/products/{id}": {"get": op("get_product_v2")},
            "/v2/x": {"get": op("listing")},
            "/v2/y": {"get": op("listing_v2")},  # both v2: not a v1/v2 twin
        }
    }
    assert replaced_by(doc) == {"get_product": "get_product_v2"}


def test_pairs_from_altegios_mcp_catalog_with_different_ids() -> None:
    doc = {
        "paths": {
            "/v1/goods/{location_id}": {"get": op("get_products_list")},
            "/v2/locations/{location_id}/products": {"get": op("list_products")},
            "/v1/custom_fields/{location_id}": {"get": op("get_custom_field_list")},  # its v2 twin is absent
        }
    }
    assert replaced_by(doc) == {"get_products_list": "list_products"}


def test_reference_to_no_documented_operation_leaves_the_operation_unmarked() -> None:
    doc = {"paths": {"/v1/a": {"get": op("a", "Use `GET /v2/nowhere` instead.")}}}
    assert replaced_by(doc) == {}


def test_sources_that_disagree_are_an_error() -> None:
    doc = {
        "paths": {
            "/v1/goods/{location_id}": {"get": op("get_products_list", "Use `GET /v2/other` instead.")},
            "/v2/locations/{location_id}/products": {"get": op("list_products")},
            "/v2/other": {"get": op("other")},
        }
    }
    with pytest.raises(ValueError, match="get_products_list"):
        mark_replacements(doc)


def test_reference_matching_two_operations_is_an_error() -> None:
    doc = {
        "paths": {
            "/v1/a": {"get": op("a", "Use `GET /v2/companies/{id}` instead.")},
            "/v2/companies/{id}": {"get": op("b")},
            "/v2/locations/{id}": {"get": op("c")},
        }
    }
    with pytest.raises(ValueError, match="matches"):
        mark_replacements(doc)


def test_the_published_spec_points_each_replaced_operation_at_a_live_v2_or_v1_one(
    merged_document: dict[str, Any],
) -> None:
    ops = {o["operationId"]: (path, o) for path, item in merged_document["paths"].items() for o in item.values()}
    table = {name: o["x-altegio-replaced-by"] for name, (_p, o) in ops.items() if "x-altegio-replaced-by" in o}
    assert {
        "get_product": "get_product_v2",  # shared operationId
        "get_products_list": "list_products",  # canonical.yaml
        "get_position_list": "list_positions",  # "Use `GET /v2/companies/{company_id}/positions` instead."
        "schedule_team_member_update_deprecated": "set_team_member_schedule",  # unversioned path
    }.items() <= table.items()
    assert len(table) == 17
    for old, new in table.items():
        assert ops[old][0].startswith("/v1/"), old
        assert "x-altegio-replaced-by" not in ops[new][1], f"{new} is replaced itself"


def test_older_spellings_in_a_description_are_unified_before_comparing() -> None:
    doc = {
        "paths": {
            "/v1/positions/{location_id}": {
                "get": op("old_positions", "Use `GET /api/v2/companies/{company_id}/positions?page=1` instead.")
            },
            "/v1/rooms/{location_id}": {"get": op("old_rooms", "Use `get /v2/locations/{id}/rooms/` instead.")},
            "/v2/locations/{location_id}/positions": {"get": op("list_positions")},
            "/v2/locations/{location_id}/rooms": {"get": op("list_rooms")},
            "/marketplace/hooks": {"post": op("marketplace_hook")},  # a path without a version
        }
    }
    assert replaced_by(doc) == {"old_positions": "list_positions"}  # the method must be written as Altegio does


def test_a_description_path_is_unified_segment_by_segment() -> None:
    doc = {
        "paths": {
            "/v1/rooms/{location_id}": {"get": op("old_rooms", "Use `GET /v2/locations/{id}/rooms/` instead.")},
            "/v1/seats/{location_id}": {"get": op("old_seats", "Use `GET /v2/locations/{id}/seats?a=1?b=2` instead.")},
            "/v1/desks/{location_id}": {"get": op("old_desks", "Use `GET /api/v2/desks/api` instead.")},
            "/v2/locations/{location_id}/rooms": {"get": op("list_rooms")},
            "/v2/locations/{location_id}/seats": {"get": op("list_seats")},
            "/v2/desks/api": {"get": op("list_desks")},
        }
    }
    assert replaced_by(doc) == {"old_rooms": "list_rooms", "old_seats": "list_seats", "old_desks": "list_desks"}


def test_disagreeing_sources_are_each_named_with_their_evidence() -> None:
    doc = {
        "paths": {
            "/v1/goods/{location_id}": {"get": op("get_products_list", "Use `GET /v2/other` instead.")},
            "/v2/locations/{location_id}/products": {"get": op("list_products")},
            "/v2/other": {"get": op("other")},
        }
    }
    evidence = "{'other': 'its description', 'list_products': 'canonical.yaml'}"
    with pytest.raises(ValueError, match=r"^get_products_list: the evidence names different replacements: ") as raised:
        mark_replacements(doc)
    assert str(raised.value).endswith(evidence)
    doc = {
        "paths": {
            "/v1/a": {"get": op("thing", "Use `GET /v2/other` instead.")},
            "/v2/a": {"get": op("thing_v2")},
            "/v2/other": {"get": op("other")},
        }
    }
    with pytest.raises(ValueError, match=r"^thing: the evidence names different replacements: ") as raised:
        mark_replacements(doc)
    assert str(raised.value).endswith("{'other': 'its description', 'thing_v2': 'a shared operationId'}")
