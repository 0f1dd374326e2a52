from typing import Any

from overlays.inbound_payloads import lift_inbound_payloads
from overlays.operation_servers import route_foreign_servers


def _post(operation_id: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"post": {"operationId": operation_id, "requestBody": {"content": {"application/json": {"schema": schema}}}}}


def test_inbound_operations_become_component_schemas_not_operations() -> None:
    payload = {"type": "object", "properties": {"event": {"type": "string", "enum": ["uninstall", "freeze"]}}}
    doc = {
        "paths": {
            "/v1/marketplace_webhook": _post("marketplace_webhook", payload),
            "/v1/https://your-api.url": _post("fiscalize_document", {"$ref": "#/components/schemas/fiscal"}),
            "/v1/kept": _post("kept", {"type": "object"}),
        },
        "components": {"schemas": {"fiscal": {"type": "object"}}},
    }
    out = lift_inbound_payloads(doc)
    assert list(out["paths"]) == ["/v1/kept"]
    lifted = out["components"]["schemas"]["marketplace_webhook_event"]
    assert lifted["properties"] == payload["properties"]
    assert "fiscal" in out["components"]["schemas"]


def test_webhooks_are_lifted_into_snake_case_component_schemas() -> None:
    doc = {
        "paths": {},
        "components": {"schemas": {}},
        "webhooks": {"SalonEvent": _post("webhook_salon", {"type": "object", "required": ["resource"]})},
    }
    out = lift_inbound_payloads(doc)
    assert "webhooks" not in out
    assert out["components"]["schemas"]["salon_event"]["required"] == ["resource"]


def test_lifted_webhooks_keep_their_example_and_published_name() -> None:
    webhook = _post("webhook_record", {"type": "object"})
    webhook["post"]["requestBody"]["content"]["application/json"]["example"] = {"resource": "record"}
    doc = {"paths": {}, "components": {"schemas": {}}, "webhooks": {"RecordEvent": webhook}}
    lifted = lift_inbound_payloads(doc)["components"]["schemas"]["record_event"]
    assert lifted["example"] == {"resource": "record"}
    assert lifted["x-altegio-webhook"] == "RecordEvent"


def test_operation_on_another_host_loses_the_version_prefix_and_records_the_host() -> None:
    doc = {
        "servers": [{"url": "https://api.alteg.io/api"}],
        "paths": {
            "/v1/marketplace/partner/payment": {"post": {"servers": [{"url": "https://app.alteg.io"}]}},
            "/v1/company/{id}": {"get": {}},
        },
    }
    out = route_foreign_servers(doc)
    assert list(out["paths"]) == ["/v1/company/{id}", "/marketplace/partner/payment"]
    assert out["paths"]["/marketplace/partner/payment"]["post"]["x-altegio-server"] == "https://app.alteg.io"
