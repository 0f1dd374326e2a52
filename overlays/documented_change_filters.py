"""Change-time filters a list operation documents in its description but not as parameters.

``GET /v1/clients/{location_id}`` ("Deprecated. Get a list of clients") describes, under
"Client filtering"::

    + changed_after: '2000-01-01T00:00:00' (optional, string) - Filtering clients changed/created
      since a specific date and time
    + changed_before: '2020-12-31T23:59:59' (optional, string) - Filtering clients changed/created
      before a specific date and time

but its ``parameters`` list neither, so the generated function cannot send them, and they are the
only documented way to ask for "clients changed since" (``POST .../clients/search`` has no
change-time filter). YCLIENTS documents the same two filters on the same backend's
``/clients/{company_id}``. Each such line becomes an optional string query parameter.
"""

from __future__ import annotations

import re

from ._doc import Document, operations

FILTERS = ("changed_after", "changed_before")

_LINE = re.compile(
    r"^\s*\+\s*(?P<name>changed_after|changed_before)\s*:\s*'(?P<example>[^']*)'"
    r"\s*\(optional, string\)\s*-\s*(?P<text>.+)$",
    re.MULTILINE,
)


def declare_documented_change_filters(doc: Document) -> Document:
    """Add each documented but undeclared ``changed_after``/``changed_before`` query parameter."""
    for _path, _method, operation in operations(doc):
        declared = {p.get("name") for p in operation.get("parameters", []) if isinstance(p, dict)}
        for match in _LINE.finditer(str(operation.get("description", ""))):
            name = match["name"]
            if name in declared:
                continue
            declared.add(name)
            operation.setdefault("parameters", []).append(
                {
                    "name": name,
                    "in": "query",
                    "description": match["text"].strip(),
                    "schema": {"type": "string"},
                    "example": match["example"],
                }
            )
    return doc
