"""Doubled ``/api/v1`` prefix on two b2b-v1 paths.

The b2b-v1 bundle declares its server as ``https://api.alteg.io/api/v1`` and then declares

    /api/v1/company/{location_id}/client/{client_id}/loyalty/abonements/search_for_activity
    /api/v1/company/{location_id}/client/{client_id}/loyalty/abonements/{membership_id}/check_for_activity

so the documented URL is ``https://api.alteg.io/api/v1/api/v1/company/...`` (in the index
shape: ``/v1/api/v1/...``). The real endpoints carry the prefix once.
"""

from __future__ import annotations

import re

from ._doc import Document

_DOUBLED = re.compile(r"^/(v\d+)/api/\1(/.*)$")


def collapse_doubled_prefix(doc: Document) -> Document:
    """Rewrite ``/vN/api/vN/...`` paths to ``/vN/...``."""
    paths: dict[str, object] = {}
    for path, item in doc["paths"].items():
        match = _DOUBLED.match(path)
        fixed = f"/{match[1]}{match[2]}" if match else path
        if fixed in paths or (fixed != path and fixed in doc["paths"]):
            raise ValueError(f"collapsing {path!r} collides with an existing {fixed!r}")
        paths[fixed] = item
    doc["paths"] = paths
    return doc
