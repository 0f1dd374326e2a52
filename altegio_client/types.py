"""Values the generated models and operations share: ``UNSET``, ``Response``, ``File``, ISO dates.

Hand-written (part of the small interface generated code imports). ``UNSET`` marks a field the
JSON did not contain; it reads as ``UNSET`` in reprs and stays one object through copy and
pickle, since fields are tested with ``is UNSET``.
"""

import datetime
import re
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar


class Unset:
    """The type of :data:`UNSET`: a field or argument that was not given."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __copy__(self) -> "Unset":
        return self

    def __deepcopy__(self, memo: dict[int, object]) -> "Unset":
        return self

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

_OFFSET_WITHOUT_COLON = re.compile(r"([+-]\d{2})(\d{2})$")
_FRACTION = re.compile(r"\.(\d+)")


def parse_iso_datetime(value: str) -> datetime.datetime:
    """ISO 8601 date-time, including ``Z`` and ``+0300`` offsets (which Python 3.10 rejects)."""
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        text = value.strip().replace("Z", "+00:00").replace("z", "+00:00")
        text = _OFFSET_WITHOUT_COLON.sub(r"\1:\2", text)
        text = _FRACTION.sub(lambda m: "." + m.group(1)[:6].ljust(6, "0"), text)
        return datetime.datetime.fromisoformat(text)


def parse_iso_date(value: str) -> datetime.date:
    """ISO 8601 date (``2026-03-20``)."""
    return datetime.date.fromisoformat(value)


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@dataclass
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@dataclass
class Response(Generic[T]):
    """What a low-level ``asyncio_detailed()`` call returns: status, headers, raw and parsed body."""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "parse_iso_date", "parse_iso_datetime"]
