"""``POST /v1/user/auth`` ("Log in with phone number and code") typed as a password login.

The operation is documented: "the user must log in by verifying their phone number. This is
done by requesting a confirmation code to be sent via SMS", yet its body is the shared
``auth_request`` component::

    required: [login, password]
    properties: {login: "Phone number or Email", password: "Password"}

which belongs to ``POST /v1/auth``. The YCLIENTS docs (PyPI ``yclients`` 0.1.1
``resources/booking_users.py`` ``auth``, schema "Авторизация по коду подтверждения") give the
body ``{phone, code}``, both required strings. That body is declared here; the other two logins
keep ``auth_request``.
"""

from __future__ import annotations

from ._doc import Document
from ._wire import operation_at

PATH = "/v1/user/auth"
SCHEMA = "phone_code_auth_request"

_BODY = {
    "type": "object",
    "description": "Log in with the phone number and the code sent to it by SMS",
    "required": ["phone", "code"],
    "properties": {
        "phone": {"type": "string", "description": "Phone number", "example": "13155550175"},
        "code": {"type": "string", "description": "Confirmation code from the SMS", "example": "38829"},
    },
    "example": {"phone": "13155550175", "code": "38829"},
}


def phone_code_login(doc: Document) -> Document:
    """Give the phone-and-code login its own ``{phone, code}`` body."""
    operation = operation_at(doc, PATH, "post")
    doc["components"]["schemas"][SCHEMA] = dict(_BODY)
    operation["requestBody"] = {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{SCHEMA}"}}},
    }
    return doc
