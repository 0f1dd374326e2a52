"""Request bodies declared as ``*/*`` that are JSON.

Twenty request bodies (19 in b2b-v1, e.g. ``PUT /client/{location_id}/{id}`` "Edit client",
``POST /clients/{location_id}/bulk``; one in public) are declared as::

    requestBody:
      content:
        '*/*':
          schema: ...

although every one of them is a JSON object and the API is documented as taking
``Content-Type: application/json``. openapi-python-client answers "Unsupported content type
*/*" and drops the whole operation.
"""

from __future__ import annotations

from ._doc import Document, operations


def declare_json_bodies(doc: Document) -> Document:
    """Re-declare ``*/*`` request bodies as ``application/json``."""
    for _path, _method, operation in operations(doc):
        content = operation.get("requestBody", {}).get("content")
        if content and "*/*" in content and "application/json" not in content:
            operation["requestBody"]["content"] = {
                ("application/json" if key == "*/*" else key): value for key, value in content.items()
            }
    return doc
