"""A PDF response documented without a schema.

``GET /attendance/receipt_print/{visit_id}`` answers::

    '200':
      content:
        application/pdf:
          example: ''

There is no schema, so the generator cannot say what the body is and omits the response
("Unsupported content_type application/pdf"). A PDF is binary: the overlay declares
``schema: {type: string, format: binary}`` for non-JSON, non-text media types that lack a
schema; ``generator_config.yaml`` maps ``application/pdf`` to the generator's binary handling.
"""

from __future__ import annotations

from ._doc import Document, operations

_TEXTUAL = ("application/json", "text/")


def declare_binary_responses(doc: Document) -> Document:
    """Give schema-less binary responses a ``string``/``binary`` schema."""
    for _path, _method, operation in operations(doc):
        for response in operation.get("responses", {}).values():
            for media_type, media in (response.get("content") or {}).items():
                if "schema" not in media and not media_type.startswith(_TEXTUAL):
                    media["schema"] = {"type": "string", "format": "binary"}
                    if media.get("example") == "":
                        del media["example"]
    return doc
