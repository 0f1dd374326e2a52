"""openapi.model_names (one component per model shape, friendly names) and openapi.generate's field-name rule."""

from __future__ import annotations

import ast
import builtins
import copy
from pathlib import Path
from typing import Any

import pytest

from openapi.generate import reserved_words
from openapi.model_names import NameCollision, class_name, name_models

PACKAGE = Path(__file__).resolve().parents[2] / "altegio_client"
REF = "#/components/schemas/"


def obj(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties}


def document(responses: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    """One GET operation per entry of ``responses`` (operationId -> 200 JSON schema)."""
    paths = {
        f"/{op}": {"get": {"operationId": op, "responses": {"200": {"content": {"application/json": {"schema": s}}}}}}
        for op, s in responses.items()
    }
    return {"openapi": "3.1.0", "paths": paths, "components": {"schemas": schemas or {}}}


def response_schema(doc: dict[str, Any], op: str) -> Any:
    return doc["paths"][f"/{op}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]


def field_of(doc: dict[str, Any], op: str, name: str) -> Any:
    """The schema of property ``name`` of ``op``'s response (a component after name_models)."""
    return doc["components"]["schemas"][response_schema(doc, op)["$ref"].removeprefix(REF)]["properties"][name]


STAFF = obj(id={"type": "integer"}, name={"type": "string", "description": "Team member name"})


def test_identical_inline_objects_become_one_component_named_at_the_shortest_place() -> None:
    doc = document(
        {"list_visits": obj(master=STAFF, page={"type": "integer"}), "get": obj(data=obj(master=copy.deepcopy(STAFF)))}
    )
    out = name_models(doc, {})
    schemas = out["components"]["schemas"]
    assert response_schema(out, "list_visits")["$ref"] == REF + "list_visits_response_200"
    first = schemas["list_visits_response_200"]["properties"]["master"]
    second = schemas["get_response_200_data"]["properties"]["master"]
    assert first == second == {"$ref": REF + "get_response_200_data_master"}
    assert schemas["get_response_200_data_master"] == STAFF


def test_shapes_differing_only_in_examples_merge_but_descriptions_keep_them_apart() -> None:
    with_example = {**STAFF, "example": {"id": 1, "name": "Ann"}}
    described = {**STAFF, "description": "Who sold the product"}
    out = name_models(document({"a": obj(x=STAFF), "b": obj(x=with_example), "c": obj(x=described)}), {})
    refs = {op: field_of(out, op, "x")["$ref"] for op in "abc"}
    assert refs["a"] == refs["b"] != refs["c"]


def test_defaults_of_additional_properties_and_integer_formats_do_not_split_a_shape() -> None:
    plain = obj(id={"type": "integer"})
    spelled = {**obj(id={"type": "integer", "format": "int32"}), "additionalProperties": True}
    out = name_models(document({"a": obj(x=plain), "b": obj(x=spelled)}), {})
    assert field_of(out, "a", "x") == field_of(out, "b", "x")


def test_a_friendly_name_names_the_entity_and_its_nested_models_follow() -> None:
    doc = document(
        {"get_appointment_list": obj(data={"type": "array", "items": obj(id={"type": "integer"}, staff=STAFF)})}
    )
    pointer = "#/paths/~1get_appointment_list/get/responses/200/content/application~1json/schema/properties/data/items"
    out = name_models(doc, {"appointment": pointer})
    schemas = out["components"]["schemas"]
    assert schemas["get_appointment_list_response_200"]["properties"]["data"]["items"] == {"$ref": REF + "appointment"}
    assert schemas["appointment"]["properties"]["staff"] == {"$ref": REF + "appointment_staff"}
    assert class_name("appointment_staff") == "AppointmentStaff"


def test_a_friendly_name_taken_by_another_shape_fails_loudly() -> None:
    doc = document({"get": obj(data=STAFF)}, schemas={"TeamMember": obj(other={"type": "string"})})
    pointer = "#/paths/~1get/get/responses/200/content/application~1json/schema/properties/data"
    with pytest.raises(NameCollision, match="TeamMember"):
        name_models(doc, {"team_member": pointer})


def test_a_friendly_name_pointing_at_nothing_fails_loudly() -> None:
    with pytest.raises(NameCollision, match="no schema"):
        name_models(document({"get": obj(data=STAFF)}), {"x": "#/paths/~1get/get/responses/404"})


def test_an_inline_copy_of_a_component_becomes_a_reference_to_it() -> None:
    doc = document({"get": obj(master=copy.deepcopy(STAFF))}, schemas={"staff": copy.deepcopy(STAFF)})
    out = name_models(doc, {})
    assert out["components"]["schemas"]["get_response_200"]["properties"]["master"] == {"$ref": REF + "staff"}


def test_a_nullable_place_refers_to_the_object_shape_through_an_any_of() -> None:
    nullable = {**STAFF, "type": ["object", "null"]}
    out = name_models(document({"a": obj(master=nullable), "b": obj(master=copy.deepcopy(STAFF))}), {})
    schemas = out["components"]["schemas"]
    shared = schemas["b_response_200"]["properties"]["master"]["$ref"]
    assert schemas["a_response_200"]["properties"]["master"] == {"anyOf": [{"$ref": shared}, {"type": "null"}]}
    assert schemas[shared.removeprefix(REF)]["type"] == "object"


def test_components_equal_once_their_children_are_merged_are_merged_too() -> None:
    schemas = {
        "meta_a": obj(count={"type": "integer"}),
        "meta_b": obj(count={"type": "integer"}),
        "error_401": obj(meta={"$ref": REF + "meta_a"}),
        "error_403": obj(meta={"$ref": REF + "meta_b"}),
    }
    out = name_models(document({"get": {"$ref": REF + "error_403"}}, schemas), {})
    assert set(out["components"]["schemas"]) == {"meta_a", "error_401"}
    assert response_schema(out, "get") == {"$ref": REF + "error_401"}


def test_an_all_of_of_one_reference_is_left_to_the_generator() -> None:
    # openapi-python-client passes `allOf: [$ref]` through to the referenced class: no copy to merge.
    wrapped = {"type": "object", "description": "Seller", "allOf": [{"$ref": REF + "staff"}]}
    out = name_models(document({"get": obj(seller=copy.deepcopy(wrapped))}, schemas={"staff": STAFF}), {})
    assert field_of(out, "get", "seller") == wrapped


def test_a_default_stays_at_its_place_while_the_shape_is_shared() -> None:
    kind = {"type": "string", "enum": ["left", "right"]}
    out = name_models(document({"a": obj(side={**kind, "default": "right"}), "b": obj(side=kind, n=STAFF)}), {})
    shared = field_of(out, "b", "side")
    assert field_of(out, "a", "side") == {"allOf": [shared], "default": "right"}
    assert out["components"]["schemas"][shared["$ref"].removeprefix(REF)] == kind


def test_the_object_with_no_documented_keys_is_json_object_wherever_it_is() -> None:
    out = name_models(document({"a": obj(meta={"type": "object"}), "b": obj(extra={"type": "object"}, n=STAFF)}), {})
    assert field_of(out, "a", "meta") == field_of(out, "b", "extra") == {"$ref": REF + "json_object"}


def test_a_name_never_starts_with_a_digit() -> None:
    responses = {"401_unauthorized": {"content": {"application/json": {"schema": STAFF}}}}
    doc: dict[str, Any] = {"openapi": "3.1.0", "paths": {}, "components": {"schemas": {}, "responses": responses}}
    out = name_models(doc, {})
    assert list(out["components"]["schemas"]) == ["unauthorized_response_401"]


def test_the_input_document_is_left_alone() -> None:
    doc = document({"a": obj(x=STAFF), "b": obj(x=copy.deepcopy(STAFF))})
    before = copy.deepcopy(doc)
    name_models(doc, {})
    assert doc == before


def test_only_keywords_and_builtins_the_generated_code_uses_keep_a_trailing_underscore() -> None:
    reserved = reserved_words()
    assert {"datetime", "type", "sum", "zip", "min", "id"}.isdisjoint(reserved)
    assert {"self", "isinstance", "dict", "list", "str", "property", "Exception"} <= reserved


def test_generated_code_uses_no_builtin_that_a_field_may_now_shadow() -> None:
    # A builtin the generated code calls must stay reserved: a model field of that name would
    # be a local of to_dict/from_dict (or a class attribute) and hide it.
    freed = {name for name in dir(builtins) if name not in reserved_words()}
    offenders = set()
    for path in list((PACKAGE / "models").glob("*.py")) + list((PACKAGE / "api").rglob("*.py")):
        tree = ast.parse(path.read_text())
        bound = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load)}
        bound |= {a.arg for n in ast.walk(tree) if isinstance(n, ast.arguments) for a in n.args + n.kwonlyargs}
        loaded = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
        offenders |= {f"{path.name}: {name}" for name in (loaded & freed) - bound}
    assert offenders == set()


def test_a_place_name_held_by_a_union_component_is_not_taken_from_it() -> None:
    # `staff_position` is a union (no class of that name); the inline object at staff.position
    # must not overwrite it.
    union = {"oneOf": [obj(id={"type": "integer"}), {"type": "array", "items": {}}]}
    schemas = {"staff": obj(position=obj(title={"type": "string"})), "staff_position": union}
    out = name_models(document({}, schemas), {})
    assert out["components"]["schemas"]["staff_position"]["oneOf"][1] == union["oneOf"][1]
    assert out["components"]["schemas"]["staff"]["properties"]["position"] == {"$ref": REF + "staff_position_object"}
