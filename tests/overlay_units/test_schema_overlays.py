from typing import Any

import pytest

from overlays.generator_compat import generator_compat
from overlays.integer_ids import integer_ids, is_identifier_name
from overlays.membership_type_services import COUNTS_SCHEMA, membership_type_counts
from overlays.schema_names import clean_key, clean_schema_names


def _json(schema: object) -> dict[str, object]:
    return {"content": {"application/json": {"schema": schema}}}


def test_identifier_names() -> None:
    for name in ("id", "staff_id", "service_ids", "ids[]", "service_ids[]", "filter[staff_id]", "filter[ids][]"):
        assert is_identifier_name(name), name
    for name in ("paid_min", "idle", "valid", "width", "page"):
        assert not is_identifier_name(name), name


def test_number_ids_become_integers_and_other_numbers_stay() -> None:
    doc = {
        "paths": {
            "/v1/company/{location_id}": {
                "get": {
                    "parameters": [
                        {"name": "location_id", "in": "path", "schema": {"type": "number"}},
                        {
                            "name": "service_ids[]",
                            "in": "query",
                            "schema": {"type": "array", "items": {"type": "number"}},
                        },
                        {"name": "paid_min", "in": "query", "schema": {"type": "number"}},
                        {"name": "page", "in": "query", "schema": {"type": "number"}},
                    ]
                }
            }
        },
        "components": {
            "schemas": {
                "x": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "number", "format": "float"},
                        "staff_id": {"type": ["number", "null"]},
                        "cost": {"type": "number"},
                    },
                }
            }
        },
    }
    out = integer_ids(doc)
    params = out["paths"]["/v1/company/{location_id}"]["get"]["parameters"]
    assert params[0]["schema"] == {"type": "integer"}
    assert params[1]["schema"]["items"] == {"type": "integer"}
    assert params[2]["schema"] == {"type": "number"}
    assert params[3]["schema"] == {"type": "integer"}
    props = out["components"]["schemas"]["x"]["properties"]
    assert props["id"] == {"type": "integer"}
    assert props["staff_id"] == {"type": ["integer", "null"]}
    assert props["cost"] == {"type": "number"}


