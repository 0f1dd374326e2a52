"""``python -m tests.contract.serve_prism -- CMD ...``: run CMD with Prism serving the document.

Used by ``make demo``: Prism (from ``npm ci --prefix tests/contract``) serves the overlaid
document packaged with the client (no bundles, no network) on loopback as a stand-in for
Altegio; CMD gets its URL in ``ALTEGIO_BASE_URL``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.contract.prism import PrismServer
from tests.packaged import packaged_document


def main() -> int:
    command = sys.argv[sys.argv.index("--") + 1 :] if "--" in sys.argv else []
    document = packaged_document()
    with tempfile.TemporaryDirectory() as workdir, PrismServer(document, Path(workdir)) as prism:
        print(f"Prism is serving the overlaid document at {prism.url} (a stand-in for Altegio)", flush=True)
        env = {**os.environ, "ALTEGIO_BASE_URL": prism.url, "ALTEGIO_PARTNER_TOKEN": "demo-partner-token"}
        env.setdefault("ALTEGIO_LOGIN", "demo@example.com")
        env.setdefault("ALTEGIO_PASSWORD", "demo-password")
        return subprocess.call(command, env=env)


if __name__ == "__main__":
    raise SystemExit(main())
