"""altegio_client.testing.BookingScenario: the fake keeps booking state a test can script."""

from __future__ import annotations

import datetime
from typing import Any

import httpx
import pytest

from altegio_client import AltegioClient, BookingErrorCode, NotFoundError, UnprocessableEntityError
from altegio_client.models import (
    BookCheckCompanyidRequestDataTypes,
    BookRecordCompanyidRecordRequestDataTypes,
    BookRecordCompanyidRequestDataTypes,
)
from altegio_client.models import BookRecordCompanyidResponseDataTypesDataItem as Created
from altegio_client.testing import BookingScenario, FakeAltegio, Location, Service, SpecViolation, TeamMember
from altegio_client.types import Unset

TODAY = datetime.date(2026, 12, 1)
TOMORROW = "2026-12-02"


def scenario(**options: Any) -> BookingScenario:
    options.setdefault("today", TODAY)
    return BookingScenario(**options)


def booking(when: str, staff_id: int = 201, services: list[int] | None = None) -> BookRecordCompanyidRequestDataTypes:
    appointment = {"id": 1, "services": services or [101], "staff_id": staff_id, "datetime": when}
    return BookRecordCompanyidRequestDataTypes.from_dict(
        {"phone": "+13155550175", "fullname": "Ada", "appointments": [appointment]}
    )


def ids(created: Created) -> tuple[int, str]:
    assert not isinstance(created.record_id, Unset)
    assert not isinstance(created.record_hash, Unset)
    return created.record_id, created.record_hash


async def free_times(client: AltegioClient, staff_id: int = 201, day: str = TOMORROW) -> list[str]:
    slots = await client.online_booking.get_time_slots_for_booking(1, staff_id, day, service_ids=[101])
    return [slot.to_dict()["datetime"] for slot in slots]


async def test_what_is_booked_is_read_back_and_cancel_removes_it() -> None:
    fake = FakeAltegio(scenario=scenario())
    async with fake.client() as client:
        before = await free_times(client)
        created = ids((await client.online_booking.create_online_booking(1, body=booking(before[2], staff_id=201)))[0])
        record = await client.online_booking.get_online_booking_details(1, *created)
        shown = record.to_dict()
        assert (shown["datetime"], shown["staff"]["id"], shown["staff"]["name"]) == (before[2], 201, "Anna Lee")
        assert [s["id"] for s in shown["services"]] == [101]
        assert shown["company"]["id"] == 1
        assert await free_times(client) == before[:2] + before[3:]  # the slot is taken

        await client.client_personal_cabinet.delete_user_appointment(*created)
        with pytest.raises(NotFoundError):
            await client.online_booking.get_online_booking_details(1, *created)
        assert await free_times(client) == before
    assert fake.scenario is not None
    assert fake.scenario.bookings == {}


async def test_slots_are_dated_from_tomorrow_on_the_requested_day() -> None:
    async with FakeAltegio(scenario=scenario(days=3)).client() as client:
        times = await free_times(client)
        dates = await client.online_booking.get_dates_available_for_booking(1, service_ids=[101])
        assert await free_times(client, day=TODAY.isoformat()) == []  # today is not offered
        assert await free_times(client, day="2026-12-05") == []  # beyond `days`
    assert times[0] == "2026-12-02T10:00:00+00:00"
    assert times[-1] == "2026-12-02T17:00:00+00:00"  # a 60-minute service fits before 18:00
    assert dates.to_dict()["booking_dates"] == ["2026-12-02", "2026-12-03", "2026-12-04"]


async def test_the_real_date_is_the_default_today() -> None:
    async with FakeAltegio(scenario=BookingScenario()).client() as client:
        staff = await client.online_booking.get_team_members_available_for_booking(1, service_ids=[101])
    tomorrow = datetime.datetime.now(datetime.timezone.utc).date() + datetime.timedelta(days=1)
    assert staff[0].to_dict()["seance_date"] == tomorrow.isoformat()


async def test_a_taken_slot_is_refused_with_altegios_code() -> None:
    fake = FakeAltegio(scenario=scenario())
    async with fake.client() as client:
        when = (await free_times(client))[0]
        await client.online_booking.create_online_booking(1, body=booking(when))
        check = BookCheckCompanyidRequestDataTypes.from_dict(
            {"appointments": [{"id": 1, "services": [101], "staff_id": 201, "datetime": when}]}
        )
        with pytest.raises(UnprocessableEntityError) as validated:
            await client.online_booking.validate_booking_params(1, body=check)
        with pytest.raises(UnprocessableEntityError) as created:
            await client.online_booking.create_online_booking(1, body=booking(when))
        other = await client.online_booking.create_online_booking(1, body=booking(when, staff_id=202))
    assert validated.value.booking_errors == created.value.booking_errors == [BookingErrorCode.SLOT_TAKEN]
    assert other[0].record_id == 1002
    assert fake.scenario is not None
    assert len(fake.scenario.bookings) == 2


