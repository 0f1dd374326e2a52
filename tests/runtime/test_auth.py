"""Authorization per operation, login, rotation, and tokens kept out of every text."""

from __future__ import annotations

import logging

import httpx
import pytest
import respx

from altegio_client import AltegioClient, AuthenticationError, UserTokenRequiredError
from altegio_client.api._operations import OPERATIONS
from altegio_client.api.authentication_b2b import authorize_user
from altegio_client.api.locations import get_location
from altegio_client.api.team_members import get_team_member_list
from altegio_client.models import AuthRequest

from .conftest import PARTNER, USER, ok

# One operation of each reconciled requirement (the table is generated from the overlays).
PARTNER_ONLY = "authorize_user"
USER_OPTIONAL = "get_location"
USER_REQUIRED = "get_appointment_list"


def test_the_examples_have_the_requirements_they_stand_for() -> None:
    assert OPERATIONS[PARTNER_ONLY].auth == "partner"
    assert OPERATIONS[USER_OPTIONAL].auth == "user-optional"
    assert OPERATIONS[USER_REQUIRED].auth == "user-required"


async def test_partner_only_operation_sends_partner_token_even_with_a_user_token(
    api: respx.MockRouter, user_client: AltegioClient
) -> None:
    route = api.post("/v1/auth").respond(201, json=ok({"user_token": "new"}))
    await authorize_user.asyncio_detailed(client=user_client, body=AuthRequest(login="l", password="p"))
    assert route.calls.last.request.headers["Authorization"] == f"Bearer {PARTNER}"


async def test_user_optional_operation_uses_the_user_token_only_when_there_is_one(
    api: respx.MockRouter, client: AltegioClient, user_client: AltegioClient
) -> None:
    route = api.get("/v1/company/1").respond(200, json=ok({"id": 1}))
    await get_location.asyncio_detailed(client=client, location_id=1)
    assert route.calls.last.request.headers["Authorization"] == f"Bearer {PARTNER}"
    await get_location.asyncio_detailed(client=user_client, location_id=1)
    assert route.calls.last.request.headers["Authorization"] == f"Bearer {PARTNER}, User {USER}"


async def test_user_required_operation_sends_both_tokens(api: respx.MockRouter, user_client: AltegioClient) -> None:
    from altegio_client.api.appointments import get_appointment_list

    route = api.get("/v1/records/1").respond(200, json=ok([]))
    await get_appointment_list.asyncio_detailed(client=user_client, location_id=1)
    assert route.calls.last.request.headers["Authorization"] == f"Bearer {PARTNER}, User {USER}"


async def test_missing_user_token_fails_before_anything_is_sent(api: respx.MockRouter, client: AltegioClient) -> None:
    from altegio_client.api.appointments import get_appointment_list

    route = api.get("/v1/records/1").respond(200, json=ok([]))
    with pytest.raises(UserTokenRequiredError, match="get_appointment_list") as caught:
        await get_appointment_list.asyncio_detailed(client=client, location_id=1)
    assert route.call_count == 0
    assert api.calls.call_count == 0
    assert caught.value.operation == "get_appointment_list"


async def test_login_keeps_the_user_token_and_tokens_can_be_rotated(
    api: respx.MockRouter, client: AltegioClient
) -> None:
    api.post("/v1/auth").respond(201, json=ok({"id": 7, "user_token": "from-login"}))
    records = api.get("/v1/records/1").respond(200, json=ok([]))
    from altegio_client.api.appointments import get_appointment_list

    data = await client.login("+13155550175", "secret")
    assert data.id == 7
    await get_appointment_list.asyncio_detailed(client=client, location_id=1)
    assert records.calls.last.request.headers["Authorization"] == f"Bearer {PARTNER}, User from-login"
    client.set_user_token("rotated")
    client.set_partner_token("partner-2")
    await get_appointment_list.asyncio_detailed(client=client, location_id=1)
    assert records.calls.last.request.headers["Authorization"] == "Bearer partner-2, User rotated"
    login_body = api.calls[0].request.content
    assert b'"login": "+13155550175"' in login_body or b'"login":"+13155550175"' in login_body


async def test_team_member_list_is_reachable_with_partner_token_only(
    api: respx.MockRouter, client: AltegioClient
) -> None:
    """GET /staff/{id}: security says user, the documented header says partner -> optional."""
    route = api.get("/v1/staff/1").respond(200, json=ok([]))
    await get_team_member_list.asyncio_detailed(client=client, location_id=1)
    assert route.calls.last.request.headers["Authorization"] == f"Bearer {PARTNER}"


async def test_tokens_never_appear_in_repr_str_logs_or_errors(
    api: respx.MockRouter, user_client: AltegioClient, caplog: pytest.LogCaptureFixture
) -> None:
    api.get("/v1/company/1").mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": "0"}),
            httpx.Response(401, json={"success": False, "data": None, "meta": {"message": "Unauthorized"}}),
        ]
    )
    caplog.set_level(logging.DEBUG)
    with pytest.raises(AuthenticationError) as caught:
        await get_location.asyncio_detailed(client=user_client, location_id=1)
    texts = [repr(user_client), str(user_client), str(caught.value), repr(caught.value), caplog.text]
    texts += [repr(user_client._auth), repr(caught.value.request)]
    assert any("retry" in record.getMessage() for record in caplog.records)
    for text in texts:
        assert PARTNER not in text
        assert USER not in text
    assert "***" in repr(user_client)


def test_an_empty_partner_token_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="partner_token"):
        AltegioClient(partner_token="")
