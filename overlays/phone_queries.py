"""Phone-number query parameters typed ``number``.

``GET /v1/loyalty/certificates`` and ``GET /v1/loyalty/abonements`` document::

    name: phone
    in: query
    description: Customer phone number
    schema: {type: number}

The generator types that ``float`` and formats it ``79161234567.0``; a phone is digits, not a
quantity, and every other phone query parameter of the bundles (``/clients``, the SMS and email
campaigns, the chain client lookup) is ``type: string``. Phone query parameters typed ``number``
become strings.
"""

from __future__ import annotations

from ._doc import Document, operations, resolve


def phone_queries(doc: Document) -> Document:
    """Type every ``phone`` query parameter documented as a number ``string``."""
    for _path, _method, operation in operations(doc):
        parameters = operation.get("parameters", [])
        for index, parameter in enumerate(parameters):
            resolved = resolve(doc, parameter)
            schema = resolve(doc, resolved.get("schema") or {})
            if resolved.get("in") == "query" and resolved.get("name") == "phone" and schema.get("type") == "number":
                own = dict(resolved)
                own["schema"] = {"type": "string"}
                if isinstance(own.get("example"), (int, float)):
                    own["example"] = str(own["example"])
                parameters[index] = own
    return doc
