"""``AltegioClient``: the one object users hold. It owns an httpx client built from public parts.

Layers, outermost first (each one idea, composed in :meth:`AltegioClient._layers` and nowhere else)::

    send_operation                                             a missing user token refused, unsent;
                                                               httpx.AsyncClient.build_request: base
                                                               URL, headers, timeout
      EnvelopeTransport                                        typed errors, success:false, JSON once
        RetryTransport                                         429 / 5xx / network, idempotency-aware;
                                                               body read within deadline and size cap
          RequestLogTransport                                  a log record per attempt
            RateLimitedTransport                               5/s and 200/min, shared budget
              AuthorizationTransport                           the tokens current when sent
                ServerRoutingTransport                         app.alteg.io operations
                  the connection: your transport, your httpx client, an httpx client choosing
                  proxies (``proxy=`` or the environment's), or one AsyncHTTPTransport

The outer httpx client only builds requests: they go to the layers without its sending (no
cookie jar, redirects, auth flow, hooks or request log of its own; a tenth of a small call). It
reads no proxy settings (``trust_env=False``): proxies are chosen at the bottom, so a request
through a proxy passes every SDK layer. Retries sit inside the envelope so the envelope sees
only the final answer, and outside the limiter so every attempt waits for a slot.
"""

from __future__ import annotations

import dataclasses
import os
import ssl
from collections.abc import Coroutine
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx

from ._auth import AuthorizationTransport, PartnerUserAuth
from ._body import DEFAULT_MAX_RESPONSE_SIZE
from ._envelope import EnvelopeTransport
from ._exceptions import AltegioError, InvalidCredentialsError, NotFoundError
from ._limiter import Limiter, RateLimitedTransport, RateLimiter
from ._logging import RequestLogTransport
from ._operation import OPERATION_EXTENSION, Operation
from ._retries import RetryPolicy, RetryTransport
from ._routing import ServerRoutingTransport
from .api import Resources

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


