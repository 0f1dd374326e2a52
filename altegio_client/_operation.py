"""What the runtime knows about each operation, and how a request carries it.

openapi-python-client drops the facts the runtime needs about an operation (its reconciled
auth requirement, a host other than the API root, how it pages). ``make generate`` writes them
as typed constants, one :class:`Operation` per operation, in ``altegio_client/api/_operations.py``;
each generated request carries its own constant in the httpx request extension
:data:`OPERATION_EXTENSION`, and the layers read it back with :func:`operation_of`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import httpx

__all__ = ["IDEMPOTENT_METHODS", "OPERATION_EXTENSION", "AuthRequirement", "Operation", "Pagination", "operation_of"]

AuthRequirement = Literal["partner", "user-optional", "user-required"]

#: Methods a server may receive twice with the effect of once (RFC 9110 section 9.2.2).
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})

#: httpx request extension holding the request's :class:`Operation`
OPERATION_EXTENSION = "altegio_operation"


@dataclass(frozen=True, slots=True)
class Pagination:
    """How a list operation pages: its page and page-size parameters, the largest size honoured."""

    page: str
    size: str
    max_size: int


@dataclass(frozen=True, slots=True)
class Operation:
    """One callable operation: ``get_appointment_list`` is ``GET /v1/records/{location_id}``."""

    name: str
    method: str
    path: str
    auth: AuthRequirement
    server: str | None = None
    """The host serving it when that is not the API root (the marketplace's ``https://app.alteg.io``)."""
    pagination: Pagination | None = None

    @property
    def idempotent(self) -> bool:
        """Whether sending it twice has the effect of sending it once (so it may be retried)."""
        return self.method in IDEMPOTENT_METHODS

    def __str__(self) -> str:
        return f"{self.name} ({self.method} {self.path})"


def operation_of(request: httpx.Request) -> Operation | None:
    """The operation a request was made for, or ``None`` for a raw request."""
    operation = request.extensions.get(OPERATION_EXTENSION)
    return operation if isinstance(operation, Operation) else None
