from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.custom_fields_request_data_type import CustomFieldsRequestDataType
from ...models.custom_fields_response_data_types import CustomFieldsResponseDataTypes
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import Response


def _get_kwargs(
    field_category: str,
    location_id: int,
    *,
    body: CustomFieldsRequestDataType,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/custom_fields/{field_category}/{location_id}".format(
            field_category=quote(str(field_category), safe=""),
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "create_custom_field"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomFieldsResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "create_custom_field")
    if response.status_code == 200:
        response_200 = CustomFieldsResponseDataTypes._lazy(response_json(response), parse_ctx)

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
) -> Response[CustomFieldsResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "create_custom_field", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    field_category: str,
    location_id: int,
    *,
    client: AuthenticatedClient,
    body: CustomFieldsRequestDataType,
) -> Response[CustomFieldsResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    """Adding a Custom Field

     To add a field, the user must be part of the **Chain associated with the location** and have the
    appropriate access rights in the following section: <br>**Settings → Access → Custom Fields → Create
    custom fields**

    Args:
        field_category (str):
        location_id (int):
        body (CustomFieldsRequestDataType): Adding a Custom Field Example: {'type': 'text',
            'code': 'my_text_field', 'title': 'test field', 'user_can_edit': True, 'show_in_ui':
            True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldsResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        field_category=field_category,
        location_id=location_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    field_category: str,
    location_id: int,
    *,
    client: AuthenticatedClient,
    body: CustomFieldsRequestDataType,
) -> CustomFieldsResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Adding a Custom Field

     To add a field, the user must be part of the **Chain associated with the location** and have the
    appropriate access rights in the following section: <br>**Settings → Access → Custom Fields → Create
    custom fields**

    Args:
        field_category (str):
        location_id (int):
        body (CustomFieldsRequestDataType): Adding a Custom Field Example: {'type': 'text',
            'code': 'my_text_field', 'title': 'test field', 'user_can_edit': True, 'show_in_ui':
            True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldsResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            field_category=field_category,
            location_id=location_id,
            client=client,
            body=body,
        )
    ).parsed
