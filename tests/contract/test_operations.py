"""Every callable operation, driven from the overlaid document: what is sent, what is parsed.

For each operation the call is built from the spec (examples where they validate, otherwise
synthesised from the schema), made through ``AltegioClient`` against respx, and checked:
method, path, query names, ``Accept`` and the ``Authorization`` form its reconciled auth
requirement asks for, and the JSON body against the request schema. Then each documented
response is served: 2xx must parse into the typed model without losing a field, error
statuses must raise the matching typed error. New operations in a future bundle are covered
without writing a test.
"""

from __future__ import annotations

import contextlib
import json
from typing import Any

import httpx
import pytest
import respx

from altegio_client import AltegioClient, AltegioError, ResponseSchemaError
from altegio_client._exceptions import error_class_for
from altegio_client._operations import OPERATIONS
from altegio_client._spec_values import SpecValues
from altegio_client.testing import path_pattern
from altegio_client.types import parse_iso_datetime

from .conftest import RESULTS
from .operation_calls import JSON, build_call

#: Operations whose documented 2xx example contradicts the documented schema, so the typed
#: model cannot hold it: the client raises ResponseSchemaError (typed, naming the operation)
#: instead. Each is a quirk for an overlay to settle once the real answer is known.
SCHEMA_CONTRADICTS_EXAMPLE = {
    "create_custom_field": "example `data` is an object; schema says array",
    "create_product": "example `data` is a list; schema says object",
    "delete_custom_field": "example `data` is null; schema says array",
    "deprecated_get_client_list": "example `data[].phone` is a number; schema says string",
    "deprecated_get_service_list_by_id": "example `data` is a list; schema says object",
    "get_appointment_calendar_sessions": "example lacks required `is_free`/`time`",
    "get_location_subscription_information": "example lacks required `active`",
    "get_product": "example `data` is a list; schema says object",
    "get_service": "example `data` is a list; schema says object",
    "get_service_category": "example `data` is an object; schema says array",
    "get_team_member": "example `data` is a list; schema says object",
    "get_team_member_salary_schemes": "a `format: date` field holds a date-time ('2026-09-21T23:00:00.000-05:00')",
    "get_team_member_schedule": "example lacks required `date`",
    "get_team_member_service_bill_of_materials": "example `data` is an object; schema says array",
    "leave_comment": "example `data` is an object; schema says array",
    "patch_service": "example `data.api_id` is a number; schema says string",
    "search_team_member_period_salary": "example `data.total_sum` is a number; schema says object",
    "update_custom_field": "example `data` is null; schema says array",
    "update_product": "example `data` is a list; schema says object",
    "update_service_category": "example `data` is an object; schema says array",
    "upload_image": "example lacks required `image_group`",
}

PARTNER, USER = "partner-token", "user-token"
API = "https://api.alteg.io/api"
ACCEPT = "application/vnd.api.v2+json"
Lookup = dict[str, tuple[str, str, dict[str, Any]]]


def expected_authorization(requirement: str) -> str:
    return f"Bearer {PARTNER}" if requirement == "partner" else f"Bearer {PARTNER}, User {USER}"


def documented_responses(values: SpecValues, operation: dict[str, Any]) -> list[tuple[int, Any]]:
    """(status, body) for every documented status: its example, else a value from its schema."""
    answers = []
    for code, response in operation.get("responses", {}).items():
        if not code.isdigit():
            continue
        response = values.resolve(response)
        media = (response.get("content") or {}).get(JSON)
        if media is None:
            answers.append((int(code), None))
            continue
        examples = [media.get("example")] + [e.get("value") for e in (media.get("examples") or {}).values()]
        example = next((e for e in examples if e is not None), None)
        if example is None:
            example = values.example_or_value(media.get("schema", {}))
        answers.append((int(code), example))
    return answers


def normalise(value: Any) -> Any:
    """Plain JSON data of a parsed model (or list of models), comparable with the example."""
    if hasattr(value, "to_dict"):
        value = value.to_dict()
    elif isinstance(value, list):
        value = [item.to_dict() if hasattr(item, "to_dict") else item for item in value]
    return json.loads(json.dumps(value, default=str))


