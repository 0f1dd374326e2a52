"""A minimal webhook receiver: a plain ASGI app (run it with any ASGI server, e.g. uvicorn).

    uvicorn examples.webhook_receiver:app --port 8080

Altegio posts each event as JSON; answer 2xx quickly and do the work elsewhere.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from altegio_client import UnknownWebhook, WebhookParseError, parse_webhook

logger = logging.getLogger("webhooks")
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]

#: What the app received, newest last (a real service would enqueue instead).
received: list[Any] = []


async def app(scope: MutableMapping[str, Any], receive: Receive, send: Send) -> None:
    if scope["type"] != "http" or scope["method"] != "POST":
        await _answer(send, 405, {"error": "POST a webhook"})
        return
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    try:
        event = parse_webhook(body)
    except WebhookParseError as exc:
        await _answer(send, 400, {"error": str(exc)})
        return
    if isinstance(event, UnknownWebhook):
        logger.info("ignoring unknown webhook resource %r", event.resource)
    received.append(event)
    await _answer(send, 200, {"received": type(event).__name__})


async def _answer(send: Send, status: int, payload: dict[str, str]) -> None:
    body = json.dumps(payload).encode()
    await send({"type": "http.response.start", "status": status, "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": body})
