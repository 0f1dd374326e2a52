from typing import Any

import pytest

from overlays.auth_requirements import PARTNER, USER_OPTIONAL, USER_REQUIRED, decide, reconcile_auth
from overlays.strip_header_params import strip_header_params


def _op(security: list[dict[str, list[str]]] | None, header: str | None, where: str = "header") -> dict[str, object]:
    operation: dict[str, object] = {"parameters": [{"name": "location_id", "in": "path"}]}
    if security is not None:
        operation["security"] = security
    if header is not None:
        operation["parameters"] = [{"name": "Authorization", "in": where, "description": header}]
    return operation


@pytest.mark.parametrize(
    ("security_user", "header_user", "expected"),
    [
        (False, False, PARTNER),
        (False, None, PARTNER),
        (None, False, PARTNER),
        (None, None, PARTNER),
        (True, True, USER_REQUIRED),
        (True, None, USER_REQUIRED),
        (False, True, USER_OPTIONAL),
        (True, False, USER_OPTIONAL),
    ],
)
def test_decision_table(security_user: bool | None, header_user: bool | None, expected: str) -> None:
    assert decide(security_user, header_user) == expected


def test_disagreement_is_recorded_and_security_rewritten() -> None:
    doc = {
        "components": {"securitySchemes": {}},
        "paths": {
            "/v1/company/{id}": {"get": _op([{"BearerPartner": []}], "Bearer partner_token, User user_token")},
            "/v1/staff/{id}": {"get": _op([{"BearerPartnerUser": []}], "Bearer {partner_token}")},
            "/v1/records/{id}": {"get": _op([{"BearerPartnerUser": []}], "Bearer {partner_token}, User {user_token}")},
            "/v1/auth": {"post": _op([], "Bearer partner_token")},
        },
    }
    paths = reconcile_auth(doc)["paths"]
    company = paths["/v1/company/{id}"]["get"]
    assert company["x-altegio-auth"] == USER_OPTIONAL
    assert company["x-altegio-auth-reconciled"] == {"security": "BearerPartner", "header": "partner and user token"}
    assert company["security"] == [{"BearerPartnerUser": []}, {"BearerPartner": []}]
    assert paths["/v1/staff/{id}"]["get"]["x-altegio-auth"] == USER_OPTIONAL
    assert paths["/v1/records/{id}"]["get"]["x-altegio-auth"] == USER_REQUIRED
    assert "x-altegio-auth-reconciled" not in paths["/v1/records/{id}"]["get"]
    assert paths["/v1/auth"]["post"]["x-altegio-auth"] == PARTNER


def test_transport_headers_are_removed_including_misspelt_and_query_declared_ones() -> None:
    params = [
        {"name": "Accept", "in": "header"},
        {"name": "Conetnt-Type", "in": "header"},
        {"name": "Authorizarion", "in": "header"},
        {"name": "Content-type", "in": "header"},
        {"name": "Authorization", "in": "query"},
        {"$ref": "#/components/parameters/accept_header"},
        {"name": "X-Request-Id", "in": "header"},
        {"name": "location_id", "in": "path"},
    ]
    doc = {
        "components": {"parameters": {"accept_header": {"name": "Accept", "in": "header"}}},
        "paths": {"/v1/x": {"get": {"parameters": params}}},
    }
    out = strip_header_params(doc)
    assert [p["name"] for p in out["paths"]["/v1/x"]["get"]["parameters"]] == ["X-Request-Id", "location_id"]
    assert out["components"]["parameters"] == {}


def test_every_disagreement_is_recorded_with_what_each_source_said() -> None:
    example_only = {"name": "Authorization", "in": "header", "example": "Bearer partner_token, User user_token"}
    doc: dict[str, Any] = {
        "components": {},
        "paths": {
            "/v1/staff/{id}": {"get": _op([{"BearerPartnerUser": []}], "Bearer {partner_token}")},
            "/v1/user/data": {"get": {"security": [], "parameters": [example_only]}},
            "/v1/auth": {"post": _op(None, "Bearer partner_token")},
            "/v1/plain": {"get": {"security": [{"BearerPartner": []}]}},  # no parameters at all
        },
    }
    paths = reconcile_auth(doc)["paths"]
    assert paths["/v1/staff/{id}"]["get"]["x-altegio-auth-reconciled"] == {
        "security": "BearerPartnerUser",
        "header": "partner token only",
    }
    user_data = paths["/v1/user/data"]["get"]
    assert user_data["x-altegio-auth-reconciled"] == {"security": "none", "header": "partner and user token"}
    assert user_data["x-altegio-auth"] == USER_REQUIRED  # only the header speaks, and its example names the user
    assert paths["/v1/auth"]["post"]["x-altegio-auth-reconciled"] == {
        "security": "none",
        "header": "partner token only",
    }
    assert paths["/v1/plain"]["get"]["x-altegio-auth"] == PARTNER
    assert doc["components"]["securitySchemes"] == {}
