"""BookingScenario's answers as they go on the wire: statuses, bodies and refusals, field by field.

The typed client accepts any 2xx and ignores fields it does not model, so these tests read the
raw JSON the fake sends (through its transport), as a test of someone else's HTTP code would."""

from __future__ import annotations

import datetime
import hashlib
from typing import Any

import httpx
import pytest

from altegio_client.testing import (
    Booking,
    BookingScenario,
    FakeAltegio,
    Location,
    SpecViolation,
    TeamMember,
    load_spec,
)

TODAY = datetime.date(2026, 12, 1)
DAY = datetime.date(2026, 12, 2)
UTC = datetime.timezone.utc


def scenario(**options: Any) -> BookingScenario:
    options.setdefault("today", TODAY)
    return BookingScenario(**options)


async def call(
    fake: FakeAltegio, method: str, path: str, *, params: Any = None, json: Any = None, content: bytes | None = None
) -> httpx.Response:
    async with httpx.AsyncClient(transport=fake.transport(), base_url="https://api.alteg.io/api") as http:
        return await http.request(method, path, params=params, json=json, content=content)


def refusal(message: str, code: int | None = None) -> dict[str, Any]:
    meta: dict[str, Any] = {"message": message}
    if code is not None:
        meta["errors"] = [{"code": code, "message": message}]
    return {"success": False, "data": None, "meta": meta}


def documented(operation_id: str) -> dict[str, Any]:
    """The first documented success of an operation, as FakeAltegio answers it without a scenario."""
    fake = FakeAltegio()
    (route,) = (r for r in fake._routes if r.operation["operationId"] == operation_id)
    status, body = fake._documented_body(route.operation)
    return {"status": status, "body": body}


def appointment(when: str, staff_id: int = 201, services: list[int] | None = None, **extra: Any) -> dict[str, Any]:
    return {"services": [101] if services is None else services, "staff_id": staff_id, "datetime": when, **extra}


def at(clock: str, day: datetime.date = DAY) -> str:
    return f"{day.isoformat()}T{clock}:00+00:00"


async def book(fake: FakeAltegio, *appointments: dict[str, Any], **client: Any) -> httpx.Response:
    body = {"phone": "+13155550175", "fullname": "Ada", **client, "appointments": list(appointments)}
    return await call(fake, "POST", "/v1/book_record/1", json=body)


# -- statuses ---------------------------------------------------------------------------------


