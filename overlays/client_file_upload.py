"""The client-file upload the documentation lists only as read and delete.

``/v1/company/{location_id}/clients/files/{client_id}`` documents ``GET`` ("Get a list of
client files") and, under ``/{file_id}``, ``DELETE``; the upload that fills the list is missing.
altegio/altegio-pro-mcp ``src/providers/altegio-client.ts`` ``uploadClientFile``
(live-verified) sends ``POST`` to that path as ``multipart/form-data`` with one part ``file``
(the file, with its name and type) and reads back the client's file list. Added as
``upload_client_file``, answering like the list.
"""

from __future__ import annotations

import copy

from ._doc import Document
from ._wire import StaleCorrection, operation_at

PATH = "/v1/company/{location_id}/clients/files/{client_id}"


def add_client_file_upload(doc: Document) -> Document:
    """Add ``POST`` (multipart ``file``) beside the documented client-file list."""
    listing = operation_at(doc, PATH, "get")
    if "post" in doc["paths"][PATH]:
        raise StaleCorrection(f"POST {PATH} is documented now")
    upload = copy.deepcopy(listing)
    upload.pop("x-altegio-auth-reconciled", None)  # that record belongs to the documented list
    upload.update(
        operationId="upload_client_file",
        summary="Upload a client file",
        description="Attach one file to the client's card; answers with the client's files.",
    )
    upload["parameters"] = [p for p in upload.get("parameters", []) if p.get("in") == "path" or "$ref" in p]
    upload["requestBody"] = {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {"file": {"type": "string", "format": "binary", "description": "The file"}},
                }
            }
        },
    }
    doc["paths"][PATH]["post"] = upload
    return doc
