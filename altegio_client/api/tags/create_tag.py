from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ..._codegen import (
    OperationClient,
    ParseContext,
    ResponseSchemaError,
    materialize,
    path_segment,
    response_json,
)
from ...models.tags_create_response_200_data_types import TagsCreateResponse200DataTypes
from ...types import UNSET, Response, Unset
from .._operations import create_tag as OPERATION

if TYPE_CHECKING:
    from typing import cast

    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    *,
    title: str,
    color: str,
    entity: float | Unset = UNSET,
    icon: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["title"] = title

    params["color"] = color

    params["entity"] = entity

    params["icon"] = icon

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/labels/{location_id}".format(
            location_id=path_segment("create_tag", "location_id", location_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> TagsCreateResponse200DataTypes | Any:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = TagsCreateResponse200DataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

    # Another 2xx than documented: read its body as the documented one.
    response_200 = TagsCreateResponse200DataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> TagsCreateResponse200DataTypes | Any:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: OperationClient,
    title: str,
    color: str,
    entity: float | Unset = UNSET,
    icon: str | Unset = UNSET,
) -> Response[TagsCreateResponse200DataTypes | Any]:
    """Create a Tag (Deprecated)

    ``POST /v1/labels/{location_id}``

    **Deprecated:** Use `POST /api/v2/companies/{company_id}/tags` instead.

    Creates a new tag for the specified location.

    Args:
        location_id (int):
        title (str):
        color (str):
        entity (float | Unset):
        icon (str | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[TagsCreateResponse200DataTypes | Any]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            title=title,
            color=color,
            entity=entity,
            icon=icon,
        ),
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client, response),
    )


async def asyncio(
    location_id: int,
    *,
    client: OperationClient,
    title: str,
    color: str,
    entity: float | Unset = UNSET,
    icon: str | Unset = UNSET,
) -> TagsCreateResponse200DataTypes | Any:
    """create_tag: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            title=title,
            color=color,
            entity=entity,
            icon=icon,
        ),
    )
    return _parsed(client, response)
