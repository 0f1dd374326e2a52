"""``Accept``, ``Authorization`` and ``Content-Type`` declared as operation parameters.

Nearly every operation declares the three headers as required parameters, e.g.::

    - name: Accept
      in: header
      description: Must be `application/vnd.api.v2+json`
      required: true
    - name: Authorization
      in: header
      description: Bearer partner_token, User user_token

(with the misspellings ``Conetnt-Type``, ``Authorizarion`` and ``Content-type`` here and
there; ``GET /resources/{location_id}`` even declares all three ``in: query``). OpenAPI says
header parameters named ``Accept``, ``Content-Type`` or ``Authorization`` "SHALL be ignored"
(they are described by content negotiation and security schemes); the generator
turns them into required ``accept``/``content_type``/``authorization`` function arguments.
The runtime sets these headers, so they are removed. Whatever ``Authorization`` said has been
recorded by the ``auth_requirements`` overlay before this one runs.
"""

from __future__ import annotations

from typing import Any

from ._doc import Document, operations, resolve

TRANSPORT_HEADERS = {
    "accept",
    "authorization",
    "authorizarion",
    "content-type",
    "conetnt-type",
}


def is_transport_header(parameter: dict[str, Any]) -> bool:
    """A parameter that is really one of the headers the runtime sets (wherever declared)."""
    return parameter.get("in") in ("header", "query") and str(parameter.get("name", "")).lower() in TRANSPORT_HEADERS


def strip_header_params(doc: Document) -> Document:
    """Remove transport-level header parameters from every operation and the components."""
    for _path, _method, operation in operations(doc):
        kept = [p for p in operation.get("parameters", []) if not is_transport_header(resolve(doc, p))]
        if kept:
            operation["parameters"] = kept
        else:
            operation.pop("parameters", None)
    parameters = doc.get("components", {}).get("parameters", {})
    for name in [name for name, value in parameters.items() if is_transport_header(value)]:
        del parameters[name]
    return doc
