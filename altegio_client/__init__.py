"""altegio-client: an async Python SDK for the Altegio API, generated from Altegio's own OpenAPI.

Start here::

    import asyncio

    from altegio_client import AltegioClient


    async def main() -> None:
        async with AltegioClient(partner_token="...", user_token="...") as client:
            location = await client.locations.get_location(1)
            print(location.title)
            async for appointment in client.appointments.get_appointment_list.iter(1):
                print(appointment.id)


    asyncio.run(main())

- :class:`AltegioClient`: ``client.<tag>.<operation>(...)`` for every operation, returning the
  typed ``data``; auth per operation, Altegio's rate limits, safe retries, typed errors;
- ``altegio_client.api.<tag>.<operation>``: the generated module of each operation (low level:
  ``asyncio_detailed()`` gives status, headers and the parsed body);
- ``altegio_client.models``: the generated attrs models (loaded on first use);
- :class:`Page` (``.page(...)`` of a list operation), :func:`unwrap` and :func:`paginate` for
  the low-level functions;
- :func:`sync_appointments`, :func:`sync_clients`: everything changed since your last sync;
- :func:`parse_webhook`: the typed event for a webhook Altegio posts to you;
- errors: :class:`AltegioError` and its subclasses, :class:`BookingErrorCode`;
- :mod:`altegio_client.testing`: an in-process Altegio built from the spec, for your tests.
"""

import importlib
from typing import TYPE_CHECKING

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
    InvalidArgumentError,
    InvalidCredentialsError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseDecodingError,
    ResponseSchemaError,
    ResponseTooLargeError,
    ServerError,
    UnprocessableEntityError,
    UnsuccessfulResponseError,
    UserTokenRejectedError,
    UserTokenRequiredError,
)
from ._limiter import ALTEGIO_LIMITS, Limit, Limiter, RateLimiter
from ._operation import Operation, Pagination
from ._resources import BoundListMethod, Page
from ._retries import RetryPolicy

if TYPE_CHECKING:
    from ._pagination import ListPage, PageProgress, iter_pages, paginate
    from ._redis_limiter import RateLimiterUnavailableError, RedisRateLimiter
    from ._sync import SyncBatch, SyncCursor, sync_appointments, sync_changes, sync_clients
    from ._webhooks import UnknownWebhook, WebhookParseError, parse_webhook

__version__ = "0.1.0"

#: public names whose modules load on first use (they import asyncio, inspect, ...): a fast import
_LAZY = {
    "ListPage": "._pagination",
    "PageProgress": "._pagination",
    "iter_pages": "._pagination",
    "paginate": "._pagination",
    "SyncBatch": "._sync",
    "SyncCursor": "._sync",
    "sync_appointments": "._sync",
    "sync_changes": "._sync",
    "sync_clients": "._sync",
    "RateLimiterUnavailableError": "._redis_limiter",
    "RedisRateLimiter": "._redis_limiter",
    "UnknownWebhook": "._webhooks",
    "WebhookParseError": "._webhooks",
    "parse_webhook": "._webhooks",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'altegio_client' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


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
    "BoundListMethod",
    "ConflictError",
    "FieldError",
    "InvalidArgumentError",
    "InvalidCredentialsError",
    "Limit",
    "Limiter",
    "ListPage",
    "NotFoundError",
    "Operation",
    "Page",
    "PageProgress",
    "Pagination",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimiter",
    "RateLimiterUnavailableError",
    "RedisRateLimiter",
    "ResponseDecodingError",
    "ResponseSchemaError",
    "ResponseTooLargeError",
    "RetryPolicy",
    "ServerError",
    "SyncBatch",
    "SyncCursor",
    "UnknownWebhook",
    "UnprocessableEntityError",
    "UnsuccessfulResponseError",
    "UserTokenRejectedError",
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
