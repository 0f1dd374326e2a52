"""parse_webhook: every documented webhook example becomes its typed event."""

from __future__ import annotations

import json
from types import MappingProxyType
from typing import Any

import pytest

from altegio_client import UnknownWebhook, WebhookParseError, parse_webhook
from tests.packaged import packaged_document


def documented_webhooks() -> list[tuple[str, dict[str, Any]]]:
    """(published name, documented example) of each webhook, as the overlays lifted them."""
    schemas = packaged_document()["components"]["schemas"]
    examples = [(s["x-altegio-webhook"], s["example"]) for s in schemas.values() if "x-altegio-webhook" in s]
    assert len(examples) == 11, "the developers bundle documents eleven resource events"
    notification = schemas["marketplace_webhook_event"]
    examples.append(("MarketplaceWebhookEvent", {k: v["example"] for k, v in notification["properties"].items()}))
    return examples


@pytest.mark.parametrize(("name", "example"), documented_webhooks(), ids=[n for n, _ in documented_webhooks()])
def test_each_documented_webhook_parses_into_its_model(name: str, example: dict[str, Any]) -> None:
    event = parse_webhook(json.dumps(example).encode())
    assert type(event).__name__ == name
    assert json.loads(json.dumps(event.to_dict(), default=str)).keys() == example.keys()
    if "resource" in example:
        assert event.resource == example["resource"]


def test_unknown_fields_survive_and_unknown_resources_do_not_fail() -> None:
    _name, example = documented_webhooks()[0]
    event = parse_webhook({**example, "added_by_altegio_later": 1})
    assert event.additional_properties == {"added_by_altegio_later": 1}
    unknown = parse_webhook({"resource": "telepathy", "resource_id": 1})
    assert isinstance(unknown, UnknownWebhook)
    assert unknown.resource == "telepathy"


def test_bodies_that_are_not_events_raise_typed_errors() -> None:
    with pytest.raises(WebhookParseError, match="not JSON"):
        parse_webhook(b"<html>")
    with pytest.raises(WebhookParseError, match="JSON list"):
        parse_webhook("[]")
    with pytest.raises(WebhookParseError, match="RecordEvent payload does not match"):
        parse_webhook({"resource": "record"})


async def test_the_example_receiver_accepts_a_documented_event() -> None:
    import httpx

    from examples import webhook_receiver

    name, example = documented_webhooks()[5]
    transport = httpx.ASGITransport(app=webhook_receiver.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://receiver") as http:
        ok = await http.post("/altegio", content=json.dumps(example))
        bad = await http.post("/altegio", content=b"not json")
    assert ok.status_code == 200
    assert ok.json() == {"received": name}
    assert type(webhook_receiver.received[-1]).__name__ == name
    assert bad.status_code == 400


def example_of(name: str) -> dict[str, Any]:
    return next(example for each, example in documented_webhooks() if each == name)


@pytest.mark.parametrize("resource", ["sale", "receipt", "consumable", "stolen", "move"])
def test_every_goods_operation_resource_is_a_goods_operation_event(resource: str) -> None:
    event = parse_webhook({**example_of("GoodsOperationEvent"), "resource": f"goods_operations_{resource}"})
    assert type(event).__name__ == "GoodsOperationEvent"
    assert event.resource == f"goods_operations_{resource}"


def test_the_marketplace_notification_is_told_apart_by_event_and_application_id() -> None:
    notification = example_of("MarketplaceWebhookEvent")
    assert type(parse_webhook(MappingProxyType(notification))).__name__ == "MarketplaceWebhookEvent"
    for missing in ("event", "application_id"):
        partial = {key: value for key, value in notification.items() if key != missing}
        unknown = parse_webhook(partial)
        assert isinstance(unknown, UnknownWebhook)
        assert (unknown.resource, unknown.payload) == (None, partial)
    numbered = parse_webhook({**notification, "resource": 5})  # not a resource name: read as the notification
    assert type(numbered).__name__ == "MarketplaceWebhookEvent"


def test_an_unknown_webhook_shows_its_resource_and_keys_not_values() -> None:
    unknown = parse_webhook({"resource": "telepathy", "secret": "s3cr3t", "a": 1})
    assert repr(unknown) == "UnknownWebhook(resource='telepathy', keys=['a', 'resource', 'secret'])"


def test_parse_errors_say_what_the_body_was() -> None:
    with pytest.raises(WebhookParseError, match="webhook body is not JSON"):
        parse_webhook(b"\xff\xfe{")  # not UTF-8 either
    with pytest.raises(WebhookParseError, match=r"^webhook body is a JSON str, not an object$"):
        parse_webhook('"text"')
    with pytest.raises(WebhookParseError, match=r"^RecordEvent payload does not match its schema: KeyError: "):
        parse_webhook({"resource": "record"})
