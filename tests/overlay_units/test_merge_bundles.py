import copy

import pytest

from overlays.merge_bundles import merge_bundles


def bundle(server: str, paths: dict[str, object], schemas: dict[str, object] | None = None) -> dict[str, object]:
    return {
        "openapi": "3.1.1",
        "servers": [{"url": server}],
        "paths": paths,
        "components": {"schemas": schemas or {}},
    }


def test_paths_take_their_bundles_version_prefix_under_one_server() -> None:
    merged = merge_bundles(
        {
            "en-b2b-v1": bundle("https://api.alteg.io/api/v1", {"/book_code/{id}": {"get": {"operationId": "a"}}}),
            "en-b2b-v2": bundle("https://api.alteg.io/api/v2", {"/locations/{id}/tags": {"get": {"operationId": "b"}}}),
        }
    )
    assert merged["servers"] == [{"url": "https://api.alteg.io/api", "description": "Production"}]
    assert list(merged["paths"]) == ["/v1/book_code/{id}", "/v2/locations/{id}/tags"]


def test_colliding_operation_ids_get_a_version_suffix_on_the_later_bundle() -> None:
    merged = merge_bundles(
        {
            "en-b2b-v1": bundle(
                "https://api.alteg.io/api/v1", {"/goods/{id}": {"get": {"operationId": "get_product"}}}
            ),
            "en-b2b-v2": bundle(
                "https://api.alteg.io/api/v2", {"/products/{id}": {"get": {"operationId": "get_product"}}}
            ),
        }
    )
    assert merged["paths"]["/v1/goods/{id}"]["get"]["operationId"] == "get_product"
    assert merged["paths"]["/v2/products/{id}"]["get"]["operationId"] == "get_product_v2"


def test_identical_components_are_kept_once_and_conflicting_ones_renamed_with_their_refs() -> None:
    ref = {"$ref": "#/components/schemas/loyalty_card"}
    merged = merge_bundles(
        {
            "en-b2b-v1": bundle(
                "https://api.alteg.io/api/v1",
                {
                    "/a": {
                        "get": {
                            "operationId": "a",
                            "responses": {"200": {"content": {"application/json": {"schema": dict(ref)}}}},
                        }
                    }
                },
                {"loyalty_card": {"type": "object"}, "shared": {"type": "string"}},
            ),
            "en-developers": bundle(
                "https://api.alteg.io/api/v1",
                {
                    "/b": {
                        "get": {
                            "operationId": "b",
                            "responses": {"200": {"content": {"application/json": {"schema": dict(ref)}}}},
                        }
                    }
                },
                {"loyalty_card": {"type": "array"}, "shared": {"type": "string"}},
            ),
        }
    )
    schemas = merged["components"]["schemas"]
    assert schemas["loyalty_card"] == {"type": "object"}
    assert schemas["developers_loyalty_card"] == {"type": "array"}
    assert list(schemas).count("shared") == 1
    second = merged["paths"]["/v1/b"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert second == {"$ref": "#/components/schemas/developers_loyalty_card"}


def test_a_bundle_outside_the_api_root_is_refused() -> None:
    with pytest.raises(ValueError, match="not below"):
        merge_bundles({"x": bundle("https://example.com/v1", {})})


def test_components_equal_up_to_key_order_are_one_and_renames_are_identifiers() -> None:
    merged = merge_bundles(
        {
            "en-b2b-v1": bundle(
                "https://api.alteg.io/api/v1",
                {"/a": {"get": {"operationId": "a"}}},
                {"card": {"type": "object"}, "same": {"type": "object", "description": "d"}},
            ),
            "en-b2b-v2": bundle(
                "https://api.alteg.io/api/v2",
                {"/b": {"get": {"operationId": "b"}}},
                {"card": {"type": "string"}, "same": {"description": "d", "type": "object"}},
            ),
        }
    )
    assert merged["components"]["schemas"] == {
        "card": {"type": "object"},
        "same": {"type": "object", "description": "d"},
        "b2b_v2_card": {"type": "string"},
    }


def test_security_schemes_differing_only_in_prose_are_one_and_other_conflicts_still_renamed() -> None:
    bearer = {"type": "http", "scheme": "bearer"}
    first = bundle("https://api.alteg.io/api/v1/", {"/a": {"get": {"operationId": "a"}}}, {"s": {"description": "one"}})
    first["components"]["securitySchemes"] = {"A": {**bearer, "description": "one"}, "B": {"type": "apiKey"}}  # type: ignore[index]
    uses_s = {"get": {"operationId": "b", "responses": {"200": {"$ref": "#/components/schemas/s"}}}}
    second = bundle("https://api.alteg.io/api/v2", {"/b": uses_s}, {"s": {"description": "two"}})
    second["components"]["securitySchemes"] = {"A": {**bearer, "description": "two"}, "B": {"type": "http"}}  # type: ignore[index]
    before = copy.deepcopy([first, second])
    merged = merge_bundles(
        {"en-b2b-v1": first, "en-b2b-v2": second, "en-empty": bundle("https://api.alteg.io/api/v1", {})}
    )
    assert merged["components"]["securitySchemes"] == {
        "A": {**bearer, "description": "one"},
        "B": {"type": "apiKey"},
        "b2b_v2_B": {"type": "http"},
    }
    assert merged["components"]["schemas"] == {"s": {"description": "one"}, "b2b_v2_s": {"description": "two"}}
    assert list(merged["paths"]) == ["/v1/a", "/v2/b"]  # a trailing slash on a server adds nothing
    assert merged["paths"]["/v2/b"]["get"]["responses"]["200"] == {"$ref": "#/components/schemas/b2b_v2_s"}
    assert [first, second] == before  # the caller's bundles are not touched


def test_bundles_without_components_merge() -> None:
    plain = bundle("https://api.alteg.io/api/v1", {"/a": {"get": {"operationId": "a"}}})
    del plain["components"]
    assert merge_bundles({"en-b2b-v1": plain})["components"] == {}


def test_an_operation_id_still_taken_after_the_suffix_and_a_path_declared_twice_are_refused() -> None:
    one = bundle("https://api.alteg.io/api/v1", {"/a": {"get": {"operationId": "a"}, "put": {"operationId": "a_v2"}}})
    two = bundle("https://api.alteg.io/api/v2", {"/b": {"get": {"operationId": "a"}}})
    with pytest.raises(ValueError, match=r"^operationId 'a_v2' is not unique across bundles$"):
        merge_bundles({"en-b2b-v1": one, "en-b2b-v2": two})
    three = bundle("https://api.alteg.io/api/v1", {"/a": {"post": {"operationId": "c"}}})
    with pytest.raises(ValueError, match=r"^path '/v1/a' is declared by two bundles$"):
        merge_bundles({"en-b2b-v1": one, "en-public": three})
