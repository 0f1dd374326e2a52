"""The envelope layer: what it lets through untouched, what it parses once, and what `unwrap` says.

Module docstring of ``altegio_client/_envelope.py``: binary answers (the PDF receipt, images,
octet streams) and empty 2xx bodies pass through; a JSON body is parsed once per call and
handed to the generated parser; the response handed on is read and its connection released;
:func:`unwrap` names why there is nothing to unwrap.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from http import HTTPStatus

import httpx
import pytest

from altegio_client import AltegioError, unwrap
from altegio_client._envelope import JSON_EXTENSION, EnvelopeTransport, response_json
from altegio_client.models import AuthResponseData, CompanyGetResponseDataTypes, Location
from altegio_client.types import Response

URL = "https://api.alteg.io/api/v1/company/1"


class _TrackedStream(httpx.AsyncByteStream):
    """A body that records whether it was closed (the connection released)."""

    def __init__(self, body: bytes) -> None:
        self.body = body
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self.body

    async def aclose(self) -> None:
        self.closed = True


class _Answer(httpx.AsyncBaseTransport):
    """Answers every request with one status, headers and body; records closing."""

    def __init__(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.status, self.body, self.headers = status, body, headers or {}
        self.streams: list[_TrackedStream] = []
        self.closed = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        stream = _TrackedStream(self.body)
        self.streams.append(stream)
        return httpx.Response(self.status, headers=self.headers, stream=stream)

    async def aclose(self) -> None:
        self.closed = True


async def _send(inner: _Answer) -> httpx.Response:
    return await EnvelopeTransport(inner).handle_async_request(httpx.Request("GET", URL))


@pytest.mark.parametrize(
    "content_type",
    ["application/pdf", "application/octet-stream", "image/png", "audio/mpeg", "video/mp4"],
)
async def test_binary_answers_pass_through_unparsed(content_type: str) -> None:
    body = b"\x89PNG\r\n\x1a\n not json {"
    response = await _send(_Answer(200, body, {"Content-Type": content_type}))
    assert response.content == body
    assert JSON_EXTENSION not in response.extensions


@pytest.mark.parametrize("status", [200, 201, 204])
async def test_an_empty_2xx_passes_for_the_generated_parser_to_judge(status: int) -> None:
    response = await _send(_Answer(status, b"", {"Content-Type": "application/json"}))
    assert response.status_code == status
    assert response.content == b""
    assert JSON_EXTENSION not in response.extensions


async def test_the_body_is_read_and_the_connection_released_before_it_is_handed_on() -> None:
    inner = _Answer(200, b'{"success": true, "data": {"id": 1}, "meta": []}', {"Content-Type": "application/json"})
    response = await _send(inner)
    assert inner.streams[0].closed
    assert response.request.url == URL  # errors raised from it describe the request
    error_inner = _Answer(404, b'{"success": false, "meta": {"message": "No"}}', {"Content-Type": "application/json"})
    with pytest.raises(AltegioError):
        await _send(error_inner)
    assert error_inner.streams[0].closed


async def test_the_parsed_json_is_handed_over_once() -> None:
    body = b'{"success": true, "data": {"id": 1}, "meta": []}'
    response = await _send(_Answer(200, body, {"Content-Type": "application/json; charset=utf-8"}))
    handed = response.extensions[JSON_EXTENSION]
    assert handed == {"success": True, "data": {"id": 1}, "meta": []}
    assert response_json(response) is handed
    assert JSON_EXTENSION not in response.extensions  # not kept on the response
    again = response_json(response)  # a second reader parses the body itself
    assert again == handed
    assert again is not handed


async def test_a_2xx_envelope_without_success_false_passes() -> None:
    for body in (b'{"success": true, "data": []}', b'{"data": []}', b"[1, 2]", b'{"success": 0}'):
        response = await _send(_Answer(200, body, {"Content-Type": "application/json"}))
        assert response_json(response) == json.loads(body)


async def test_closing_the_envelope_closes_what_it_wraps() -> None:
    inner = _Answer(200)
    await EnvelopeTransport(inner).aclose()
    assert inner.closed


def test_unwrap_names_why_there_is_nothing_to_unwrap() -> None:
    undocumented: Response[None] = Response(status_code=HTTPStatus.IM_A_TEAPOT, content=b"", headers={}, parsed=None)
    with pytest.raises(AltegioError) as caught:
        unwrap(undocumented)
    assert str(caught.value) == "HTTP 418: nothing to unwrap (the status is not documented for this operation)"
    with pytest.raises(AltegioError) as caught:
        unwrap(None)  # what asyncio() returns for an undocumented status
    assert str(caught.value) == "no response: nothing to unwrap (the status is not documented for this operation)"


def test_unwrap_names_an_envelope_without_data_and_data_of_another_type() -> None:
    without_data = CompanyGetResponseDataTypes.from_dict({"success": True, "meta": []})
    with pytest.raises(AltegioError) as caught:
        unwrap(without_data)
    assert str(caught.value) == "CompanyGetResponseDataTypes has no `data` to unwrap"
    location = CompanyGetResponseDataTypes.from_dict({"success": True, "data": {"id": 5}, "meta": []})
    assert unwrap(location, Location).id == 5
    wrapped = Response(status_code=HTTPStatus.OK, content=b"", headers={}, parsed=location)
    assert unwrap(wrapped).id == 5
    with pytest.raises(AltegioError) as caught:
        unwrap(wrapped, AuthResponseData)
    assert str(caught.value) == "expected AuthResponseData in `data`, got Location"
    with pytest.raises(AltegioError) as caught:
        unwrap(unwrap(location))  # unwrapped twice: a model that is no envelope at all
    assert str(caught.value) == "Location has no `data` to unwrap"
