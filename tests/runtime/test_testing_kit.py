"""altegio_client.testing: the fake users test their own code against."""

from __future__ import annotations

import asyncio
import re
from typing import Any

import httpx
import pytest

from altegio_client import BookingErrorCode, RateLimiter, RateLimitError, UnprocessableEntityError, unwrap
from altegio_client.api.locations import get_location
from altegio_client.api.online_booking import create_online_booking
from altegio_client.models import BookRecordCompanyidRequestDataTypes
from altegio_client.testing import FakeAltegio, SpecViolation, path_pattern

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


def small_document() -> dict[str, Any]:
    """A spec of four operations, to pin what the fake does with each part of one."""
    answer = {"type": "object", "required": ["success", "data"], "properties": {"success": {"type": "boolean"}}}
    return {
        "paths": {
            "/v1/pets/{pet_id}": {
                "parameters": [{"name": "pet_id", "in": "path", "required": True}],
                "get": {
                    "operationId": "get_pet",
                    "parameters": [
                        {"name": "fields", "in": "query", "required": True},
                        {"name": "lang", "in": "query"},
                        {"$ref": "#/components/parameters/trace"},
                    ],
                    "responses": {
                        "404": {"description": "no pet"},
                        "100": {"description": "a code sorted before the 2xx ones"},
                        "201": {"$ref": "#/components/responses/pet"},
                        "200": {"description": "a pet", "content": {"application/json": {"schema": answer}}},
                    },
                },
                "delete": {
                    "operationId": "delete_pet",
                    "requestBody": {"description": "a body without content: nothing to check"},
                    "responses": {"400": {"description": "never"}},
                },
                "head": {"summary": "no operationId: not an operation the fake serves"},
                "options": {"operationId": "pet_options"},
            },
            "/v1/things": {
                "post": {
                    "operationId": "create_thing",
                    "requestBody": {"content": {"application/json": {}}},  # any JSON
                    "responses": {"200": {"content": {"application/json": {"example": {"made": True}}}}},
                },
                "put": {
                    "operationId": "replace_thing",
                    "requestBody": {
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/thing"}}}
                    },
                    "responses": {
                        "200": {
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/pet"},
                                    "example": {"name": "Rex"},
                                    "examples": {"other": {"value": {"name": "Max"}}},
                                }
                            }
                        }
                    },
                },
            },
            "/v1/pets": {
                "post": {
                    "operationId": "create_pet",
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/pet"}}},
                    },
                    "responses": {"202": {"description": "queued", "content": {"application/pdf": {}}}},
                },
                "put": {
                    "operationId": "replace_pets",
                    "requestBody": {"content": {"application/json": {"schema": {"type": "array"}}}},
                    "responses": {"200": {"description": "ok"}},
                },
                "patch": {
                    "operationId": "upload_pets",
                    "requestBody": {"required": True, "content": {"text/csv": {}}},
                    "responses": {"200": {"description": "ok"}},
                },
            },
        },
        "components": {
            "schemas": {
                "pet": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
                "thing": {"type": "object", "properties": {key: {"type": "integer"} for key in "abcd"}},
            },
            "parameters": {"trace": {"name": "trace", "in": "query", "required": True}},
            "responses": {
                "pet": {
                    "description": "created",
                    "content": {
                        "application/json": {
                            "schema": answer,
                            "example": {"success": "yes"},  # contradicts the schema: not served
                            "examples": {"a": {"value": {"success": True, "data": {"id": 1}}}},
                        }
                    },
                }
            },
        },
    }


async def fake_http(fake: FakeAltegio, **options: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=fake.transport(), base_url="https://api.alteg.io/api", **options)


def test_path_patterns_match_one_segment_per_parameter() -> None:
    pattern = path_pattern("/v1/company/{location_id}/staff/{id}")
    assert pattern.match("/v1/company/1/staff/abc-2")
    assert not pattern.match("/v1/company/1/staff/")
    assert not pattern.match("/v1/company/1/2/staff/3")
    assert not pattern.match("/v1/company/1/staff/3/x")
    assert not pattern.match("/x/v1/company/1/staff/3")
    assert not path_pattern("/v1/a.b").match("/v1/aXb")  # the rest is literal


