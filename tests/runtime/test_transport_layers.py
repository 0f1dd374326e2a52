"""AuthorizationTransport and CallDeadline, each on its own."""

from __future__ import annotations

import asyncio

import anyio
import httpx
import pytest

from altegio_client import UserTokenRequiredError
from altegio_client._auth import AuthorizationTransport, PartnerUserAuth
from altegio_client._operation import OPERATION_EXTENSION, operation_of
from altegio_client._retries import CallDeadline
from altegio_client.api._operations import OPERATIONS


def _request(operation: str) -> httpx.Request:
    return httpx.Request(
        "GET", "https://api.alteg.io/api/v1/x", extensions={OPERATION_EXTENSION: OPERATIONS[operation]}
    )


async def test_authorization_transport_writes_the_tokens_current_when_sent() -> None:
    seen: list[str] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Authorization"])
        return httpx.Response(200)

    inner = httpx.MockTransport(record)
    auth = PartnerUserAuth("p", "u1")
    transport = AuthorizationTransport(inner, auth)
    request = _request("get_location")
    request.headers["Authorization"] = auth.header_for(OPERATIONS["get_location"])  # what httpx.Auth set earlier
    auth.set_user_token("u2")
    await transport.handle_async_request(request)
    auth.set_partner_token("p2")
    await transport.handle_async_request(_request("authorize_user"))  # partner-only operation
    assert seen == ["Bearer p, User u2", "Bearer p2"]


async def test_user_token_dropped_while_queued_fails_a_user_required_call_unsent() -> None:
    inner = httpx.MockTransport(lambda request: pytest.fail("sent without a user token"))
    auth = PartnerUserAuth("p", "u1")
    auth.set_user_token(None)
    with pytest.raises(UserTokenRequiredError, match="get_appointment_list"):
        await AuthorizationTransport(inner, auth).handle_async_request(_request("get_appointment_list"))


@pytest.mark.fake_clock
async def test_time_inside_paused_does_not_count_against_the_deadline() -> None:
    start = anyio.current_time()
    with anyio.CancelScope(deadline=start + 1.0) as scope:
        deadline = CallDeadline(scope)
        with deadline.paused():
            await asyncio.sleep(5.0)  # past the original deadline: not cancelled
        assert deadline.at == pytest.approx(start + 6.0)
        await asyncio.sleep(0.5)
    assert not scope.cancelled_caught
    with anyio.CancelScope(deadline=anyio.current_time() + 1.0) as scope:
        await asyncio.sleep(5.0)  # not paused: cancelled at the deadline
    assert scope.cancelled_caught


def test_a_raw_request_or_a_foreign_extension_value_names_no_operation() -> None:
    assert operation_of(_request("get_location")) is OPERATIONS["get_location"]
    assert operation_of(httpx.Request("GET", "https://api.alteg.io/api/v1/x")) is None
    foreign = httpx.Request("GET", "https://api.alteg.io/api/v1/x", extensions={OPERATION_EXTENSION: "get_location"})
    assert operation_of(foreign) is None
