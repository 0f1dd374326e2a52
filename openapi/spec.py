"""Fetch Altegio's published spec into ``openapi/bundles/`` and check it against the lock.

Used by ``make spec``. Altegio publishes the API in two forms (see ``openapi/README.md``): four
bundles, which ``make overlay`` merges, or the combined ``index.yaml``, already in the merged
shape. The lock records which form the client was generated from (``"input"``) and the sha256
of each file. For each file it downloads the published URL; when the internet cannot be
reached it copies the file from ``--spec-dir`` (the offline copy). The sha256 of what it got
must equal the lock's, unless ``--update`` is given, which accepts the new files and rewrites
the lock; ``--update --input index`` (or ``bundles``) also switches the form.
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
from typing import Any

PORTAL = "https://developer.alteg.io/_bundle/en"

#: Input form -> the files Altegio publishes for it.
INPUTS: dict[str, list[dict[str, str]]] = {
    "bundles": [
        {"name": f"en-{name}", "file": f"en-{name}.openapi.yaml", "url": f"{PORTAL}/{name}/openapi.yaml"}
        for name in ("b2b-v1", "b2b-v2", "public", "developers")
    ],
    "index": [{"name": "index", "file": "index.yaml", "url": f"{PORTAL}/index.yaml"}],
}


def input_form(lock: dict[str, Any]) -> str:
    """``"bundles"`` or ``"index"``: what the lock says the client was generated from."""
    form = lock.get("input", "bundles")  # locks written before the index form existed
    if form not in INPUTS:
        raise ValueError(f"lock input {form!r} is neither 'bundles' nor 'index'")
    return str(form)


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
    parser.add_argument("--spec-dir", type=Path, required=True, help="offline copy of the published files")
    parser.add_argument("--offline", action="store_true", help="do not try the published URLs")
    parser.add_argument("--update", action="store_true", help="accept new files; rewrite the lock")
    parser.add_argument("--input", choices=sorted(INPUTS), help="the form to use (a change needs --update)")
    parser.add_argument("--timeout", type=float, default=10.0)
    args = parser.parse_args(argv)

    lock = json.loads(args.lock.read_text())
    locked_form = input_form(lock)
    form = args.input or locked_form
    if form != locked_form:
        if not args.update:
            print(f"spec: the lock records the {locked_form} form; `--update` switches it to {form}", file=sys.stderr)
            return 2
        lock = {"input": form, "bundles": [{**entry, "sha256": ""} for entry in INPUTS[form]]}
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
            mismatches.append(f"{entry['name']}: lock {entry['sha256'] or '(none)'}, got {digest}")
            entry["sha256"] = digest
        print(f"spec: {entry['name']} {digest}", file=sys.stderr)
    if mismatches and not args.update:
        print("spec: published files differ from the lock:", *mismatches, sep="\n  ", file=sys.stderr)
        print("spec: run `make spec UPDATE=1` to accept them (then `make generate`).", file=sys.stderr)
        return 1
    if mismatches:
        lock = {"input": form, **{k: v for k, v in lock.items() if k != "input"}}
        args.lock.write_text(json.dumps(lock, indent=2) + "\n")
        print(f"spec: lock updated ({form}, {len(mismatches)} file(s) changed)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
