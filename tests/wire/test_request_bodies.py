"""JSON bodies the backend validates (overlays.schedule_staff_id, ...)."""

from __future__ import annotations

from altegio_client import AltegioClient
from altegio_client.api.schedule_resources import set_team_member_schedule
from altegio_client.models import SetTeamMemberScheduleBody

from .conftest import Wire


async def test_set_schedule_keys_entries_by_staff_id(wire: Wire, client: AltegioClient) -> None:
    body = SetTeamMemberScheduleBody.from_dict(
        {
            "schedules_to_set": [{"staff_id": 5, "dates": ["2026-01-31"], "slots": [{"from": "10:00", "to": "19:00"}]}],
            "schedules_to_delete": [{"staff_id": 6, "dates": ["2026-02-01"]}],
        }
    )
    await set_team_member_schedule.asyncio_detailed(1, client=client, body=body)
    assert wire.last.method == "PUT"
    assert wire.last.url.path == "/api/v1/company/1/staff/schedule"
    assert wire.body == {
        "schedules_to_set": [{"staff_id": 5, "dates": ["2026-01-31"], "slots": [{"from": "10:00", "to": "19:00"}]}],
        "schedules_to_delete": [{"staff_id": 6, "dates": ["2026-02-01"]}],
    }
