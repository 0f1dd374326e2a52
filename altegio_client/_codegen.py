"""The runtime interface generated code imports: nothing else of the runtime is imported by it.

Generated endpoint modules send their request through :class:`OperationClient` (what
:class:`~altegio_client.AltegioClient` is to them), parse with the lazy models and hand back
``data`` or a :class:`Page`; generated models derive from :class:`LazyModel`; generated
resources mark list operations with :func:`list_method`.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any, Protocol

import httpx

from ._arguments import path_segment, require_body
from ._envelope import response_json
from ._exceptions import ResponseSchemaError
from ._layouts import layout_of
from ._lazy import (
    ISO_PARSERS,
    MODEL_BUILDERS,
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    date_from_iso,
    datetime_from_iso,
    lazily_read_class,
    materialize,
    model_builder,
    model_class,
    new_model,
)
from ._operation import Operation, Pagination
from ._resources import ListMethod, Page, data_of, list_method, total_count

__all__ = [
    "ISO_PARSERS",
    "MODEL_BUILDERS",
    "MODEL_CLASSES",
    "LazyModel",
    "ListMethod",
    "Operation",
    "OperationClient",
    "Page",
    "Pagination",
    "ParseContext",
    "ResponseSchemaError",
    "data_of",
    "date_from_iso",
    "datetime_from_iso",
    "layout_of",
    "lazily_read_class",
    "list_method",
    "materialize",
    "model_builder",
    "model_class",
    "new_model",
    "path_segment",
    "require_body",
    "response_json",
    "total_count",
]


class OperationClient(Protocol):
    """What a generated operation needs of its client (see :class:`~altegio_client.AltegioClient`)."""

    @property
    def strict_responses(self) -> bool:
        """Convert the whole response during the call (else each field when first read)."""
        ...

    def send_operation(self, operation: Operation, request: dict[str, Any]) -> Awaitable[httpx.Response]:
        """Send ``request`` (``httpx.AsyncClient.build_request`` keywords) for ``operation``; typed errors raised."""
        ...
