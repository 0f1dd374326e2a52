"""Test your code against altegio-client offline: an in-process Altegio built from the spec.

::

    import pytest

    from altegio_client import AltegioClient, BookingErrorCode, UnprocessableEntityError
    from altegio_client.models import BookRecordCompanyidRequestDataTypes
    from altegio_client.testing import FakeAltegio


    async def book(client: AltegioClient) -> None:  # the code under test
        body = BookRecordCompanyidRequestDataTypes.from_dict({"phone": "+13155550175", "fullname": "Ada"})
        await client.online_booking.create_online_booking(1, body=body)


    async def test_my_booking_code_sees_a_taken_slot() -> None:
        fake = FakeAltegio()
        fake.respond("create_online_booking", status=422, json={"success": False, "meta": {
            "message": "Taken", "errors": [{"code": 433, "message": "The slot is taken"}]}})
        async with fake.client() as client:      # an AltegioClient wired to the fake
            with pytest.raises(UnprocessableEntityError) as caught:
                await book(client)
        assert caught.value.booking_errors == [BookingErrorCode.SLOT_TAKEN]
        assert fake.calls[-1].operation_id == "create_online_booking"

:class:`FakeAltegio` is an httpx transport. It answers every operation of the (overlaid) spec
with its documented example (or a value synthesised from the schema), checks every request
against the spec first -- an unknown route, a missing required parameter or a body that does
not match its schema raises :class:`SpecViolation` naming the operation and the field -- lets a
test override the answer per operation, and can enforce Altegio's rate limits (HTTP 429 beyond
5 in a sliding second or 200 in a sliding minute). ``FakeAltegio(scenario=BookingScenario())``
keeps online-booking state instead of fixed examples (see :class:`BookingScenario`). Needs
``jsonschema`` (the ``testing`` extra).
"""

from __future__ import annotations

import copy
import gzip
import json
import re
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

import httpx

from .._client import AltegioClient
from .._exceptions import AltegioError
from .._limiter import ALTEGIO_LIMITS, Limit
from ._booking import Booking, BookingScenario, Location, Service, TeamMember

try:
    from ._spec_values import SpecValues
except ImportError as exc:  # pragma: no cover - only without the extra
    raise ImportError("altegio_client.testing needs jsonschema (the testing extra): pip install jsonschema") from exc

__all__ = [
    "Booking",
    "BookingScenario",
    "FakeAltegio",
    "FakeCall",
    "Location",
    "Service",
    "SpecViolation",
    "TeamMember",
    "load_spec",
    "path_pattern",
]

JSON = "application/json"
Responder = Callable[[httpx.Request], httpx.Response]


class SpecViolation(AltegioError):
    """A request the spec does not allow: unknown route, missing parameter, invalid body."""


@dataclass(frozen=True)
class FakeCall:
    """One request the fake received."""

    operation_id: str
    request: httpx.Request

    @property
    def json(self) -> Any:
        return json.loads(self.request.content) if self.request.content else None


def load_spec() -> dict[str, Any]:
    """The overlaid OpenAPI document this version of the SDK was generated from."""
    data = resources.files("altegio_client.api").joinpath("_openapi.json.gz").read_bytes()
    document: dict[str, Any] = json.loads(gzip.decompress(data))
    return document


def path_pattern(path: str) -> re.Pattern[str]:
    """A regex matching concrete paths of a template: ``/v1/company/{id}`` -> ``^/v1/company/[^/]+$``."""
    return re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$")


@dataclass(frozen=True)
class _Route:
    method: str
    pattern: re.Pattern[str]
    path: str
    operation: dict[str, Any]

    def params(self, path: str) -> dict[str, str]:
        """The path parameters of a concrete path this route matched (by name)."""
        names = re.findall(r"\{([^}]+)\}", self.path)
        template = re.escape(self.path)
        for name in names:
            template = template.replace(re.escape("{" + name + "}"), "([^/]+)", 1)
        for candidate in (path, path.removeprefix("/api")):
            match = re.match("^" + template + "$", candidate)
            if match:
                return dict(zip(names, match.groups(), strict=True))
        return {}


