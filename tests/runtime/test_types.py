"""The values generated code shares (``altegio_client/types.py``): ``UNSET`` and ``File``.

``UNSET`` marks a field the JSON did not contain: it is falsy, reads as ``UNSET`` in reprs, and
stays one object through copy, deepcopy and pickle, since fields are tested with ``is UNSET``.
``File`` becomes the ``(name, payload, content type)`` tuple httpx sends as multipart.
"""

from __future__ import annotations

import copy
import io
import pickle

import httpx

from altegio_client.types import UNSET, File, Unset


def test_unset_is_falsy_and_reads_as_unset() -> None:
    assert not UNSET
    assert bool(UNSET) is False
    assert repr(UNSET) == "UNSET"
    assert repr([UNSET, {"title": UNSET}]) == "[UNSET, {'title': UNSET}]"


def test_unset_stays_one_object_through_copy_deepcopy_and_pickle() -> None:
    assert copy.copy(UNSET) is UNSET
    assert copy.deepcopy(UNSET) is UNSET
    assert copy.deepcopy({"fields": [UNSET]})["fields"][0] is UNSET
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(UNSET, protocol=protocol)) is UNSET
    assert isinstance(UNSET, Unset)


def test_a_file_becomes_the_tuple_httpx_sends_as_multipart() -> None:
    payload = io.BytesIO(b"%PDF-1.7")
    upload = File(payload=payload, file_name="receipt.pdf", mime_type="application/pdf")
    assert upload.to_tuple() == ("receipt.pdf", payload, "application/pdf")
    assert File(payload=payload).to_tuple() == (None, payload, None)
    request = httpx.Request("POST", "https://api.alteg.io/api/v1/upload", files={"file": upload.to_tuple()})
    body = request.read()
    assert b'filename="receipt.pdf"' in body
    assert b"Content-Type: application/pdf" in body
