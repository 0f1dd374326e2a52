"""The envelope and the error tree: what a caller catches for each kind of failure."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

import pytest
import respx

from altegio_client import (
    AltegioClient,
    AltegioError,
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BookingErrorCode,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnprocessableEntityError,
    UnsuccessfulResponseError,
    unwrap,
)
from altegio_client.api.appointments import get_visit_receipt_pdf
from altegio_client.api.locations import get_location
from altegio_client.api.online_booking import create_online_booking
from altegio_client.models import AuthResponseData, Location
from altegio_client.types import Response

from .conftest import ok


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, ServerError),
        (418, APIStatusError),
    ],
)
async def test_status_codes_map_to_the_error_tree(
    api: respx.MockRouter, status: int, error: type[APIStatusError]
) -> None:
    api.get("/v1/company/1").respond(status, json={"success": False, "data": None, "meta": {"message": "Nope"}})
    async with AltegioClient(partner_token="p", rate_limiter=None, max_retries=0) as client:
        with pytest.raises(error) as caught:
            await get_location.asyncio_detailed(client=client, location_id=1)
    exc = caught.value
    assert type(exc) is error
    assert isinstance(exc, AltegioError)
    assert exc.status_code == status
    assert exc.message == "Nope"
    assert exc.method == "GET"
    assert exc.url == "https://api.alteg.io/api/v1/company/1"
    assert b"Nope" in exc.body
    assert f"GET https://api.alteg.io/api/v1/company/1 -> HTTP {status}: Nope" in str(exc)


async def test_success_false_with_http_200_raises(api: respx.MockRouter, client: AltegioClient) -> None:
    api.get("/v1/company/1").respond(
        200, json={"success": False, "data": None, "meta": {"message": "Location is closed"}}
    )
    with pytest.raises(UnsuccessfulResponseError, match="Location is closed") as caught:
        await get_location.asyncio_detailed(client=client, location_id=1)
    assert caught.value.status_code == 200


@pytest.mark.parametrize(
    ("status", "body", "content_type", "error", "text"),
    [
        (502, b"<html><body>Bad gateway</body></html>", "text/html", ServerError, "non-JSON error body (text/html"),
        (500, b"", "text/plain", ServerError, "empty error body"),
        (200, b'{"success": true, "data": {"id"', "application/json", APIResponseValidationError, "not valid JSON"),
        (200, b"", "application/json", APIResponseValidationError, "get_location: GET .*: the body does not match"),
        (200, b"<html>maintenance</html>", "text/html", APIResponseValidationError, "text/html"),
    ],
)
async def test_non_json_bodies_give_typed_errors(
    api: respx.MockRouter, status: int, body: bytes, content_type: str, error: type[AltegioError], text: str
) -> None:
    api.get("/v1/company/1").respond(status, content=body, headers={"Content-Type": content_type})
    async with AltegioClient(partner_token="p", rate_limiter=None, max_retries=0) as client:
        with pytest.raises(error, match=text.replace("(", r"\(")) as caught:
            await get_location.asyncio_detailed(client=client, location_id=1)
    assert caught.value.status_code == status  # type: ignore[attr-defined]


async def test_validation_errors_carry_fields_and_booking_codes(api: respx.MockRouter, client: AltegioClient) -> None:
    api.post("/v1/book_record/1").respond(
        422,
        json={
            "success": False,
            "meta": {
                "message": "An error has occurred",
                "errors": [
                    {"code": 433, "message": "The selected time is already taken"},
                    {"code": 422, "message": "x"},
                ],
            },
        },
    )
    from altegio_client.models import BookRecordCompanyidRequestDataTypes

    body = BookRecordCompanyidRequestDataTypes.from_dict(
        {"phone": "+1", "fullname": "A", "email": "a@b.c", "appointments": []}
    )
    with pytest.raises(UnprocessableEntityError) as caught:
        await create_online_booking.asyncio_detailed(client=client, location_id=1, body=body)
    assert caught.value.codes == [433, 422]
    assert caught.value.booking_errors == [BookingErrorCode.SLOT_TAKEN]
    assert caught.value.errors[0].message == "The selected time is already taken"
    assert "433: The selected time is already taken" in str(caught.value)


async def test_field_error_maps_are_read_too(api: respx.MockRouter, client: AltegioClient) -> None:
    api.get("/v1/company/1").respond(
        422, json={"success": False, "meta": {"message": "Invalid", "errors": {"title": ["required"]}}}
    )
    with pytest.raises(UnprocessableEntityError, match="title: required") as caught:
        await get_location.asyncio_detailed(client=client, location_id=1)
    assert caught.value.errors[0].field == "title"


async def test_unwrap_returns_the_typed_data(api: respx.MockRouter, client: AltegioClient) -> None:
    api.get("/v1/company/1").respond(200, json=ok({"id": 5, "title": "Salon", "unknown_field": [1]}))
    location = unwrap(await get_location.asyncio_detailed(client=client, location_id=1), Location)
    assert location.id == 5
    assert location.title == "Salon"
    assert location.additional_properties == {"unknown_field": [1]}
    assert unwrap(await get_location.asyncio(client=client, location_id=1)).id == 5
    with pytest.raises(AltegioError, match="expected AuthResponseData"):
        unwrap(await get_location.asyncio(client=client, location_id=1), AuthResponseData)


async def test_an_undocumented_2xx_reads_as_the_documented_answer(api: respx.MockRouter, client: AltegioClient) -> None:
    api.get("/v1/company/1").respond(202, json=ok({"id": 5}))
    response = await get_location.asyncio_detailed(client=client, location_id=1)
    assert unwrap(response).id == 5


def test_unwrap_refuses_a_response_without_an_envelope() -> None:
    with pytest.raises(AltegioError, match="HTTP 204: nothing to unwrap"):
        unwrap(Response(status_code=HTTPStatus.NO_CONTENT, content=b"", headers={}, parsed=None))


async def test_binary_receipt_passes_through(api: respx.MockRouter, user_client: AltegioClient) -> None:
    api.get("/v1/attendance/receipt_print/9").respond(
        200, content=b"%PDF-1.7 ...", headers={"Content-Type": "application/pdf"}
    )
    response = await get_visit_receipt_pdf.asyncio_detailed(client=user_client, visit_id=9)
    assert response.content.startswith(b"%PDF")


async def test_json_is_parsed_once_per_response(
    api: respx.MockRouter, client: AltegioClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    calls = 0
    real_loads = json.loads

    def counting_loads(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        return real_loads(*args, **kwargs)

    monkeypatch.setattr("altegio_client._envelope.json.loads", counting_loads)
    api.get("/v1/company/1").respond(200, json=ok({"id": 5}))
    await get_location.asyncio_detailed(client=client, location_id=1)
    assert calls == 1
