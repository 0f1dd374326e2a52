from typing import Any

from overlays.documented_change_filters import declare_documented_change_filters
from overlays.pagination import EXTENSION, SAFE_DEFAULT, annotate_pagination, documented_maximum


def _op(*parameters: dict[str, Any], description: str = "") -> dict[str, Any]:
    return {"operationId": "x", "description": description, "parameters": list(parameters)}


def _query(name: str, description: str = "", **schema: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "description": description, "schema": {"type": "integer", **schema}}


def _annotate(path: str, operation: dict[str, Any]) -> Any:
    doc = annotate_pagination({"paths": {path: {"get": operation}}})
    return doc["paths"][path]["get"].get(EXTENSION)


def test_a_schema_maximum_is_the_page_size() -> None:
    operation = _op(_query("page"), _query("limit", "Maximum number of Services to return", maximum=250, default=250))
    assert _annotate("/v2/locations/{location_id}/services", operation) == {"page": "page", "size": "limit", "max": 250}


def test_a_maximum_stated_in_the_description_is_the_page_size() -> None:
    operation = _op(_query("page"), _query("page_size", "The number of output lines per page. Maximum 100"))
    assert _annotate("/v1/x", operation) == {"page": "page", "size": "page_size", "max": 100}
    operation = _op(_query("page"), _query("editable_length", "Number of appointments per page, maximum 100"))
    assert _annotate("/v1/records/partner", operation)["max"] == 100


def test_evidence_from_working_clients_when_the_documentation_is_silent() -> None:
    operation = _op(_query("page"), _query("count", "Number of appointments per page"))
    assert _annotate("/v1/records/{location_id}", operation) == {"page": "page", "size": "count", "max": 1000}


def test_the_safe_default_without_documentation_or_evidence() -> None:
    operation = _op(_query("page"), _query("count", "Number of reviews per page"))
    assert _annotate("/v1/comments/{location_id}", operation)["max"] == SAFE_DEFAULT


def test_operations_without_page_and_size_are_not_annotated() -> None:
    assert _annotate("/v1/goods/search/{location_id}", _op(_query("term"), _query("count"))) is None
    assert _annotate("/v1/x", _op(_query("page"))) is None
    body_page = {"name": "page", "in": "path", "schema": {"type": "integer"}}
    assert _annotate("/v1/x/{page}", _op(body_page, _query("count"))) is None


def test_words_about_maxima_without_a_number_are_not_a_maximum() -> None:
    assert documented_maximum(_query("limit", "Maximum number of Products to return")) is None
    assert documented_maximum(_query("count", "Items per page (max 100)")) == 100


def test_change_filters_documented_only_in_the_description_become_parameters() -> None:
    description = (
        "#### Client filtering\n"
        "+ fullname:Joh (optional, string) - Name (part of name) to filter clients\n"
        "+ changed_after: '2000-01-01T00:00:00' (optional, string) - Filtering clients changed/created since a"
        " specific date and time\n"
        "+ changed_before: '2020-12-31T23:59:59' (optional, string) - Filtering clients changed/created before a"
        " specific date and time\n"
    )
    doc = {"paths": {"/v1/clients/{location_id}": {"get": _op(_query("page"), description=description)}}}
    parameters = declare_documented_change_filters(doc)["paths"]["/v1/clients/{location_id}"]["get"]["parameters"]
    added = {p["name"]: p for p in parameters[1:]}
    assert set(added) == {"changed_after", "changed_before"}
    assert added["changed_after"]["in"] == "query"
    assert added["changed_after"]["schema"] == {"type": "string"}
    assert added["changed_after"]["example"] == "2000-01-01T00:00:00"


def test_a_declared_change_filter_is_not_doubled() -> None:
    description = "+ changed_after: '2000-01-01T00:00:00' (optional, string) - Changed since"
    operation = _op(_query("changed_after", "already there"), description=description)
    doc = declare_documented_change_filters({"paths": {"/v1/x": {"get": operation}}})
    assert [p["name"] for p in doc["paths"]["/v1/x"]["get"]["parameters"]] == ["changed_after"]


def test_a_change_filter_becomes_exactly_this_query_parameter() -> None:
    description = "+ changed_before: '2020-12-31T23:59:59' (optional, string) - Filtering clients changed before  "
    doc = declare_documented_change_filters({"paths": {"/v1/x": {"get": {"description": description}}}})
    assert doc["paths"]["/v1/x"]["get"]["parameters"] == [
        {
            "name": "changed_before",
            "in": "query",
            "description": "Filtering clients changed before",
            "schema": {"type": "string"},
            "example": "2020-12-31T23:59:59",
        }
    ]


def test_a_declared_change_filter_does_not_hide_the_other_one() -> None:
    description = (
        "+ changed_after: '2000-01-01T00:00:00' (optional, string) - Changed since\n"
        "+ changed_before: '2020-12-31T23:59:59' (optional, string) - Changed before\n"
        "+ changed_before: '2021-12-31T23:59:59' (optional, string) - Said twice\n"
    )
    operation = _op(_query("changed_after", "already there"), description=description)
    doc = declare_documented_change_filters({"paths": {"/v1/x": {"get": operation}}})
    parameters = doc["paths"]["/v1/x"]["get"]["parameters"]
    assert [(p["name"], p["description"]) for p in parameters] == [
        ("changed_after", "already there"),
        ("changed_before", "Changed before"),
    ]


def test_every_paginated_operation_is_annotated_and_shared_parameters_count() -> None:
    doc = {
        "paths": {
            "/v1/goods/search/{location_id}": {"get": _op(_query("term"))},  # not paginated: the next still is
            "/v1/comments/{location_id}": {
                "get": _op({"$ref": "#/components/parameters/page"}, {"$ref": "#/components/parameters/count"})
            },
        },
        "components": {"parameters": {"page": _query("page"), "count": _query("count", "Per page, max 50")}},
    }
    out = annotate_pagination(doc)
    assert EXTENSION not in out["paths"]["/v1/goods/search/{location_id}"]["get"]
    assert out["paths"]["/v1/comments/{location_id}"]["get"][EXTENSION] == {"page": "page", "size": "count", "max": 50}


def test_a_schema_maximum_of_one_is_a_maximum_and_below_one_is_not() -> None:
    assert documented_maximum(_query("count", maximum=1)) == 1
    assert documented_maximum(_query("count", "At most (max 20)", maximum=0)) == 20
    assert documented_maximum(_query("count", maximum=True)) is None
    assert documented_maximum({"name": "count", "in": "query"}) is None
