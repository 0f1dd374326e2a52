"""Which operation replaces a deprecated one or the v1 twin of a v2 one: ``x-altegio-replaced-by``.

Altegio documents some operations twice (v1 and v2) and deprecates others, but says which one
to call instead only in prose, if at all. This overlay records the replacement's operationId on
the replaced operation, from three kinds of evidence:

1. The deprecated operation's own description, e.g. ``get_position_list``: "**This endpoint is
   deprecated.** Use `GET /v2/companies/{company_id}/positions` instead." and ``create_tag``:
   "**Deprecated:** Use `POST /api/v2/companies/{company_id}/tags` instead." The paths there
   use older spellings: an ``/api`` root, ``/v2/companies/...`` and ``/v2/.../activities`` where
   the v2 bundle says ``/v2/locations/...`` and ``.../events`` (Altegio's glossary: Location,
   "Also known as: company"; Event, "Also known as: activity"), and
   ``schedule_team_member_update_deprecated`` names ``PUT /location/{location_id}/staff/schedule``
   without a version (its own, v1, is meant). Paths are compared with those spellings unified
   and parameter names ignored.
2. Altegio's own MCP server (``altegio/altegio-pro-mcp``, ``catalog/overlay/canonical.yaml``):
   "Where V1 and V2 describe the same operation, V2 is canonical (product owner, 2026-09-29) and
   the V1 twin leaves the catalog. Twins that share an operationId (`create_tag`,
   `get_product`, `get_service`, `delete_appointment`) are retired by the build without an
   entry; the pairs below have different ids" -- :data:`CANONICAL_V2` lists those pairs.
3. Twins that share an operationId: the merge keeps the v1 one as ``X`` and renames the v2 one
   ``X_v2``; by (2), ``X_v2`` replaces ``X``.

Sources that disagree are an error. A reference that resolves to no operation is left out.
"""

from __future__ import annotations

import re
from typing import Any

from ._doc import Document, operations

#: v1 operationId -> the v2 operationId that supersedes it, from canonical.yaml's ``supersedes``
#: entries (``list_tags`` is in its earlier revision; the later one moved it to existing-tools.yaml).
CANONICAL_V2 = {
    "get_tag_list_by_entity": "list_tags",
    "update_tag_by_tag_id": "update_tag",
    "delete_tag_by_tag_id": "delete_tag",
    "get_products_list": "list_products",
    "get_product_category_list": "list_product_categories",
    "get_custom_field_list": "list_custom_fields",
}

_USE_INSTEAD = re.compile(r"[Uu]se `(GET|POST|PUT|PATCH|DELETE) (/[^`\s]*)` instead")
_VERSION = re.compile(r"^/v\d+(?=/)")
_SAME_SEGMENT = {"companies": "locations", "company": "locations", "location": "locations", "activities": "events"}


def _shape(method: str, path: str, own_version: str) -> tuple[str, str]:
    """A comparable form of ``METHOD path``: older spellings unified, parameter names dropped."""
    path = path.split("?", 1)[0].removeprefix("/api")
    if not _VERSION.match(path):
        path = own_version + path
    segments = ["{}" if s.startswith("{") else _SAME_SEGMENT.get(s, s) for s in path.strip("/").split("/")]
    return method.upper(), "/" + "/".join(segments)


def _version(path: str) -> str:
    found = _VERSION.match(path)
    return found.group(0) if found else ""


def replacements(doc: Document) -> dict[str, str]:
    """operationId -> the operationId that replaces it, from the evidence in the module docstring."""
    ops = {op["operationId"]: (path, method, op) for path, method, op in operations(doc) if "operationId" in op}
    by_shape: dict[tuple[str, str], list[str]] = {}
    for operation_id, (path, method, _op) in ops.items():
        by_shape.setdefault(_shape(method, path, _version(path)), []).append(operation_id)

    found: dict[str, dict[str, str]] = {}  # replaced -> {replacement: evidence}
    for operation_id, (path, _method, op) in ops.items():
        for ref_method, ref_path in _USE_INSTEAD.findall(op.get("description") or ""):
            targets = by_shape.get(_shape(ref_method, ref_path, _version(path)), [])
            if len(targets) > 1:
                raise ValueError(f"{operation_id}: `{ref_method} {ref_path}` matches {targets}")
            if targets and targets[0] != operation_id:
                found.setdefault(operation_id, {})[targets[0]] = "its description"
        twin = f"{operation_id}_v2"
        if path.startswith("/v1/") and twin in ops and ops[twin][0].startswith("/v2/"):
            found.setdefault(operation_id, {})[twin] = "a shared operationId"
    for old, new in CANONICAL_V2.items():
        if old in ops and new in ops:
            found.setdefault(old, {})[new] = "canonical.yaml"
    result = {}
    for old, candidates in sorted(found.items()):
        if len(candidates) > 1:
            raise ValueError(f"{old}: the evidence names different replacements: {candidates}")
        result[old] = next(iter(candidates))
    return result


def mark_replacements(doc: Document) -> Document:
    """Set ``x-altegio-replaced-by`` on every operation another one replaces."""
    table = replacements(doc)
    for _path, _method, op in operations(doc):
        replacement: Any = table.get(op.get("operationId", ""))
        if replacement:
            op["x-altegio-replaced-by"] = replacement
    return doc
