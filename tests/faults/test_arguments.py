"""Arguments: refused before anything is sent, or sent exactly where they were meant to go.

Promises:
- a path parameter is one URL segment: ``/``, ``?``, ``#``, ``%`` and the rest are
  percent-encoded; ``""``, ``"."`` and ``".."`` (which URL normalisation would drop or turn
  into a step up, e.g. ``DELETE /user/records/1/..`` -> ``/user/records``) are refused;
- ``None`` or a value of the wrong type (``"abc"`` or ``True`` for an integer) is refused;
- a missing required body is refused;
- each refusal is InvalidArgumentError (a ValueError) naming the operation and the parameter,
  and the server sees nothing.
"""

from __future__ import annotations

import datetime

import pytest

from altegio_client import InvalidArgumentError
from altegio_client.api.appointments import create_appointment
from altegio_client.api.client_personal_cabinet import delete_user_appointment
from altegio_client.api.locations import get_location

from .conftest import client_for
from .server import LoopbackServer, answer


@pytest.mark.parametrize("segment", ["", ".", ".."])
async def test_dot_and_empty_path_segments_are_refused_before_sending(segment: str) -> None:
    async with LoopbackServer(answer(200)) as server, client_for(server.api) as client:
        with pytest.raises(InvalidArgumentError) as caught:
            await delete_user_appointment.asyncio_detailed(record_id=1, record_hash=segment, client=client)
    assert (caught.value.operation, caught.value.parameter) == ("delete_user_appointment", "record_hash")
    assert str(caught.value).startswith("delete_user_appointment: record_hash must not be")
    assert server.arrivals == []


async def test_any_other_text_stays_one_path_segment() -> None:
    async with LoopbackServer(answer(200)) as server, client_for(server.api) as client:
        await delete_user_appointment.asyncio_detailed(record_id=1, record_hash="a/../b?c#d%2e", client=client)
    assert [a.target for a in server.arrivals] == ["/api/v1/user/records/1/a%2F..%2Fb%3Fc%23d%252e"]


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (None, "must be int, got None"),
        ("abc", "must be int, got str"),
        ("7", "must be int, got str"),
        (True, "must be int, got bool"),
        (1.0, "must be int, got float"),
    ],
)
async def test_wrong_type_for_an_integer_path_parameter_is_refused(value: object, problem: str) -> None:
    async with LoopbackServer(answer(200)) as server, client_for(server.api) as client:
        with pytest.raises(InvalidArgumentError, match=f"^get_location: location_id {problem}$"):
            await get_location.asyncio_detailed(client=client, location_id=value)  # type: ignore[arg-type]
    assert server.arrivals == []


async def test_missing_required_body_is_refused() -> None:
    async with LoopbackServer(answer(201)) as server, client_for(server.api) as client:
        with pytest.raises(InvalidArgumentError, match=r"^create_appointment: body must be .*, got None$") as caught:
            await create_appointment.asyncio_detailed(client=client, location_id=1, body=None)  # type: ignore[arg-type]
    assert isinstance(caught.value, ValueError)
    assert server.arrivals == []


async def test_dates_in_the_path_are_iso_dates_and_datetimes_are_refused() -> None:
    from altegio_client.api.schedule_resources import update_team_member_schedule

    async with LoopbackServer(answer(200)) as server, client_for(server.api) as client:
        with pytest.raises(InvalidArgumentError, match="start_date must be date, got datetime"):
            await update_team_member_schedule.asyncio_detailed(
                1, 2, datetime.datetime(2026, 1, 5, 9, 30), datetime.date(2026, 1, 6), client=client
            )
        assert server.arrivals == []
        await update_team_member_schedule.asyncio_detailed(
            1, 2, datetime.date(2026, 1, 5), datetime.date(2026, 1, 6), client=client
        )
    assert [a.target for a in server.arrivals] == ["/api/v1/schedule/1/2/2026-01-05/2026-01-06"]
