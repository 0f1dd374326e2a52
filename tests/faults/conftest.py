"""Fixtures of the fault suite: a client aimed at a loopback server, with small timeouts."""

from __future__ import annotations

import asyncio
import shutil
import ssl
import subprocess
from pathlib import Path
from typing import Any

import httpx
import pytest

from altegio_client import AltegioClient, RetryPolicy
from altegio_client.models import RecordsCompanyidRequestDataTypesType0

PARTNER = "partner-SECRET-1111"
USER = "user-SECRET-2222"

#: Small enough that the suite stays fast, large enough for loopback to never hit them by accident.
TIMEOUT = httpx.Timeout(2.0)
#: Retries with millisecond backoff: the suite tests which requests are retried, not how long.
FAST_RETRIES = RetryPolicy(max_retries=2, backoff_base=0.01, backoff_max=0.02, deadline=5.0)
#: Every test finishes well inside this, or fails (anyio.fail_after) instead of hanging.
BOUND = 5.0

BOOKING = RecordsCompanyidRequestDataTypesType0.from_dict(
    {
        "staff_id": 1,
        "services": [],
        "client": {"phone": "+1", "name": "A"},
        "datetime": "2026-01-01T10:00:00",
        "seance_length": 3600,
        "save_if_busy": False,
        "send_sms": False,
    }
)


def client_for(base_url: str, *, user_token: str | None = USER, **options: Any) -> AltegioClient:
    """An AltegioClient for ``base_url`` (a LoopbackServer's ``api``), no rate limiter by default."""
    options.setdefault("rate_limiter", None)
    options.setdefault("retry_policy", FAST_RETRIES)
    options.setdefault("timeout", TIMEOUT)
    return AltegioClient(partner_token=PARTNER, user_token=user_token, base_url=base_url, **options)


class GateLimiter:
    """A rate limiter that admits requests only once the test opens ``gate``; ``all_waiting`` is
    set when ``expected`` requests wait for it."""

    slack = 0.0

    def __init__(self, expected: int = 1) -> None:
        self.gate = asyncio.Event()
        self.all_waiting = asyncio.Event()
        self.expected = expected
        self.waiting = 0

    async def acquire(self) -> None:
        self.waiting += 1
        if self.waiting >= self.expected:
            self.all_waiting.set()
        await self.gate.wait()

    async def readmit(self) -> None:
        return None


@pytest.fixture(scope="session")
def self_signed_tls(tmp_path_factory: pytest.TempPathFactory) -> ssl.SSLContext:
    """A server TLS context with a fresh self-signed certificate for 127.0.0.1 (openssl CLI)."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("the openssl command is not installed")
    folder: Path = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            openssl,
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
        timeout=30,
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return context
