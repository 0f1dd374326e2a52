"""The SDK's errors: one small tree, mapped from HTTP status codes and Altegio's envelope.

Every error the SDK raises derives from :class:`AltegioError`. Messages and ``repr`` name the
method and URL (without query string secrets or headers) and Altegio's ``meta.message``; they
never contain a token: tokens travel only in the ``Authorization`` header, which no error
carries.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

import httpx

from ._operation import operation_of

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AltegioError",
    "AuthenticationError",
    "BadRequestError",
    "BookingErrorCode",
    "ConflictError",
    "FieldError",
    "InvalidArgumentError",
    "InvalidCredentialsError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseDecodingError",
    "ResponseSchemaError",
    "ResponseTooLargeError",
    "ServerError",
    "UnprocessableEntityError",
    "UnsuccessfulResponseError",
    "UserTokenRejectedError",
    "UserTokenRequiredError",
    "operation_name",
]


class BookingErrorCode(IntEnum):
    """Online-booking error codes (public bundle: ``book_check``/``book_record``)."""

    INVALID_PHONE = 431  # 422: "The user's phone number is not in a valid format."
    INVALID_SMS_CODE = 432  # 422: "The SMS verification code entered by the user is invalid."
    SLOT_TAKEN = 433  # 422: "Selected time slot is already taken."
    CLIENT_BLACKLISTED = 434  # 403: "The user with the specified phone number is blacklisted"
    MISSING_CLIENT_NAME = 435  # 422: "The client's name was not provided."
    NO_TEAM_MEMBER_AVAILABLE = 436  # 422: "No team members are available at the selected time"
    OVERLAPPING_APPOINTMENTS = 437  # 422: "One of the selected times overlaps with another"
    SERVICE_UNAVAILABLE = 438  # 422: "The selected service is no longer available"


class AltegioError(Exception):
    """Base class of every error raised by altegio-client."""


#: request extension naming the operation (set by the generated code)
def operation_name(request: httpx.Request) -> str | None:
    """The operation a request was made for (``"get_location"``), or None for a raw request."""
    operation = operation_of(request)
    return operation.name if operation is not None else None


class InvalidArgumentError(AltegioError, ValueError):
    """An argument was refused before anything was sent: ``operation`` and ``parameter`` name it.

    The message says what was wrong with the value; it quotes the value only where that is safe
    (never for a token).
    """

    def __init__(self, operation: str, parameter: str, problem: str) -> None:
        self.operation = operation
        self.parameter = parameter
        self.problem = problem
        super().__init__(f"{operation}: {parameter} {problem}")


class UserTokenRequiredError(AltegioError):
    """The operation needs a user token and the client has none; nothing was sent."""

    def __init__(self, operation: str) -> None:
        self.operation = operation
        super().__init__(
            f"{operation} requires a user token (Authorization: Bearer <partner>, User <user>); "
            "call `await client.login(login, password)` or pass `user_token=` first"
        )


def _describe(request: httpx.Request) -> str:
    """``get_location: GET https://api.alteg.io/api/v1/company/1`` -- no query string, no headers."""
    url = request.url.copy_with(query=None, fragment=None)
    operation = operation_name(request)
    return f"{operation + ': ' if operation else ''}{request.method} {url}"


def _content(response: httpx.Response) -> bytes:
    """The body as read so far: a response whose body failed to arrive or decode has none."""
    try:
        return response.content
    except httpx.ResponseNotRead:
        return b""


class _ResponseError(AltegioError):
    """What every error about a response carries (never its headers: the tokens live there)."""

    response: httpx.Response
    request: httpx.Request
    operation: str | None
    status_code: int
    method: str
    url: str
    body: bytes

    def _bind(self, response: httpx.Response) -> None:
        self.response = response
        self.request = response.request
        self.operation = operation_name(response.request)
        self.status_code = response.status_code
        self.method = response.request.method
        self.url = str(response.request.url.copy_with(query=None, fragment=None))
        self.body = _content(response)


class APIConnectionError(AltegioError):
    """The request did not get a response: DNS, connect, TLS, a dropped connection."""

    def __init__(self, request: httpx.Request, reason: str = "connection failed") -> None:
        self.request = request
        self.operation = operation_name(request)
        self.method = request.method
        self.url = str(request.url.copy_with(query=None, fragment=None))
        self.reason = reason
        super().__init__(f"{_describe(request)}: {reason}")


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool), or the call ran past its deadline."""

    def __init__(self, request: httpx.Request, reason: str = "timed out") -> None:
        super().__init__(request, reason)


class FieldError:
    """One entry of Altegio's ``meta.errors``: a field (or code) and its message."""

    __slots__ = ("code", "field", "message")

    def __init__(self, message: str, field: str | None = None, code: int | None = None) -> None:
        self.message = message
        self.field = field
        self.code = code

    def __repr__(self) -> str:
        return f"FieldError(field={self.field!r}, code={self.code!r}, message={self.message!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FieldError) and (self.message, self.field, self.code) == (
            other.message,
            other.field,
            other.code,
        )

    __hash__ = None  # type: ignore[assignment]


class APIResponseValidationError(_ResponseError):
    """The response could not be read as Altegio's JSON envelope (HTML page, empty, truncated)."""

    def __init__(self, response: httpx.Response, reason: str) -> None:
        self._bind(response)
        self.reason = reason
        super().__init__(f"{_describe(response.request)} -> HTTP {response.status_code}: {reason}")


class ResponseDecodingError(APIResponseValidationError):
    """The body could not be decoded (a corrupt ``Content-Encoding: gzip`` or ``deflate`` stream)."""


