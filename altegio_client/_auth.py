"""``Authorization: Bearer <partner>[, User <user>]``, chosen per operation.

Which form an operation needs is a fact the overlays settle (the bundles' ``security`` and
their documented header disagree on 37 operations) and ``make generate`` writes into each
operation's typed :class:`~altegio_client._operation.Operation`, which every generated request
carries; :class:`PartnerUserAuth` reads it:

- ``partner``: ``Bearer <partner>``, even when the client holds a user token;
- ``user-optional``: ``Bearer <partner>, User <user>`` when the client has a user token;
- ``user-required``: the same, and without a user token the call fails before anything is
  sent, with :class:`UserTokenRequiredError` naming the operation.

A request that carries no operation gets the user form when a user token is set. Tokens are
kept only here; ``repr`` hides them.

Tokens are checked when set: a non-empty ``str`` of visible ASCII without ``,`` (the
header's separator). Whitespace or a control character (a token read from a file with its
trailing newline) is refused with :class:`InvalidArgumentError`, not stripped: a secret is
sent as given or not at all, and the error gives the position, never the token. Such a
token would otherwise reach h11's "Illegal header value" error, which quotes it, and
httpcore's DEBUG log of that error.

:class:`AuthorizationTransport` sets the header again when the request is actually sent
(under the rate limiter), so a token rotated while a call waited for its slot is the one used.
"""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any

import httpx

from ._exceptions import InvalidArgumentError, UserTokenRequiredError
from ._operation import Operation, operation_of

__all__ = ["AuthorizationTransport", "PartnerUserAuth", "check_token", "sent_user_token"]


def check_token(token: object, parameter: str, where: str) -> str:
    """``token`` if it can go into the header as is, else :class:`InvalidArgumentError` (without it)."""
    if not isinstance(token, str):
        raise InvalidArgumentError(where, parameter, f"must be a str, got {type(token).__name__}")
    if not token:
        raise InvalidArgumentError(where, parameter, "must be a non-empty string")
    for position, char in enumerate(token):
        if not "!" <= char <= "~" or char == ",":
            kind = "a non-ASCII character" if ord(char) > 127 else "whitespace, a control character or ','"
            raise InvalidArgumentError(
                where,
                parameter,
                f"contains {kind} at position {position} of {len(token)} (a trailing newline from a file? "
                "strip it); the token is not shown",
            )
    return token


def sent_user_token(request: httpx.Request) -> bool:
    """Whether ``request`` went out with ``Authorization: Bearer <partner>, User <user>``."""
    return ", User " in request.headers.get("Authorization", "")


class PartnerUserAuth:
    """Altegio's ``Authorization`` header from a partner token and an optional user token."""

    def __init__(self, partner_token: str, user_token: str | None = None) -> None:
        self._partner = check_token(partner_token, "partner_token", "AltegioClient")
        self._user = check_token(user_token, "user_token", "AltegioClient") if user_token else None

    @property
    def has_user_token(self) -> bool:
        return self._user is not None

    def set_user_token(self, user_token: str | None) -> None:
        """Rotate (or, with None, drop) the user token; requests already sent keep the old one."""
        self._user = check_token(user_token, "user_token", "set_user_token") if user_token else None

    def set_partner_token(self, partner_token: str) -> None:
        self._partner = check_token(partner_token, "partner_token", "set_partner_token")

    def refuse_missing_user_token(self, operation: Operation) -> None:
        """Raise :class:`UserTokenRequiredError` if ``operation`` needs a user token the client lacks."""
        if operation.auth == "user-required" and self._user is None:
            raise UserTokenRequiredError(operation.name)

    def header_for(self, operation: Operation | None) -> str:
        """The ``Authorization`` value for ``operation`` (raises if it needs a missing user token);
        a request without an operation is user-optional."""
        if operation is None:
            partner_only = self._user is None
        else:
            self.refuse_missing_user_token(operation)
            partner_only = operation.auth == "partner" or self._user is None
        return f"Bearer {self._partner}" if partner_only else f"Bearer {self._partner}, User {self._user}"

    def __repr__(self) -> str:
        return f"PartnerUserAuth(partner_token='***', user_token={'***' if self._user else None!r})"


class AuthorizationTransport(httpx.AsyncBaseTransport):
    """Sets ``Authorization`` from ``auth`` as the request goes to ``inner``.

    Placed under the limiter, this layer writes the header with the tokens current when the
    request is sent (each retry included), not those of the moment it began to wait for a
    slot; ``AltegioClient.send_operation`` refuses early, unsent, an operation that needs a
    missing user token.
    """

    def __init__(self, inner: httpx.AsyncBaseTransport, auth: PartnerUserAuth) -> None:
        self.inner = inner
        self.auth = auth

    def handle_async_request(self, request: httpx.Request) -> Coroutine[Any, Any, httpx.Response]:
        # Not a coroutine itself (see ServerRoutingTransport): sets the header, hands on the inner one.
        request.headers["Authorization"] = self.auth.header_for(operation_of(request))
        return self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()