async def test_a_service_the_team_member_does_not_offer_is_refused() -> None:
    async with FakeAltegio(scenario=scenario()).client() as client:
        when = (await free_times(client, staff_id=202))[0]
        with pytest.raises(UnprocessableEntityError) as caught:
            await client.online_booking.create_online_booking(1, body=booking(when, staff_id=202, services=[102]))
        staff = await client.online_booking.get_team_members_available_for_booking(1, service_ids=[102])
    assert caught.value.booking_errors == [BookingErrorCode.NO_TEAM_MEMBER_AVAILABLE]
    assert [member.id for member in staff] == [201]


async def test_a_seeded_booking_and_a_long_service_shape_the_free_slots() -> None:
    script = scenario(
        locations=[Location(7, "Studio 7")],
        services=[Service(1, "Massage", price=50.0, minutes=90)],
        team_members=[TeamMember(3, "Kim", service_ids=(1,))],
        opens="09:00",
        closes="13:00",
        step_minutes=30,
    )
    script.book(7, team_member_id=3, service_ids=[1], start=script.at(datetime.date(2026, 12, 2), "10:00"))
    with pytest.raises(ValueError, match="cannot be booked"):
        script.book(7, team_member_id=3, service_ids=[1], start=script.at(datetime.date(2026, 12, 2), "11:00"))
    async with FakeAltegio(scenario=script).client() as client:
        slots = await client.online_booking.get_time_slots_for_booking(7, 3, TOMORROW, service_ids=[1])
        location = await client.locations.get_location(7)
        with pytest.raises(NotFoundError):
            await client.locations.get_location(1)
    # 90 minutes from 09:00-13:00 around a booking 10:00-11:30: 11:30 is the only other start.
    assert [slot.time for slot in slots] == ["11:30"]
    assert location.title == "Studio 7"


async def test_a_booking_can_be_moved_to_a_free_slot_only() -> None:
    fake = FakeAltegio(scenario=scenario())
    async with fake.client() as client:
        times = await free_times(client)
        first = ids((await client.online_booking.create_online_booking(1, body=booking(times[0])))[0])
        await client.online_booking.create_online_booking(1, body=booking(times[1]))
        move = BookRecordCompanyidRecordRequestDataTypes.from_dict({"datetime": times[1]})
        with pytest.raises(UnprocessableEntityError):
            await client.online_booking.update_online_booking_datetime(1, first[0], body=move)
        move = BookRecordCompanyidRecordRequestDataTypes.from_dict({"datetime": times[4]})
        moved = await client.online_booking.update_online_booking_datetime(1, first[0], body=move)
        record = await client.online_booking.get_online_booking_details(1, *first)
    assert moved.to_dict()["datetime"] == record.to_dict()["datetime"] == times[4]


async def test_an_override_wins_over_the_scenario() -> None:
    fake = FakeAltegio(scenario=scenario())
    fake.respond("get_location", status=404, json={"success": False, "data": None, "meta": {"message": "gone"}})
    async with fake.client() as client:
        with pytest.raises(NotFoundError):
            await client.locations.get_location(1)


class BrokenScenario(BookingScenario):
    def answer(
        self, operation_id: str, params: dict[str, str], request: httpx.Request, documented: Any
    ) -> httpx.Response:
        return httpx.Response(200, json={"success": True, "data": {"id": "not an integer"}, "meta": []})


async def test_a_scenario_answer_that_contradicts_the_spec_is_refused() -> None:
    async with FakeAltegio(scenario=BrokenScenario(today=TODAY)).client() as client:
        with pytest.raises(SpecViolation, match=r"get_location: the scenario's answer contradicts the spec: data/id"):
            await client.locations.get_location(1)


async def test_requests_are_still_checked_against_the_spec_first() -> None:
    http = httpx.AsyncClient(
        transport=FakeAltegio(scenario=scenario()).transport(), base_url="https://api.alteg.io/api"
    )
    with pytest.raises(SpecViolation, match="create_online_booking: request body does not match the spec"):
        await http.post("/v1/book_record/1", json={"fullname": "A", "appointments": []})
