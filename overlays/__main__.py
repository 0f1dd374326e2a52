"""``python -m overlays``: read the spec the lock names, merge it if needed, write the overlaid document.

The lock's ``input`` says which form Altegio's spec came in: ``bundles`` (four documents,
merged here by :func:`overlays.merge_bundles`) or ``index`` (the published combined
``index.yaml``, already in the merged shape, so the merge is skipped).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path
from typing import Any

import yaml

from . import Document, apply_overlays, merge_bundles
from .merge_bundles import API_ROOT
from .operation_table import render_operation_table

try:
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _Loader = yaml.SafeLoader


def load_bundles(spec_dir: Path, lock_file: Path) -> dict[str, Any]:
    """Parse every file the lock file names, from ``spec_dir``."""
    lock = json.loads(lock_file.read_text())
    return {
        entry["name"]: yaml.load((spec_dir / entry["file"]).read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506 (safe loaders)
        for entry in lock["bundles"]
    }


def index_document(spec_dir: Path, lock_file: Path) -> Document:
    """The index-shaped document of the locked spec: the published index as it is, or the bundles merged."""
    lock = json.loads(lock_file.read_text())
    parsed = load_bundles(spec_dir, lock_file)
    if lock.get("input", "bundles") != "index":
        return merge_bundles(parsed)
    (document,) = parsed.values()
    servers = [server.get("url") for server in document.get("servers", [])]
    if servers[:1] != [API_ROOT]:
        raise ValueError(f"the index input must have the one server {API_ROOT}, not {servers}")
    return dict(document)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--spec-dir", type=Path, required=True, help="folder holding the locked spec files")
    parser.add_argument("--lock", type=Path, required=True, help="openapi/bundles.lock.json")
    parser.add_argument("--out", type=Path, required=True, help="merged document to write")
    parser.add_argument("--table", type=Path, help="also write the runtime's operation table here")
    parser.add_argument("--packaged", type=Path, help="also write the document, gzipped, for altegio_client.testing")
    args = parser.parse_args(argv)
    doc = apply_overlays(index_document(args.spec_dir, args.lock))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"overlay: wrote {args.out}", file=sys.stderr)
    if args.packaged:
        compact = json.dumps(doc, separators=(",", ":"), ensure_ascii=False).encode()
        args.packaged.write_bytes(gzip.compress(compact, compresslevel=9, mtime=0))
        print(f"overlay: wrote {args.packaged}", file=sys.stderr)
    if args.table:
        args.table.write_text(render_operation_table(doc), encoding="utf-8")
        print(f"overlay: wrote {args.table}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
