"""Query parameters documented under a name the backend does not read.

Altegio's documentation was made from the YCLIENTS documentation with a rename
(company -> location, staff -> team member, activity -> event) that also reached some query
names. The backend still reads the original names, so a filter sent under the documented one
is silently ignored. The documented text each correction changes:

* ``GET /v1/records/{location_id}``: ``team_member_id`` -- "team member ID, if you only need
  appointments for a specific team member". Wire: ``staff_id`` (altegio/altegio-pro-mcp
  ``src/api/v1/records-analytics-adapter.ts``, live-verified; YCLIENTS ``records.py``).
* ``GET /v1/comments/{location_id}``: ``team_member_id`` -- "team member ID". Wire:
  ``staff_id`` (YCLIENTS ``comments.py`` only).
* ``.../loyalty/abonements/search_for_activity`` and ``.../check_for_activity``: ``event_id``
  -- "Event (group event) ID". Wire: ``activity_id`` (YCLIENTS ``schedules.py`` only).
* ``GET /v1/loyalty/certificates``: ``copmany_id`` (a typo) -- "Location ID". Wire:
  ``company_id`` (YCLIENTS ``certificates.py`` only).
* ``GET /v1/clients/{location_id}``: a query ``location_id`` -- "ID of one or more clients to
  filter clients". Wire: ``id`` (YCLIENTS ``clients.py``: "ID одного клиента").
* ``GET /v1/goods_categories/multiple/{location_id}``: a query ``location_id`` -- "Product
  category ID (you can specify several additional parameters &ids[]={id}". Wire: ``ids``, an
  id list (the description itself; :mod:`overlays.php_array_queries` then adds the ``[]``).

Not changed, on evidence: ``team_member_id`` of ``/analytics/overall*`` -- altegio-pro-mcp
``src/api/v1/analytics-adapter.ts`` sends it as is ("v1 accepts the canonical alias on the wire").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ._doc import Document
from ._wire import operation_at, own_parameter


@dataclass(frozen=True)
class WireName:
    path: str
    method: str
    documented: str
    wire: str
    #: replaces the parameter's schema when the documented one is wrong too
    schema: dict[str, Any] | None = field(default=None)


_ID_LIST = {"type": "array", "items": {"type": "integer"}}

WIRE_NAMES: tuple[WireName, ...] = (
    WireName("/v1/records/{location_id}", "get", "team_member_id", "staff_id"),
    WireName("/v1/comments/{location_id}", "get", "team_member_id", "staff_id"),
    WireName(
        "/v1/company/{location_id}/client/{client_id}/loyalty/abonements/search_for_activity",
        "get",
        "event_id",
        "activity_id",
    ),
    WireName(
        "/v1/company/{location_id}/client/{client_id}/loyalty/abonements/{membership_id}/check_for_activity",
        "get",
        "event_id",
        "activity_id",
    ),
    WireName("/v1/loyalty/certificates", "get", "copmany_id", "company_id"),
    WireName("/v1/clients/{location_id}", "get", "location_id", "id", {"type": "integer"}),
    WireName("/v1/goods_categories/multiple/{location_id}", "get", "location_id", "ids", _ID_LIST),
)


def query_wire_names(doc: Document, corrections: tuple[WireName, ...] = WIRE_NAMES) -> Document:
    """Rename each documented query parameter of ``corrections`` to the name the backend reads."""
    for correction in corrections:
        operation = operation_at(doc, correction.path, correction.method)
        parameter = own_parameter(doc, operation, correction.documented)
        parameter["name"] = correction.wire
        if correction.schema is not None:
            parameter["schema"] = dict(correction.schema)
            parameter.pop("example", None)
    return doc
