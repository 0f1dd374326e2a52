"""Models that read their JSON on first access: why a list of 50 appointments costs microseconds.

The generated ``from_dict`` converts every field of every nested object up front: ~90 fields
per appointment, nested staff, services, documents, dates parsed. For a GET of 50 appointments
that is 2 ms of Python, more than the HTTP request itself. Most callers read a handful of
fields. So responses are built lazily:

- ``Model._lazy(raw, context)`` checks only that ``raw`` is a JSON object, and keeps it; no
  field is converted yet;
- the first read of a field converts that one field with the generated converter (dates
  parsed, nested objects wrapped lazily in turn) and stores it in the attrs slot, so every
  later read is a plain slot read;
- a field that contradicts the documented schema, or a required one that is missing, raises
  :class:`ResponseSchemaError` (naming the operation and the field) when it is read;
  ``AltegioClient(strict_responses=True)`` converts the whole body during the call instead,
  so the error comes from the call.

Models built by their constructor or by ``from_dict`` are complete and never take this path.
Equality, ``repr``, ``to_dict`` and ``attrs.asdict`` read every field, so they see the same
values an eager parse would have produced.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, NamedTuple, TypeVar

import httpx

from ._exceptions import ResponseSchemaError
from .types import UNSET

__all__ = ["LazyModel", "ParseContext", "materialize"]

M = TypeVar("M", bound="LazyModel")

#: python name -> (JSON key, converter or None for "as is", required); the key is None for
#: ``additional_properties``, whose converter reads the whole object.
FieldTable = dict[str, tuple["str | None", "Callable[[Any, ParseContext], Any] | None", bool]]


class ParseContext(NamedTuple):
    """Which call a lazily read body came from, for the error a bad field raises."""

    response: httpx.Response
    operation: str


class LazyModel:
    """Base of every generated model; see the module docstring."""

    __slots__ = ("_context", "_raw")
    _raw: dict[str, Any]  # the JSON object, on lazily read models only
    _context: ParseContext

    #: set by each generated model after its class body
    _lazy_fields: ClassVar[FieldTable] = {}

    @classmethod
    def _lazy(cls: type[M], raw: Any, context: ParseContext) -> M:
        if type(raw) is not dict:
            if raw != []:
                raise TypeError(f"{cls.__name__}: expected a JSON object, got {_json_type(raw)}")
            raw = {}  # PHP writes an empty object as `[]` (e.g. `"meta": []`); from_dict takes it too
        model = cls.__new__(cls)
        model._raw = raw
        model._context = context
        return model

    @classmethod
    def _lazy_list(cls: type[M], raw: Any, context: ParseContext) -> list[M]:
        """``[cls._lazy(item, context) for item in raw]``, in one call (lists are long)."""
        if type(raw) is not list:
            raise TypeError(f"list[{cls.__name__}]: expected a JSON array, got {_json_type(raw)}")
        models: list[M] = []
        new, append = object.__new__, models.append  # bound once: this loop runs per list item
        for index, item in enumerate(raw):
            if type(item) is not dict:  # PHP's `[]` or a wrong shape: _lazy decides
                try:
                    append(cls._lazy(item, context))
                except TypeError as exc:
                    raise TypeError(f"item {index}: {exc}") from None
                continue
            model = new(cls)
            model._raw = item
            model._context = context
            append(model)
        return models

    def __getattr__(self, name: str) -> Any:
        # Called only when the slot is empty: a field not read yet, or no such attribute.
        spec = self._lazy_fields.get(name)
        if spec is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        key, convert, required = spec
        raw = self._raw  # unset only on a model built eagerly and then `del`-ed: AttributeError
        if convert is None and key is not None:
            value = raw.get(key, UNSET)
            if value is UNSET and required:
                raise _schema_error(self._context, f"{type(self).__name__}.{name}", KeyError(key))
        else:
            try:
                value = raw if key is None else raw[key] if required else raw.get(key, UNSET)
                if convert is not None:
                    value = convert(value, self._context)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise _schema_error(self._context, f"{type(self).__name__}.{name}", exc) from exc
        _set_slot(self, name, value)
        return value


_set_slot = object.__setattr__


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number" if isinstance(value, (int, float)) else type(value).__name__)


def _schema_error(context: ParseContext, where: str, cause: Exception) -> ResponseSchemaError:
    error = ResponseSchemaError(context.response, context.operation, cause, where=where)
    error.__cause__ = cause
    return error


def materialize(value: Any) -> None:
    """Convert every field of a lazily built result now (``strict_responses=True``).

    Raises :class:`ResponseSchemaError` for the first field that contradicts the schema.
    """
    if isinstance(value, LazyModel):
        for name in type(value)._lazy_fields:
            materialize(getattr(value, name))
    elif isinstance(value, list):
        for item in value:
            materialize(item)
    elif isinstance(value, dict):
        for item in value.values():
            materialize(item)