class ResponseTooLargeError(APIResponseValidationError):
    """The decoded body grew past the client's cap (``limit`` bytes); reading stopped there."""

    def __init__(self, response: httpx.Response, limit: int) -> None:
        self.limit = limit
        super().__init__(response, f"the decoded body exceeds the {limit}-byte limit; reading stopped")


class ResponseSchemaError(APIResponseValidationError):
    """A JSON body that contradicts the operation's documented schema (a field missing, a list
    where an object was documented...). ``operation`` names it, ``where`` the model field when
    the error came from reading one (``"RecordsItem.datetime"``); ``__cause__`` is the parser's error."""

    def __init__(self, response: httpx.Response, operation: str, cause: Exception, *, where: str | None = None) -> None:
        self.where = where
        at = f" at {where}" if where else ""
        # The message names the operation once: _describe names it when the request does.
        named = "" if operation_name(response.request) == operation else f"{operation}: "
        super().__init__(
            response,
            f"{named}the body does not match the documented schema{at} ({type(cause).__name__}: {cause})",
        )
        self.operation = operation  # also where the request did not name it


class APIStatusError(_ResponseError):
    """Altegio answered with an error: a 4xx/5xx status, or ``success: false``.

    Attributes: ``operation`` (the operation's name, e.g. ``"get_location"``; None for a raw
    request), ``status_code``, ``message`` (``meta.message``), ``errors`` (``meta.errors`` as
    :class:`FieldError`), ``codes`` (error codes, e.g. :class:`BookingErrorCode` values),
    ``method``, ``url`` (no query string), ``body`` (raw bytes), ``response``, ``request``.
    """

    def __init__(self, response: httpx.Response, payload: Any = None, message: str | None = None) -> None:
        self._bind(response)
        self.payload = payload
        meta = payload.get("meta") if isinstance(payload, dict) else None
        self.message: str | None = message or _meta_message(meta)
        self.errors: list[FieldError] = _field_errors(meta)
        self.codes: list[int] = [error.code for error in self.errors if error.code is not None]
        text = f"{_describe(response.request)} -> HTTP {response.status_code}"
        if self.message:
            text += f": {self.message}"
        if self.errors:
            text += " (" + "; ".join(_render(error) for error in self.errors) + ")"
        super().__init__(text)

    @property
    def booking_errors(self) -> list[BookingErrorCode]:
        """The online-booking codes (431-438) among :attr:`codes`."""
        return [BookingErrorCode(code) for code in self.codes if code in BookingErrorCode._value2member_map_]


class UnsuccessfulResponseError(APIStatusError):
    """A 2xx response whose envelope says ``"success": false``."""


class BadRequestError(APIStatusError):
    """HTTP 400."""


class AuthenticationError(APIStatusError):
    """HTTP 401: a token is missing, wrong or revoked (a password change regenerates user tokens)."""


class InvalidCredentialsError(AuthenticationError):
    """``login()`` with a wrong login or password (Altegio answers ``POST /v1/auth`` with 404)."""


class UserTokenRejectedError(AuthenticationError):
    """HTTP 401 to a request that carried a user token: most often that token is stale (the user
    changed their password or logged in elsewhere, which regenerates it). Log in again
    (``await client.login(...)``) or set a fresh token with ``client.set_user_token(...)``."""

    def __init__(self, response: httpx.Response, payload: Any = None, message: str | None = None) -> None:
        super().__init__(response, payload, message)
        hint = "the user token was refused: it is probably stale (a password change revokes it); log in again"
        self.args = (f"{self.args[0]} [{hint}]",)


class PermissionDeniedError(APIStatusError):
    """HTTP 403: the token is valid but lacks rights (or, for booking, the client is blacklisted)."""


class NotFoundError(APIStatusError):
    """HTTP 404."""


class ConflictError(APIStatusError):
    """HTTP 409."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422: validation failed; see :attr:`errors` and :attr:`booking_errors`."""


class RateLimitError(APIStatusError):
    """HTTP 429 after the retries allowed: Altegio's 200/min or 5/s per-IP limit was exceeded."""


class ServerError(APIStatusError):
    """HTTP 5xx."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class_for(status_code: int) -> type[APIStatusError]:
    """The error class for an HTTP status (``success: false`` on 2xx has its own)."""
    if status_code >= 500:
        return ServerError
    if status_code < 400:
        return UnsuccessfulResponseError
    return _BY_STATUS.get(status_code, APIStatusError)


def _meta_message(meta: Any) -> str | None:
    if isinstance(meta, dict) and isinstance(meta.get("message"), str):
        return str(meta["message"])
    return None


def _field_errors(meta: Any) -> list[FieldError]:
    """Altegio's ``meta.errors``: a list of ``{code, message}`` or a ``{field: [messages]}`` map."""
    errors = meta.get("errors") if isinstance(meta, dict) else None
    found: list[FieldError] = []
    if isinstance(errors, list):
        for item in errors:
            if isinstance(item, dict):
                code = item.get("code")
                found.append(
                    FieldError(
                        str(item.get("message", "")),
                        field=item.get("field") if isinstance(item.get("field"), str) else None,
                        code=code if isinstance(code, int) else None,
                    )
                )
            elif isinstance(item, str):
                found.append(FieldError(item))
    elif isinstance(errors, dict):
        for field, messages in errors.items():
            for message in messages if isinstance(messages, list) else [messages]:
                found.append(FieldError(str(message), field=str(field)))
    return found


def _render(error: FieldError) -> str:
    prefix = f"{error.field}: " if error.field else (f"{error.code}: " if error.code is not None else "")
    return prefix + error.message
