"""Descriptions posing as operations, and webhook payloads the generator never sees.

Two "operations" describe requests that Altegio *sends*, not endpoints one can call:

- developers, ``POST /marketplace_webhook`` (``marketplace_webhook``): "Note: This is not a
  callable endpoint. This section describes how Altegio sends webhook notifications when
  specific events occur in the application-to-location lifecycle."
- b2b-v1, ``POST /https://your-api.url`` (``fiscalize_document``): "Example of a request for
  fiscalization of a document" -- what Altegio posts to a partner's fiscal service.

Generated as functions they would send partner tokens to ``https://api.alteg.io/api/v1/https:/
/your-api.url``. Their payloads are still worth having as models, so this overlay removes the
operations and keeps each request body as a component schema.

The developers bundle also documents eleven resource events under ``webhooks``
(``SalonEvent``, ``RecordEvent``, ...). openapi-python-client ignores ``webhooks``; their
payloads are lifted into component schemas (``salon_event``, ...) the same way, each keeping
its documented example and its published name (``x-altegio-webhook``), so tests can check the
webhook models against the examples without the bundles.
"""

from __future__ import annotations

import re
from typing import Any

from ._doc import Document, operations

#: operationId -> component schema name for its payload (unless it is a component already:
#: ``fiscalize_document`` posts ``fiscalization_request_data_types``).
INBOUND_OPERATIONS = {
    "marketplace_webhook": "marketplace_webhook_event",
    "fiscalize_document": "fiscalization_request",
}


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def _json_body_schema(operation: dict[str, Any]) -> Any:
    return operation["requestBody"]["content"]["application/json"]["schema"]


def _lift(doc: Document, name: str, schema: Any, description: str, **extra: Any) -> None:
    schemas = doc["components"]["schemas"]
    if name in schemas:
        raise ValueError(f"component schema {name!r} already exists")
    if "$ref" in schema:
        return  # already a component schema, and so already a model
    schemas[name] = {"description": description, **schema, **extra}


def lift_inbound_payloads(doc: Document) -> Document:
    """Turn inbound "operations" and ``webhooks`` into component schemas only."""
    inbound = [
        (path, method, operation)
        for path, method, operation in operations(doc)
        if operation.get("operationId") in INBOUND_OPERATIONS
    ]
    for path, method, operation in inbound:
        name = INBOUND_OPERATIONS[operation["operationId"]]
        summary = operation.get("summary", "")
        _lift(doc, name, _json_body_schema(operation), f"Payload Altegio sends (not callable): {summary}")
        del doc["paths"][path][method]
        if not any(key in doc["paths"][path] for key in ("get", "put", "post", "delete", "patch")):
            del doc["paths"][path]
    for event, item in sorted(doc.pop("webhooks", {}).items()):
        operation = item["post"]
        content = operation["requestBody"]["content"]["application/json"]
        example = {"example": content["example"]} if "example" in content else {}
        _lift(
            doc,
            _snake(event),
            _json_body_schema(operation),
            operation.get("description", event),
            **example,
            **{"x-altegio-webhook": event},
        )
    return doc
