"""Model names that read like ``RootTypeForBookTimesCompanyIdDataTypes``.

openapi-python-client names a model after the schema's ``title`` when it has one. The bundles'
titles are prose (``title: Root Type for book_times_companyid_data_types``,
``title: Response error message``) and repeat: four different schemas are titled "Response
error message", so all but one are dropped as "duplicate models". Component keys are also
not always identifiers: ``401_unauthorized_response`` becomes ``Field401UnauthorizedResponse``,
``records_companyid_response_data-types`` has a hyphen.

This overlay drops ``title`` from every schema (JSON Schema titles are annotations; the
descriptions stay), so names derive from the component keys and the property paths, and
renames keys into stable snake_case identifiers (``unauthorized_response_401``).
"""

from __future__ import annotations

import re

from ._doc import Document, all_schemas, rename_refs


def clean_key(key: str) -> str:
    """``401_unauthorized_response`` -> ``unauthorized_response_401``; hyphens -> ``_``."""
    words = [word for word in re.split(r"[^0-9A-Za-z]+", key) if word]
    leading_numbers = []
    while words and words[0].isdigit():
        leading_numbers.append(words.pop(0))
    return "_".join(words + leading_numbers)


def clean_schema_names(doc: Document) -> Document:
    """Drop prose titles and give component schemas identifier-shaped keys."""
    for schema in all_schemas(doc):
        if isinstance(schema.get("title"), str):
            del schema["title"]
    schemas = doc["components"]["schemas"]
    renames: dict[str, str] = {}
    taken = {clean_key(key) for key in schemas}
    if len(taken) != len(schemas):
        raise ValueError("cleaning component schema keys would merge two schemas")
    for key in schemas:
        if clean_key(key) != key:
            renames[key] = clean_key(key)
    rename_refs(doc, "schemas", renames)
    doc["components"]["schemas"] = {renames.get(key, key): value for key, value in schemas.items()}
    return doc
