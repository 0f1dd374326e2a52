"""An online booking, end to end: log in, pick a location, a service, a team member and a free
slot, validate and create the booking, read it back, cancel it.

Against the real API (your tokens)::

    ALTEGIO_PARTNER_TOKEN=... ALTEGIO_LOGIN=... ALTEGIO_PASSWORD=... \\
        python examples/booking_flow.py

Against a local stand-in (what ``make demo`` does): ``ALTEGIO_BASE_URL=http://127.0.0.1:4010``.
"""

from __future__ import annotations

import asyncio
import datetime
import os
import sys

from altegio_client import DEFAULT_BASE_URL, AltegioClient, AltegioError, unwrap
from altegio_client.api.client_personal_cabinet import delete_user_appointment
from altegio_client.api.locations import get_location_list
from altegio_client.api.online_booking import (
    create_online_booking,
    get_online_booking_details,
    get_services_available_for_booking,
    get_team_members_available_for_booking,
    get_time_slots_for_booking,
    validate_booking_params,
)
from altegio_client.models import BookCheckCompanyidRequestDataTypes, BookRecordCompanyidRequestDataTypes
from altegio_client.models import BookRecordCompanyidRecordidRecordhashResponseDataTypes as BookedRecord


def say(step: str, detail: str) -> None:
    print(f"  {step:<22} {detail}")


async def booking_flow(client: AltegioClient, login: str | None, password: str | None) -> None:
    if login and password:
        user = await client.login(login, password)
        say("logged in as", f"{user.name} (user token kept by the client)")

    locations = unwrap(await get_location_list.asyncio_detailed(client=client, count=5))
    location = locations[0]
    say("locations", f"{len(locations)} found; using #{location.id} {location.title!r}")

    services = unwrap(await get_services_available_for_booking.asyncio_detailed(location.id, client=client)).services
    service = services[0]
    say(
        "services",
        f"{len(services)} bookable; using #{service.id} {service.title!r} ({service.price_min} - {service.price_max})",
    )

    staff = unwrap(
        await get_team_members_available_for_booking.asyncio_detailed(
            location.id, client=client, service_ids=[service.id]
        )
    )
    member = staff[0]
    say("team members", f"{len(staff)} available; using #{member.id} {member.name!r}")

    day = (datetime.date.today() + datetime.timedelta(days=1)).isoformat()
    slots = unwrap(
        await get_time_slots_for_booking.asyncio_detailed(
            location.id, member.id, day, client=client, service_ids=str(service.id)
        )
    )
    slot = slots[0]
    say("free slots", f"{len(slots)} on {day}; first at {slot.time} ({slot.datetime})")

    when = slot.datetime.isoformat() if isinstance(slot.datetime, datetime.datetime) else str(slot.datetime)
    appointment = {"id": 1, "services": [service.id], "staff_id": member.id, "datetime": when}
    check = BookCheckCompanyidRequestDataTypes.from_dict({"appointments": [appointment]})
    await validate_booking_params.asyncio_detailed(location.id, client=client, body=check)
    say("validated", "the slot can be booked")

    booking = BookRecordCompanyidRequestDataTypes.from_dict(
        {"phone": "+13155550175", "fullname": "Demo Client", "email": "demo@example.com", "appointments": [appointment]}
    )
    created = unwrap(await create_online_booking.asyncio_detailed(location.id, client=client, body=booking))[0]
    say("booked", f"record #{created.record_id} (hash {created.record_hash})")

    # This operation answers with the record itself, not inside an envelope.
    details = get_online_booking_details
    record = (await details.asyncio_detailed(location.id, created.record_id, created.record_hash, client=client)).parsed
    assert isinstance(record, BookedRecord)  # error answers were raised by the client; this narrows the type
    shown = record.to_dict()  # optional fields are Unset-or-value; the dict view reads plainly
    say("read back", f"{shown.get('datetime')} with {shown.get('staff', {}).get('name')!r}")

    await delete_user_appointment.asyncio_detailed(created.record_id, created.record_hash, client=client)
    say("cancelled", f"record #{created.record_id}")


async def main() -> int:
    base_url = os.environ.get("ALTEGIO_BASE_URL", DEFAULT_BASE_URL)
    partner_token = os.environ.get("ALTEGIO_PARTNER_TOKEN")
    if not partner_token:
        print("set ALTEGIO_PARTNER_TOKEN (or run `make demo` for a local stand-in)", file=sys.stderr)
        return 2
    print(f"Online booking against {base_url}")
    async with AltegioClient(partner_token=partner_token, base_url=base_url) as client:
        try:
            await booking_flow(client, os.environ.get("ALTEGIO_LOGIN"), os.environ.get("ALTEGIO_PASSWORD"))
        except AltegioError as exc:
            print(f"failed: {exc}", file=sys.stderr)
            return 1
    print("done.")
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
