"""Query filters the backend reads that the documentation omits.

* ``GET /v1/reports/z_report/{location_id}`` documents only ``start_date`` ("period start date")
  and ``master_id``. altegio/altegio-pro-mcp ``src/api/v1/analytics-adapter.ts``
  ``getDayEndReport`` (live-verified) also sends ``end_date`` and ``status`` (a visit-status
  code), both dates as ``d.m.Y`` ("The day-end report is the one endpoint on d.m.Y dates").
* ``GET /v2/locations/{location_id}/events`` documents ``filter[from]``, ``filter[to]``,
  ``filter[master_ids][]``, ``filter[service_ids][]``, ``filter[capacity]``. The same client's
  ``src/api/v2/events-adapter.ts`` (verified against the backend) also sends
  ``filter[include_deleted]`` -- "Without it the API refuses any period that starts in the
  past" -- ``filter[resource_ids][]``, ``filter[weekdays][]`` and ``filter[sort]``.
"""

from __future__ import annotations

from typing import Any

from ._doc import Document, resolve
from ._wire import StaleCorrection, operation_at

_IDS = {"type": "array", "items": {"type": "integer"}}
_DOTTED = "Date as `d.m.Y` (e.g. `01.08.2026`); the day-end report reads dates in this form."

EXTRA_FILTERS: dict[tuple[str, str], tuple[dict[str, Any], ...]] = {
    ("/v1/reports/z_report/{location_id}", "get"): (
        {"name": "end_date", "in": "query", "description": "Period end date. " + _DOTTED, "schema": {"type": "string"}},
        {
            "name": "status",
            "in": "query",
            "description": "Visit status code of the appointments to count: "
            "-1 no-show, 0 pending, 1 arrived, 2 confirmed.",
            "schema": {"type": "integer"},
        },
    ),
    ("/v2/locations/{location_id}/events", "get"): (
        {
            "name": "filter[include_deleted]",
            "in": "query",
            "description": "1: include deleted (cancelled) events. "
            "Without it a period starting in the past is refused.",
            "schema": {"type": "integer", "enum": [0, 1]},
        },
        {
            "name": "filter[resource_ids][]",
            "in": "query",
            "style": "form",
            "explode": True,
            "description": "Resource IDs",
            "schema": _IDS,
        },
        {
            "name": "filter[weekdays][]",
            "in": "query",
            "style": "form",
            "explode": True,
            "description": "ISO weekdays, 1 = Monday ... 7 = Sunday",
            "schema": {"type": "array", "items": {"type": "integer", "minimum": 1, "maximum": 7}},
        },
        {
            "name": "filter[sort]",
            "in": "query",
            "description": "Order by start time",
            "schema": {"type": "string", "enum": ["asc", "desc"]},
        },
    ),
}

#: Descriptions of documented parameters that the same evidence corrects.
CORRECTED_DESCRIPTIONS = {("/v1/reports/z_report/{location_id}", "get", "start_date"): "Period start date. " + _DOTTED}


def add_undocumented_filters(doc: Document) -> Document:
    """Declare the filters of :data:`EXTRA_FILTERS` on their operations."""
    for (path, method), filters in EXTRA_FILTERS.items():
        parameters = operation_at(doc, path, method).setdefault("parameters", [])
        names = {resolve(doc, p).get("name") for p in parameters}
        for parameter in filters:
            if parameter["name"] in names:
                raise StaleCorrection(f"{method.upper()} {path} documents {parameter['name']} now")
            parameters.append(dict(parameter))
    for (path, method, name), description in CORRECTED_DESCRIPTIONS.items():
        for parameter in operation_at(doc, path, method)["parameters"]:
            if parameter.get("name") == name:
                parameter["description"] = description
                parameter.pop("example", None)
    return doc
