"""A stateful online-booking scenario for :class:`~altegio_client.testing.FakeAltegio`.

The documented examples are fixed texts: a slot "on 2026-12-01" at 2026-09-21, a booking read
back with another time and team member. A :class:`BookingScenario` keeps state instead, so a
test (or ``make demo``) sees what a real location would answer: its locations, services and
team members, free slots from tomorrow on (computed from today's date), bookings that take
their slot, read back as booked, and cancellations that remove them.

Each answer starts from the operation's documented example (so every field the schema
describes is there) with the scenario's facts written over it; the fake checks it against the
documented response schema before a client sees it.
"""

from __future__ import annotations

import copy
import datetime
import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from ..types import parse_iso_datetime

__all__ = ["Booking", "BookingScenario", "Location", "Service", "TeamMember"]


@dataclass(frozen=True)
class Location:
    """A location (Altegio's "company"): its id is the ``location_id`` of every call."""

    id: int
    title: str


@dataclass(frozen=True)
class Service:
    """A bookable service; ``minutes`` is how long a booking of it takes."""

    id: int
    title: str
    price: float = 0.0
    minutes: int = 60


@dataclass(frozen=True)
class TeamMember:
    """A team member and the ids of the services they offer."""

    id: int
    name: str
    service_ids: tuple[int, ...]
    specialization: str = ""


@dataclass
class Booking:
    """One booked appointment, as the scenario holds it."""

    record_id: int
    record_hash: str
    location_id: int
    team_member_id: int
    service_ids: list[int]
    start: datetime.datetime
    minutes: int
    fullname: str = ""
    phone: str = ""
    email: str = ""
    comment: str = ""

    @property
    def end(self) -> datetime.datetime:
        return self.start + datetime.timedelta(minutes=self.minutes)


DEMO_LOCATIONS = (Location(1, "Demo Salon"),)
DEMO_SERVICES = (Service(101, "Haircut", 30.0, 60), Service(102, "Hair coloring", 80.0, 90))
DEMO_TEAM_MEMBERS = (
    TeamMember(201, "Anna Lee", (101, 102), "Colorist"),
    TeamMember(202, "Ben Ortiz", (101,), "Barber"),
)


