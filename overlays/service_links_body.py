"""``POST /v1/company/{location_id}/services/links`` body renamed with the glossary.

The body documents::

    team_member_settings:   # "List of team members providing this service ..."
      items: {team_member_id: "Team member ID", tech_card_id: "Tech card ID ...", hours, minutes, price}

The YCLIENTS docs for the same endpoint (PyPI ``yclients`` 0.1.1 ``resources/services.py``
``create_link``, schema ``services_companyid_links_request_data_types``) name them
``master_settings`` with ``master_id`` and ``technological_card_id``, the backend's names
(``technological_card_id`` is also what ``POST .../services/{service_id}/staff`` takes). The
body schema and its example now use the wire names. Evidence: YCLIENTS docs only.
"""

from __future__ import annotations

from ._doc import Document, resolve
from ._wire import operation_at, rename_example_keys, rename_property

PATH = "/v1/company/{location_id}/services/links"
ITEM_RENAMES = (("team_member_id", "master_id"), ("tech_card_id", "technological_card_id"))


def service_links_body(doc: Document) -> Document:
    """Name the service-links body fields as the backend reads them."""
    media = resolve(doc, operation_at(doc, PATH, "post")["requestBody"])["content"]["application/json"]
    body = resolve(doc, media["schema"])
    rename_property(body, "team_member_settings", "master_settings")
    item = resolve(doc, body["properties"]["master_settings"]["items"])
    for old, new in ITEM_RENAMES:
        rename_property(item, old, new)
    if "example" in media:
        example = rename_example_keys(media["example"], "team_member_settings", "master_settings")
        for old, new in ITEM_RENAMES:
            example = rename_example_keys(example, old, new)
        media["example"] = example
    return doc
