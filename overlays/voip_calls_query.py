"""``GET /v1/voip/integration/calls`` with its filters in a JSON request body.

The operation documents no parameters and a request body::

    required: [salon_id, date_from, date_to]
    properties: {salon_id: "Location ID.", date_from, date_to, phone, types: [...], statuses: [...], page, limit}

A body on GET has no defined meaning (RFC 9110 section 9.3.1): proxies and HTTP clients may drop
it, and the PHP backend fills its request parameters from the query string on GET. The filters
are declared as query parameters (arrays with PHP's ``[]``) and the body is removed. Evidence:
HTTP semantics only -- the YCLIENTS docs also show a body, and no client of the live API was
found calling this endpoint; treat as unverified.
"""

from __future__ import annotations

from typing import Any

from ._doc import Document, resolve
from ._wire import StaleCorrection, operation_at

PATH = "/v1/voip/integration/calls"


def voip_calls_query(doc: Document) -> Document:
    """Move the call-list filters from the GET body into the query."""
    operation = operation_at(doc, PATH, "get")
    if "requestBody" not in operation:
        raise StaleCorrection(f"GET {PATH} has no body any more")
    body = resolve(doc, resolve(doc, operation.pop("requestBody"))["content"]["application/json"]["schema"])
    required = set(body.get("required", []))
    parameters: list[dict[str, Any]] = operation.setdefault("parameters", [])
    for name, schema in body["properties"].items():
        schema = resolve(doc, schema)
        parameter: dict[str, Any] = {"name": name, "in": "query", "schema": dict(schema)}
        if schema.get("type") == "array":
            parameter.update(name=f"{name}[]", style="form", explode=True)
        if name in ("page", "limit"):
            parameter["schema"]["type"] = "integer"
        parameter["schema"].pop("example", None)
        if "description" in schema:
            parameter["description"] = schema["description"]
        if name in required:
            parameter["required"] = True
        parameters.append(parameter)
    return doc
