"""``204 No Content`` responses documented with a JSON body.

Several delete operations (e.g. ``DELETE /company/{location_id}/schedules/{schedule_id}``)
document::

    '204':
      description: No Content
      content:
        application/json:
          schema: ...

A 204 response has no body (RFC 9110, 15.3.5), so a generated parser that reads the JSON
documented there fails on every real answer. The content is removed from 204 responses.
"""

from __future__ import annotations

from ._doc import Document, operations, resolve


def drop_no_content_bodies(doc: Document) -> Document:
    """Remove ``content`` from every 204 response."""
    for _path, _method, operation in operations(doc):
        for code, response in operation.get("responses", {}).items():
            if code == "204":
                resolved = resolve(doc, response)
                if "$ref" in response:
                    operation["responses"][code] = {key: value for key, value in resolved.items() if key != "content"}
                else:
                    response.pop("content", None)
    return doc