class FakeAltegio:
    """An Altegio stand-in for tests; see the module docstring."""

    def __init__(
        self,
        *,
        validate: bool = True,
        enforce_limits: bool = False,
        limits: Sequence[Limit | tuple[int, float]] = ALTEGIO_LIMITS,
        document: dict[str, Any] | None = None,
        scenario: BookingScenario | None = None,
    ) -> None:
        self.document = document or load_spec()
        self.scenario = scenario
        self._documented: dict[str, tuple[int, Any]] = {}
        self.values = SpecValues(self.document)
        self.validate = validate
        self.enforce_limits = enforce_limits
        self._limits = [(int(n), float(t)) for n, t in limits]
        self._windows: list[deque[float]] = [deque() for _ in self._limits]
        self._overrides: dict[str, Responder] = {}
        self.calls: list[FakeCall] = []
        self._routes: list[_Route] = []
        for path, item in self.document["paths"].items():
            pattern = path_pattern(path)
            for method, operation in item.items():
                if isinstance(operation, dict) and "operationId" in operation:
                    self._routes.append(_Route(method.upper(), pattern, path, operation))
        self.operation_ids = {route.operation["operationId"] for route in self._routes}

    # -- configuring answers ----------------------------------------------------------------

    def respond(
        self,
        operation_id: str,
        *,
        status: int = 200,
        json: Any = None,
        headers: dict[str, str] | None = None,
        handler: Responder | None = None,
    ) -> None:
        """Answer ``operation_id`` with ``status``/``json`` (or call ``handler(request)``) from now on."""
        if operation_id not in self.operation_ids:
            raise KeyError(f"no operation {operation_id!r} in the spec")
        if handler is None:
            body, extra = json, dict(headers or {})

            def handler(request: httpx.Request) -> httpx.Response:
                return httpx.Response(status, json=body, headers=extra)  # json=None: no body

        self._overrides[operation_id] = handler

    def reset(self) -> None:
        """Forget overrides, calls and rate-limit history."""
        self._overrides.clear()
        self.calls.clear()
        for window in self._windows:
            window.clear()

    # -- wiring -----------------------------------------------------------------------------

    def transport(self) -> httpx.MockTransport:
        """An httpx transport serving this fake (pass as ``AltegioClient(transport=...)``)."""
        return httpx.MockTransport(self._handle)

    def client(self, **options: Any) -> AltegioClient:
        """An :class:`AltegioClient` wired to this fake: test tokens, no client-side throttling."""
        options.setdefault("partner_token", "test-partner-token")
        options.setdefault("user_token", "test-user-token")
        options.setdefault("rate_limiter", None)
        return AltegioClient(transport=self.transport(), **options)

    # -- serving ----------------------------------------------------------------------------

    def _route(self, request: httpx.Request) -> _Route:
        path = request.url.path
        candidates = [path, path.removeprefix("/api")]
        for route in self._routes:
            if route.method == request.method and any(route.pattern.match(candidate) for candidate in candidates):
                return route
        raise SpecViolation(f"{request.method} {path}: no operation in the spec has this method and path")

    def _check(self, route: _Route, request: httpx.Request) -> None:
        operation_id = route.operation["operationId"]
        for parameter in route.operation.get("parameters", []):
            parameter = self.values.resolve(parameter)
            if parameter["in"] == "query" and parameter.get("required") and parameter["name"] not in request.url.params:
                raise SpecViolation(f"{operation_id}: required query parameter {parameter['name']!r} is missing")
        body = route.operation.get("requestBody")
        if body is None:
            return
        media = body.get("content", {}).get(JSON)
        if media is None:
            return
        if not request.content:
            if body.get("required"):
                raise SpecViolation(f"{operation_id}: the request body is required")
            return
        try:
            payload = json.loads(request.content)
        except ValueError as exc:
            raise SpecViolation(f"{operation_id}: the request body is not JSON ({exc})") from exc
        problems = self.values.errors(media.get("schema", {}), payload)
        if problems:
            raise SpecViolation(f"{operation_id}: request body does not match the spec: {'; '.join(problems[:3])}")

    def _over_limit(self) -> bool:
        now = time.monotonic()
        for (n, period), window in zip(self._limits, self._windows, strict=True):
            while window and window[0] <= now - period:
                window.popleft()
            if len(window) >= n:
                return True
        for window in self._windows:
            window.append(now)
        return False

    def _handle(self, request: httpx.Request) -> httpx.Response:
        route = self._route(request)
        operation_id = route.operation["operationId"]
        if self.validate:
            self._check(route, request)
        self.calls.append(FakeCall(operation_id, request))
        if self.enforce_limits and self._over_limit():
            return httpx.Response(429, json={"success": False, "data": None, "meta": {"message": "Too many requests"}})
        if operation_id in self._overrides:
            return self._overrides[operation_id](request)
        if self.scenario is not None and operation_id in self.scenario.OPERATIONS:
            _, documented = self._documented_body(route.operation)
            answer = self.scenario.answer(operation_id, route.params(request.url.path), request, documented)
            if self.validate:
                self._check_answer(route, answer)
            return answer
        return self._documented_answer(route.operation)

    def _documented_body(self, operation: dict[str, Any]) -> tuple[int, Any]:
        """The first documented success: its status and JSON body (``None`` without one); cached."""
        operation_id = operation["operationId"]
        if operation_id not in self._documented:
            self._documented[operation_id] = (204, None)
            for code, response in sorted(operation.get("responses", {}).items()):
                if not code.startswith("2"):
                    continue
                media = (self.values.resolve(response).get("content") or {}).get(JSON)
                body = None
                if media is not None:
                    examples = [media.get("example")] + [e.get("value") for e in (media.get("examples") or {}).values()]
                    body = self.values.example_or_value(media.get("schema", {}), *examples)
                self._documented[operation_id] = (int(code), body)
                break
        status, body = self._documented[operation_id]
        return status, copy.deepcopy(body)

    def _documented_answer(self, operation: dict[str, Any]) -> httpx.Response:
        status, body = self._documented_body(operation)
        return httpx.Response(status) if body is None else httpx.Response(status, json=body)

    def _check_answer(self, route: _Route, answer: httpx.Response) -> None:
        """A scenario's answer must match the documented schema of its status (when there is one)."""
        response = route.operation.get("responses", {}).get(str(answer.status_code))
        media = (self.values.resolve(response).get("content") or {}).get(JSON) if response else None
        if media is None or not answer.content:
            return
        problems = self.values.errors(media.get("schema", {}), json.loads(answer.content))
        if problems:
            operation_id = route.operation["operationId"]
            raise SpecViolation(
                f"{operation_id}: the scenario's answer contradicts the spec: {'; '.join(problems[:3])}"
            )
