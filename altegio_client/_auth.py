"""``Authorization: Bearer <partner>[, User <user>]``, chosen per operation.

Which form an operation needs is a fact the overlays settle (the bundles' ``security`` and
their documented header disagree on 37 operations) and ``make generate`` writes into each
operation's typed :class:`~altegio_client._operation.Operation`, which every generated request
carries; this auth flow reads it:

- ``partner``: ``Bearer <partner>``, even when the client holds a user token;
- ``user-optional``: ``Bearer <partner>, User <user>`` when the client has a user token;
- ``user-required``: the same, and without a user token the call fails before anything is
  sent, with :class:`UserTokenRequiredError` naming the operation.

A request that carries no operation gets the user form when a user token is set. Tokens are
kept only here; ``repr`` hides them.
"""

from __future__ import annotations

from collections.abc import Generator

import httpx

from ._exceptions import UserTokenRequiredError
from ._operation import Operation, operation_of

__all__ = ["PartnerUserAuth"]


class PartnerUserAuth(httpx.Auth):
    """Sets Altegio's ``Authorization`` header from a partner token and an optional user token."""

    def __init__(self, partner_token: str, user_token: str | None = None) -> None:
        if not partner_token or not isinstance(partner_token, str):
            raise ValueError("partner_token must be a non-empty string (your Altegio partner token)")
        self._partner = partner_token
        self._user = user_token or None

    @property
    def has_user_token(self) -> bool:
        return self._user is not None

    def set_user_token(self, user_token: str | None) -> None:
        """Rotate (or, with None, drop) the user token; requests already sent keep the old one."""
        self._user = user_token or None

    def set_partner_token(self, partner_token: str) -> None:
        if not partner_token:
            raise ValueError("partner_token must be a non-empty string")
        self._partner = partner_token

    def header_for(self, operation: Operation | None) -> str:
        """The ``Authorization`` value for ``operation`` (raises if it needs a missing user token)."""
        requirement = operation.auth if operation is not None else "user-optional"
        if requirement == "partner" or (requirement == "user-optional" and self._user is None):
            return f"Bearer {self._partner}"
        if self._user is None:
            raise UserTokenRequiredError(operation.name if operation else "this operation")
        return f"Bearer {self._partner}, User {self._user}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self.header_for(operation_of(request))
        yield request

    def __repr__(self) -> str:
        return f"PartnerUserAuth(partner_token='***', user_token={'***' if self._user else None!r})"
