"""Fetch Altegio's published bundles into ``openapi/bundles/`` and check them against the lock.

Used by ``make spec``. For each bundle in ``bundles.lock.json`` it downloads the published
URL; when the internet cannot be reached it copies the file from ``--spec-dir`` (the offline
copy). The sha256 of what it got must equal the lock's, unless ``--update`` is given, which
accepts the new bundles and rewrites the lock.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import urllib.error
import urllib.request
from pathlib import Path


def _download(url: str, target: Path, timeout: float) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 (https URLs from the lock)
            data = response.read()
    except (urllib.error.URLError, OSError, TimeoutError) as exc:
        print(f"spec: cannot download {url} ({exc.__class__.__name__}); using the offline copy", file=sys.stderr)
        return False
    target.write_bytes(data)
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lock", type=Path, default=Path(__file__).with_name("bundles.lock.json"))
    parser.add_argument("--out-dir", type=Path, default=Path(__file__).with_name("bundles"))
    parser.add_argument("--spec-dir", type=Path, required=True, help="offline copy of the bundles")
    parser.add_argument("--offline", action="store_true", help="do not try the published URLs")
    parser.add_argument("--update", action="store_true", help="accept new bundles; rewrite the lock")
    parser.add_argument("--timeout", type=float, default=10.0)
    args = parser.parse_args(argv)

    lock = json.loads(args.lock.read_text())
    args.out_dir.mkdir(parents=True, exist_ok=True)
    online = not args.offline
    mismatches = []
    for entry in lock["bundles"]:
        target = args.out_dir / entry["file"]
        if online:
            online = _download(entry["url"], target, args.timeout)
        if not online:
            source = args.spec_dir / entry["file"]
            if not source.is_file():
                print(f"spec: {source} does not exist and {entry['url']} is unreachable", file=sys.stderr)
                return 2
            shutil.copyfile(source, target)
        digest = hashlib.sha256(target.read_bytes()).hexdigest()
        if digest != entry["sha256"]:
            mismatches.append(f"{entry['name']}: lock {entry['sha256']}, got {digest}")
            entry["sha256"] = digest
        print(f"spec: {entry['name']} {digest}", file=sys.stderr)
    if mismatches and not args.update:
        print("spec: bundles differ from openapi/bundles.lock.json:", *mismatches, sep="\n  ", file=sys.stderr)
        print("spec: run `make spec UPDATE=1` to accept them (then `make generate`).", file=sys.stderr)
        return 1
    if mismatches:
        args.lock.write_text(json.dumps(lock, indent=2) + "\n")
        print(f"spec: lock updated ({len(mismatches)} bundle(s) changed)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
