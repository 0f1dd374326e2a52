"""List forms documented only with their optional trailing id.

``GET /v1/company/{location_id}/services/{service_id}`` is documented as "Get a list of services
/ specific service" with ``service_id``: "Service ID, if you need to work with a specific
service." -- the id is optional, but an OpenAPI path parameter cannot be, so the list form
``GET /v1/company/{location_id}/services`` had no operation. Likewise "Get Team Members /
Specific Team Member" (``team_member_id``: "if you need to work with a specific team member"),
"Get a list of service categories" under ``/company/{location_id}/service_categories/{id}``
and the deprecated ``/service_categories/{location_id}/{id}``. The YCLIENTS docs
(``services.py`` "service_id (optional)", ``staff.py`` "Получить список сотрудников / конкретного
сотрудника") document the id as optional; ``GET /service_categories/{company_id}`` is what
integrations call to list categories.

Each list form is added as its own operation, a copy of the documented one without the
trailing path parameter (same query parameters, auth and responses).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from ._doc import Document, resolve
from ._wire import StaleCorrection, operation_at


@dataclass(frozen=True)
class ListForm:
    documented: str  #: the path with the trailing id
    operation_id: str  #: of the added list form
    summary: str


LIST_FORMS: tuple[ListForm, ...] = (
    ListForm("/v1/company/{location_id}/services/{service_id}", "list_location_services", "Get a list of services"),
    ListForm("/v1/company/{location_id}/staff/{team_member_id}", "list_location_team_members", "Get Team Members"),
    ListForm(
        "/v1/company/{location_id}/service_categories/{id}",
        "list_location_service_categories",
        "Get a list of service categories",
    ),
    ListForm(
        "/v1/service_categories/{location_id}/{id}",
        "deprecated_list_service_categories",
        "Deprecated. Get a list of service categories",
    ),
)


def add_list_forms(doc: Document, forms: tuple[ListForm, ...] = LIST_FORMS) -> Document:
    """Add ``GET <path without its trailing {id}>`` for each of ``forms``."""
    for form in forms:
        documented = operation_at(doc, form.documented, "get")
        path, _, last = form.documented.rpartition("/")
        trailing = last.strip("{}")
        operation = copy.deepcopy(documented)
        operation["operationId"] = form.operation_id
        # the auth decision carries over; the record of the documented operation's disagreement does not
        operation.pop("x-altegio-auth-reconciled", None)
        operation["summary"] = form.summary
        operation["parameters"] = [
            p
            for p in operation.get("parameters", [])
            if (resolve(doc, p).get("in"), resolve(doc, p).get("name")) != ("path", trailing)
        ]
        item = doc["paths"].setdefault(path, {})
        if "get" in item:
            raise StaleCorrection(f"GET {path} is documented now: drop its list form")
        item["get"] = operation
    return doc
