"""``AltegioClient``: the one object users hold. It owns the httpx client and its layers.

Layers, outermost first (each one idea, composed here and nowhere else)::

    httpx.AsyncClient(auth=PartnerUserAuth)         Authorization per operation
      EnvelopeTransport                             typed errors, success:false, JSON once
        RetryTransport                              429 / 5xx / network, body read, deadline
          RateLimitedTransport                      5/s and 200/min, shared budget
            AuthorizationTransport                  Authorization again, as the request leaves
              ServerRoutingTransport                app.alteg.io operations
                httpx.AsyncHTTPTransport (or yours) connection pool

Retries sit inside the envelope so the envelope sees only the final answer, and outside the
limiter so every attempt waits for a slot.
"""

from __future__ import annotations

import dataclasses
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx

from ._auth import AuthorizationTransport, PartnerUserAuth
from ._envelope import EnvelopeTransport, unwrap
from ._exceptions import AltegioError
from ._limiter import Limiter, RateLimitedTransport, RateLimiter
from ._retries import RetryPolicy, RetryTransport
from ._routing import ServerRoutingTransport
from .client import AuthenticatedClient

if TYPE_CHECKING:
    from .models.auth_response_data import AuthResponseData

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_TIMEOUT", "AltegioClient"]

DEFAULT_BASE_URL = "https://api.alteg.io/api"
APP_BASE_URL = "https://app.alteg.io"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_HEADERS = {"Accept": "application/vnd.api.v2+json", "User-Agent": "altegio-client/0.1.0 (python; httpx)"}


class _Default:
    def __repr__(self) -> str:
        return "DEFAULT"


DEFAULT: Any = _Default()


