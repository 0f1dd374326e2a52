"""Merge Altegio's four bundles into one document shaped like its published ``index.yaml``.

Altegio publishes the API twice: as four bundles (b2b-v1, b2b-v2, public, developers), each
with its own server (``https://api.alteg.io/api/v1`` or ``.../api/v2``), and as a combined
"Altegio REST API" document: "one server ``https://api.alteg.io/api``, every path prefixed
with ``/v1`` or ``/v2``". The client is generated from that combined shape, so one package
serves both versions.

Merging is mechanical, like Altegio's own index: paths take the prefix of their bundle's
server, components are pooled (identical duplicates kept once, conflicting ones renamed after
their bundle), and the operationIds that collide between v1 and v2 get a ``_v2`` suffix on
the v2 side. Everything the bundles get *wrong* is left to the overlays that follow.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from ._doc import Document, operations, rename_refs

API_ROOT = "https://api.alteg.io/api"

#: Bundle name -> the short name used when one of its components must be renamed.
BUNDLE_ORDER = ("en-b2b-v1", "en-b2b-v2", "en-public", "en-developers")


def _short(bundle: str) -> str:
    return bundle.removeprefix("en-").replace("-", "_")


def _version_prefix(doc: Document) -> str:
    """``/v1`` or ``/v2``: what the bundle's server adds below ``https://api.alteg.io/api``."""
    url = str(doc["servers"][0]["url"]).rstrip("/")
    if not url.startswith(API_ROOT):
        raise ValueError(f"bundle server {url!r} is not below {API_ROOT}")
    return url[len(API_ROOT) :]


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def merge_bundles(bundles: dict[str, Document]) -> Document:
    """Return the index-shaped document for ``bundles`` (name -> parsed bundle)."""
    names = [name for name in BUNDLE_ORDER if name in bundles] + sorted(
        name for name in bundles if name not in BUNDLE_ORDER
    )
    merged: Document = {
        "openapi": "3.1.1",
        "info": {
            "title": "Altegio REST API",
            "version": "1.0.0",
            "description": "Merged from Altegio's published bundles: " + ", ".join(names) + ".",
        },
        "servers": [{"url": API_ROOT, "description": "Production"}],
        "tags": [],
        "x-tagGroups": [],
        "paths": {},
        "components": {},
    }
    seen_tags: set[str] = set()
    seen_operation_ids: set[str] = set()
    for name in names:
        bundle = copy.deepcopy(bundles[name])
        prefix = _version_prefix(bundle)
        _pool_components(merged, bundle, name)
        for path, method, operation in operations(bundle):
            operation_id = operation.get("operationId") or f"{method}_{path}"
            if operation_id in seen_operation_ids:
                operation_id = f"{operation_id}_{prefix.strip('/')}"
            if operation_id in seen_operation_ids:
                raise ValueError(f"operationId {operation_id!r} is not unique across bundles")
            seen_operation_ids.add(operation_id)
            operation["operationId"] = operation_id
        for path, item in bundle["paths"].items():
            target = prefix + path
            if target in merged["paths"]:
                raise ValueError(f"path {target!r} is declared by two bundles")
            merged["paths"][target] = item
        for tag in bundle.get("tags", []):
            if tag["name"] not in seen_tags:
                seen_tags.add(tag["name"])
                merged["tags"].append(tag)
        merged["x-tagGroups"].extend(bundle.get("x-tagGroups", []))
        if bundle.get("webhooks"):
            merged.setdefault("webhooks", {}).update(bundle["webhooks"])
    return merged


def _pool_components(merged: Document, bundle: Document, bundle_name: str) -> None:
    """Move ``bundle``'s components into ``merged``, renaming those that conflict."""
    pool = merged["components"]
    for kind, entries in bundle.get("components", {}).items():
        target = pool.setdefault(kind, {})
        renames: dict[str, str] = {}
        for key, value in entries.items():
            if key in target and _canonical(target[key]) != _canonical(value):
                if kind == "securitySchemes" and _same_scheme(target[key], value):
                    continue
                renames[key] = f"{_short(bundle_name)}_{key}"
        rename_refs(bundle, kind, renames)
        for key, value in entries.items():
            target.setdefault(renames.get(key, key), value)


def _same_scheme(first: dict[str, Any], second: dict[str, Any]) -> bool:
    """Security schemes that differ only in their prose are the same scheme."""

    def strip(scheme: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in scheme.items() if k != "description"}

    return _canonical(strip(first)) == _canonical(strip(second))
