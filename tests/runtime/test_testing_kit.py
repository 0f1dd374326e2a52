"""altegio_client.testing: the fake users test their own code against."""

from __future__ import annotations

import httpx
import pytest

from altegio_client import BookingErrorCode, RateLimitError, UnprocessableEntityError, unwrap
from altegio_client.api.locations import get_location
from altegio_client.api.online_booking import create_online_booking
from altegio_client.models import BookRecordCompanyidRequestDataTypes
from altegio_client.testing import FakeAltegio, SpecViolation

BOOKING = {"phone": "+13155550175", "fullname": "A", "email": "a@example.com", "appointments": []}


async def test_every_operation_answers_with_its_documented_example() -> None:
    fake = FakeAltegio()
    assert len(fake.operation_ids) == 349  # 344 documented + 5 the overlays add
    async with fake.client() as client:
        location = unwrap(await get_location.asyncio_detailed(client=client, location_id=1))
    assert location.id == 37532  # the documented example
    assert fake.calls[-1].operation_id == "get_location"


async def test_a_user_test_can_script_a_booking_conflict() -> None:
    """The example from the module docstring, as a user would write it."""
    fake = FakeAltegio()
    fake.respond(
        "create_online_booking",
        status=422,
        json={"success": False, "meta": {"message": "Taken", "errors": [{"code": 433, "message": "taken"}]}},
    )
    body = BookRecordCompanyidRequestDataTypes.from_dict(BOOKING)
    async with fake.client() as client:
        with pytest.raises(UnprocessableEntityError) as caught:
            await create_online_booking.asyncio_detailed(1, client=client, body=body)
    assert caught.value.booking_errors == [BookingErrorCode.SLOT_TAKEN]
    assert fake.calls[-1].json["phone"] == "+13155550175"


async def test_requests_that_break_the_spec_raise_naming_the_operation_and_field() -> None:
    fake = FakeAltegio()
    http = httpx.AsyncClient(transport=fake.transport(), base_url="https://api.alteg.io/api")  # raw requests, no SDK
    with pytest.raises(SpecViolation, match="no operation in the spec"):
        await http.get("/v1/not/a/route")
    with pytest.raises(SpecViolation, match=r"create_online_booking: request body does not match the spec: .*phone"):
        await http.post("/v1/book_record/1", json={"fullname": "A", "appointments": []})


async def test_rate_limits_can_be_enforced() -> None:
    fake = FakeAltegio(enforce_limits=True, limits=[(2, 60.0)])
    async with fake.client(max_retries=0) as client:
        for _ in range(2):
            await get_location.asyncio_detailed(client=client, location_id=1)
        with pytest.raises(RateLimitError):
            await get_location.asyncio_detailed(client=client, location_id=1)
