"""Error answers: typed, naming the operation, retried only where repeating is safe.

Promises:
- a status error carries ``operation`` and ``status_code``, and its message names the operation;
- HTTP 500 (like 502-504) is retried for idempotent methods, and never for a POST;
- a 503 (or 429) whose ``Retry-After`` is longer than ``max_retry_after`` is final at once:
  no sleeping the cap;
- a 401 to a request that carried a user token says that token is probably stale
  (UserTokenRejectedError, an AuthenticationError); with the partner token alone it is a
  plain AuthenticationError.
"""

from __future__ import annotations

import anyio
import pytest

from altegio_client import AuthenticationError, NotFoundError, RateLimitError, ServerError, UserTokenRejectedError
from altegio_client.api.appointments import create_appointment
from altegio_client.api.locations import get_location

from .conftest import BOOKING, BOUND, client_for
from .server import LoopbackServer, answer, error


async def test_status_error_names_the_operation_that_failed() -> None:
    async with LoopbackServer(error(404, "Location not found")) as server, client_for(server.api) as client:
        with pytest.raises(NotFoundError) as caught:
            await get_location.asyncio_detailed(client=client, location_id=1)
    assert caught.value.operation == "get_location"
    assert caught.value.status_code == 404
    assert str(caught.value).startswith("get_location: GET http://127.0.0.1:")
    assert "HTTP 404: Location not found" in str(caught.value)


async def test_get_is_retried_on_500() -> None:
    async with LoopbackServer(error(500), answer(200)) as server, client_for(server.api) as client:
        response = await get_location.asyncio_detailed(client=client, location_id=1)
    assert response.status_code == 200
    assert len(server.arrivals) == 2


async def test_post_is_not_retried_on_500() -> None:
    async with LoopbackServer(error(500), answer(201)) as server, client_for(server.api) as client:
        with pytest.raises(ServerError) as caught:
            await create_appointment.asyncio_detailed(client=client, location_id=1, body=BOOKING)
    assert caught.value.status_code == 500
    assert len(server.arrivals) == 1


@pytest.mark.parametrize(("status", "raised"), [(503, ServerError), (429, RateLimitError)])
async def test_retry_after_beyond_the_cap_is_final_at_once(status: int, raised: type[Exception]) -> None:
    async with (
        LoopbackServer(error(status, "later", {"Retry-After": "3600"}), answer(200)) as server,
        client_for(server.api) as client,
    ):
        with anyio.fail_after(1.0), pytest.raises(raised):  # no 60 s nap at the cap
            await get_location.asyncio_detailed(client=client, location_id=1)
    assert len(server.arrivals) == 1


async def test_401_with_a_user_token_says_the_user_token_is_stale() -> None:
    async with LoopbackServer(answer(200), error(401, "Unauthorized")) as server, client_for(server.api) as client:
        await get_location.asyncio_detailed(client=client, location_id=1)
        # ... the user changes their password; the next call meets a 401:
        with anyio.fail_after(BOUND), pytest.raises(UserTokenRejectedError, match=r"user token .* stale") as caught:
            await get_location.asyncio_detailed(client=client, location_id=1)
    assert isinstance(caught.value, AuthenticationError)
    assert caught.value.operation == "get_location"
    assert len(server.arrivals) == 2  # a 401 is not retried


async def test_401_with_the_partner_token_alone_is_a_plain_authentication_error() -> None:
    async with (
        LoopbackServer(error(401, "Unauthorized")) as server,
        client_for(server.api, user_token=None) as client,
    ):
        with pytest.raises(AuthenticationError) as caught:
            await get_location.asyncio_detailed(client=client, location_id=1)
    assert not isinstance(caught.value, UserTokenRejectedError)
