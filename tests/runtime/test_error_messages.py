"""Errors say what failed: the text and attributes a caller sees for each of Altegio's error bodies.

README "Errors" and docs/reliability.md promise that a status error names the operation, the
method and the URL without its query string, Altegio's ``meta.message`` and ``meta.errors``
(as :class:`FieldError`: a field or a booking code, and the message), and never a token.
Altegio writes ``meta.errors`` in two shapes (a list of ``{code, message}`` from the booking
endpoints, a ``{field: [messages]}`` map from validation) and ``meta`` itself as PHP's ``[]``
when it is empty; each is pinned here the way a caller reads it.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from altegio_client import (
    AltegioClient,
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BookingErrorCode,
    ConflictError,
    FieldError,
    InvalidArgumentError,
    NotFoundError,
    ResponseSchemaError,
    ResponseTooLargeError,
    ServerError,
    UnprocessableEntityError,
    UnsuccessfulResponseError,
    UserTokenRejectedError,
    UserTokenRequiredError,
    unwrap,
)
from altegio_client._envelope import EnvelopeTransport
from altegio_client.api.appointments import get_visit_receipt_pdf
from altegio_client.api.locations import get_location

from .conftest import API, PARTNER, USER

URL = f"{API}/v1/company/1"
WHERE = f"get_location: GET {URL}"


async def _raised(api: respx.MockRouter, status: int, body: Any, *, user_token: str | None = None) -> APIStatusError:
    """The error a caller catches when GET /company/1 is answered with ``status`` and ``body``."""
    if isinstance(body, bytes):
        api.get("/v1/company/1").respond(status, content=body, headers={"Content-Type": "text/html"})
    else:
        api.get("/v1/company/1").respond(status, json=body)
    async with AltegioClient(partner_token=PARTNER, user_token=user_token, rate_limiter=None, max_retries=0) as client:
        with pytest.raises(APIStatusError) as caught:
            await get_location.asyncio_detailed(client=client, location_id=1, my=1)
    return caught.value


async def test_a_404_reads_operation_method_url_status_and_meta_message(api: respx.MockRouter) -> None:
    body = {"success": False, "data": None, "meta": {"message": "Location not found"}}
    error = await _raised(api, 404, body)
    assert type(error) is NotFoundError
    assert str(error) == f"{WHERE} -> HTTP 404: Location not found"
    assert (error.operation, error.method, error.url, error.status_code) == ("get_location", "GET", URL, 404)
    assert error.message == "Location not found"
    assert (error.errors, error.codes, error.booking_errors) == ([], [], [])
    assert error.payload == body
    assert error.request.url.params["my"] == "1"  # the request kept its query; the message and url did not
    assert error.response.status_code == 404


async def test_a_validation_map_becomes_one_field_error_per_message(api: respx.MockRouter) -> None:
    body = {
        "success": False,
        "data": None,
        "meta": {
            "message": "Validation error",
            "errors": {"title": ["Title is required", "Title is too short"], "phone": "Wrong format", "age": 18},
        },
    }
    error = await _raised(api, 422, body)
    assert type(error) is UnprocessableEntityError
    assert error.errors == [
        FieldError("Title is required", field="title"),
        FieldError("Title is too short", field="title"),
        FieldError("Wrong format", field="phone"),
        FieldError("18", field="age"),
    ]
    assert error.codes == []
    assert str(error) == (
        f"{WHERE} -> HTTP 422: Validation error "
        "(title: Title is required; title: Title is too short; phone: Wrong format; age: 18)"
    )


async def test_a_booking_error_list_gives_codes_and_booking_errors(api: respx.MockRouter) -> None:
    body = {
        "success": False,
        "data": None,
        "meta": {
            "message": "An error has occurred",
            "errors": [
                {"code": 433, "message": "Selected time slot is already taken"},
                {"code": 436, "message": "No team members are available at the selected time"},
                {"code": 999, "message": "Something else"},
            ],
        },
    }
    error = await _raised(api, 422, body)
    assert error.codes == [433, 436, 999]
    assert error.booking_errors == [BookingErrorCode.SLOT_TAKEN, BookingErrorCode.NO_TEAM_MEMBER_AVAILABLE]
    assert error.errors[0] == FieldError("Selected time slot is already taken", code=433)
    assert str(error) == (
        f"{WHERE} -> HTTP 422: An error has occurred (433: Selected time slot is already taken; "
        "436: No team members are available at the selected time; 999: Something else)"
    )


async def test_list_entries_of_other_shapes_keep_what_they_say(api: respx.MockRouter) -> None:
    body = {
        "success": False,
        "meta": {
            "message": "Bad request",
            "errors": [
                {"field": "email", "code": 12, "message": "Email is taken"},  # a field wins over a code in the text
                {"field": 7, "code": "433", "message": "Not a field name, not a code"},
                {"code": 0, "message": "Code zero"},
                {"code": 434},
                "A bare message",
                None,
                42,
            ],
        },
    }
    error = await _raised(api, 400, body)
    assert type(error) is BadRequestError
    assert error.errors == [
        FieldError("Email is taken", field="email", code=12),
        FieldError("Not a field name, not a code"),
        FieldError("Code zero", code=0),
        FieldError("", code=434),
        FieldError("A bare message"),
    ]
    assert error.codes == [12, 0, 434]
    assert error.booking_errors == [BookingErrorCode.CLIENT_BLACKLISTED]
    assert str(error) == (
        f"{WHERE} -> HTTP 400: Bad request (email: Email is taken; Not a field name, not a code; "
        "0: Code zero; 434: ; A bare message)"
    )


@pytest.mark.parametrize(
    "meta",
    [
        pytest.param([], id="php-empty-array"),
        pytest.param({}, id="empty-object"),
        pytest.param({"message": None, "errors": None}, id="nulls"),
        pytest.param({"message": 500, "errors": "oops"}, id="wrong-types"),
        pytest.param({"message": "", "errors": []}, id="empty-message"),
    ],
)
async def test_an_empty_or_odd_meta_leaves_the_status_line_alone(api: respx.MockRouter, meta: object) -> None:
    error = await _raised(api, 409, {"success": False, "data": None, "meta": meta})
    assert type(error) is ConflictError
    assert str(error) == f"{WHERE} -> HTTP 409"
    assert (error.errors, error.codes) == ([], [])
    assert error.message in (None, "")


async def test_field_errors_without_a_message_follow_the_status(api: respx.MockRouter) -> None:
    error = await _raised(api, 422, {"success": False, "meta": {"errors": {"title": ["required"]}}})
    assert error.message is None
    assert str(error) == f"{WHERE} -> HTTP 422 (title: required)"


@pytest.mark.parametrize("payload", [[{"message": "a list, not an envelope"}], "just a string", 7])
async def test_a_json_body_that_is_not_an_envelope_is_summarised(api: respx.MockRouter, payload: object) -> None:
    error = await _raised(api, 400, payload)
    assert error.payload == payload
    assert error.errors == []
    summary = f"JSON error body that is not Altegio's envelope (application/json, {len(error.body)} bytes)"
    assert error.message == summary
    assert str(error) == f"{WHERE} -> HTTP 400: {summary}"


async def test_a_non_json_error_page_is_summarised_not_quoted(api: respx.MockRouter) -> None:
    page = b"<html><body>502 Bad Gateway</body></html>"
    error = await _raised(api, 502, page)
    assert type(error) is ServerError
    assert error.payload is None
    assert error.body == page
    assert error.message == f"non-JSON error body (text/html, {len(page)} bytes)"
    assert str(error) == f"{WHERE} -> HTTP 502: non-JSON error body (text/html, {len(page)} bytes)"


async def test_an_empty_error_body_says_so(api: respx.MockRouter) -> None:
    api.get("/v1/company/1").respond(503)
    async with AltegioClient(partner_token=PARTNER, rate_limiter=None, max_retries=0) as client:
        with pytest.raises(ServerError) as caught:
            await get_location.asyncio_detailed(client=client, location_id=1)
    assert str(caught.value) == f"{WHERE} -> HTTP 503: empty error body"
    assert caught.value.body == b""


async def test_an_error_body_without_a_content_type_says_so(api: respx.MockRouter) -> None:
    api.get("/v1/company/1").mock(return_value=httpx.Response(500, content=b"oops"))
    async with AltegioClient(partner_token=PARTNER, rate_limiter=None, max_retries=0) as client:
        with pytest.raises(ServerError) as caught:
            await get_location.asyncio_detailed(client=client, location_id=1)
    assert str(caught.value) == f"{WHERE} -> HTTP 500: non-JSON error body (no Content-Type, 4 bytes)"


@pytest.mark.parametrize(("status", "raised"), [(499, APIStatusError), (599, ServerError), (400, BadRequestError)])
async def test_statuses_at_the_edges_of_the_tree(
    api: respx.MockRouter, status: int, raised: type[APIStatusError]
) -> None:
    error = await _raised(api, status, {"success": False, "meta": {"message": "edge"}})
    assert type(error) is raised
    assert str(error) == f"{WHERE} -> HTTP {status}: edge"


async def test_success_false_on_a_200_reads_like_an_error_answer(api: respx.MockRouter) -> None:
    body = {"success": False, "data": None, "meta": {"message": "Location is closed", "errors": ["Closed today"]}}
    error = await _raised(api, 200, body)
    assert type(error) is UnsuccessfulResponseError
    assert error.status_code == 200
    assert error.errors == [FieldError("Closed today")]
    assert str(error) == f"{WHERE} -> HTTP 200: Location is closed (Closed today)"


async def test_a_401_with_a_user_token_adds_the_stale_token_hint_and_no_token(api: respx.MockRouter) -> None:
    error = await _raised(api, 401, {"success": False, "meta": {"message": "Unauthorized"}}, user_token=USER)
    assert type(error) is UserTokenRejectedError
    assert str(error) == (
        f"{WHERE} -> HTTP 401: Unauthorized [the user token was refused: it is probably stale "
        "(a password change revokes it); log in again]"
    )
    assert error.message == "Unauthorized"
    for text in (str(error), repr(error)):
        assert USER not in text
        assert PARTNER not in text


async def test_a_401_page_with_a_user_token_keeps_the_summary_before_the_hint(api: respx.MockRouter) -> None:
    page = b"<html>401 Authorization Required</html>"
    error = await _raised(api, 401, page, user_token=USER)
    assert type(error) is UserTokenRejectedError
    assert error.payload is None
    assert error.message == f"non-JSON error body (text/html, {len(page)} bytes)"
    assert str(error).startswith(f"{WHERE} -> HTTP 401: non-JSON error body (text/html, {len(page)} bytes) [the user")
    envelope = {"success": False, "meta": {"message": "Unauthorized", "errors": ["Token revoked"]}}
    error = await _raised(api, 401, envelope, user_token=USER)
    assert error.payload == envelope
    assert error.errors == [FieldError("Token revoked")]


async def test_a_401_with_the_partner_token_alone_has_no_user_token_hint(api: respx.MockRouter) -> None:
    error = await _raised(api, 401, {"success": False, "meta": {"message": "Unauthorized"}})
    assert type(error) is AuthenticationError
    assert str(error) == f"{WHERE} -> HTTP 401: Unauthorized"


async def test_a_raw_request_is_described_without_an_operation() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"success": False, "meta": {"message": "Not found"}})

    async with httpx.AsyncClient(transport=EnvelopeTransport(httpx.MockTransport(handler))) as raw:
        with pytest.raises(NotFoundError) as caught:
            await raw.get(f"{URL}?secret=x#frag")
    assert caught.value.operation is None
    assert caught.value.url == URL
    assert str(caught.value) == f"GET {URL} -> HTTP 404: Not found"


def test_connection_errors_built_without_a_reason_say_what_happened() -> None:
    request = httpx.Request("POST", f"{URL}?token=x#top")
    failed = APIConnectionError(request)
    assert (failed.request, failed.method, failed.url, failed.operation) == (request, "POST", URL, None)
    assert failed.reason == "connection failed"
    assert str(failed) == f"POST {URL}: connection failed"
    timed_out = APITimeoutError(request)
    assert timed_out.reason == "timed out"
    assert str(timed_out) == f"POST {URL}: timed out"


def test_field_errors_compare_by_value_and_read_plainly() -> None:
    error = FieldError("Title is required", field="title", code=12)
    assert repr(error) == "FieldError(field='title', code=12, message='Title is required')"
    assert repr(FieldError("x")) == "FieldError(field=None, code=None, message='x')"
    assert error == FieldError("Title is required", field="title", code=12)
    assert error != FieldError("Title is required", field="title")
    assert error != FieldError("Title is required", field="name", code=12)
    assert error != FieldError("Other", field="title", code=12)
    assert error != ("Title is required", "title", 12)
    with pytest.raises(TypeError):
        hash(error)  # mutable: not hashable


@pytest.mark.parametrize(
    ("content", "content_type", "reason"),
    [
        (
            b"<html>maintenance</html>",
            "text/html",
            "body is not valid JSON (text/html, 24 bytes: Expecting value: line 1 column 1 (char 0))",
        ),
        (b"  \n ", "application/json", "empty body where JSON was expected"),
        (
            b'{"title": "\xff"}',
            "application/json",
            "body is not valid JSON (application/json, 14 bytes: "
            "'utf-8' codec can't decode byte 0xff in position 11: invalid start byte)",
        ),
        (
            b"{",
            None,
            "body is not valid JSON (no Content-Type, 1 bytes: "
            "Expecting property name enclosed in double quotes: line 1 column 2 (char 1))",
        ),
    ],
)
async def test_a_2xx_body_that_is_not_json_says_why(
    api: respx.MockRouter, content: bytes, content_type: str | None, reason: str
) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    api.get("/v1/company/1").mock(return_value=httpx.Response(200, content=content, headers=headers))
    async with AltegioClient(partner_token=PARTNER, rate_limiter=None, max_retries=0) as client:
        with pytest.raises(APIResponseValidationError) as caught:
            await get_location.asyncio_detailed(client=client, location_id=1)
    assert type(caught.value) is APIResponseValidationError
    assert caught.value.reason == reason
    assert str(caught.value) == f"{WHERE} -> HTTP 200: {reason}"
    assert (caught.value.operation, caught.value.status_code, caught.value.body) == ("get_location", 200, content)


async def test_a_2xx_body_of_the_wrong_shape_names_the_schema_and_where(api: respx.MockRouter) -> None:
    api.get("/v1/company/1").respond(200, json={"success": True, "data": [1], "meta": []})
    async with AltegioClient(partner_token=PARTNER, rate_limiter=None, max_retries=0) as client:
        response = await get_location.asyncio_detailed(client=client, location_id=1)
    with pytest.raises(ResponseSchemaError) as caught:
        unwrap(response)  # models convert lazily: the error comes when `data` is read
    assert caught.value.operation == "get_location"
    assert caught.value.where == "CompanyGetResponseDataTypes.data"
    assert str(caught.value) == (
        f"{WHERE} -> HTTP 200: the body does not match the documented schema at CompanyGetResponseDataTypes.data "
        "(TypeError: Location: expected a JSON object, got an array)"
    )


def test_a_schema_error_names_the_operation_when_the_request_did_not() -> None:
    response = httpx.Response(200, json={"success": True}, request=httpx.Request("GET", f"{URL}?token=x"))
    error = ResponseSchemaError(response, "get_location", KeyError("data"), where="data")
    assert error.operation == "get_location"
    assert str(error) == (
        f"GET {URL} -> HTTP 200: get_location: the body does not match the documented schema at data (KeyError: 'data')"
    )
    bare = ResponseSchemaError(response, "get_location", ValueError("bad"))
    assert bare.where is None
    assert str(bare).endswith("HTTP 200: get_location: the body does not match the documented schema (ValueError: bad)")


def test_a_response_error_made_before_the_body_was_read_has_an_empty_body() -> None:
    request = httpx.Request("GET", URL)
    response = httpx.Response(200, stream=httpx.ByteStream(b"never read"), request=request)
    error = APIResponseValidationError(response, "cut off")
    assert error.body == b""
    assert str(error) == f"GET {URL} -> HTTP 200: cut off"


def test_a_body_past_the_cap_names_the_limit() -> None:
    response = httpx.Response(200, content=b"x", request=httpx.Request("GET", URL))
    error = ResponseTooLargeError(response, 1024)
    assert error.limit == 1024
    assert error.reason == "the decoded body exceeds the 1024-byte limit; reading stopped"
    assert str(error) == f"GET {URL} -> HTTP 200: the decoded body exceeds the 1024-byte limit; reading stopped"


async def test_refused_arguments_and_missing_user_tokens_say_what_to_do(api: respx.MockRouter) -> None:
    async with AltegioClient(partner_token=PARTNER, rate_limiter=None) as client:
        with pytest.raises(InvalidArgumentError) as refused:
            await get_location.asyncio_detailed(client=client, location_id="7")  # type: ignore[arg-type]
        with pytest.raises(UserTokenRequiredError) as missing:
            await get_visit_receipt_pdf.asyncio_detailed(client=client, visit_id=9)
    assert isinstance(refused.value, ValueError)
    assert (refused.value.operation, refused.value.parameter) == ("get_location", "location_id")
    assert refused.value.problem == "must be int, got str"
    assert str(refused.value) == "get_location: location_id must be int, got str"
    assert missing.value.operation == "get_visit_receipt_pdf"
    assert str(missing.value) == (
        "get_visit_receipt_pdf requires a user token (Authorization: Bearer <partner>, User <user>); "
        "call `await client.login(login, password)` or pass `user_token=` first"
    )
    assert not api.calls
