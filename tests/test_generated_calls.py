"""Generated functions, called through AltegioClient against respx: what goes on the wire."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
import respx

from altegio_client import AltegioClient
from altegio_client.api.chain_loyalty_programs import (
    chain_loyalty_membership_types_create,
    chain_loyalty_membership_types_update,
)
from altegio_client.api.marketplace import list_marketplace_app_locations
from altegio_client.api.subscriptions_certificates import check_memberships_for_event, search_memberships_for_event
from altegio_client.models import (
    ChainLoyaltyMembershipTypesCreateBody,
    ChainLoyaltyMembershipTypesUpdateBody,
    MembershipTypeCounts,
)

OK = {"success": True, "data": {}, "meta": []}


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(assert_all_called=True) as mock:
        yield mock


@pytest.fixture
async def client(router: respx.MockRouter) -> AsyncIterator[AltegioClient]:
    async with AltegioClient(partner_token="p", user_token="u", rate_limiter=None) as altegio:
        yield altegio


def counts(mapping: dict[str, int]) -> MembershipTypeCounts:
    value = MembershipTypeCounts()
    value.additional_properties.update(mapping)
    return value


async def test_membership_search_and_check_request_the_v1_prefix_once(
    router: respx.MockRouter, client: AltegioClient
) -> None:
    base = "/api/v1/company/1/client/2/loyalty/abonements"
    search = router.get(host="api.alteg.io", path=f"{base}/search_for_activity").respond(200, json=OK)
    check = router.get(host="api.alteg.io", path=f"{base}/3/check_for_activity").respond(200, json=OK)
    await search_memberships_for_event.asyncio_detailed(location_id=1, client_id=2, client=client, activity_id=9)
    await check_memberships_for_event.asyncio_detailed(
        location_id=1, client_id=2, membership_id=3, client=client, activity_id=9, schedule_day_ids="1"
    )
    # The routes matched the paths; what else reached the wire: the query, and both tokens
    # (the two operations are user-optional).
    assert search.calls.last.request.url.params == httpx.QueryParams({"activity_id": "9"})
    assert check.calls.last.request.url.params == httpx.QueryParams({"activity_id": "9", "schedule_day_ids": "1"})
    for route in (search, check):
        assert route.call_count == 1
        assert route.calls.last.request.headers["Authorization"] == "Bearer p, User u"


def _membership_fields() -> dict[str, object]:
    return {
        "title": "10 visits",
        "salon_group_id": 5,
        "cost": 100.0,
        "is_united_balance": False,
        "united_balance_services_count": 0,
        "service_categories": counts({"77": 2}),
        "services": counts({"13160808": 5, "13160809": 3}),
    }


async def test_creating_and_updating_a_membership_type_send_services_as_objects(
    router: respx.MockRouter, client: AltegioClient
) -> None:
    create = router.post("https://api.alteg.io/api/v1/chain/5/loyalty/abonement_types").respond(201, json=OK)
    update = router.put("https://api.alteg.io/api/v1/chain/5/loyalty/abonement_types/8").respond(200, json=OK)
    await chain_loyalty_membership_types_create.asyncio_detailed(
        chain_id=5,
        client=client,
        body=ChainLoyaltyMembershipTypesCreateBody(**_membership_fields()),  # type: ignore[arg-type]
    )
    await chain_loyalty_membership_types_update.asyncio_detailed(
        chain_id=5,
        loyalty_membership_type_id=8,
        client=client,
        body=ChainLoyaltyMembershipTypesUpdateBody(**_membership_fields()),  # type: ignore[arg-type]
    )
    for route in (create, update):
        sent = json.loads(route.calls.last.request.content)
        assert sent["services"] == {"13160808": 5, "13160809": 3}
        assert sent["service_categories"] == {"77": 2}
        assert route.calls.last.request.headers["Content-Type"] == "application/json"


async def test_marketplace_operations_reach_their_own_host(router: respx.MockRouter, client: AltegioClient) -> None:
    route = router.get(host="app.alteg.io", path="/marketplace/application/4/salons").respond(200, json=OK)
    await list_marketplace_app_locations.asyncio_detailed(application_id=4, client=client, page=1, count=10)
    request = route.calls.last.request
    assert request.url == httpx.URL("https://app.alteg.io/marketplace/application/4/salons?page=1&count=10")
    assert request.headers["Host"] == "app.alteg.io"  # the header follows the rewritten URL


async def test_a_local_stand_in_receives_marketplace_operations_too(router: respx.MockRouter) -> None:
    route = router.get(host="127.0.0.1", path="/mock/marketplace/application/4/salons").respond(200, json=OK)
    async with AltegioClient(partner_token="p", base_url="http://127.0.0.1:9/mock", rate_limiter=None) as local:
        await list_marketplace_app_locations.asyncio_detailed(application_id=4, client=local, page=1, count=10)
    assert route.call_count == 1
