"""The README's first command: the booking flow example runs against the Prism stand-in."""

from __future__ import annotations

import pytest

from altegio_client import AltegioClient
from examples.booking_flow import booking_flow

from .prism import PrismServer


async def test_booking_flow_example_runs_against_the_stand_in(
    prism: PrismServer, capsys: pytest.CaptureFixture[str]
) -> None:
    async with AltegioClient(partner_token="demo-partner-token", base_url=prism.url) as client:
        await booking_flow(client, "demo@example.com", "demo-password")
    printed = capsys.readouterr().out
    for step in ("logged in as", "free slots", "validated", "booked", "read back", "cancelled"):
        assert step in printed
