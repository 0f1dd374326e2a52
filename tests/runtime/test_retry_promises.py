"""The README's retry promise, method by method: a request the server may have processed is never sent twice.

502/503/504 and read timeouts are retried for GET, HEAD, OPTIONS, PUT and DELETE only; a POST
or PATCH is sent once unless the caller opts in for that call.
"""

from __future__ import annotations

import httpx
import pytest
import respx

from altegio_client import AltegioClient, APIConnectionError, APIStatusError
from altegio_client.api.client_personal_cabinet import update_booking_user_password
from altegio_client.api.online_booking_settings import delete_booking_widget
from altegio_client.api.services import patch_service
from altegio_client.models import BookingUserUpdatePasswordRequestDataTypes, ServicesChangeCompanyidRequestDataTypes

from .conftest import PARTNER, USER, ok

pytestmark = pytest.mark.fake_clock

SERVICE = ServicesChangeCompanyidRequestDataTypes.from_dict(
    {
        "title": "Cut",
        "booking_title": "Cut",
        "category_id": 1,
        "price_min": 10.0,
        "price_max": 20.0,
        "duration": 3600.0,
        "is_multi": False,
        "tax_variant": 1.0,
        "vat_id": 1,
        "is_need_limit_date": False,
        "seance_search_start": 0.0,
        "seance_search_finish": 86400.0,
        "step": 900.0,
        "seance_search_step": 900.0,
    }
)
FAILURES = [
    pytest.param(lambda: httpx.Response(502), id="502"),
    pytest.param(lambda: httpx.Response(503), id="503"),
    pytest.param(lambda: httpx.Response(504), id="504"),
    pytest.param(lambda: httpx.ReadTimeout("slow"), id="read-timeout"),
    pytest.param(lambda: httpx.RemoteProtocolError("dropped"), id="dropped"),
]


def _client() -> AltegioClient:
    return AltegioClient(partner_token=PARTNER, user_token=USER, rate_limiter=None)


@pytest.mark.parametrize("failure", FAILURES)
async def test_a_patch_is_never_sent_twice(api: respx.MockRouter, failure: object) -> None:
    route = api.patch("/v1/services/1/2").mock(side_effect=[failure(), httpx.Response(200, json=ok({}))])  # type: ignore[operator]
    async with _client() as client:
        with pytest.raises((APIStatusError, APIConnectionError)):
            await patch_service.asyncio_detailed(1, 2, client=client, body=SERVICE)
        assert route.call_count == 1
        opted_in = client.with_options(retry_non_idempotent=True)
        route.side_effect = [failure(), httpx.Response(200, json=ok({}))]  # type: ignore[operator]
        assert (await patch_service.asyncio_detailed(1, 2, client=opted_in, body=SERVICE)).status_code == 200
    assert route.call_count == 3


@pytest.mark.parametrize("failure", FAILURES)
async def test_put_and_delete_are_retried(api: respx.MockRouter, failure: object) -> None:
    put = api.put("/v1/booking/user/password").mock(side_effect=[failure(), httpx.Response(200, json=ok({}))])  # type: ignore[operator]
    delete = api.delete("/v1/company/1/booking_forms/2").mock(side_effect=[failure(), httpx.Response(204)])  # type: ignore[operator]
    body = BookingUserUpdatePasswordRequestDataTypes(old_password="a", new_password="b")
    async with _client() as client:
        assert (await update_booking_user_password.asyncio_detailed(client=client, body=body)).status_code == 200
        assert (await delete_booking_widget.asyncio_detailed(1, 2, client=client)).status_code == 204
    assert (put.call_count, delete.call_count) == (2, 2)
