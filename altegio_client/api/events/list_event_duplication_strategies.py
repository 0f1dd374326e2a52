from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import Response


def _get_kwargs(
    location_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/activity/{location_id}/duplication_strategy".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "list_event_duplication_strategies"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "list_event_duplication_strategies")
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 401:
        response_401 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = NotFoundResponse404._lazy(response_json(response), parse_ctx)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "list_event_duplication_strategies", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | NotFoundResponse404 | UnauthorizedResponse401]:
    """List Event Duplication Strategies

     Duplication of Events occurs based on a set of parameters combined in the "duplication strategy"
    entity

    | Field | Type | Description |
    | ------------- | ------------- | ----------------------------------------- |
    | title | string | Strategy name |
    | repeat_mode_id| integer | Repeat mode |
    | days | integer[] | List of days of the week: 0 Sun, 6 Fri |
    | interval | integer | Break in searching for dates, in units of type |
    | content_type | integer | Duplicate appointments? 1 - no, 2 - yes |

    The repeat mode can take the values

    | Meaning | Description | Break unit |
    | -------- | ------------- | ------------------------------ |
    | 1 | Daily | Day |
    | 2 | Weekdays | - |
    | 3 | Mon Wed Fri | - |
    | 4 | Tue Thu | - |
    | 5 | Every week | Week |
    | 6 | Every month | Month |
    | 7 | Every year | Year |

    The days field is relevant only for mode 5 - week, for specifying specific days of repetition
    If you specify repeat_mode = 5, days = [1,4], interval = 2, then the Event will be
    repeat every 3rd week on Mon and Thu

    Args:
        location_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
) -> Any | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """List Event Duplication Strategies

     Duplication of Events occurs based on a set of parameters combined in the "duplication strategy"
    entity

    | Field | Type | Description |
    | ------------- | ------------- | ----------------------------------------- |
    | title | string | Strategy name |
    | repeat_mode_id| integer | Repeat mode |
    | days | integer[] | List of days of the week: 0 Sun, 6 Fri |
    | interval | integer | Break in searching for dates, in units of type |
    | content_type | integer | Duplicate appointments? 1 - no, 2 - yes |

    The repeat mode can take the values

    | Meaning | Description | Break unit |
    | -------- | ------------- | ------------------------------ |
    | 1 | Daily | Day |
    | 2 | Weekdays | - |
    | 3 | Mon Wed Fri | - |
    | 4 | Tue Thu | - |
    | 5 | Every week | Week |
    | 6 | Every month | Month |
    | 7 | Every year | Year |

    The days field is relevant only for mode 5 - week, for specifying specific days of repetition
    If you specify repeat_mode = 5, days = [1,4], interval = 2, then the Event will be
    repeat every 3rd week on Mon and Thu

    Args:
        location_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
        )
    ).parsed
