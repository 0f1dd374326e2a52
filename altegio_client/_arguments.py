"""Checks the generated operations run on their arguments before anything is sent.

A path parameter becomes exactly one URL segment or is refused: ``None``, a value of the wrong
type (``True`` for an ``int``, ``"abc"`` for an ``int``) and the segments ``""``, ``"."`` and
``".."`` (which URL normalisation would drop or turn into a step up: ``/user/records/..``
would become ``/user``) raise :class:`InvalidArgumentError` naming the operation and the
parameter; everything else is percent-encoded, ``/`` included. A required body is checked for
its type, so ``body=None`` fails with the same error instead of an ``AttributeError`` from
inside the generated code.
"""

from __future__ import annotations

import datetime
from typing import Any, get_args
from urllib.parse import quote

from ._exceptions import InvalidArgumentError

__all__ = ["path_segment", "require_body"]

_DOT_SEGMENTS = frozenset({"", ".", ".."})


def _type_name(kind: Any) -> str:
    parts = get_args(kind) or (kind if isinstance(kind, tuple) else ())
    if parts:  # a union (A | B) or a tuple of classes
        return " or ".join(_type_name(part) for part in parts)
    return str(getattr(kind, "__name__", kind))


def _refuse(operation: str, name: str, value: object, kind: Any) -> InvalidArgumentError:
    got = "None" if value is None else type(value).__name__
    return InvalidArgumentError(operation, name, f"must be {_type_name(kind)}, got {got}")


def path_segment(operation: str, name: str, value: object, kind: type) -> str:
    """``value`` as one percent-encoded path segment, or :class:`InvalidArgumentError`.

    ``kind`` is the parameter's runtime type (``int``, ``float``, ``str``, ``datetime.date``,
    a literal enum's ``str``). ``bool`` is refused where a number is expected, and so is
    ``datetime.datetime`` where a date is: its text is not a date.
    """
    if isinstance(value, bool) and kind is not bool:
        raise _refuse(operation, name, value, kind)
    if kind is float and isinstance(value, int):
        text = str(value)  # an int is a valid float argument
    elif kind is datetime.date:
        if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
            raise _refuse(operation, name, value, kind)
        text = value.isoformat()
    elif not isinstance(value, kind):
        raise _refuse(operation, name, value, kind)
    elif isinstance(value, int):
        text = str(int(value))  # an IntEnum member as its number, not its name
    else:
        text = str(value)
    if text in _DOT_SEGMENTS:
        shown = "empty" if not text else f"{text!r}, which URL normalisation would not keep as a segment"
        raise InvalidArgumentError(operation, name, f"must not be {shown}")
    return quote(text, safe="")


def require_body(operation: str, body: object, expected: Any) -> None:
    """Refuse a required body that is missing or not ``expected`` (a class, a union or a tuple)."""
    if not isinstance(body, expected):
        raise _refuse(operation, "body", body, expected)
