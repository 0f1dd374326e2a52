"""The README's install instructions: a checkout builds a wheel that works in a fresh environment.

``pip install /path/to/altegio-client`` is pip building the wheel (``pip wheel``) and installing
it, so one build and one install cover the path and the wheel forms. The fresh virtual
environment gets the wheel with ``--no-deps``; its dependencies (httpx, attrs, aiolimiter,
sniffio, jsonschema) come from this environment through a ``.pth`` line placed after its own
site-packages, so the installed copy, not the checkout, is what imports. The git form needs the
network and is not tested here. About 15 s.
"""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import asyncio
import datetime

import altegio_client
from altegio_client.testing import BookingScenario, FakeAltegio

TOMORROW = (datetime.datetime.now(datetime.timezone.utc).date() + datetime.timedelta(days=1)).isoformat()


async def main():
    async with FakeAltegio(scenario=BookingScenario()).client() as client:
        location = await client.locations.get_location(1)
        slots = await client.online_booking.get_time_slots_for_booking(1, 201, TOMORROW)
    print(altegio_client.__file__)
    print(location.title, len(slots))


asyncio.run(main())
"""


def test_a_wheel_built_from_the_checkout_installs_and_works_in_a_fresh_venv(tmp_path: Path) -> None:
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", str(ROOT), "--no-deps", "-w", str(tmp_path / "dist")], check=True, timeout=300)
    (wheel,) = (tmp_path / "dist").glob("altegio_client-*-py3-none-any.whl")

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    subprocess.run([*pip, "--python", str(python), "install", "--no-deps", str(wheel)], check=True, timeout=300)
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    (site / "zz_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")

    run = subprocess.run([str(python), "-c", SCRIPT], capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert run.returncode == 0, run.stderr
    installed_at, answer = run.stdout.splitlines()
    assert installed_at.startswith(str(site))  # the wheel's copy, not the checkout
    assert answer == "Demo Salon 8"  # the packaged spec and models answer a booking call