def first_difference(left: Any, right: Any, where: str = "") -> str | None:
    """Where two JSON values first differ, e.g. ``data/0/staff: missing``."""
    if isinstance(left, dict) and isinstance(right, dict):
        for key in sorted(set(left) | set(right), key=str):
            if key not in left:
                return f"{where}/{key}: lost"
            if key not in right:
                return f"{where}/{key}: added"
            found = first_difference(left[key], right[key], f"{where}/{key}")
            if found:
                return found
        return None
    if isinstance(left, list) and isinstance(right, list) and len(left) == len(right):
        for index, (a, b) in enumerate(zip(left, right, strict=True)):
            found = first_difference(a, b, f"{where}/{index}")
            if found:
                return found
        return None
    if left == right or same_instant(left, right) or (left in ({}, []) and right in ({}, [])):
        return None  # `[]` is how PHP writes an empty object; ISO spellings of one instant are equal
    return f"{where or '<root>'}: {json.dumps(left)[:80]} != {json.dumps(right)[:80]}"


def same_instant(left: Any, right: Any) -> bool:
    if not (isinstance(left, str) and isinstance(right, str)):
        return False
    try:
        return parse_iso_datetime(left) == parse_iso_datetime(right)
    except ValueError:
        return False


def client() -> AltegioClient:
    # strict: the whole documented response is converted during the call, so a contradiction
    # anywhere in it raises ResponseSchemaError from the call itself.
    return AltegioClient(
        partner_token=PARTNER, user_token=USER, rate_limiter=None, max_retries=0, strict_responses=True
    )


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
async def test_request_matches_the_spec(operation_id: str, values: SpecValues, by_operation_id: Lookup) -> None:
    RESULTS["request"][operation_id] = False
    path, method, operation = by_operation_id[operation_id]
    call = build_call(values, path, method, operation)
    with respx.mock(assert_all_mocked=True) as router:
        route = router.route().respond(200, json={"success": True, "data": {}, "meta": []})
        async with client() as altegio:
            # The placeholder answer may not parse (ResponseSchemaError); only the request is judged here.
            with contextlib.suppress(AltegioError):
                await call.function(client=altegio, **call.kwargs)
    assert route.call_count == 1, f"{operation_id}: expected one request"
    request = route.calls.last.request
    server = operation.get("x-altegio-server")
    assert request.method == method.upper()
    assert request.url.host == httpx.URL(server or API).host
    sent_path = request.url.path if server else request.url.path.removeprefix("/api")
    assert path_pattern(path).match(sent_path), f"{request.method} {sent_path} does not match {path}"
    documented = {
        values.resolve(p)["name"] for p in operation.get("parameters", []) if values.resolve(p)["in"] == "query"
    }
    sent = set(request.url.params.keys())
    assert sent <= documented, f"undocumented query parameters {sent - documented}"
    assert set(call.query) <= sent, f"required query parameters missing: {set(call.query) - sent}"
    assert request.headers["Accept"] == ACCEPT
    assert request.headers["Authorization"] == expected_authorization(operation["x-altegio-auth"])
    if call.body_schema is not None and call.body_content_type == JSON:
        assert request.headers["Content-Type"] == JSON
        body = json.loads(request.content)
        problems = values.errors(call.body_schema, body)
        assert problems == [], f"{operation_id} body does not match its schema: {problems[:5]}"
    RESULTS["request"][operation_id] = True


@pytest.mark.parametrize(
    "operation_id",
    [
        pytest.param(
            name,
            marks=pytest.mark.xfail(reason=SCHEMA_CONTRADICTS_EXAMPLE[name], raises=ResponseSchemaError, strict=True),
        )
        if name in SCHEMA_CONTRADICTS_EXAMPLE
        else name
        for name in sorted(OPERATIONS)
    ],
)
async def test_documented_responses_parse_or_raise(
    operation_id: str, values: SpecValues, by_operation_id: Lookup
) -> None:
    RESULTS["response"][operation_id] = False
    path, method, operation = by_operation_id[operation_id]
    call = build_call(values, path, method, operation)
    answers = documented_responses(values, operation)
    assert answers, f"{operation_id} documents no response"
    for status, example in answers:
        with respx.mock(assert_all_mocked=True, assert_all_called=False) as router:
            if example is None:
                router.route().respond(status)
            else:
                router.route().respond(status, json=example)
            async with client() as altegio:
                failure = example is not None and isinstance(example, dict) and example.get("success") is False
                if status >= 400 or (failure and 200 <= status < 300):
                    with pytest.raises(error_class_for(status if status >= 400 else 200)):
                        await call.function(client=altegio, **call.kwargs)
                    continue
                if example is None and status != 204:
                    continue  # documented without a body: nothing to parse
                response = await call.function(client=altegio, **call.kwargs)
        assert response.status_code == status
        if response.parsed is None or example is None:
            continue  # an operation documented without a response schema yields raw content
        difference = first_difference(normalise(response.parsed), normalise(example))
        assert difference is None, f"{operation_id} HTTP {status}: the parsed model changed the data at {difference}"
    RESULTS["response"][operation_id] = True
