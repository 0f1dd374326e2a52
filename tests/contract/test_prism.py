"""Every operation against Stoplight Prism serving the overlaid document, request validation on.

Prism checks each request against the document (path, query, headers, security, body) and
answers with its documented example. A validation error fails the test with Prism's own
message. Operations Prism cannot serve are listed in ``PRISM_CANNOT_SERVE`` with the reason.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from altegio_client import AltegioClient, APIStatusError, ResponseSchemaError
from altegio_client.api._operations import OPERATIONS
from altegio_client.testing._spec_values import SpecValues

from .conftest import RESULTS
from .operation_calls import build_call
from .prism import PrismServer
from .test_operations import SCHEMA_CONTRADICTS_EXAMPLE

Lookup = dict[str, tuple[str, str, dict[str, Any]]]

#: Operations Prism cannot serve, with the reason.
PRISM_CANNOT_SERVE: dict[str, str] = {
    "get_visit_receipt_pdf": "its only response is application/pdf: Prism answers 406 to the vendor Accept",
    # Prism 5.16 looks required bracketed query parameters up under their percent-encoded
    # names ('filter%5bfrom%5d') and never finds them, although the request carries them.
    "list_events": "required `filter[from]`/`filter[to]`: Prism's bracketed-name lookup",
    "list_resource_occupations": "required `filter[date_intersect_*_strict]`: Prism's bracketed-name lookup",
    "autocomplete_products": "required `filter[term]`: Prism's bracketed-name lookup",
}

#: operationId -> Prism's complaints about its own (documented) response: spec quirks, not requests.
RESPONSE_VIOLATIONS: dict[str, list[str]] = {}


def violations(error: APIStatusError) -> list[dict[str, Any]]:
    """Prism's ``sl-violations`` header, or the ``validation`` list of its problem document."""
    header = error.response.headers.get("sl-violations")
    if header:
        found: list[dict[str, Any]] = json.loads(header)
        return found
    try:
        problem = json.loads(error.body)
    except ValueError:
        return []
    return list(problem.get("validation", [])) if isinstance(problem, dict) else []


def prism_message(error: APIStatusError) -> str:
    try:
        problem = json.loads(error.body)
    except ValueError:
        return error.body.decode(errors="replace")[:500]
    details = (
        [f"{v.get('location')}: {v.get('message')}" for v in problem.get("validation", [])]
        if isinstance(problem, dict)
        else []
    )
    return (
        f"{problem.get('title')}: {problem.get('detail')} {details}"[:800]
        if isinstance(problem, dict)
        else str(problem)
    )


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
async def test_prism_accepts_the_request(
    operation_id: str, prism: PrismServer, values: SpecValues, by_operation_id: Lookup
) -> None:
    if operation_id in PRISM_CANNOT_SERVE:
        pytest.skip(PRISM_CANNOT_SERVE[operation_id])
    RESULTS["prism"][operation_id] = False
    path, method, operation = by_operation_id[operation_id]
    call = build_call(values, path, method, operation)
    async with AltegioClient(
        partner_token="partner-token",
        user_token="user-token",
        base_url=prism.url,
        rate_limiter=None,
        max_retries=0,
        strict_responses=True,
    ) as client:
        try:
            response = await call.function(client=client, **call.kwargs)
        except ResponseSchemaError:
            # Prism answered with the documented example, which contradicts the documented schema.
            assert operation_id in SCHEMA_CONTRADICTS_EXAMPLE, f"{operation_id}: Prism's example does not parse"
        except APIStatusError as error:
            found = violations(error)
            about_request = [v for v in found if v.get("location", [""])[0] == "request"]
            if found and not about_request:
                RESPONSE_VIOLATIONS[operation_id] = [
                    f"{'.'.join(map(str, v['location'][2:]))}: {v['message']}" for v in found
                ]
            else:
                details = [f"{'.'.join(map(str, v.get('location', [])))}: {v.get('message')}" for v in about_request]
                pytest.fail(
                    f"{operation_id}: Prism answered HTTP {error.status_code}: {details or prism_message(error)}"
                )
        else:
            assert 200 <= response.status_code < 300
    RESULTS["prism"][operation_id] = True
