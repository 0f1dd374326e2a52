from typing import Any

import pytest

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
    doc["paths"]["/v1/marketplace_webhook"]["post"]["summary"] = "Marketplace webhook"
    doc["paths"]["/v1/kept"]["get"] = {"operationId": "kept_too"}
    out = lift_inbound_payloads(doc)
    kept = {"post": _post("kept", {"type": "object"})["post"], "get": {"operationId": "kept_too"}}
    assert out["paths"] == {"/v1/kept": kept}
    lifted = out["components"]["schemas"]["marketplace_webhook_event"]
    assert lifted == {"description": "Payload Altegio sends (not callable): Marketplace webhook", **payload}
    # fiscalize_document posts a component schema already: that one is its model, no copy is made.
    assert out["components"]["schemas"] == {"fiscal": {"type": "object"}, "marketplace_webhook_event": lifted}


@pytest.mark.parametrize(
    ("inbound", "other"), [("post", "get"), ("post", "put"), ("post", "delete"), ("post", "patch"), ("put", "post")]
)
def test_a_path_keeps_its_other_operations_when_an_inbound_one_is_removed(inbound: str, other: str) -> None:
    item = {inbound: _post("marketplace_webhook", {"type": "object"})["post"], other: {"operationId": "status"}}
    doc = {"paths": {"/v1/marketplace_webhook": item}, "components": {"schemas": {}}}
    assert lift_inbound_payloads(doc)["paths"] == {"/v1/marketplace_webhook": {other: {"operationId": "status"}}}


def test_a_webhook_without_a_description_is_described_by_its_name() -> None:
    doc = {"paths": {}, "components": {"schemas": {}}, "webhooks": {"RecordEvent": _post("record", {"type": "object"})}}
    assert lift_inbound_payloads(doc)["components"]["schemas"]["record_event"] == {
        "description": "RecordEvent",
        "type": "object",
        "x-altegio-webhook": "RecordEvent",  # its published name, for the webhook tests
    }


def test_lifting_refuses_to_overwrite_a_component_schema() -> None:
    doc = {
        "paths": {"/v1/marketplace_webhook": _post("marketplace_webhook", {"type": "object"})},
        "components": {"schemas": {"marketplace_webhook_event": {"type": "string"}}},
    }
    with pytest.raises(ValueError, match="marketplace_webhook_event"):
        lift_inbound_payloads(doc)


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


def test_servers_declared_on_the_path_count_and_trailing_slashes_do_not() -> None:
    doc = {
        "servers": [{"url": "https://api.alteg.io/api/"}],
        "paths": {
            "/v1/marketplace/partner/payment": {"servers": [{"url": "https://app.alteg.io/"}], "post": {}},
            "/v1/company/{id}": {"get": {"servers": [{"url": "https://api.alteg.io/api"}]}},
        },
    }
    out = route_foreign_servers(doc)
    assert list(out["paths"]) == ["/v1/company/{id}", "/marketplace/partner/payment"]
    moved = out["paths"]["/marketplace/partner/payment"]["post"]
    assert moved == {"servers": [{"url": "https://app.alteg.io/"}], "x-altegio-server": "https://app.alteg.io"}


def test_moving_keeps_the_local_methods_and_drops_an_emptied_path() -> None:
    foreign = {"servers": [{"url": "https://app.alteg.io"}]}
    doc = {
        "servers": [{"url": "https://api.alteg.io/api"}],
        "paths": {
            "/v1/mixed": {"post": {**foreign}, "get": {"operationId": "local"}},
            "/v1/gone": {"parameters": [{"name": "id", "in": "path"}], "delete": {**foreign}},
        },
    }
    out = route_foreign_servers(doc)
    assert out["paths"]["/v1/mixed"] == {"get": {"operationId": "local"}}
    assert "/v1/gone" not in out["paths"]
    assert set(out["paths"]) == {"/v1/mixed", "/mixed", "/gone"}


def test_moving_onto_a_declared_method_is_refused() -> None:
    foreign = {"servers": [{"url": "https://app.alteg.io"}]}
    doc = {"servers": [{"url": "https://api.alteg.io/api"}], "paths": {"/v1/x": {"post": foreign}, "/x": {"post": {}}}}
    with pytest.raises(ValueError, match=r"^POST /x is declared twice$"):
        route_foreign_servers(doc)


def test_an_inbound_operation_without_a_summary_is_still_described() -> None:
    doc = {"paths": {"/v1/marketplace_webhook": _post("marketplace_webhook", {})}, "components": {"schemas": {}}}
    lifted = lift_inbound_payloads(doc)["components"]["schemas"]["marketplace_webhook_event"]
    assert lifted == {"description": "Payload Altegio sends (not callable): "}