class AltegioClient(AuthenticatedClient):
    """Async client for the Altegio API; pass it to any generated ``asyncio()`` function.

    ::

        async with AltegioClient(partner_token="...") as client:
            await client.login("+13155550175", "secret")
            page = await get_location.asyncio(client=client, location_id=1)

    Keywords: ``user_token``; ``base_url`` (default ``https://api.alteg.io/api``);
    ``app_base_url`` (host of the marketplace operations; defaults to ``https://app.alteg.io``
    with the default ``base_url``, else to ``base_url`` so a local stand-in receives
    everything); ``timeout`` (default 10 s connect, 30 s otherwise); ``headers``;
    ``rate_limiter`` (default a new :class:`RateLimiter` with Altegio's limits; pass a shared
    one, a :class:`RedisRateLimiter` to share the budget across processes, or ``None`` to
    disable); ``retry_policy`` / ``max_retries``; ``transport`` (innermost transport, e.g. for
    tests) or ``http_client`` (an ``httpx.AsyncClient`` to adopt: its transport is wrapped by
    the SDK's layers and its auth replaced); ``strict_responses`` (default ``False``: response
    models convert each field when it is first read, and a field that contradicts the
    documented schema raises :class:`ResponseSchemaError` then; ``True`` converts the whole
    body during the call, so the call raises it).
    """

    def __init__(
        self,
        partner_token: str,
        user_token: str | None = None,
        *,
        base_url: str = DEFAULT_BASE_URL,
        app_base_url: str | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        headers: dict[str, str] | None = None,
        rate_limiter: Limiter | None = DEFAULT,
        retry_policy: RetryPolicy | None = None,
        max_retries: int | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        strict_responses: bool = False,
    ) -> None:
        policy = retry_policy or RetryPolicy()
        if max_retries is not None:
            policy = dataclasses.replace(policy, max_retries=max_retries)
        if app_base_url is None:
            app_base_url = APP_BASE_URL if base_url.rstrip("/") == DEFAULT_BASE_URL else base_url
        self._setup(
            auth=PartnerUserAuth(partner_token, user_token),
            base_url=base_url,
            app_base_url=app_base_url,
            timeout=timeout,
            headers={**DEFAULT_HEADERS, **(headers or {})},
            rate_limiter=RateLimiter() if rate_limiter is DEFAULT else rate_limiter,
            retry_policy=policy,
            base_transport=http_client._transport if http_client else (transport or httpx.AsyncHTTPTransport()),
            http_client=http_client,
            owns_transport=True,
            strict_responses=strict_responses,
        )

    def _setup(
        self,
        *,
        auth: PartnerUserAuth,
        base_url: str,
        app_base_url: str,
        timeout: httpx.Timeout | float | None,
        headers: dict[str, str],
        rate_limiter: Limiter | None,
        retry_policy: RetryPolicy,
        base_transport: httpx.AsyncBaseTransport,
        http_client: httpx.AsyncClient | None,
        owns_transport: bool,
        strict_responses: bool,
    ) -> None:
        if timeout is not None and not isinstance(timeout, httpx.Timeout):
            timeout = httpx.Timeout(timeout)
        AuthenticatedClient.__init__(self, base_url=base_url, token="", timeout=timeout, headers=headers)
        self._altegio_auth = auth
        self._app_base_url = app_base_url
        self._base_transport = base_transport
        self._owns_transport = owns_transport
        self.rate_limiter = rate_limiter
        self.retry_policy = retry_policy
        #: read by the generated functions: convert the whole response during the call
        self.strict_responses = strict_responses
        client = http_client or httpx.AsyncClient(base_url=base_url, headers=headers, timeout=timeout)
        if not str(client.base_url):
            client.base_url = httpx.URL(base_url)
        for name, value in headers.items():
            # httpx's own defaults (`Accept: */*`, `python-httpx/...`) are not the caller's choice.
            current = client.headers.get(name)
            if current is None or current == "*/*" or current.startswith("python-httpx/"):
                client.headers[name] = value
        client.auth = auth
        client._transport = self._stack()
        self.set_async_httpx_client(client)

    def _stack(self) -> httpx.AsyncBaseTransport:
        hosts = {APP_BASE_URL: httpx.URL(self._app_base_url)}
        layer: httpx.AsyncBaseTransport = ServerRoutingTransport(self._base_transport, httpx.URL(self._base_url), hosts)
        layer = AuthorizationTransport(layer, self._altegio_auth)  # the tokens current when sent
        if self.rate_limiter is not None:
            layer = RateLimitedTransport(layer, self.rate_limiter)
        # Always present: it also reads the body (bounded) and enforces the call's deadline.
        layer = RetryTransport(layer, self.retry_policy)
        return EnvelopeTransport(layer)

    # -- tokens ---------------------------------------------------------------------------

    @property
    def has_user_token(self) -> bool:
        """Whether user-token operations can be called."""
        return self._altegio_auth.has_user_token

    def set_user_token(self, user_token: str | None) -> None:
        """Rotate the user token on a live client (``None`` drops it)."""
        self._altegio_auth.set_user_token(user_token)

    def set_partner_token(self, partner_token: str) -> None:
        """Rotate the partner token on a live client."""
        self._altegio_auth.set_partner_token(partner_token)

    async def login(self, login: str, password: str) -> AuthResponseData:
        """``POST /v1/auth``: exchange a user's login and password for a user token, and keep it.

        Returns the ``data`` of the response (id, name, phone, ... and ``user_token``).
        """
        from .api.authentication_b2b import authorize_user
        from .models.auth_request import AuthRequest
        from .models.auth_response_data import AuthResponseData

        response = await authorize_user.asyncio_detailed(client=self, body=AuthRequest(login=login, password=password))
        data = unwrap(response, AuthResponseData)
        token = data.user_token
        if not isinstance(token, str) or not token:
            raise AltegioError("POST /v1/auth answered without a user_token")
        self.set_user_token(token)
        return data

    # -- options --------------------------------------------------------------------------

    def with_options(
        self,
        *,
        max_retries: int | None = None,
        retry_non_idempotent: bool | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT,
        headers: dict[str, str] | None = None,
        rate_limiter: Limiter | None = DEFAULT,
        strict_responses: bool | None = None,
    ) -> AltegioClient:
        """A client for some calls with other settings, sharing this one's tokens, limiter and pool.

        ``await op.asyncio(client=client.with_options(retry_non_idempotent=True), ...)`` opts a
        POST into retries; closing the derived client leaves the shared pool open.
        """
        changes: dict[str, Any] = {}
        if max_retries is not None:
            changes["max_retries"] = max_retries
        if retry_non_idempotent is not None:
            changes["retry_non_idempotent"] = retry_non_idempotent
        derived = AltegioClient.__new__(AltegioClient)
        derived._setup(
            auth=self._altegio_auth,
            base_url=self._base_url,
            app_base_url=self._app_base_url,
            timeout=self._timeout if timeout is DEFAULT else timeout,
            headers={**self._headers, **(headers or {})},
            rate_limiter=self.rate_limiter if rate_limiter is DEFAULT else rate_limiter,
            retry_policy=dataclasses.replace(self.retry_policy, **changes),
            base_transport=self._base_transport,
            http_client=None,
            owns_transport=False,
            strict_responses=self.strict_responses if strict_responses is None else strict_responses,
        )
        return derived

    def with_headers(self, headers: dict[str, str]) -> AltegioClient:
        """``with_options(headers=...)``: a client that adds ``headers`` to every request."""
        return self.with_options(headers=headers)

    def with_timeout(self, timeout: httpx.Timeout) -> AltegioClient:
        """``with_options(timeout=...)``: a client with other timeouts, sharing this one's pool."""
        return self.with_options(timeout=timeout)

    def with_cookies(self, cookies: dict[str, str]) -> AltegioClient:
        """Not supported: Altegio's API is token-based and uses no cookies."""
        raise NotImplementedError("Altegio does not use cookies; AltegioClient does not send them")

    def get_httpx_client(self) -> httpx.Client:
        """Refused: the SDK is async-only (a sync client would bypass auth, limits and retries)."""
        raise TypeError("AltegioClient is async-only: use the generated asyncio()/asyncio_detailed() functions")

    # -- lifecycle ------------------------------------------------------------------------

    async def aclose(self) -> None:
        """Close the connection pool (a client made by ``with_options`` leaves it to its parent)."""
        if self._owns_transport:
            await self.get_async_httpx_client().aclose()

    async def __aenter__(self) -> AltegioClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        user = "set" if self.has_user_token else None
        return (
            f"AltegioClient(base_url={self._base_url!r}, partner_token='***', user_token={user!r}, "
            f"rate_limiter={self.rate_limiter!r}, max_retries={self.retry_policy.max_retries}, "
            f"strict_responses={self.strict_responses})"
        )

    __str__ = __repr__