class ClientTransport(httpx.AsyncBaseTransport):
    """Sends through an ``httpx.AsyncClient``, which picks the connection (its mounts, its proxy)."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.client.send(request, stream=True)

    async def aclose(self) -> None:
        await self.client.aclose()


def _as_timeout(timeout: httpx.Timeout | float | None) -> httpx.Timeout | None:
    return timeout if timeout is None or isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


def _environment_names_a_proxy() -> bool:
    """Whether ``HTTP(S)_PROXY``/``ALL_PROXY`` (any case) is set: then httpx must choose per URL."""
    return any(name.lower() in _PROXY_VARIABLES and value for name, value in os.environ.items())


_PROXY_VARIABLES = frozenset({"http_proxy", "https_proxy", "all_proxy"})


def _connection(
    transport: httpx.AsyncBaseTransport | None,
    http_client: httpx.AsyncClient | None,
    proxy: str | httpx.Proxy | None,
    verify: ssl.SSLContext | bool,
    trust_env: bool,
) -> httpx.AsyncBaseTransport:
    """The bottom layer: whatever opens connections, proxies included."""
    if transport is not None:
        return transport
    if http_client is not None:
        return ClientTransport(http_client)
    # One SSL context per client, shared by the direct transport and any proxy's.
    context = verify if isinstance(verify, ssl.SSLContext) else httpx.create_ssl_context(verify=verify)
    if proxy is not None or (trust_env and _environment_names_a_proxy()):
        return ClientTransport(httpx.AsyncClient(proxy=proxy, verify=context, trust_env=trust_env))
    return httpx.AsyncHTTPTransport(verify=context)


_HTTPX_DEFAULT_HEADERS = dict(
    httpx.Headers({"Accept": "*/*", "Accept-Encoding": "gzip, deflate", "Connection": "keep-alive"})
)


def _callers_headers(client: httpx.AsyncClient | None) -> dict[str, str]:
    """The headers the caller set on an adopted client (httpx's own defaults left out)."""
    if client is None:
        return {}
    return {
        name: value
        for name, value in client.headers.items()
        if _HTTPX_DEFAULT_HEADERS.get(name) != value
        and not (name == "user-agent" and value.startswith("python-httpx/"))
    }


def _merged_headers(*parts: dict[str, str]) -> dict[str, str]:
    """The headers of ``parts``, a later one replacing an earlier one of the same name in any case
    (else ``User-Agent`` and ``user-agent`` would both be sent)."""
    merged: dict[str, str] = {}
    for part in parts:
        for name, value in part.items():
            for same in [known for known in merged if known.lower() == name.lower()]:
                del merged[same]
            merged[name] = value
    return merged


class AltegioClient(Resources):
    """Async client for the Altegio API: ``client.<tag>.<operation>(...)`` for every operation.

    ::

        async with AltegioClient(partner_token="...") as client:
            await client.login("+13155550175", "secret")
            location = await client.locations.get_location(1)

    Keywords: ``user_token``; ``base_url`` (default ``https://api.alteg.io/api``);
    ``app_base_url`` (host of the marketplace operations; defaults to ``https://app.alteg.io``
    with the default ``base_url``, else to ``base_url`` so a local stand-in receives
    everything); ``timeout`` (default 10 s connect, 30 s otherwise); ``headers``;
    ``rate_limiter`` (default a new :class:`RateLimiter` with Altegio's limits; pass a shared
    one, a :class:`RedisRateLimiter` to share the budget across processes, or ``None`` to
    disable); ``retry_policy`` / ``max_retries``; ``proxy`` (else the environment's
    ``HTTPS_PROXY``/``ALL_PROXY``... unless ``trust_env=False``); ``verify`` (an
    ``ssl.SSLContext`` or ``False``); ``transport`` (the bottom transport, e.g.
    ``httpx.MockTransport`` in tests) or ``http_client`` (an ``httpx.AsyncClient`` to send
    through: its proxies, pool and TLS settings are used under the SDK's layers);
    ``strict_responses`` (default ``False``: response models convert each field when it is first
    read, and a field that contradicts the documented schema raises
    :class:`ResponseSchemaError` then; ``True`` converts the whole body during the call);
    ``max_response_size`` (bytes of a decoded body, default 50 MB: beyond it
    :class:`ResponseTooLargeError`).
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
        proxy: str | httpx.Proxy | None = None,
        verify: ssl.SSLContext | bool = True,
        trust_env: bool = True,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        strict_responses: bool = False,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        policy = retry_policy or RetryPolicy()
        if max_retries is not None:
            policy = dataclasses.replace(policy, max_retries=max_retries)
        if app_base_url is None:
            app_base_url = APP_BASE_URL if base_url.rstrip("/") == DEFAULT_BASE_URL else base_url
        self._auth = PartnerUserAuth(partner_token, user_token)
        self._base_url = base_url
        self._headers = _merged_headers(DEFAULT_HEADERS, _callers_headers(http_client), headers or {})
        self._timeout = _as_timeout(timeout)
        self._routing = ServerRoutingTransport(
            _connection(transport, http_client, proxy, verify, trust_env),
            httpx.URL(base_url),
            {APP_BASE_URL: httpx.URL(app_base_url)},
        )
        self._owns_connection = True
        self.rate_limiter: Limiter | None = RateLimiter() if rate_limiter is DEFAULT else rate_limiter
        self.retry_policy = policy
        self._strict_responses = strict_responses
        self._max_response_size = max_response_size
        self._build_layers()

    def _build_layers(self) -> None:
        self._transport = self._layers()
        # Builds each request (base URL, headers, timeout); send_operation hands it to the layers.
        self._http = httpx.AsyncClient(
            base_url=self._base_url,
            headers=self._headers,
            timeout=self._timeout,
            transport=self._transport,
            trust_env=False,
        )

    def _layers(self) -> httpx.AsyncBaseTransport:
        # The header is written again as the request goes out, after any wait for a slot, so a
        # token rotated meanwhile is the one sent (send_operation refuses a missing one early).
        layer: httpx.AsyncBaseTransport = AuthorizationTransport(self._routing, self._auth)
        if self.rate_limiter is not None:
            layer = RateLimitedTransport(layer, self.rate_limiter)
        layer = RequestLogTransport(layer)
        # Always present, even with max_retries=0: this layer reads the body within the deadline
        # and the size cap, and is where transport errors become typed.
        return EnvelopeTransport(RetryTransport(layer, self.retry_policy, max_response_size=self._max_response_size))

    @property
    def strict_responses(self) -> bool:
        """Whether the whole response is converted during the call (else each field when first read)."""
        return self._strict_responses

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def timeout(self) -> httpx.Timeout | None:
        return self._timeout

    def send_operation(self, operation: Operation, request: dict[str, Any]) -> Coroutine[Any, Any, httpx.Response]:
        """Low-level: send one operation's request (``httpx.AsyncClient.build_request`` keywords).

        The generated operations await this; the response has passed every layer (errors raised).
        An operation that needs a user token the client lacks raises
        :class:`UserTokenRequiredError` here, before anything is sent.

        httpx's client builds the request; the request then goes straight to the layers, not
        through the client's own sending: its cookie jar, redirects, auth flow and event hooks do
        nothing for this API and cost a tenth of a small call (docs/performance.md). And this
        returns the layers' coroutine rather than being one: a frame less at every resumption.
        """
        self._auth.refuse_missing_user_token(operation)
        return self._transport.handle_async_request(
            self._http.build_request(**request, extensions={OPERATION_EXTENSION: operation})
        )

    # -- tokens ---------------------------------------------------------------------------

    @property
    def has_user_token(self) -> bool:
        """Whether user-token operations can be called."""
        return self._auth.has_user_token

    def set_user_token(self, user_token: str | None) -> None:
        """Rotate the user token on a live client (``None`` drops it)."""
        self._auth.set_user_token(user_token)

    def set_partner_token(self, partner_token: str) -> None:
        """Rotate the partner token on a live client."""
        self._auth.set_partner_token(partner_token)

    async def login(self, login: str, password: str) -> AuthResponseData:
        """``POST /v1/auth``: exchange a user's login and password for a user token, and keep it.

        Returns the ``data`` of the response (id, name, phone, ... and ``user_token``). A wrong
        login or password raises :class:`InvalidCredentialsError` (Altegio answers it with 404).
        """
        from .api.authentication_b2b import authorize_user
        from .models.auth_request import AuthRequest

        try:
            data = await authorize_user.asyncio_data(client=self, body=AuthRequest(login=login, password=password))
        except NotFoundError as exc:
            raise InvalidCredentialsError(exc.response, exc.payload) from None
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

        ``await client.with_options(retry_non_idempotent=True).payments.create_...(...)`` opts a
        POST into retries. Cheap (no new connection pool or SSL context); closing the derived
        client leaves the shared pool open.
        """
        changes: dict[str, Any] = {}
        if max_retries is not None:
            changes["max_retries"] = max_retries
        if retry_non_idempotent is not None:
            changes["retry_non_idempotent"] = retry_non_idempotent
        derived = AltegioClient.__new__(AltegioClient)
        derived._auth = self._auth
        derived._base_url = self._base_url
        derived._headers = _merged_headers(self._headers, headers or {})
        derived._timeout = self._timeout if timeout is DEFAULT else _as_timeout(timeout)
        derived._routing = self._routing
        derived._owns_connection = False
        derived.rate_limiter = self.rate_limiter if rate_limiter is DEFAULT else rate_limiter
        derived.retry_policy = dataclasses.replace(self.retry_policy, **changes)
        derived._strict_responses = self._strict_responses if strict_responses is None else strict_responses
        derived._max_response_size = self._max_response_size
        derived._build_layers()
        return derived

    # -- lifecycle ------------------------------------------------------------------------

    async def aclose(self) -> None:
        """Close the connection pool (a client made by ``with_options`` leaves it to its parent)."""
        if self._owns_connection:
            await self._routing.aclose()

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
            f"strict_responses={self._strict_responses})"
        )

    __str__ = __repr__
