"""Marketplace operations that live on another host.

Eight marketplace operations of the developers bundle declare their own server::

    servers:
      - url: https://app.alteg.io

e.g. ``GET /marketplace/application/{application_id}/salons`` is
``https://app.alteg.io/marketplace/application/{application_id}/salons``: no ``/api/v1``.
Merged into the index shape they became ``/v1/marketplace/...``, which under that server
would be ``https://app.alteg.io/v1/marketplace/...``. This overlay removes the version prefix
again for operations whose server is not below the document's server, keeps their
``servers`` and copies the host into ``x-altegio-server`` for the generated operation table
(openapi-python-client ignores per-operation servers, so the runtime routes them).
"""

from __future__ import annotations

import re

from ._doc import Document, operations

_VERSION_PREFIX = re.compile(r"^/v\d+(?=/)")


def route_foreign_servers(doc: Document) -> Document:
    """Strip the ``/vN`` prefix from operations served by a host outside the API root."""
    root = doc["servers"][0]["url"].rstrip("/")
    moves: list[tuple[str, str, str]] = []
    for path, method, operation in operations(doc):
        servers = operation.get("servers") or doc["paths"][path].get("servers")
        if not servers or servers[0]["url"].rstrip("/").startswith(root):
            continue
        operation["servers"] = servers
        operation["x-altegio-server"] = servers[0]["url"].rstrip("/")
        moves.append((path, method, _VERSION_PREFIX.sub("", path)))
    for path, method, target in moves:
        item = doc["paths"][path]
        moved = doc["paths"].setdefault(target, {})
        if method in moved:
            raise ValueError(f"{method.upper()} {target} is declared twice")
        moved[method] = item.pop(method)
        if not any(isinstance(value, dict) and key != "servers" for key, value in item.items()):
            del doc["paths"][path]
    return doc
