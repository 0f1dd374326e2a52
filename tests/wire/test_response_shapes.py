"""Live response shapes parse (overlays.team_member_shapes, overlays.example_shapes)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from altegio_client import AltegioClient
from altegio_client.api.services import get_service
from altegio_client.api.team_members import get_team_member_list
from altegio_client.models import JsonObject, StaffListResponse

from .conftest import Wire


@pytest.fixture
async def strict(wire: Wire) -> AsyncIterator[AltegioClient]:
    # strict: the whole answer is converted during the call, so a shape the model cannot hold raises
    async with AltegioClient(
        partner_token="partner",
        user_token="user",
        transport=httpx.MockTransport(wire.handle),
        rate_limiter=None,
        strict_responses=True,
    ) as altegio:
        yield altegio


def member(member_id: int, **live: Any) -> dict[str, Any]:
    return {"id": member_id, "name": f"Member {member_id}", **live}


async def test_team_member_user_and_image_group_parse_as_object_or_empty_array(
    wire: Wire, strict: AltegioClient
) -> None:
    image_group = {"id": 5, "entity": "master", "entity_id": 1, "images": {}}
    wire.answer = {
        "success": True,
        "data": [
            member(1, user={"id": 10, "name": "Ann", "phone": "13155550175"}, image_group=image_group),
            member(2, user=[], image_group=[]),
        ],
        "meta": [],
    }
    response = await get_team_member_list.asyncio_detailed(1, client=strict)
    assert isinstance(response.parsed, StaffListResponse)
    assert isinstance(response.parsed.data, list)
    first, second = response.parsed.data
    assert isinstance(first.user, JsonObject)
    assert first.user.to_dict() == {"id": 10, "name": "Ann", "phone": "13155550175"}
    assert isinstance(first.image_group, JsonObject)
    assert first.image_group.to_dict() == image_group
    assert (second.user, second.image_group) == ([], [])


async def test_service_answered_as_a_list_parses(wire: Wire, strict: AltegioClient) -> None:
    wire.answer = {"success": True, "data": [{"id": 7, "title": "Cut"}], "meta": {"total_count": 1}}
    response = await get_service.asyncio_detailed(1, 7, client=strict)
    data = response.parsed.data  # type: ignore[union-attr]
    assert isinstance(data, list)
    assert [item.to_dict()["id"] for item in data] == [7]


async def test_service_answered_as_one_object_still_parses(wire: Wire, strict: AltegioClient) -> None:
    wire.answer = {"success": True, "data": {"id": 7, "title": "Cut"}, "meta": []}
    response = await get_service.asyncio_detailed(1, 7, client=strict)
    assert response.parsed.data.to_dict()["id"] == 7  # type: ignore[union-attr]