async def test_the_first_documented_2xx_is_served_with_an_example_that_validates() -> None:
    fake = FakeAltegio(document=small_document())
    async with await fake_http(fake) as http:
        served = await http.get("/v1/pets/1", params={"fields": "all", "trace": "1"})
        assert (served.status_code, served.json()) == (200, {"success": True, "data": "text"})
        del fake.document["paths"]["/v1/pets/{pet_id}"]["get"]["responses"]["200"]
        fake = FakeAltegio(document=fake.document)
    async with await fake_http(fake) as http:
        served = await http.get("/v1/pets/1", params={"fields": "all", "trace": "1"})
        assert (served.status_code, served.json()) == (201, {"success": True, "data": {"id": 1}})
        pdf = await http.post("/v1/pets", json={"name": "Rex"})
        assert (pdf.status_code, pdf.content) == (202, b"")  # no JSON documented: no body
        assert (await http.delete("/v1/pets/1")).status_code == 204  # no 2xx documented
    assert [call.operation_id for call in fake.calls] == ["get_pet", "create_pet", "delete_pet"]
    assert fake.calls[1].json == {"name": "Rex"}
    assert fake.calls[2].json is None


@pytest.mark.parametrize(
    ("method", "path", "params", "body", "problem"),
    [
        ("GET", "/v1/pets/1", {"trace": "1"}, None, "get_pet: required query parameter 'fields' is missing"),
        ("GET", "/v1/pets/1", {"fields": "a"}, None, "get_pet: required query parameter 'trace' is missing"),
        ("POST", "/v1/pets", {}, None, "create_pet: the request body is required"),
        ("POST", "/v1/pets", {}, b"{name", "create_pet: the request body is not JSON"),
        ("POST", "/v1/pets", {}, b"{}", "create_pet: request body does not match the spec: <root>: 'name' is a"),
        ("PUT", "/v1/pets", {}, b"{}", "replace_pets: request body does not match the spec: <root>: {} is not"),
        ("PATCH", "/v1/pets/1", {}, None, "PATCH /api/v1/pets/1: no operation in the spec has this method and path"),
        ("GET", "/v2/pets/1", {}, None, "GET /api/v2/pets/1: no operation"),
    ],
)
async def test_each_kind_of_spec_violation_names_the_operation_and_what_is_wrong(
    method: str, path: str, params: dict[str, str], body: bytes | None, problem: str
) -> None:
    fake = FakeAltegio(document=small_document())
    async with await fake_http(fake) as http:
        with pytest.raises(SpecViolation, match=re.escape(problem)):
            await http.request(method, path, params=params, content=body)
    assert fake.calls == []  # a refused request is not recorded as served


async def test_requests_the_spec_allows_pass_the_checks() -> None:
    fake = FakeAltegio(document=small_document())
    async with await fake_http(fake) as http:
        assert (await http.put("/v1/pets")).status_code == 200  # an optional body may be left out
        assert (await http.put("/v1/pets", json=[1])).status_code == 200
        assert (await http.patch("/v1/pets", content=b"name\nRex")).status_code == 200  # not JSON: not checked
    unchecked = FakeAltegio(document=small_document(), validate=False)
    async with await fake_http(unchecked) as http:
        assert (await http.post("/v1/pets", json={})).status_code == 202
        assert (await http.get("/v1/pets/1")).status_code == 200
    assert len(unchecked.calls) == 2


async def test_overrides_answer_until_reset() -> None:
    fake = FakeAltegio(document=small_document())
    with pytest.raises(KeyError, match="'no_such_operation'"):
        fake.respond("no_such_operation", status=500)
    fake.respond("delete_pet", status=409, json={"success": False}, headers={"X-Why": "busy"})
    fake.respond("create_pet", status=503)
    fake.respond("replace_pets", handler=lambda request: httpx.Response(418, text=request.method))
    async with await fake_http(fake) as http:
        conflict = await http.delete("/v1/pets/1")
        assert (conflict.status_code, conflict.json(), conflict.headers["X-Why"]) == (409, {"success": False}, "busy")
        unavailable = await http.post("/v1/pets", json={"name": "Rex"})
        assert (unavailable.status_code, unavailable.content) == (503, b"")
        assert (await http.put("/v1/pets")).text == "PUT"
        fake.reset()
        assert fake.calls == []
        assert (await http.delete("/v1/pets/1")).status_code == 204