class _Refusal(Exception):
    """An answer other than success (status, Altegio's message, booking error code)."""

    def __init__(self, status: int, message: str, code: int | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.code = status, message, code


#: (path parameters, request, documented body) -> (status, JSON body or None)
Handler = Callable[[dict[str, str], httpx.Request, Any], tuple[int, Any]]


class BookingScenario:
    """Locations, services, team members and their free slots; bookings kept in :attr:`bookings`.

    ::

        import asyncio
        import datetime

        from altegio_client.testing import BookingScenario, FakeAltegio, Location, Service, TeamMember

        scenario = BookingScenario(
            locations=[Location(7, "Studio 7")],
            services=[Service(1, "Massage", price=50.0, minutes=60)],
            team_members=[TeamMember(3, "Kim", service_ids=(1,))],
            today=datetime.date(2026, 12, 1),
        )
        scenario.book(7, team_member_id=3, service_ids=[1], start=scenario.at(datetime.date(2026, 12, 2), "10:00"))


        async def main() -> None:
            async with FakeAltegio(scenario=scenario).client() as client:
                slots = await client.online_booking.get_time_slots_for_booking(7, 3, "2026-12-02")
                assert [slot.time for slot in slots][:2] == ["11:00", "12:00"]  # 10:00 is taken


        asyncio.run(main())

    Every location has every service and team member. Slots run from ``opens`` to ``closes``
    every ``step_minutes`` on each of the ``days`` days after ``today`` (default: the real
    date in ``tz``); a slot is free for a team member when the requested services (their
    minutes added up) fit before closing and overlap none of that member's bookings.
    Answered operations: :attr:`OPERATIONS`; the fake answers every other one as before.
    A refused booking answers 422 with Altegio's code (433 slot taken, 435 no name, 436 team
    member cannot do it, 438 unknown service), an unknown location or record 404.
    """

    OPERATIONS = frozenset(
        {
            "get_location_list",
            "get_location",
            "get_services_available_for_booking",
            "get_team_members_available_for_booking",
            "get_dates_available_for_booking",
            "get_nearest_time_slots",
            "get_time_slots_for_booking",
            "validate_booking_params",
            "create_online_booking",
            "get_online_booking_details",
            "update_online_booking_datetime",
            "delete_user_appointment",
        }
    )

    def __init__(
        self,
        *,
        locations: Iterable[Location] = DEMO_LOCATIONS,
        services: Iterable[Service] = DEMO_SERVICES,
        team_members: Iterable[TeamMember] = DEMO_TEAM_MEMBERS,
        today: datetime.date | None = None,
        days: int = 14,
        opens: str = "10:00",
        closes: str = "18:00",
        step_minutes: int = 60,
        tz: datetime.tzinfo = datetime.timezone.utc,
    ) -> None:
        self.locations = {location.id: location for location in locations}
        self.services = {service.id: service for service in services}
        self.team_members = {member.id: member for member in team_members}
        self.tz = tz
        self.today = today or datetime.datetime.now(tz).date()
        self.days = days
        self.opens = datetime.time.fromisoformat(opens)
        self.closes = datetime.time.fromisoformat(closes)
        self.step = datetime.timedelta(minutes=step_minutes)
        self.bookings: dict[int, Booking] = {}
        self._next_record_id = 1001
        self._handlers: dict[str, Handler] = {
            "get_location_list": self._location_list,
            "get_location": self._location,
            "get_services_available_for_booking": self._bookable_services,
            "get_team_members_available_for_booking": self._bookable_team_members,
            "get_dates_available_for_booking": self._bookable_dates,
            "get_nearest_time_slots": self._nearest_slots,
            "get_time_slots_for_booking": self._slots,
            "validate_booking_params": self._validate,
            "create_online_booking": self._create,
            "get_online_booking_details": self._details,
            "update_online_booking_datetime": self._move,
            "delete_user_appointment": self._cancel,
        }

    # -- the facts, for tests to read and seed ----------------------------------------------

    def at(self, day: datetime.date, time: str) -> datetime.datetime:
        """The moment ``time`` (``"10:00"``) on ``day`` in the scenario's time zone."""
        return datetime.datetime.combine(day, datetime.time.fromisoformat(time), tzinfo=self.tz)

    def bookable_days(self) -> list[datetime.date]:
        """The days slots are offered on: ``days`` days from tomorrow."""
        return [self.today + datetime.timedelta(days=n) for n in range(1, self.days + 1)]

    def free_slots(
        self, team_member_id: int, day: datetime.date, service_ids: Sequence[int] = ()
    ) -> list[datetime.datetime]:
        """Start times on ``day`` at which ``team_member_id`` can take ``service_ids``."""
        member = self.team_members.get(team_member_id)
        if member is None or day not in self.bookable_days() or not set(service_ids) <= set(member.service_ids):
            return []
        length = datetime.timedelta(minutes=self._minutes(service_ids))
        start, closing = self.at(day, self.opens.isoformat("minutes")), self.at(day, self.closes.isoformat("minutes"))
        taken = [(b.start, b.end) for b in self.bookings.values() if b.team_member_id == team_member_id]
        slots = []
        while start + length <= closing:
            if all(start >= end or start + length <= begin for begin, end in taken):
                slots.append(start)
            start += self.step
        return slots

    def book(
        self,
        location_id: int,
        *,
        team_member_id: int,
        service_ids: Sequence[int],
        start: datetime.datetime,
        fullname: str = "Seeded Client",
        phone: str = "+13155550100",
        email: str = "",
        comment: str = "",
    ) -> Booking:
        """Book a slot (as ``create_online_booking`` would); raises ``ValueError`` if it is not free."""
        try:
            return self._book(location_id, team_member_id, list(service_ids), start, fullname, phone, email, comment)
        except _Refusal as refusal:
            raise ValueError(refusal.message) from None

    def cancel(self, record_id: int) -> None:
        """Remove a booking (as ``delete_user_appointment`` would); its slot is free again."""
        self.bookings.pop(record_id)

    # -- answering (called by FakeAltegio) ----------------------------------------------------

    def answer(
        self, operation_id: str, params: dict[str, str], request: httpx.Request, documented: Any
    ) -> httpx.Response:
        """The scenario's answer to one request the fake has already checked against the spec."""
        try:
            status, body = self._handlers[operation_id](params, request, copy.deepcopy(documented))
        except _Refusal as refusal:
            meta: dict[str, Any] = {"message": refusal.message}
            if refusal.code is not None:
                meta["errors"] = [{"code": refusal.code, "message": refusal.message}]
            return httpx.Response(refusal.status, json={"success": False, "data": None, "meta": meta})
        return httpx.Response(status) if body is None else httpx.Response(status, json=body)

    # -- helpers --------------------------------------------------------------------------------

    def _minutes(self, service_ids: Sequence[int]) -> int:
        return (
            sum(self.services[i].minutes for i in service_ids) if service_ids else int(self.step.total_seconds() // 60)
        )

    def _location_of(self, params: dict[str, str]) -> Location:
        location = self.locations.get(int(params["location_id"]))
        if location is None:
            raise _Refusal(404, f"Location {params['location_id']} not found")
        return location

    def _book(
        self,
        location_id: int,
        team_member_id: int,
        service_ids: list[int],
        start: datetime.datetime,
        fullname: str,
        phone: str,
        email: str,
        comment: str,
        *,
        dry_run: bool = False,
    ) -> Booking:
        if location_id not in self.locations:
            raise _Refusal(404, f"Location {location_id} not found")
        if not fullname.strip():
            raise _Refusal(422, "The client's name was not provided.", 435)
        unknown = [i for i in service_ids if i not in self.services]
        if unknown or not service_ids:
            raise _Refusal(422, f"The selected service is no longer available: {unknown or 'none'}", 438)
        member = self.team_members.get(team_member_id)
        if member is None or not set(service_ids) <= set(member.service_ids):
            raise _Refusal(422, f"Team member {team_member_id} cannot be booked for services {service_ids}", 436)
        if start not in self.free_slots(team_member_id, start.astimezone(self.tz).date(), service_ids):
            raise _Refusal(422, f"Team member {member.name} ({member.id}) cannot be booked at {start.isoformat()}", 433)
        record_id = self._next_record_id
        booking = Booking(
            record_id=record_id,
            record_hash=hashlib.sha256(f"{location_id}/{record_id}".encode()).hexdigest()[:32],
            location_id=location_id,
            team_member_id=team_member_id,
            service_ids=service_ids,
            start=start.astimezone(self.tz),
            minutes=self._minutes(service_ids),
            fullname=fullname,
            phone=phone,
            email=email,
            comment=comment,
        )
        if not dry_run:
            self._next_record_id += 1
            self.bookings[record_id] = booking
        return booking

    def _appointments(self, location_id: int, request: httpx.Request, *, dry_run: bool) -> list[tuple[int, Booking]]:
        payload = json.loads(request.content)
        booked: list[tuple[int, Booking]] = []
        try:
            for appointment in payload.get("appointments") or []:
                start = parse_iso_datetime(str(appointment.get("datetime", "")))
                booking = self._book(
                    location_id,
                    int(appointment.get("staff_id", 0)),
                    [int(i) for i in appointment.get("services") or []],
                    start,
                    str(payload.get("fullname", "Client")),
                    str(payload.get("phone", "")),
                    str(payload.get("email", "")),
                    str(payload.get("comment", "")),
                    dry_run=dry_run,
                )
                booked.append((int(appointment.get("id", len(booked) + 1)), booking))
        except (ValueError, TypeError) as exc:
            raise _Refusal(422, f"Invalid appointment: {exc}", 433) from None
        except _Refusal:
            for _, booking in booked if not dry_run else []:
                self.bookings.pop(booking.record_id, None)  # all or nothing, as one request
            raise
        return booked

    def _record(self, booking: Booking, template: dict[str, Any]) -> dict[str, Any]:
        """A booking in the shape of a documented record (``book_record`` answers)."""
        location = self.locations[booking.location_id]
        member = self.team_members[booking.team_member_id]
        service_template = (template.get("services") or [{}])[0]
        facts = {
            "id": booking.record_id,
            "services": [
                _over(
                    service_template,
                    id=s.id,
                    title=s.title,
                    cost=s.price,
                    price_min=s.price,
                    price_max=s.price,
                    discount=0,
                    amount=1,
                    seance_length=s.minutes * 60,
                )
                for s in (self.services[i] for i in booking.service_ids)
            ],
            "company": _over(template.get("company") or {}, id=location.id, title=location.title),
            "staff": _over(
                template.get("staff") or {}, id=member.id, name=member.name, specialization=member.specialization
            ),
            "date": booking.start.isoformat(),
            "datetime": booking.start.isoformat(),
            "length": booking.minutes * 60,
            "comment": booking.comment,
            "deleted": False,
        }
        record: dict[str, Any] = _over(template, **facts)
        return record

    def _booking_of(self, params: dict[str, str], *, record_hash: str | None = None) -> Booking:
        booking = self.bookings.get(int(params["record_id"]))
        if booking is None or (record_hash is not None and booking.record_hash != record_hash):
            raise _Refusal(404, f"Appointment {params['record_id']} not found")
        return booking

    @staticmethod
    def _ids(request: httpx.Request, name: str) -> list[int]:
        values = request.url.params.get_list(name) + request.url.params.get_list(f"{name}[]")
        return [int(part) for value in values for part in value.split(",") if part.strip()]

    @staticmethod
    def _day(text: str) -> datetime.date:
        try:
            return datetime.date.fromisoformat(text[:10])
        except ValueError:
            raise _Refusal(400, f"Invalid date {text!r}") from None

    def _slot_items(self, template: dict[str, Any], starts: list[datetime.datetime], minutes: int) -> list[Any]:
        return [
            _over(template, time=start.strftime("%H:%M"), seance_length=minutes * 60, datetime=start.isoformat())
            for start in starts
        ]

    # -- one method per operation ----------------------------------------------------------------

    def _location_list(self, params: dict[str, str], request: httpx.Request, documented: Any) -> tuple[int, Any]:
        template = documented["data"][0]
        wanted = request.url.params.get("id")
        items = [
            _over(template, id=location.id, title=location.title, public_title=location.title)
            for location in self.locations.values()
            if wanted is None or str(location.id) == wanted
        ]
        return 200, {**documented, "data": items}

    def _location(self, params: dict[str, str], request: httpx.Request, documented: Any) -> tuple[int, Any]:
        location = self._location_of(params)
        return 200, {**documented, "data": _over(documented["data"], id=location.id, title=location.title)}

    def _bookable_services(self, params: dict[str, str], request: httpx.Request, documented: Any) -> tuple[int, Any]:
        self._location_of(params)
        staff_id = request.url.params.get("staff_id")
        offered = set(self.services)
        if staff_id is not None:
            member = self.team_members.get(int(staff_id))
            offered = set(member.service_ids) if member else set()
        data = documented["data"]
        category = _over(data["category"][0], id=1, title="Services")
        services = [
            _over(
                data["services"][0],
                id=s.id,
                title=s.title,
                category_id=1,
                price_min=s.price,
                price_max=s.price,
                active=1,
                seance_length=s.minutes * 60,
            )
            for s in self.services.values()
            if s.id in offered
        ]
        return 200, {**documented, "data": {**data, "services": services, "category": [category]}}

    def _bookable_team_members(
        self, params: dict[str, str], request: httpx.Request, documented: Any
    ) -> tuple[int, Any]:
        self._location_of(params)
        wanted = set(self._ids(request, "service_ids"))
        template = documented["data"][0]
        items = []
        for member in self.team_members.values():
            if not wanted <= set(member.service_ids):
                continue
            first_day = next((d for d in self.bookable_days() if self.free_slots(member.id, d, sorted(wanted))), None)
            item = _over(template, id=member.id, name=member.name, specialization=member.specialization)
            item.update(bookable=first_day is not None, seances=[])
            if first_day is not None:
                item["seance_date"] = first_day.isoformat()
            else:
                item.pop("seance_date", None)
            items.append(item)
        return 200, {**documented, "data": items}

    def _bookable_dates(self, params: dict[str, str], request: httpx.Request, documented: Any) -> tuple[int, Any]:
        self._location_of(params)
        services = self._ids(request, "service_ids")
        staff_id = request.url.params.get("staff_id")
        members = [int(staff_id)] if staff_id else list(self.team_members)
        days = self.bookable_days()
        free = [d for d in days if any(self.free_slots(m, d, services) for m in members)]

        def by_month(dates: list[datetime.date]) -> dict[str, list[int]]:
            months: dict[str, list[int]] = {}
            for d in dates:
                months.setdefault(str(d.month), []).append(d.day)
            return months

        data = {
            "booking_days": by_month(free),
            "booking_dates": [d.isoformat() for d in free],
            "working_days": by_month(days),
            "working_dates": [d.isoformat() for d in days],
        }
        return 200, {**documented, "data": _over(documented["data"], **data)}

    def _nearest_slots(self, params: dict[str, str], request: httpx.Request, documented: Any) -> tuple[int, Any]:
        self._location_of(params)
        member_id, services = int(params["team_member_id"]), self._ids(request, "service_ids")
        day = next((d for d in self.bookable_days() if self.free_slots(member_id, d, services)), self.today)
        data = documented["data"]
        seances = self._slot_items(
            data["seances"][0], self.free_slots(member_id, day, services), self._minutes(services)
        )
        return 200, {**documented, "data": _over(data, seance_date=day.isoformat(), seances=seances)}

    def _slots(self, params: dict[str, str], request: httpx.Request, documented: Any) -> tuple[int, Any]:
        self._location_of(params)
        services = self._ids(request, "service_ids")
        starts = self.free_slots(int(params["team_member_id"]), self._day(params["date"]), services)
        items = self._slot_items(documented["data"][0], starts, self._minutes(services))
        return 200, {**documented, "data": items}

    def _validate(self, params: dict[str, str], request: httpx.Request, documented: Any) -> tuple[int, Any]:
        self._appointments(self._location_of(params).id, request, dry_run=True)
        return 201, {**documented, "data": None}  # the schema's own example: "Always null"

    def _create(self, params: dict[str, str], request: httpx.Request, documented: Any) -> tuple[int, Any]:
        booked = self._appointments(self._location_of(params).id, request, dry_run=False)
        items = [{"id": n, "record_id": b.record_id, "record_hash": b.record_hash} for n, b in booked]
        return 201, {**documented, "data": items}

    def _details(self, params: dict[str, str], request: httpx.Request, documented: Any) -> tuple[int, Any]:
        self._location_of(params)
        booking = self._booking_of(params, record_hash=params["record_hash"])
        return 200, self._record(booking, documented)

    def _move(self, params: dict[str, str], request: httpx.Request, documented: Any) -> tuple[int, Any]:
        self._location_of(params)
        booking = self._booking_of(params)
        payload = json.loads(request.content or b"{}")
        if "datetime" in payload:
            start = parse_iso_datetime(str(payload["datetime"])).astimezone(self.tz)
            self.bookings.pop(booking.record_id)
            try:
                if start not in self.free_slots(booking.team_member_id, start.date(), booking.service_ids):
                    raise _Refusal(422, f"The slot at {start.isoformat()} is already taken", 433)
            finally:
                self.bookings[booking.record_id] = booking
            booking.start = start
        if "comment" in payload:
            booking.comment = str(payload["comment"])
        return 200, {**documented, "data": self._record(booking, documented["data"])}

    def _cancel(self, params: dict[str, str], request: httpx.Request, documented: Any) -> tuple[int, Any]:
        self._booking_of(params, record_hash=params["record_hash"])
        self.cancel(int(params["record_id"]))
        return 200, documented


def _over(template: Any, **facts: Any) -> Any:
    """``template`` (a documented example object) with ``facts`` written over its keys."""
    base = copy.deepcopy(template) if isinstance(template, dict) else {}
    base.update(facts)
    return base
