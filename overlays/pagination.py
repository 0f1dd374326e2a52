"""Page sizes: the largest page each paginated list operation is known to honour.

The documentation gives most list operations a ``page`` and a size parameter but rarely says how
large a page may be, so a client that cannot tell asks for small pages and a job pays for it in
requests (5/s, 200/min). Each operation with a ``page`` query parameter and a size parameter gets

    x-altegio-pagination: {page: page, size: <size parameter>, max: <largest page size>}

``max`` is, in this order of trust:

1. the size parameter's schema ``maximum`` (v2 lists: ``limit`` ``maximum: 250``);
2. a maximum its description states ("The number of output lines per page. Maximum 100",
   "Number of appointments per page, maximum 100", "... Maximum 1000");
3. :data:`EVIDENCE`: what working clients of the same backend send. ``GET /v1/records/{location_id}``
   documents only "Number of appointments per page"; Altegio's own client
   (``altegio/altegio-pro-mcp``, ``src/api/v1/records-analytics-adapter.ts``) pages it with
   ``const PAGE_SIZE = 1000; // Backend PageApiRecordsController maximum.`` and checks every
   page against ``meta.total_count``. ``GET /v1/companies``: the same repository documents
   "Default 200" for ``count`` (a default is always honoured; its "Max 300" hint is agent advice
   that it also gives, wrongly, for records);
4. otherwise :data:`SAFE_DEFAULT`, the size this client always used.

The request body pagination of ``POST .../clients/search`` ("page_size ... Maximum 200") is not a
query parameter and is not annotated. docs/pagination.md tabulates the result.
"""

from __future__ import annotations

import re
from typing import Any

from ._doc import Document, operations, resolve

EXTENSION = "x-altegio-pagination"

#: Size parameters, in the order of preference when an operation has several.
SIZE_PARAMETERS = ("count", "limit", "page_size", "per_page", "editable_length")

#: Page size used when neither the documentation nor a working client gives a maximum.
SAFE_DEFAULT = 100

#: ``(METHOD, path) -> largest page size`` from working clients (see the module docstring).
EVIDENCE: dict[tuple[str, str], int] = {
    ("GET", "/v1/records/{location_id}"): 1000,
    ("GET", "/v1/companies"): 200,
}

_STATED_MAXIMUM = re.compile(r"\bmax(?:imum)?\.?\s*(?:of\s*|is\s*|=\s*)?(\d+)", re.IGNORECASE)


def documented_maximum(parameter: dict[str, Any]) -> int | None:
    """The largest page size the parameter's own schema or description states, if any."""
    schema = parameter.get("schema") or {}
    maximum = schema.get("maximum")
    if isinstance(maximum, (int, float)) and not isinstance(maximum, bool) and maximum >= 1:
        return int(maximum)
    match = _STATED_MAXIMUM.search(str(parameter.get("description", "")))
    return int(match.group(1)) if match else None


def annotate_pagination(doc: Document) -> Document:
    """Add ``x-altegio-pagination`` to every operation paginated by query parameters."""
    for path, method, operation in operations(doc):
        query = {
            parameter["name"]: parameter
            for parameter in (resolve(doc, p) for p in operation.get("parameters", []))
            if isinstance(parameter, dict) and parameter.get("in") == "query"
        }
        size = next((name for name in SIZE_PARAMETERS if name in query), None)
        if "page" not in query or size is None:
            continue
        maximum = documented_maximum(query[size])
        if maximum is None:
            maximum = EVIDENCE.get((method.upper(), path), SAFE_DEFAULT)
        operation[EXTENSION] = {"page": "page", "size": size, "max": maximum}
    return doc
