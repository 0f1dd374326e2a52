"""The README's finder command and the operation index page (outside tests/runtime: they read the
checkout, which the mutation run does not copy); the finder itself: tests/runtime/test_operation_finder.py."""

from __future__ import annotations

from pathlib import Path

from altegio_client import _finder

ROOT = Path(__file__).resolve().parent.parent


def test_the_readme_command_runs_as_written() -> None:
    import subprocess
    import sys

    command = [sys.executable, "-m", "altegio_client", "find", "free slots"]
    out = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT).stdout
    assert out.startswith("client.online_booking.get_")
    assert "client.online_booking.get_time_slots_for_booking(" in out


def test_index_page_lists_every_operation_and_points_replaced_ones_at_the_replacement() -> None:
    page = (ROOT / "docs" / "operations.md").read_text()
    for e in _finder.load_index():
        assert f"`client.{e['tag']}.{e['name']}`" in page
    assert "**Use instead** `client.products.get_product_v2`" in page
