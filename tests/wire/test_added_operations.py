"""Operations and parameters the documentation omits or mistypes, on the wire.

(overlays.list_forms, client_file_upload, undocumented_filters, phone_code_login,
service_links_body, voip_calls_query)
"""

from __future__ import annotations

import io

from altegio_client import AltegioClient
from altegio_client.api.analytics_reports import get_day_end_report_data
from altegio_client.api.authentication_b2c import log_in_with_phone_number_and_code
from altegio_client.api.clients import upload_client_file
from altegio_client.api.events import list_events
from altegio_client.api.services import (
    deprecated_list_service_categories,
    list_location_service_categories,
    list_location_services,
    update_service_links,
)
from altegio_client.api.team_members import list_location_team_members
from altegio_client.api.vo_ip_integration import list_voip_calls
from altegio_client.models import PhoneCodeAuthRequest, UpdateServiceLinksBody, UploadClientFileBody
from altegio_client.types import File

from .conftest import Wire


async def test_list_forms_request_the_path_without_a_trailing_id(wire: Wire, client: AltegioClient) -> None:
    await list_location_services.asyncio_detailed(1, client=client, staff_id=5)
    assert (wire.last.method, wire.last.url.path, wire.query) == ("GET", "/api/v1/company/1/services", "staff_id=5")
    await list_location_team_members.asyncio_detailed(1, client=client)
    assert wire.last.url.path == "/api/v1/company/1/staff"
    await list_location_service_categories.asyncio_detailed(1, client=client)
    assert wire.last.url.path == "/api/v1/company/1/service_categories"
    await deprecated_list_service_categories.asyncio_detailed(1, client=client)
    assert (wire.last.method, wire.last.url.path) == ("GET", "/api/v1/service_categories/1")


async def test_client_file_upload_is_multipart_with_one_file_part(wire: Wire, client: AltegioClient) -> None:
    body = UploadClientFileBody(
        file=File(payload=io.BytesIO(b"%PDF-1"), file_name="scan.pdf", mime_type="application/pdf")
    )
    await upload_client_file.asyncio_detailed(1, 2, client=client, body=body)
    request = wire.last
    assert (request.method, request.url.path) == ("POST", "/api/v1/company/1/clients/files/2")
    assert request.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    content = request.content
    assert b'Content-Disposition: form-data; name="file"; filename="scan.pdf"' in content
    assert b"Content-Type: application/pdf" in content
    assert b"%PDF-1" in content


async def test_day_end_report_sends_end_date_and_status(wire: Wire, client: AltegioClient) -> None:
    await get_day_end_report_data.asyncio_detailed(
        1, client=client, start_date="01.08.2026", end_date="03.08.2026", master_id=4, status=1
    )
    assert wire.query == "start_date=01.08.2026&master_id=4&end_date=03.08.2026&status=1"


async def test_v2_event_list_sends_include_deleted_and_other_live_filters(wire: Wire, client: AltegioClient) -> None:
    wire.answer = {"data": [], "meta": {}}
    await list_events.asyncio_detailed(
        1,
        client=client,
        filterfrom="2026-01-01 00:00:00",
        filterto="2026-01-02 00:00:00",
        filterinclude_deleted=1,
        filterresource_ids=[8],
        filterweekdays=[1, 7],
        filtersort="asc",
    )
    sent = wire.query.split("&")
    for pair in (
        "filter%5Binclude_deleted%5D=1",
        "filter%5Bresource_ids%5D%5B%5D=8",
        "filter%5Bweekdays%5D%5B%5D=1",
        "filter%5Bweekdays%5D%5B%5D=7",
        "filter%5Bsort%5D=asc",
    ):
        assert pair in sent, pair


async def test_phone_code_login_sends_phone_and_code(wire: Wire, client: AltegioClient) -> None:
    await log_in_with_phone_number_and_code.asyncio_detailed(
        client=client, body=PhoneCodeAuthRequest(phone="13155550175", code="38829")
    )
    assert (wire.last.method, wire.last.url.path) == ("POST", "/api/v1/user/auth")
    assert wire.body == {"phone": "13155550175", "code": "38829"}


async def test_service_links_use_the_backend_field_names(wire: Wire, client: AltegioClient) -> None:
    links = {
        "service_id": 10,
        "master_settings": [{"master_id": 20, "technological_card_id": 30, "hours": 0, "minutes": 45, "price": None}],
        "resource_ids": [62173],
        "translations": [{"language_id": 2, "translation": "Massage"}],
    }
    await update_service_links.asyncio_detailed(1, client=client, body=UpdateServiceLinksBody.from_dict(links))
    assert wire.last.url.path == "/api/v1/company/1/services/links"
    assert wire.body == links


async def test_voip_call_list_sends_its_filters_in_the_query_and_no_body(wire: Wire, client: AltegioClient) -> None:
    await list_voip_calls.asyncio_detailed(
        client=client,
        salon_id=615243,
        date_from="2026-01-01",
        date_to="2026-02-01",
        types=["incoming", "internal"],
        statuses=["success"],
        page=2,
        limit=25,
    )
    assert wire.last.method == "GET"
    assert wire.query == (
        "salon_id=615243&date_from=2026-01-01&date_to=2026-02-01&types%5B%5D=incoming&types%5B%5D=internal"
        "&statuses%5B%5D=success&page=2&limit=25"
    )
    assert wire.last.content == b""
