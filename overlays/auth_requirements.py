"""Operation ``security`` and the documented ``Authorization`` header disagree.

Every operation names a security scheme -- ``BearerPartner`` ("Bearer {PartnerToken}") or
``BearerPartnerUser`` ("Bearer {PartnerToken}, User {UserToken}") -- and most also declare an
``Authorization`` header parameter whose description shows the expected value. On 37
operations the two disagree, e.g.:

- ``GET /company/{location_id}``: security ``BearerPartner``, header
  "Bearer partner_token, User user_token";
- ``GET /staff/{location_id}``: security ``BearerPartnerUser``, header "Bearer {partner_token}".

and the three login operations (``POST /auth``, ``/booking/auth``, ``/user/auth``) declare
``security: []`` while their header says "Bearer partner_token".

This overlay decides one requirement per operation and records it as ``x-altegio-auth``:

- ``partner``: both sources say partner token only (or the header does and security is empty);
- ``user-optional``: one source shows a user token, the other does not -- the user token is
  accepted (e.g. ``my=1`` "For authorized user only") but the call works without it;
- ``user-required``: both sources say user token (or security does and no header is shown).

It also rewrites ``security`` to say the same in OpenAPI terms (optional = either scheme) and
records every disagreement it settled in ``x-altegio-auth-reconciled`` for docs/auth-decisions.md.
"""

from __future__ import annotations

import re
from typing import Any

from ._doc import Document, operations, resolve
from .strip_header_params import is_transport_header

PARTNER = "partner"
USER_OPTIONAL = "user-optional"
USER_REQUIRED = "user-required"

_AUTH_HEADER_NAMES = {"authorization", "authorizarion"}
_MENTIONS_USER = re.compile(r"\buser\b", re.IGNORECASE)

SECURITY_FOR: dict[str, list[dict[str, list[str]]]] = {
    PARTNER: [{"BearerPartner": []}],
    USER_OPTIONAL: [{"BearerPartnerUser": []}, {"BearerPartner": []}],
    USER_REQUIRED: [{"BearerPartnerUser": []}],
}


def _header_says_user(doc: Document, operation: dict[str, Any]) -> bool | None:
    """True/False when an Authorization header is documented, None when it is not."""
    for parameter in operation.get("parameters", []):
        parameter = resolve(doc, parameter)
        if is_transport_header(parameter) and parameter["name"].lower() in _AUTH_HEADER_NAMES:
            text = f"{parameter.get('description', '')} {parameter.get('example', '')}"
            return bool(_MENTIONS_USER.search(text))
    return None


def _security_says_user(operation: dict[str, Any]) -> bool | None:
    security = operation.get("security")
    if not security:
        return None
    return any("BearerPartnerUser" in requirement for requirement in security)


def decide(security_user: bool | None, header_user: bool | None) -> str:
    """The reconciled requirement for one operation's two sources."""
    sources = [said for said in (security_user, header_user) if said is not None]
    if not sources:
        return PARTNER
    if all(sources):
        return USER_REQUIRED
    if any(sources):
        return USER_OPTIONAL
    return PARTNER


def reconcile_auth(doc: Document) -> Document:
    """Record one explicit auth requirement per operation (``x-altegio-auth``)."""
    for _path, _method, operation in operations(doc):
        security_user = _security_says_user(operation)
        header_user = _header_says_user(doc, operation)
        requirement = decide(security_user, header_user)
        if security_user is not None and header_user is not None and security_user != header_user:
            operation["x-altegio-auth-reconciled"] = {
                "security": "BearerPartnerUser" if security_user else "BearerPartner",
                "header": "partner and user token" if header_user else "partner token only",
            }
        elif security_user is None and header_user is not None:
            operation["x-altegio-auth-reconciled"] = {
                "security": "none",
                "header": "partner and user token" if header_user else "partner token only",
            }
        operation["x-altegio-auth"] = requirement
        operation["security"] = SECURITY_FOR[requirement]
    schemes = doc["components"].setdefault("securitySchemes", {})
    for obsolete in ("bearer", "user"):
        schemes.pop(obsolete, None)
    return doc
