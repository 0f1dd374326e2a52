"""An online booking, end to end: pick a location, a service, a team member, a day and a free
slot, validate and create the booking, read it back, cancel it.

``make demo`` (or ``python examples/booking_flow.py``) runs it against the in-process fake
(:class:`altegio_client.testing.FakeAltegio` with a :class:`BookingScenario`): no account,
no network, no Node. Against the real API, with your tokens::

    ALTEGIO_PARTNER_TOKEN=... ALTEGIO_LOGIN=... ALTEGIO_PASSWORD=... python examples/booking_flow.py

``ALTEGIO_BASE_URL`` points it at another server (e.g. a Prism mock: ``http://127.0.0.1:4010``).
"""

from __future__ import annotations

import asyncio
import os
import sys
from typing import TypeVar

from altegio_client import DEFAULT_BASE_URL, AltegioClient, AltegioError
from altegio_client.models import BookCheckCompanyidRequestDataTypes, BookRecordCompanyidRequestDataTypes
from altegio_client.types import Unset

T = TypeVar("T")


def known(value: T | Unset) -> T:
    """A field Altegio sends although its spec marks it optional (as it marks almost every field)."""
    if isinstance(value, Unset):
        raise AltegioError("the answer lacks a field this flow needs")
    return value


def say(step: str, detail: str) -> None:
    print(f"  {step:<16} {detail}")


async def booking_flow(client: AltegioClient, login: str | None = None, password: str | None = None) -> None:
    if login and password:
        user = await client.login(login, password)
        say("logged in as", f"{user.name} (user token kept by the client)")

    locations = await client.locations.get_location_list(count=5)
    location = locations[0]
    location_id = known(location.id)
    say("locations", f"{len(locations)} found; using #{location.id} {location.title!r}")

    services = known((await client.online_booking.get_services_available_for_booking(location_id)).services)
    service, service_id = services[0], known(services[0].id)
    say("services", f"{len(services)} bookable; using #{service_id} {service.title!r} ({service.price_min})")

    staff = await client.online_booking.get_team_members_available_for_booking(location_id, service_ids=[service_id])
    member, member_id = staff[0], known(staff[0].id)
    say("team members", f"{len(staff)} can do it; using #{member_id} {member.name!r}")

    dates = await client.online_booking.get_dates_available_for_booking(
        location_id, service_ids=[service_id], staff_id=member_id
    )
    day = dates.to_dict()["booking_dates"][0]
    slots = await client.online_booking.get_time_slots_for_booking(
        location_id, member_id, day, service_ids=[service_id]
    )
    slot = slots[0]
    when = known(slot.datetime).isoformat()
    say("free slots", f"{len(slots)} on {day}; taking {slot.time} ({when})")

    appointment = {"id": 1, "services": [service_id], "staff_id": member_id, "datetime": when}
    check = BookCheckCompanyidRequestDataTypes.from_dict({"appointments": [appointment]})
    await client.online_booking.validate_booking_params(location_id, body=check)
    say("validated", "the slot can be booked")

    booking = BookRecordCompanyidRequestDataTypes.from_dict(
        {"phone": "+13155550175", "fullname": "Demo Client", "email": "demo@example.com", "appointments": [appointment]}
    )
    created = (await client.online_booking.create_online_booking(location_id, body=booking))[0]
    record_id, record_hash = known(created.record_id), known(created.record_hash)
    say("booked", f"record #{record_id} (hash {record_hash})")

    record = await client.online_booking.get_online_booking_details(location_id, record_id, record_hash)
    shown = record.to_dict()
    say(
        "read back",
        f"{shown['datetime']} with {shown['staff']['name']!r}, services {[s['id'] for s in shown['services']]}",
    )

    await client.client_personal_cabinet.delete_user_appointment(record_id, record_hash)
    say("cancelled", f"record #{record_id}")


def client_from_environment() -> tuple[AltegioClient, str]:
    """The real API when ``ALTEGIO_PARTNER_TOKEN`` is set, else the in-process fake."""
    partner_token = os.environ.get("ALTEGIO_PARTNER_TOKEN")
    if partner_token:
        base_url = os.environ.get("ALTEGIO_BASE_URL", DEFAULT_BASE_URL)
        return AltegioClient(partner_token=partner_token, base_url=base_url), base_url
    from altegio_client.testing import BookingScenario, FakeAltegio

    fake = FakeAltegio(scenario=BookingScenario())
    return fake.client(), "the in-process fake (set ALTEGIO_PARTNER_TOKEN for the real API)"


async def main() -> int:
    client, where = client_from_environment()
    print(f"Online booking against {where}")
    async with client:
        try:
            await booking_flow(client, os.environ.get("ALTEGIO_LOGIN"), os.environ.get("ALTEGIO_PASSWORD"))
        except AltegioError as exc:
            print(f"failed: {exc}", file=sys.stderr)
            return 1
    print("done.")
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