async def test_the_fake_client_has_test_tokens_and_no_client_side_limiter() -> None:
    fake = FakeAltegio(document=small_document())
    async with fake.client() as client:
        await client._http.delete("/v1/pets/1")
        assert client.rate_limiter is None
    assert fake.calls[-1].request.headers["Authorization"] == "Bearer test-partner-token, User test-user-token"
    async with fake.client(partner_token="mine", rate_limiter=RateLimiter()) as client:
        assert isinstance(client.rate_limiter, RateLimiter)
        await client._http.delete("/v1/pets/1")
    assert fake.calls[-1].request.headers["Authorization"] == "Bearer mine, User test-user-token"


async def test_enforced_limits_slide_and_refused_calls_still_count_as_calls() -> None:
    fake = FakeAltegio(document=small_document(), enforce_limits=True, limits=[(1, 0.2), (2, 60.0)])
    async with await fake_http(fake) as http:
        assert (await http.delete("/v1/pets/1")).status_code == 204
        refused = await http.delete("/v1/pets/1")  # inside the 0.2 s window
        assert refused.status_code == 429
        assert refused.json()["meta"]["message"] == "Too many requests"
        await asyncio.sleep(0.25)
        assert (await http.delete("/v1/pets/1")).status_code == 204  # the short window has passed
        await asyncio.sleep(0.25)
        assert (await http.delete("/v1/pets/1")).status_code == 429  # the minute holds two
        fake.reset()
        assert (await http.delete("/v1/pets/1")).status_code == 204
    assert len(fake.calls) == 1


async def test_answers_follow_the_documented_example_and_tolerate_missing_parts() -> None:
    fake = FakeAltegio(document=small_document())
    assert "head" not in {route.method.lower() for route in fake._routes}
    async with await fake_http(fake) as http:
        made = await http.post("/v1/things", json=[1, "any JSON"])
        assert (made.status_code, made.json()) == (200, {"made": True})  # an example without a schema
        replaced = await http.put("/v1/things", json={"a": 1})
        assert replaced.json() == {"name": "Rex"}  # the example before the named examples
        assert (await http.request("DELETE", "/v1/pets/1", content=b"anything")).status_code == 204
        assert (await http.options("/v1/pets/1")).status_code == 204  # no responses documented
        with pytest.raises(SpecViolation) as caught:
            await http.put("/v1/things", json={"a": "1", "b": "2", "c": "3", "d": "4"})
    assert str(caught.value) == (
        "replace_thing: request body does not match the spec: "
        "a: '1' is not of type 'integer'; b: '2' is not of type 'integer'; c: '3' is not of type 'integer'"
    )


async def test_limits_are_off_by_default_and_a_refusal_looks_like_altegios() -> None:
    relaxed = FakeAltegio(document=small_document())
    async with await fake_http(relaxed) as http:
        statuses = {(await http.delete("/v1/pets/1")).status_code for _ in range(8)}
    assert statuses == {204}
    strict = FakeAltegio(document=small_document(), enforce_limits=True, limits=[(1, 60.0)])
    async with await fake_http(strict) as http:
        await http.delete("/v1/pets/1")
        refused = await http.delete("/v1/pets/1")
    assert refused.json() == {"success": False, "data": None, "meta": {"message": "Too many requests"}}


async def test_an_override_answers_200_by_default_and_keeps_its_headers_without_a_body() -> None:
    fake = FakeAltegio(document=small_document())
    fake.respond("delete_pet", json={"success": True})
    fake.respond("pet_options", status=429, headers={"Retry-After": "3"})
    async with await fake_http(fake) as http:
        assert (await http.delete("/v1/pets/1")).status_code == 200
        limited = await http.options("/v1/pets/1")
    assert (limited.status_code, limited.headers["Retry-After"], limited.content) == (429, "3", b"")
