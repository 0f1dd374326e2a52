"""Identifiers typed ``number``.

Most identifiers in the bundles are declared ``type: number``, e.g. the shared path parameter::

    company_id:
      name: location_id
      in: path
      description: ID of a location.
      schema:
        type: number
      example: 123

and 628 object properties such as ``id``/``staff_id``. ``number`` admits ``1.5``; the
generator types them ``float`` and formats them as ``123.0`` in URLs and query strings.
Altegio's ids are whole numbers (every example is), so identifier-named parameters and
properties (``id``, ``*_id``, ``*_ids``, ``ids[]``, ``filter[staff_id]``, ...) typed
``number`` become ``integer``; arrays of them get integer items. So do the pagination query
parameters (``page``, ``count``, ``limit``, ``page_size``), also documented as ``number``:
``page=2.0`` is not a page.
"""

from __future__ import annotations

import re
from typing import Any

from ._doc import Document, walk

_IDENTIFIER = re.compile(r"(^|_)ids?$")
PAGINATION_PARAMETERS = frozenset({"page", "count", "limit", "page_size", "per_page"})


def is_identifier_name(name: str) -> bool:
    """``staff_id``, ``ids[]``, ``filter[service_ids][]`` -> True; ``paid_min`` -> False."""
    bare = name.removesuffix("[]")
    match = re.fullmatch(r"\w+\[(\w+)\](?:\[\])?", name)
    if match:
        bare = match[1]
    return bool(_IDENTIFIER.search(bare))


def _to_integer(schema: Any) -> None:
    if not isinstance(schema, dict):
        return
    kind = schema.get("type")
    if kind == "number":
        schema["type"] = "integer"
        schema.pop("format", None)
    elif isinstance(kind, list) and "number" in kind:
        schema["type"] = ["integer" if item == "number" else item for item in kind]
        schema.pop("format", None)
    elif kind == "array" or (isinstance(kind, list) and "array" in kind):
        _to_integer(schema.get("items"))
    for option in schema.get("oneOf", []) + schema.get("anyOf", []):
        _to_integer(option)


def integer_ids(doc: Document) -> Document:
    """Type identifier-named (and pagination) ``number`` parameters and properties as ``integer``."""
    for node in walk(doc):
        name = str(node.get("name", ""))
        if node.get("in") in ("path", "query") and (is_identifier_name(name) or name in PAGINATION_PARAMETERS):
            _to_integer(node.get("schema"))
        properties = node.get("properties")
        if isinstance(properties, dict) and node.get("type") != "string":
            for name, schema in properties.items():
                if is_identifier_name(name):
                    _to_integer(schema)
    return doc
