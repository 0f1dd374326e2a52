"""The README's first command: ``make demo`` books, reads back and cancels on the in-process fake."""

from __future__ import annotations

import datetime
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_make_demo_needs_no_download_no_node_and_no_spec() -> None:
    plan = subprocess.run(
        ["make", "--dry-run", "--always-make", "demo", f"PY={sys.executable}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "examples/booking_flow.py" in plan
    for needs in ("npm", "spec.py", "-m overlays", "prism", "openapi-python-client"):
        assert needs not in plan, f"make demo runs {needs!r}:\n{plan}"


def test_the_demo_reads_back_what_it_booked_offline() -> None:
    env = {name: value for name, value in os.environ.items() if not name.startswith("ALTEGIO_")}
    # A dead proxy: any attempt to reach the network would fail the run.
    env.update(HTTPS_PROXY="http://127.0.0.1:9", HTTP_PROXY="http://127.0.0.1:9", NO_PROXY="")
    run = subprocess.run(
        [sys.executable, "examples/booking_flow.py"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert "in-process fake" in out
    slot = re.search(r"free slots +\d+ on (\S+); taking \S+ \((\S+)\)", out)
    member = re.search(r"team members .* using #\d+ '([^']+)'", out)
    read_back = re.search(r"read back +(\S+) with '([^']+)'", out)
    assert slot, out
    assert member, out
    assert read_back, out
    today = datetime.datetime.now(datetime.timezone.utc).date()
    assert datetime.date.fromisoformat(slot.group(1)) > today  # slots start tomorrow, not on a fixed date
    assert slot.group(2).startswith(slot.group(1))  # the slot is on the day it was listed for
    assert read_back.groups() == (slot.group(2), member.group(1))  # what was booked is read back
    assert "cancelled" in out
    assert out.rstrip().endswith("done.")
