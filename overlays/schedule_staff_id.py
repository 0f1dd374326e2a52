"""``PUT /v1/company/{location_id}/staff/schedule`` entries keyed ``team_member_id``.

The request body documents each ``schedules_to_set[]`` and ``schedules_to_delete[]`` entry as::

    team_member_id:
      type: integer
      description: Team member ID

The backend validates the body strictly (no missing, no extra keys) and answers HTTP 422 to
``team_member_id``: it wants ``staff_id``. Evidence: altegio/altegio-pro-mcp
``src/providers/altegio-client.ts`` ``setSchedule`` (live-verified; names the validator
``More\\Master\\Validation\\SingleStaffScheduleDto``), sguioco/hiteam's altegio-sync (production),
the YCLIENTS docs. Both entry schemas and the example now say ``staff_id``.
"""

from __future__ import annotations

from ._doc import Document, resolve
from ._wire import operation_at, rename_example_keys, rename_property

PATH = "/v1/company/{location_id}/staff/schedule"
ENTRY_LISTS = ("schedules_to_set", "schedules_to_delete")


def schedule_staff_id(doc: Document) -> Document:
    """Key the schedule entries of the set-schedule body ``staff_id``."""
    media = resolve(doc, operation_at(doc, PATH, "put")["requestBody"])["content"]["application/json"]
    body = resolve(doc, media["schema"])
    for name in ENTRY_LISTS:
        rename_property(resolve(doc, body["properties"][name]["items"]), "team_member_id", "staff_id")
    if "example" in media:
        media["example"] = rename_example_keys(media["example"], "team_member_id", "staff_id")
    return doc
