"""Team-member ``user`` and ``image_group``: an object, or ``[]`` when there is none.

``GET /v1/staff/{location_id}`` documents each team member's::

    user: {type: array, description: Linked user data, items: {type: object}}
    image_group: {type: array, description: Additional images, items: {type: object}}

while ``GET /v1/staff/{location_id}/{team_member_id}`` documents ``image_group`` as one object
and its own example has ``"image_group": []`` beside members whose ``image_group`` is an
object. PHP writes an empty object as ``[]``: a real team answers with one object per member
(the linked user, the image group) or ``[]``. Parsed against the documented array, most members
of a real team raised ``ResponseSchemaError``. In every team-member response both properties
now accept an object (the documented item or object shape) or an array (as documented).
"""

from __future__ import annotations

import copy
from typing import Any

from ._doc import Document, operations, resolve, walk

LIVE_OBJECTS = ("user", "image_group")


def _object_or_list(doc: Document, schema: dict[str, Any]) -> dict[str, Any]:
    target = resolve(doc, schema)
    if "anyOf" in target or "oneOf" in target:
        return schema  # already a union (e.g. widened by example_shapes): leave its branches
    if target.get("type") == "array":
        item = resolve(doc, target.get("items") or {})
        shape = copy.deepcopy(item) if item.get("type") == "object" else {"type": "object"}
        return {"description": target.get("description", ""), "anyOf": [shape, {"type": "array", "items": {}}]}
    if target.get("type") == "object" or "properties" in target:
        return {"description": target.get("description", ""), "anyOf": [schema, {"type": "array", "items": {}}]}
    return schema


def _is_team_member_path(path: str) -> bool:
    return path.startswith("/v1/staff/") or ("/staff/" in path and path.startswith("/v1/company/"))


def team_member_shapes(doc: Document) -> Document:
    """Let ``user``/``image_group`` of team-member responses be an object or an array."""
    prefix = "#/components/schemas/"
    seen: set[str] = set()
    pending: list[Any] = [
        (operation.get("responses") or {}).get(code)
        for path, method, operation in operations(doc)
        if method == "get" and _is_team_member_path(path)
        for code in ("200", "201")
    ]
    while pending:
        for node in walk(pending.pop()):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(prefix) and ref not in seen:
                seen.add(ref)
                pending.append(resolve(doc, node))
            properties = node.get("properties")
            if isinstance(properties, dict) and "name" in properties:  # a team-member object
                for name in LIVE_OBJECTS:
                    if isinstance(properties.get(name), dict):
                        properties[name] = _object_or_list(doc, properties[name])
    return doc