def test_each_answered_operation_has_a_documented_success_status() -> None:
    document = load_spec()
    statuses = {
        operation["operationId"]: min(code for code in operation["responses"] if code.startswith("2"))
        for item in document["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and operation.get("operationId") in BookingScenario.OPERATIONS
    }
    assert statuses.keys() == BookingScenario.OPERATIONS
    assert {name for name, status in statuses.items() if status == "201"} == {
        "validate_booking_params",
        "create_online_booking",
    }


# -- locations ----------------------------------------------------------------------------------


async def test_the_location_list_holds_the_scenarios_locations_and_filters_by_id() -> None:
    fake = FakeAltegio(scenario=scenario(locations=[Location(1, "One"), Location(2, "Two")]))
    answer = await call(fake, "GET", "/v1/companies")
    assert answer.status_code == 200
    data = answer.json()["data"]
    assert [(item["id"], item["title"], item["public_title"]) for item in data] == [
        (1, "One", "One"),
        (2, "Two", "Two"),
    ]
    assert set(data[0]) >= set(documented("get_location_list")["body"]["data"][0])  # the example's other fields
    only = await call(fake, "GET", "/v1/companies", params={"id": 2})
    assert [item["id"] for item in only.json()["data"]] == [2]


async def test_a_location_is_answered_with_its_id_and_title_or_404() -> None:
    fake = FakeAltegio(scenario=scenario(locations=[Location(7, "Studio 7")]))
    answer = await call(fake, "GET", "/v1/company/7")
    assert answer.status_code == 200
    data = answer.json()["data"]
    assert (data["id"], data["title"]) == (7, "Studio 7")
    assert set(data) == set(documented("get_location")["body"]["data"])
    missing = await call(fake, "GET", "/v1/company/8")
    assert (missing.status_code, missing.json()) == (404, refusal("Location 8 not found"))


# -- what can be booked -------------------------------------------------------------------------


async def test_bookable_services_are_all_services_or_those_the_team_member_offers() -> None:
    fake = FakeAltegio(scenario=scenario())
    answer = await call(fake, "GET", "/v1/book_services/1")
    assert answer.status_code == 200
    data = answer.json()["data"]
    assert data["category"] == [{**documented_category(), "id": 1, "title": "Services"}]
    first = data["services"][0]
    assert {key: first[key] for key in ("id", "title", "category_id", "price_min", "price_max", "active")} == {
        "id": 101,
        "title": "Haircut",
        "category_id": 1,
        "price_min": 30.0,
        "price_max": 30.0,
        "active": 1,
    }
    assert [(s["id"], s["seance_length"]) for s in data["services"]] == [(101, 3600), (102, 5400)]
    offered = await call(fake, "GET", "/v1/book_services/1", params={"staff_id": 202})
    assert [s["id"] for s in offered.json()["data"]["services"]] == [101]
    nobody = await call(fake, "GET", "/v1/book_services/1", params={"staff_id": 999})
    assert nobody.json()["data"]["services"] == []
    missing = await call(fake, "GET", "/v1/book_services/9")
    assert (missing.status_code, missing.json()) == (404, refusal("Location 9 not found"))


def documented_category() -> dict[str, Any]:
    category: dict[str, Any] = documented("get_services_available_for_booking")["body"]["data"]["category"][0]
    return category


async def test_bookable_team_members_offer_every_service_asked_and_show_their_first_free_day() -> None:
    members = [TeamMember(202, "Ben", (101,), "Barber"), TeamMember(201, "Anna", (101, 102), "Colorist")]
    fake = FakeAltegio(scenario=scenario(team_members=members, closes="11:00"))
    answer = await call(fake, "GET", "/v1/book_staff/1", params={"service_ids[]": 101})
    assert answer.status_code == 200
    data = answer.json()["data"]
    assert [(m["id"], m["name"], m["specialization"]) for m in data] == [
        (202, "Ben", "Barber"),
        (201, "Anna", "Colorist"),
    ]
    assert [(m["bookable"], m["seance_date"], m["seances"]) for m in data] == [(True, DAY.isoformat(), [])] * 2
    # Coloring takes 90 minutes: it fits no day that closes at 11:00; Ben does not offer it.
    answer = await call(fake, "GET", "/v1/book_staff/1", params={"service_ids[]": 102})
    (anna,) = answer.json()["data"]
    assert (anna["id"], anna["bookable"], "seance_date" in anna) == (201, False, False)


async def test_bookable_dates_are_the_days_with_a_free_slot_by_month() -> None:
    fake = FakeAltegio(scenario=scenario(today=datetime.date(2026, 11, 29), days=4))
    taken = fake.scenario
    assert taken is not None
    for clock in ("10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00", "17:00"):
        taken.book(1, team_member_id=202, service_ids=[101], start=taken.at(datetime.date(2026, 12, 1), clock))
    answer = await call(fake, "GET", "/v1/book_dates/1", params={"staff_id": 202, "service_ids[]": 101})
    assert answer.status_code == 200
    data = answer.json()["data"]
    free = ["2026-11-30", "2026-12-02", "2026-12-03"]  # 12-01 is booked up
    assert (data["booking_days"], data["booking_dates"]) == ({"11": [30], "12": [2, 3]}, free)
    assert data["working_days"] == {"11": [30], "12": [1, 2, 3]}
    assert data["working_dates"] == ["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03"]
    everyone = await call(fake, "GET", "/v1/book_dates/1", params={"service_ids[]": 101})
    assert "2026-12-01" in everyone.json()["data"]["booking_dates"]  # Anna is free that day


async def test_nearest_slots_are_those_of_the_first_day_with_one() -> None:
    fake = FakeAltegio(scenario=scenario(opens="10:00", closes="12:00"))
    taken = fake.scenario
    assert taken is not None
    taken.book(1, team_member_id=202, service_ids=[101], start=taken.at(DAY, "10:00"))
    taken.book(1, team_member_id=202, service_ids=[101], start=taken.at(DAY, "11:00"))
    answer = await call(fake, "GET", "/v1/book_staff_seances/1/202", params={"service_ids[]": 101})
    assert answer.status_code == 200
    data = answer.json()["data"]
    assert data["seance_date"] == "2026-12-03"
    assert [(s["time"], s["seance_length"], s["datetime"]) for s in data["seances"]] == [
        ("10:00", 3600, at("10:00", datetime.date(2026, 12, 3))),
        ("11:00", 3600, at("11:00", datetime.date(2026, 12, 3))),
    ]


async def test_time_slots_take_the_services_from_either_query_form_and_refuse_a_bad_date() -> None:
    fake = FakeAltegio(scenario=scenario(opens="10:00", closes="12:30", step_minutes=30), validate=False)
    answer = await call(fake, "GET", f"/v1/book_times/1/201/{DAY}", params={"service_ids": "101,102"})
    assert answer.status_code == 200
    slots = answer.json()["data"]
    assert [(s["time"], s["seance_length"], s["datetime"]) for s in slots] == [("10:00", 150 * 60, at("10:00"))]
    assert set(slots[0]) >= set(documented("get_time_slots_for_booking")["body"]["data"][0])
    bare = await call(fake, "GET", f"/v1/book_times/1/201/{DAY}")  # no services: one step long
    assert [(s["time"], s["seance_length"]) for s in bare.json()["data"]][-1] == ("12:00", 30 * 60)
    bad = await call(fake, "GET", "/v1/book_times/1/201/2026-13-45")
    assert (bad.status_code, bad.json()) == (400, refusal("Invalid date '2026-13-45'"))
    timed = await call(fake, "GET", f"/v1/book_times/1/201/{DAY}T09:00:00")  # the date part counts
    assert timed.status_code == 200


# -- booking ----------------------------------------------------------------------------------


async def test_a_booking_answers_each_appointments_id_and_record() -> None:
    fake = FakeAltegio(scenario=scenario())
    answer = await book(
        fake, appointment(at("10:00"), id=5), appointment(at("12:00"), staff_id=202), comment="Hi", email="a@b.c"
    )
    assert answer.status_code == 201
    assert answer.json()["data"] == [
        {"id": 5, "record_id": 1001, "record_hash": hashlib.sha256(b"1/1001").hexdigest()[:32]},
        {"id": 2, "record_id": 1002, "record_hash": hashlib.sha256(b"1/1002").hexdigest()[:32]},  # its place
    ]
    assert fake.scenario is not None
    held = fake.scenario.bookings[1001]
    assert (held.fullname, held.phone, held.email, held.comment) == ("Ada", "+13155550175", "a@b.c", "Hi")
    assert (held.location_id, held.team_member_id, held.service_ids, held.minutes) == (1, 201, [101], 60)
    assert held.start == datetime.datetime(2026, 12, 2, 10, tzinfo=UTC)


async def test_a_booking_without_contact_details_is_kept_with_defaults() -> None:
    fake = FakeAltegio(scenario=scenario(), validate=False)
    answer = await call(fake, "POST", "/v1/book_record/1", json={"appointments": [appointment(at("10:00"))]})
    assert answer.status_code == 201
    assert fake.scenario is not None
    held = fake.scenario.bookings[1001]
    assert (held.fullname, held.phone, held.email, held.comment) == ("Client", "", "", "")


@pytest.mark.parametrize(
    ("client", "appointments", "status", "expected"),
    [
        ({"fullname": " "}, [appointment(at("10:00"))], 422, refusal("The client's name was not provided.", 435)),
        (
            {},
            [appointment(at("10:00"), services=[999])],
            422,
            refusal("The selected service is no longer available: [999]", 438),
        ),
        (
            {},
            [appointment(at("10:00"), services=[])],
            422,
            refusal("The selected service is no longer available: none", 438),
        ),
        (
            {},
            [appointment(at("10:00"), staff_id=202, services=[102])],
            422,
            refusal("Team member 202 cannot be booked for services [102]", 436),
        ),
        (
            {},
            [appointment(at("09:00"))],
            422,
            refusal("Team member Anna Lee (201) cannot be booked at 2026-12-02T09:00:00+00:00", 433),
        ),
        ({}, [appointment("soon")], 422, refusal("Invalid appointment: Invalid isoformat string: 'soon'", 433)),
        (
            {},
            [{"services": [101], "staff_id": 201}],
            422,
            refusal("Invalid appointment: Invalid isoformat string: ''", 433),
        ),
        (
            {},
            [{"services": [101], "datetime": at("10:00")}],
            422,
            refusal("Team member 0 cannot be booked for services [101]", 436),
        ),
    ],
    ids=[
        "no-name",
        "unknown-service",
        "no-service",
        "not-offered",
        "not-free",
        "bad-time",
        "no-time",
        "no-team-member",
    ],
)
async def test_a_refused_booking_answers_altegios_code_and_books_nothing(
    client: dict[str, Any], appointments: list[dict[str, Any]], status: int, expected: dict[str, Any]
) -> None:
    fake = FakeAltegio(scenario=scenario(), validate=False)
    answer = await book(fake, *appointments, **client)
    assert (answer.status_code, answer.json()) == (status, expected)
    assert fake.scenario is not None
    assert fake.scenario.bookings == {}


async def test_a_booking_at_an_unknown_location_is_404() -> None:
    fake = FakeAltegio(scenario=scenario())
    body = {"phone": "+13155550175", "fullname": "Ada", "appointments": [appointment(at("10:00"))]}
    answer = await call(fake, "POST", "/v1/book_record/3", json=body)
    assert (answer.status_code, answer.json()) == (404, refusal("Location 3 not found"))
    assert fake.scenario is not None
    with pytest.raises(ValueError, match=r"^Location 3 not found$"):
        fake.scenario.book(3, team_member_id=201, service_ids=[101], start=fake.scenario.at(DAY, "10:00"))


async def test_appointments_of_one_request_are_booked_all_or_nothing() -> None:
    fake = FakeAltegio(scenario=scenario())
    answer = await book(fake, appointment(at("10:00")), appointment(at("10:00")))  # the second is taken
    assert answer.status_code == 422
    assert fake.scenario is not None
    assert fake.scenario.bookings == {}
    assert (await book(fake, appointment(at("10:00")))).json()["data"][0]["record_id"] == 1002


async def test_validating_a_booking_books_nothing() -> None:
    fake = FakeAltegio(scenario=scenario())
    assert fake.scenario is not None
    fake.scenario.book(1, team_member_id=201, service_ids=[101], start=fake.scenario.at(DAY, "11:00"))
    body = {"phone": "+13155550175", "fullname": "Ada", "appointments": [appointment(at("10:00"))]}
    answer = await call(fake, "POST", "/v1/book_check/1", json=body)
    assert (answer.status_code, answer.json()["data"]) == (201, None)
    assert answer.json()["success"] is True
    body["appointments"] = [appointment(at("10:00")), appointment(at("11:00"))]
    refused = await call(fake, "POST", "/v1/book_check/1", json=body)
    assert refused.json()["meta"]["errors"][0]["code"] == 433
    assert list(fake.scenario.bookings) == [1001]  # the seeded one is kept
    assert (await book(fake, appointment(at("10:00")))).json()["data"][0]["record_id"] == 1002


def test_seeding_a_booking_takes_defaults_for_the_client() -> None:
    seeded = scenario()
    held = seeded.book(1, team_member_id=201, service_ids=[101, 102], start=seeded.at(DAY, "10:00"))
    assert (held.fullname, held.phone, held.email, held.comment) == ("Seeded Client", "+13155550100", "", "")
    assert (held.minutes, held.end) == (150, seeded.at(DAY, "12:30"))


def test_a_scenarios_today_is_the_date_in_its_time_zone_and_it_offers_14_days() -> None:
    for hours in (14, -12):  # one of them is another date than UTC's at any hour
        zone = datetime.timezone(datetime.timedelta(hours=hours))
        assert BookingScenario(tz=zone).today == datetime.datetime.now(zone).date()
    days = scenario().bookable_days()
    assert (len(days), days[0], days[-1]) == (14, DAY, datetime.date(2026, 12, 15))


# -- reading back, moving, cancelling ------------------------------------------------------


async def booked(fake: FakeAltegio, when: str = at("10:00"), **client: Any) -> tuple[int, str]:
    data = (await book(fake, appointment(when, services=[101, 102]), **client)).json()["data"][0]
    return data["record_id"], data["record_hash"]


async def test_a_booking_reads_back_in_the_shape_of_the_documented_record() -> None:
    fake = FakeAltegio(scenario=scenario())
    record_id, record_hash = await booked(fake, comment="Window seat")
    answer = await call(fake, "GET", f"/v1/book_record/1/{record_id}/{record_hash}")
    assert answer.status_code == 200
    record = answer.json()
    template = documented("get_online_booking_details")["body"]
    assert set(record) >= set(template)
    assert {key: record[key] for key in ("id", "date", "datetime", "length", "comment", "deleted")} == {
        "id": record_id,
        "date": at("10:00"),
        "datetime": at("10:00"),
        "length": 150 * 60,
        "comment": "Window seat",
        "deleted": False,
    }
    assert set(record["services"][0]) >= set(template["services"][0])
    assert [
        {
            key: s[key]
            for key in ("id", "title", "cost", "price_min", "price_max", "discount", "amount", "seance_length")
        }
        for s in record["services"]
    ] == [
        {
            "id": 101,
            "title": "Haircut",
            "cost": 30.0,
            "price_min": 30.0,
            "price_max": 30.0,
            "discount": 0,
            "amount": 1,
            "seance_length": 3600,
        },
        {
            "id": 102,
            "title": "Hair coloring",
            "cost": 80.0,
            "price_min": 80.0,
            "price_max": 80.0,
            "discount": 0,
            "amount": 1,
            "seance_length": 5400,
        },
    ]
    assert set(record["company"]) >= set(template["company"])
    assert (record["company"]["id"], record["company"]["title"]) == (1, "Demo Salon")
    assert set(record["staff"]) >= set(template["staff"])
    assert (record["staff"]["id"], record["staff"]["name"], record["staff"]["specialization"]) == (
        201,
        "Anna Lee",
        "Colorist",
    )


async def test_a_record_is_found_only_with_its_hash() -> None:
    fake = FakeAltegio(scenario=scenario())
    record_id, record_hash = await booked(fake)
    wrong = "0" * 32
    for method, path in (
        ("GET", f"/v1/book_record/1/{record_id}/{wrong}"),
        ("DELETE", f"/v1/user/records/{record_id}/{wrong}"),
    ):
        answer = await call(fake, method, path)
        assert (answer.status_code, answer.json()) == (404, refusal(f"Appointment {record_id} not found"))
    gone = await call(fake, "GET", f"/v1/book_record/1/999/{record_hash}")
    assert gone.status_code == 404
    cancelled = await call(fake, "DELETE", f"/v1/user/records/{record_id}/{record_hash}")
    assert cancelled.status_code == 200
    assert fake.scenario is not None
    assert fake.scenario.bookings == {}


async def test_a_booking_moves_to_a_free_slot_keeps_its_place_when_refused_and_takes_a_comment() -> None:
    fake = FakeAltegio(scenario=scenario(), validate=False)
    record_id, _ = await booked(fake)
    other, _ = await booked(fake, at("15:00"))
    moved = await call(fake, "PUT", f"/v1/book_record/1/{record_id}", json={"datetime": "2026-12-02T15:00:00+03:00"})
    assert moved.status_code == 200
    assert (moved.json()["data"]["datetime"], moved.json()["data"]["id"]) == (at("12:00"), record_id)
    refused = await call(fake, "PUT", f"/v1/book_record/1/{record_id}", json={"datetime": at("15:00")})
    assert (refused.status_code, refused.json()) == (
        422,
        refusal("The slot at 2026-12-02T15:00:00+00:00 is already taken", 433),
    )
    noted = await call(fake, "PUT", f"/v1/book_record/1/{record_id}", json={"comment": 42})
    assert (noted.json()["data"]["comment"], noted.json()["data"]["datetime"]) == ("42", at("12:00"))
    unchanged = await call(fake, "PUT", f"/v1/book_record/1/{record_id}", content=b"")
    assert (unchanged.status_code, unchanged.json()["data"]["comment"]) == (200, "42")
    assert fake.scenario is not None
    assert sorted(fake.scenario.bookings) == [record_id, other]


async def test_a_booking_needs_the_whole_length_of_its_services_free() -> None:
    seeded = scenario()
    with pytest.raises(
        ValueError, match=r"^Team member Anna Lee \(201\) cannot be booked at 2026-12-02T16:00:00\+00:00$"
    ):
        seeded.book(1, team_member_id=201, service_ids=[101, 102], start=seeded.at(DAY, "16:00"))  # 150 min to 18:30
    fake = FakeAltegio(scenario=scenario(closes="11:00"))
    answer = await call(fake, "GET", "/v1/book_dates/1", params={"service_ids[]": 102})  # 90 min never fit
    assert answer.json()["data"]["booking_dates"] == []
    assert set(answer.json()["data"]) >= set(documented("get_dates_available_for_booking")["body"]["data"])


async def test_times_are_the_scenarios_local_time() -> None:
    moscow = datetime.timezone(datetime.timedelta(hours=3))
    fake = FakeAltegio(scenario=scenario(tz=moscow, opens="00:00", closes="23:00"))
    # 01:00 on 12-03 in the location is 22:00 on 12-02 in UTC: the location's day counts.
    answer = await book(fake, appointment("2026-12-02T22:00:00+00:00"))
    assert answer.status_code == 201
    assert fake.scenario is not None
    held = fake.scenario.bookings[1001]
    assert held.start.isoformat() == "2026-12-03T01:00:00+03:00"
    moved = await call(fake, "PUT", "/v1/book_record/1/1001", json={"datetime": "2026-12-03T00:00:00+00:00"})
    assert moved.json()["data"]["datetime"] == "2026-12-03T03:00:00+03:00"


async def test_a_move_needs_the_whole_length_of_the_booking_free() -> None:
    fake = FakeAltegio(scenario=scenario())
    record_id, _ = await booked(fake)  # 150 minutes from 10:00
    await booked(fake, at("15:00"))
    refused = await call(fake, "PUT", f"/v1/book_record/1/{record_id}", json={"datetime": at("14:00")})
    assert refused.status_code == 422  # 14:00 to 16:30 runs into 15:00


async def test_a_refused_validation_leaves_every_booking_held_even_one_put_in_by_hand() -> None:
    fake = FakeAltegio(scenario=scenario())
    assert fake.scenario is not None
    start = fake.scenario.at(DAY, "15:00")
    fake.scenario.bookings[1001] = Booking(1001, "f" * 32, 1, 202, [101], start, 60)  # not through book()
    body = {"phone": "+13155550175", "fullname": "Ada"}
    appointments = [appointment(at("10:00")), appointment(at("10:30"))]  # the second overlaps the first
    refused = await call(fake, "POST", "/v1/book_check/1", json={**body, "appointments": appointments})
    assert refused.status_code == 422
    assert list(fake.scenario.bookings) == [1001]


async def test_answers_keep_the_documented_examples_other_fields() -> None:
    fake = FakeAltegio(scenario=scenario())
    service = (await call(fake, "GET", "/v1/book_services/1")).json()["data"]["services"][0]
    assert set(service) == set(documented("get_services_available_for_booking")["body"]["data"]["services"][0])
    member = (await call(fake, "GET", "/v1/book_staff/1")).json()["data"][0]
    example = documented("get_team_members_available_for_booking")["body"]["data"][0]
    assert set(member) == set(example)
    assert (member["position"], member["weight"]) == (example["position"], example["weight"])  # the first example
    record_id, _ = await booked(fake)
    moved = await call(fake, "PUT", f"/v1/book_record/1/{record_id}", json={"comment": "Moved"})
    template = documented("update_online_booking_datetime")["body"]["data"]
    assert set(moved.json()["data"]) >= set(template)
    assert (moved.json()["data"]["create_date"], moved.json()["data"]["deleted"]) == (template["create_date"], False)
    assert [(s["id"], s["amount"], s["seance_length"]) for s in moved.json()["data"]["services"]] == [
        (101, 1, 3600),
        (102, 1, 5400),
    ]


async def test_nearest_slots_fit_the_services_asked_or_fall_back_to_today() -> None:
    fake = FakeAltegio(scenario=scenario(opens="10:00", closes="12:00"))
    answer = await call(fake, "GET", "/v1/book_staff_seances/1/201", params={"service_ids[]": 102})
    data = answer.json()["data"]
    assert (data["seance_date"], [(s["time"], s["seance_length"]) for s in data["seances"]]) == (
        DAY.isoformat(),
        [("10:00", 90 * 60)],  # 90 minutes fit only at 10:00 of a day closing at 12:00 (an hour, at 11:00 too)
    )
    never = await call(fake, "GET", "/v1/book_staff_seances/1/202", params={"service_ids[]": 102})
    assert never.json()["data"] == {"seance_date": TODAY.isoformat(), "seances": []}  # Ben does not color


def example_of(document: dict[str, Any], operation_id: str) -> Any:
    """The documented example of an operation's success answer, to change in place."""
    for item in document["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                media = operation["responses"]["200"]["content"]["application/json"]
                if "example" in media:
                    return media["example"]
                reference = media["schema"]["$ref"].removeprefix("#/").split("/")
                schema = document
                for part in reference:
                    schema = schema[part]
                return schema["example"]
    raise KeyError(operation_id)


async def test_answers_write_the_scenarios_facts_over_whatever_the_examples_say() -> None:
    document = load_spec()
    slots = example_of(document, "get_time_slots_for_booking")["data"]
    slots[0]["marker"] = "first slot"
    nearest = example_of(document, "get_nearest_time_slots")["data"]
    nearest["marker"], nearest["seances"][0]["marker"] = "nearest", "first seance"
    dates = example_of(document, "get_dates_available_for_booking")["data"]
    dates["marker"] = "dates"
    services = example_of(document, "get_services_available_for_booking")["data"]["services"]
    services[0]["comment"], services[1]["comment"] = "first", "second"
    members = example_of(document, "get_team_members_available_for_booking")["data"]
    del members[0]["seances"], members[0]["seance_date"]
    record = example_of(document, "get_online_booking_details")
    record["services"][0]["discount"], record["services"][0]["marker"] = 5, "first service"

    fake = FakeAltegio(document=document, scenario=scenario(closes="11:00"))
    got = (await call(fake, "GET", f"/v1/book_times/1/201/{DAY}")).json()["data"]
    assert [(s["time"], s["marker"]) for s in got] == [("10:00", "first slot")]
    got = (await call(fake, "GET", "/v1/book_staff_seances/1/201")).json()["data"]
    assert [(s["time"], s["marker"]) for s in got["seances"]] == [("10:00", "first seance")]
    assert got["marker"] == "nearest"
    got = (await call(fake, "GET", "/v1/book_dates/1")).json()["data"]
    assert (got["booking_dates"][0], got["marker"]) == (DAY.isoformat(), "dates")
    got = (await call(fake, "GET", "/v1/book_services/1")).json()["data"]
    assert [s["comment"] for s in got["services"]] == ["first", "first"]  # the first example for each
    got = (await call(fake, "GET", "/v1/book_staff/1", params={"service_ids[]": 102})).json()["data"]
    assert [(m["id"], m["seances"], "seance_date" in m) for m in got] == [(201, [], False)]  # 90 min never fit
    fake = FakeAltegio(document=document, scenario=scenario())
    record_id, record_hash = await booked(fake)
    shown = (await call(fake, "GET", f"/v1/book_record/1/{record_id}/{record_hash}")).json()
    assert [(s["discount"], s["marker"]) for s in shown["services"]] == [(0, "first service")] * 2


class FourWrongs(BookingScenario):
    def answer(
        self, operation_id: str, params: dict[str, str], request: httpx.Request, documented: Any
    ) -> httpx.Response:
        wrong = {"id": "1", "title": 2, "country_id": "3", "city_id": "4"}
        return httpx.Response(200, json={"success": True, "data": wrong, "meta": []})


async def test_a_contradicting_answer_names_its_first_three_problems() -> None:
    fake = FakeAltegio(scenario=FourWrongs(today=TODAY))
    with pytest.raises(SpecViolation) as caught:
        await call(fake, "GET", "/v1/company/1")
    message = str(caught.value)
    assert message.startswith("get_location: the scenario's answer contradicts the spec: data/")
    assert message.count("; data/") == 2  # three problems, joined by "; "


async def test_a_scenario_answer_is_checked_only_against_what_the_document_describes() -> None:
    document, example = load_spec(), documented("get_location")["body"]
    for item in document["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            if operation.get("operationId") == "get_location":  # an example, no schema
                operation["responses"]["200"]["content"]["application/json"] = {"example": example}
            if operation.get("operationId") == "delete_user_appointment":
                del operation["responses"]
    fake = FakeAltegio(document=document, scenario=scenario())
    assert (await call(fake, "GET", "/v1/company/1")).status_code == 200  # no schema: nothing to check
    record_id, record_hash = await booked(fake)
    cancelled = await call(fake, "DELETE", f"/v1/user/records/{record_id}/{record_hash}")
    assert (cancelled.status_code, cancelled.content) == (200, b"")  # no responses documented: no body
