"""`make spec` takes the four bundles or the published index.yaml; both give the same client."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from openapi import spec
from overlays import merge_bundles
from overlays.__main__ import index_document, load_bundles
from overlays.__main__ import main as overlay_main
from tests.conftest import LOCK, require_bundles
from tests.packaged import packaged_document


def write_lock(path: Path, form: str, files: dict[str, bytes]) -> Path:
    entries = [
        {**entry, "sha256": hashlib.sha256(files[entry["file"]]).hexdigest()}
        for entry in spec.INPUTS[form]
        if entry["file"] in files
    ]
    path.write_text(json.dumps({"input": form, "bundles": entries}))
    return path


def test_spec_switches_to_the_index_form_only_with_update(tmp_path: Path) -> None:
    published = tmp_path / "published"
    published.mkdir()
    (published / "index.yaml").write_text("openapi: 3.1.1\n")
    (published / "en-b2b-v1.openapi.yaml").write_text("openapi: 3.1.1\n")
    lock = write_lock(tmp_path / "lock.json", "bundles", {"en-b2b-v1.openapi.yaml": b"openapi: 3.1.1\n"})
    common = ["--lock", str(lock), "--out-dir", str(tmp_path / "out"), "--spec-dir", str(published), "--offline"]

    assert spec.main([*common, "--input", "index"]) == 2
    assert json.loads(lock.read_text())["input"] == "bundles"

    assert spec.main([*common, "--input", "index", "--update"]) == 0
    written = json.loads(lock.read_text())
    assert written["input"] == "index"
    assert [(e["file"], e["sha256"]) for e in written["bundles"]] == [
        ("index.yaml", hashlib.sha256(b"openapi: 3.1.1\n").hexdigest())
    ]
    assert spec.main(common) == 0  # the lock now says index: no --input needed
    (published / "index.yaml").write_text("openapi: 3.1.2\n")
    assert spec.main(common) == 1  # republished: the checksum stops it


def test_an_index_input_is_used_as_it_is_without_the_merge(tmp_path: Path) -> None:
    index = {"openapi": "3.1.1", "servers": [{"url": "https://api.alteg.io/api"}], "paths": {"/v1/x": {}}}
    (tmp_path / "index.yaml").write_text(json.dumps(index))
    lock = write_lock(tmp_path / "lock.json", "index", {"index.yaml": json.dumps(index).encode()})
    assert index_document(tmp_path, lock) == index


def test_an_index_input_on_another_server_is_refused(tmp_path: Path) -> None:
    bundle = {"openapi": "3.1.1", "servers": [{"url": "https://api.alteg.io/api/v1"}], "paths": {}}
    (tmp_path / "index.yaml").write_text(json.dumps(bundle))
    lock = write_lock(tmp_path / "lock.json", "index", {"index.yaml": b""})
    with pytest.raises(ValueError, match=r"one server https://api\.alteg\.io/api"):
        index_document(tmp_path, lock)


def test_index_route_gives_the_committed_clients_document(tmp_path: Path) -> None:
    """The merge makes an index-shaped document; run through the index route, it yields exactly
    the overlaid document the committed client was generated from (the bundle route's)."""
    index: dict[str, Any] = merge_bundles(load_bundles(require_bundles(), LOCK))
    text = json.dumps(index)  # JSON is YAML: what the index route parses
    (tmp_path / "index.yaml").write_text(text)
    lock = write_lock(tmp_path / "lock.json", "index", {"index.yaml": text.encode()})
    out = tmp_path / "overlaid.json"
    assert overlay_main(["--spec-dir", str(tmp_path), "--lock", str(lock), "--out", str(out)]) == 0
    assert json.loads(out.read_text()) == packaged_document()
