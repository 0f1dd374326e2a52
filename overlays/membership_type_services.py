"""Membership-type ``services`` documented as arrays while the real API takes objects.

``POST /chain/{chain_id}/loyalty/abonement_types`` documents::

    services:
      type: object
      description: Object with service IDs as keys and usage count as values. ...
        **Important:** This is an object (key-value pairs), NOT an array.
      additionalProperties: {type: integer}

and warns "Some legacy documentation shows arrays, but the real API requires objects", while
``PUT .../abonement_types/{loyalty_membership_type_id}`` still documents::

    services:
      type: array
      description: List of service IDs. Pass empty array to preserve existing services.
      items: {type: integer}

(``service_categories`` likewise). Every request and response schema of membership types now
uses one component, ``membership_type_counts``: an object whose keys are ids and whose values
are integer counts.
"""

from __future__ import annotations

from typing import Any

from ._doc import Document, operations, walk

COUNTS_SCHEMA = "membership_type_counts"
COUNT_FIELDS = ("services", "service_categories")

_COUNTS = {
    "type": "object",
    "description": (
        "Object with service (or service category) IDs as keys and usage counts as values, "
        'e.g. {"13160808": 5}. For a unified balance the counts are ignored. The API '
        "requires an object here; arrays of ids are rejected."
    ),
    "additionalProperties": {"type": "integer"},
    "example": {"13160808": 5, "13160809": 3},
}


def _reachable_schemas(doc: Document, roots: list[Any]) -> list[dict[str, Any]]:
    """Every mapping inside ``roots`` and inside the component schemas they reference."""
    prefix = "#/components/schemas/"
    seen: set[str] = set()
    nodes: list[dict[str, Any]] = []
    pending = list(roots)
    while pending:
        for node in walk(pending.pop()):
            nodes.append(node)
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(prefix) and ref not in seen:
                seen.add(ref)
                pending.append(doc["components"]["schemas"][ref[len(prefix) :]])
    return nodes


def membership_type_counts(doc: Document) -> Document:
    """Make ``services``/``service_categories`` of membership types ``{id: count}`` objects."""
    roots = [
        {"body": operation.get("requestBody"), "responses": operation.get("responses")}
        for path, _method, operation in operations(doc)
        if "/abonement_types" in path
    ]
    doc["components"]["schemas"][COUNTS_SCHEMA] = dict(_COUNTS)
    for node in _reachable_schemas(doc, roots):
        properties = node.get("properties")
        if not isinstance(properties, dict):
            continue
        for field in COUNT_FIELDS:
            if field in properties:
                properties[field] = {"$ref": f"#/components/schemas/{COUNTS_SCHEMA}"}
    return doc
