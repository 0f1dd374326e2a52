"""altegio-client: an async Python SDK for the Altegio API, generated from Altegio's own OpenAPI.

Start here::

    from altegio_client import AltegioClient, unwrap
    from altegio_client.api.locations import get_location

    async with AltegioClient(partner_token="...") as client:
        location = unwrap(await get_location.asyncio_detailed(client=client, location_id=1))

- ``altegio_client.api.<tag>.<operation>``: one generated module per operation, each with
  ``asyncio()`` (the parsed model) and ``asyncio_detailed()`` (status, headers, parsed);
- ``altegio_client.models``: the generated attrs models (loaded on first use);
- :class:`AltegioClient`: auth per operation, Altegio's rate limits, safe retries, typed errors;
- :func:`unwrap` (the ``data`` of a response) and :func:`paginate` (iterate a list operation);
- :func:`sync_appointments`, :func:`sync_clients`: everything changed since your last sync;
- :func:`parse_webhook`: the typed event for a webhook Altegio posts to you;
- errors: :class:`AltegioError` and its subclasses, :class:`BookingErrorCode`;
- :mod:`altegio_client.testing`: an in-process Altegio built from the spec, for your tests.
"""

from ._client import DEFAULT_BASE_URL, AltegioClient
from ._envelope import unwrap
from ._exceptions import (
    AltegioError,
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BookingErrorCode,
    ConflictError,
    FieldError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseSchemaError,
    ServerError,
    UnprocessableEntityError,
    UnsuccessfulResponseError,
    UserTokenRequiredError,
)
from ._limiter import ALTEGIO_LIMITS, Limit, Limiter, RateLimiter
from ._pagination import Page, PageProgress, iter_pages, paginate
from ._redis_limiter import RateLimiterUnavailableError, RedisRateLimiter
from ._retries import RetryPolicy
from ._sync import SyncBatch, SyncCursor, sync_appointments, sync_changes, sync_clients
from ._webhooks import UnknownWebhook, WebhookParseError, parse_webhook

__version__ = "0.1.0"

__all__ = [
    "ALTEGIO_LIMITS",
    "DEFAULT_BASE_URL",
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AltegioClient",
    "AltegioError",
    "AuthenticationError",
    "BadRequestError",
    "BookingErrorCode",
    "ConflictError",
    "FieldError",
    "Limit",
    "Limiter",
    "NotFoundError",
    "Page",
    "PageProgress",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimiter",
    "RateLimiterUnavailableError",
    "RedisRateLimiter",
    "ResponseSchemaError",
    "RetryPolicy",
    "ServerError",
    "SyncBatch",
    "SyncCursor",
    "UnknownWebhook",
    "UnprocessableEntityError",
    "UnsuccessfulResponseError",
    "UserTokenRequiredError",
    "WebhookParseError",
    "iter_pages",
    "paginate",
    "parse_webhook",
    "sync_appointments",
    "sync_changes",
    "sync_clients",
    "unwrap",
]
