"""Array query parameters sent without PHP's ``[]``.

The backend (v1 and v2) is PHP, which collects a repeated query key into an array only when the
key ends in ``[]``: ``staff_ids=11&staff_ids=12`` reads as ``staff_ids=12``. The bundles declare
most array parameters under the bare name while their own descriptions show the brackets, e.g.
``GET /v1/company/{location_id}/staff/schedule``::

    name: staff_ids
    description: 'Team member IDs to filter by. Example: `staff_ids[]=123&staff_ids[]=234`'
    schema: {type: array, items: {type: integer}}

Every array-typed query parameter is renamed ``<name>[]`` and exploded (one key per value), in
v1 and v2 alike. Evidence: altegio/altegio-pro-mcp (live-verified) sends ``staff_ids[]`` and
``include[]`` to v1 (``src/providers/altegio-client.ts`` ``getTeamMemberSchedules``,
``src/api/v1/analytics-adapter.ts``) and ``include[]``, ``filter[master_ids][]`` to v2
(``src/api/v2/events-adapter.ts``); v2 documents its filters bracketed already. httpx
percent-encodes the key (``staff_ids%5B%5D=11``), which PHP decodes. The generated Python
argument keeps the bare name (``staff_ids: list[int]``).

Also bracketed parameters documented as one scalar, e.g. ``GET /v1/book_dates/{location_id}``
``service_ids[]`` "Filter by the list of service identifiers" typed ``string``, become arrays.
"""

from __future__ import annotations

from typing import Any

from ._doc import Document, operations, resolve
from .integer_ids import is_identifier_name


def _is_array(schema: Any) -> bool:
    kind = schema.get("type") if isinstance(schema, dict) else None
    return kind == "array" or (isinstance(kind, list) and "array" in kind)


def php_array_queries(doc: Document) -> Document:
    """Name every array query parameter ``name[]`` and make every ``name[]`` parameter an array."""
    for _path, _method, operation in operations(doc):
        parameters = operation.get("parameters", [])
        for index, parameter in enumerate(parameters):
            resolved = resolve(doc, parameter)
            if resolved.get("in") != "query":
                continue
            schema = resolve(doc, resolved.get("schema") or {})
            bracketed = resolved["name"].endswith("[]")
            if bracketed and _is_array(schema):
                continue
            if not (bracketed or _is_array(schema)):
                continue
            own = dict(resolved)  # never edit a shared component parameter in place
            if not bracketed:
                own["name"] = resolved["name"] + "[]"
            else:
                item = {key: value for key, value in schema.items() if key in ("type", "format", "enum")}
                if is_identifier_name(resolved["name"]):
                    item = {"type": "integer"}
                own["schema"] = {"type": "array", "items": item}
                if "example" in own and not isinstance(own["example"], list):
                    own["example"] = [own["example"]]
            own["style"], own["explode"] = "form", True
            parameters[index] = own
    return doc