def test_membership_type_services_become_id_to_count_objects_in_every_schema() -> None:
    as_array: dict[str, Any] = {"type": "array", "items": {"type": "integer"}}
    body: dict[str, Any] = {
        "type": "object",
        "properties": {"services": as_array, "service_categories": as_array, "title": {}},
    }
    doc = {
        "paths": {
            "/v1/chain/{chain_id}/loyalty/abonement_types/{id}": {"put": {"requestBody": _json(body)}},
            "/v1/chain/{chain_id}/loyalty/abonement_types": {
                "get": {"responses": {"200": _json({"$ref": "#/components/schemas/type"})}}
            },
            "/v1/services/{id}": {
                "post": {"requestBody": _json({"type": "object", "properties": {"services": as_array}})}
            },
        },
        "components": {
            "schemas": {
                # a schema that refers to itself is walked once
                "type": {
                    "type": "object",
                    "properties": {"services": as_array, "parent": {"$ref": "#/components/schemas/type"}},
                }
            }
        },
    }
    out = membership_type_counts(doc)
    ref = {"$ref": f"#/components/schemas/{COUNTS_SCHEMA}"}
    assert body["properties"]["services"] == ref
    assert body["properties"]["service_categories"] == ref
    assert out["components"]["schemas"]["type"]["properties"]["services"] == ref
    unrelated = out["paths"]["/v1/services/{id}"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert unrelated["properties"]["services"] == as_array
    assert out["components"]["schemas"][COUNTS_SCHEMA]["additionalProperties"] == {"type": "integer"}


def test_schema_keys_become_identifiers_and_prose_titles_go() -> None:
    assert clean_key("401_unauthorized_response") == "unauthorized_response_401"
    assert clean_key("records_companyid_response_data-types") == "records_companyid_response_data_types"
    doc = {
        "paths": {
            "/v1/x": {"get": {"responses": {"401": _json({"$ref": "#/components/schemas/401_unauthorized_response"})}}}
        },
        "components": {
            "schemas": {
                "401_unauthorized_response": {
                    "title": "Response error message",
                    "type": "object",
                    "properties": {"title": {"type": "string", "title": "Title"}},
                    "example": {"title": "kept: examples are data"},
                }
            }
        },
    }
    out = clean_schema_names(doc)
    schema = out["components"]["schemas"]["unauthorized_response_401"]
    assert "title" not in schema
    assert schema["properties"]["title"] == {"type": "string"}
    assert schema["example"] == {"title": "kept: examples are data"}
    response = out["paths"]["/v1/x"]["get"]["responses"]["401"]["content"]["application/json"]["schema"]
    assert response == {"$ref": "#/components/schemas/unauthorized_response_401"}


def test_unparseable_shapes_are_rewritten_to_equivalent_ones() -> None:
    schema = {
        "type": "object",
        "properties": {
            "meta": {"type": "array", "maxItems": 0},
            "fields": {"type": ["object", "array"], "default": None, "properties": {"a": {"type": "string"}}},
            "empty": {"type": "array", "default": None},
            "maybe": {"type": ["string", "null"], "default": None},
            "untyped": {"default": None},  # any value, null included: the default stands
        },
    }
    out = generator_compat({"paths": {}, "components": {"schemas": {"s": schema}}})
    props = out["components"]["schemas"]["s"]["properties"]
    assert props["meta"] == {"type": "array", "maxItems": 0, "items": {}}
    assert props["fields"]["anyOf"] == [
        {"type": "object", "properties": {"a": {"type": "string"}}},
        {"type": "array", "items": {}},
    ]
    assert "type" not in props["fields"]
    assert "default" not in props["empty"]
    assert props["maybe"] == {"type": ["string", "null"], "default": None}
    assert props["untyped"] == {"default": None}


def test_a_const_branch_is_folded_into_its_sibling_of_the_same_type() -> None:
    phone = {
        "oneOf": [
            {"type": "string", "const": ""},
            {"type": "string", "pattern": "^[0-9]{9,15}$"},
            {"type": "null"},
        ]
    }
    out = generator_compat({"paths": {}, "components": {"schemas": {"phone": phone}}})
    assert out["components"]["schemas"]["phone"]["oneOf"] == [
        {"type": "string", "pattern": "^$|^[0-9]{9,15}$"},
        {"type": "null"},
    ]


def test_integer_ids_reach_every_shape_an_id_takes() -> None:
    schemas: dict[str, Any] = {
        "list_ids": {"type": ["array", "null"], "items": {"type": "number"}},
        "either_id": {"oneOf": [{"type": "number", "format": "double"}, {"type": "string"}]},
        "any_id": {"anyOf": [{"type": "null"}, {"type": ["number", "null"], "format": "float"}]},
        "ids": {"type": ["string", "null"], "items": {"type": "number"}},  # not an array: items ignored
    }
    stray = {"type": "string", "properties": {"id": {"type": "number"}}}  # properties on a string mean nothing
    doc = {"components": {"schemas": {"x": {"type": "object", "properties": schemas}, "s": stray}}}
    out = integer_ids(doc)["components"]["schemas"]["x"]["properties"]
    assert doc["components"]["schemas"]["s"] == {"type": "string", "properties": {"id": {"type": "number"}}}
    assert out["list_ids"] == {"type": ["array", "null"], "items": {"type": "integer"}}
    assert out["either_id"] == {"oneOf": [{"type": "integer"}, {"type": "string"}]}
    assert out["any_id"] == {"anyOf": [{"type": "null"}, {"type": ["integer", "null"]}]}
    assert out["ids"] == {"type": ["string", "null"], "items": {"type": "number"}}


def test_a_tuple_array_in_a_type_list_still_gets_items() -> None:
    schema = {"type": ["array", "string"], "prefixItems": [{"type": "integer"}], "minLength": 1}
    out = generator_compat({"paths": {}, "components": {"schemas": {"s": schema}}})["components"]["schemas"]["s"]
    assert out == {
        "anyOf": [
            {"type": "array", "prefixItems": [{"type": "integer"}], "items": {}},
            {"type": "string", "minLength": 1},
        ]
    }


def test_cleaning_keys_refuses_to_merge_two_schemas() -> None:
    doc: dict[str, Any] = {"paths": {}, "components": {"schemas": {"a-b": {}, "a_b": {}}}}
    with pytest.raises(ValueError, match=r"^cleaning component schema keys would merge two schemas$"):
        clean_schema_names(doc)


def test_const_branches_fold_in_any_of_too_and_only_into_a_plain_sibling_of_their_type() -> None:
    schema = {
        "anyOf": [
            {"type": "integer", "const": 0},  # no integer sibling: stays
            {"type": "number"},
            {"type": "string", "const": "a"},
            {"type": "string", "const": "b"},  # another const is not a sibling
            {"type": "string", "pattern": "^x$"},
        ]
    }
    out = generator_compat({"paths": {}, "components": {"schemas": {"s": schema}}})["components"]["schemas"]["s"]
    assert out == {
        "anyOf": [
            {"type": "integer", "const": 0},
            {"type": "number"},
            {"type": "string", "pattern": "^b$|^a$|^x$"},
        ]
    }
    lone = {"oneOf": [{"type": "string", "const": "a"}, {"type": "string", "const": "b"}]}
    out = generator_compat({"paths": {}, "components": {"schemas": {"s": lone}}})["components"]["schemas"]["s"]
    assert out == {"oneOf": [{"type": "string", "const": "a"}, {"type": "string", "const": "b"}]}


def test_a_type_list_keeps_its_own_any_of_and_a_tuple_array_gets_no_items() -> None:
    listed = {"type": ["string", "integer"], "anyOf": [{"minLength": 1}]}
    tuple_array = {"type": "array", "prefixItems": [{"type": "integer"}]}
    doc = {"paths": {}, "components": {"schemas": {"l": listed, "t": tuple_array}}}
    out = generator_compat(doc)["components"]["schemas"]
    assert out["l"] == {"anyOf": [{"type": "string"}, {"type": "integer"}, {"minLength": 1}]}
    assert out["t"] == {"type": "array", "prefixItems": [{"type": "integer"}]}
