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
    assert len(fake.operation_ids) == 344
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
    async with fake.client() as client:
        http = client.get_async_httpx_client()
        with pytest.raises(SpecViolation, match="no operation in the spec"):
            await http.get("/v1/not/a/route")
        with pytest.raises(
            SpecViolation, match=r"create_online_booking: request body does not match the spec: .*phone"
        ):
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
                        "201": {"$ref": "#/components/responses/pet"},
                        "200": {"description": "a pet", "content": {"application/json": {"schema": answer}}},
                    },
                },
                "delete": {"operationId": "delete_pet", "responses": {"400": {"description": "never"}}},
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
            "schemas": {"pet": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}},
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
        await client.get_async_httpx_client().delete("/v1/pets/1")
        assert client.rate_limiter is None
    assert fake.calls[-1].request.headers["Authorization"] == "Bearer test-partner-token, User test-user-token"
    async with fake.client(partner_token="mine", rate_limiter=RateLimiter()) as client:
        assert isinstance(client.rate_limiter, RateLimiter)
        await client.get_async_httpx_client().delete("/v1/pets/1")
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
