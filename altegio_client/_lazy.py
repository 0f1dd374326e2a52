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
- a first read costs a failed slot lookup (an AttributeError inside CPython, ~1 us), so a
  model read broadly is filled in bulk: its 3rd first read also stores every field that needs
  no conversion, its 6th converts all the others, and from then on what it holds is built
  whole as it is made, and so is the next model of its class at its first read (the generated
  ``build()``: the fields read as is stored by code compiled per JSON key layout, see
  _layouts.py; dates and nested objects converted inline); a field whose conversion fails is
  left unread, to fail when read. A model the caller has assigned to is
  never bulk-filled, so no assignment is overwritten;
- a list is read in a loop: when the first model of a class has been read and the next one
  is read for the first time, the fields read of the first (up to five) are read now on
  every unread model of the lists of that class in the response (and on that next model), so
  reading ``item.id`` and ``item.datetime`` of 50 items costs three failed slot lookups, not
  100; and if the first was read in full, every unread model of those lists is built whole
  then. A field that fails to convert there is left unread, to fail when read;
- a lazily read model is an instance of a twin of its class (:func:`lazily_read_class`: same
  name, a subclass) that has the ``__getattr__`` all this needs; once built whole its class
  becomes the generated class itself, whose reads are plain slot reads (a ``__getattr__``
  makes every read about three times slower). ``isinstance`` holds either way; equality,
  pickling and copying read the model whole first;
- a field that contradicts the documented schema, or a required one that is missing, raises
  :class:`ResponseSchemaError` (naming the operation and the field) when it is read;
  ``AltegioClient(strict_responses=True)`` converts the whole body during the call instead,
  so the error comes from the call.

Models built by their constructor or by ``from_dict`` are complete and never take this path.
Equality, ``repr``, ``to_dict`` and ``attrs.asdict`` read every field, so they see the same
values an eager parse would have produced.
"""

from __future__ import annotations

import datetime
import gc
import importlib
import weakref
from collections import deque
from collections.abc import Callable, Iterable
from itertools import compress, repeat
from operator import attrgetter, eq, is_, itemgetter
from typing import Any, ClassVar, NamedTuple, TypeVar

import httpx

from ._exceptions import ResponseSchemaError
from .types import UNSET

__all__ = [
    "ISO_PARSERS",
    "MODEL_BUILDERS",
    "MODEL_CLASSES",
    "LazyModel",
    "ModelList",
    "ParseContext",
    "date_from_iso",
    "datetime_from_iso",
    "lazily_read_class",
    "materialize",
    "model_builder",
    "model_class",
    "new_model",
]

M = TypeVar("M", bound="LazyModel")

#: python name -> (JSON key, converter or None for "as is", required); the key is None for
#: ``additional_properties``, whose converter reads the whole object.
FieldTable = dict[str, tuple["str | None", "Callable[[Any, ParseContext], Any] | None", bool]]


class ParseContext:
    """Which call a lazily read body came from (for the error a bad field raises), and how its
    models are being read; one per response, shared by its models."""

    __slots__ = ("_broad_twin", "broad", "lists", "operation", "read_in_full", "read_so_far", "response")

    def __init__(self, response: httpx.Response, operation: str) -> None:
        self.response = response
        self.operation = operation
        #: set on the twin given to the nested models of a model being read in full: they are
        #: filled as they are made
        self.broad = False
        #: model classes read in full in this response: the next model of such a class (the
        #: next item of a list, say) is filled on its first read
        self.read_in_full: set[type] = set()
        #: model class -> the fields read one by one of the model of it read last
        self.read_so_far: dict[type, tuple[str, ...]] = {}
        #: the lists of lazily read models made in this response, weakly held (a model holds
        #: its context: a strong reference would make a cycle only the cyclic GC frees)
        self.lists: list[tuple[type, weakref.ref[ModelList[Any]]]] = []
        self._broad_twin: ParseContext | None = None

    def as_broad(self) -> ParseContext:
        """This context with ``broad`` set (made once, sharing ``read_in_full``)."""
        if self.broad:
            return self
        twin = self._broad_twin
        if twin is None:
            twin = self._broad_twin = ParseContext(self.response, self.operation)
            twin.broad = True
            twin.read_in_full = self.read_in_full
            twin.read_so_far = self.read_so_far
        return twin


class ModelList(list[M]):
    """The list a lazily read JSON array of objects becomes: a ``list`` its response's context
    can refer to weakly (see :class:`ParseContext`), to read its items the way the first was read."""

    __slots__ = ("__weakref__",)


class LazyModel:
    """Base of every generated model; see the module docstring.

    A model of a generated class has no ``__getattr__``: its reads are plain slot reads. A
    lazily read model is an instance of the class's twin (:func:`lazily_read_class`), which adds
    the ``__getattr__`` that reads a field on first access, and it becomes an instance of the
    class itself once every field is read.
    """

    __slots__ = ("_context", "_raw", "_reads")
    _raw: dict[str, Any]  # the JSON object, on lazily read models only
    _context: ParseContext
    _reads: tuple[str, ...] | None  # fields read one by one; None once no bulk fill is due

    #: set by each generated model after its class body
    _lazy_fields: ClassVar[FieldTable] = {}
    #: (fill_plain, fill_converted, build), set by each generated model: build(raw, context,
    #: model=None) returns a model of ``raw`` filled whole (``model`` itself when given)
    _lazy_fill: ClassVar[tuple[Callable[[Any, dict[str, Any]], None], Callable[..., None], Callable[..., Any]]]

    @classmethod
    def _lazy(cls: type[M], raw: Any, context: ParseContext) -> M:
        if type(raw) is not dict:
            if raw != []:
                raise TypeError(f"{cls.__name__}: expected a JSON object, got {_json_type(raw)}")
            raw = {}  # PHP writes an empty object as `[]` (e.g. `"meta": []`); from_dict takes it too
        if context.broad:  # held by a model being read in full: built whole now
            model: M = cls._lazy_fill[2](raw, context)
            return model
        model = new_model(_TWINS.get(cls) or lazily_read_class(cls))
        model._raw = raw
        model._context = context
        model._reads = ()
        return model

    @classmethod
    def _lazy_list(cls: type[M], raw: Any, context: ParseContext) -> list[M]:
        """``[cls._lazy(item, context) for item in raw]``, in one call (lists are long)."""
        if type(raw) is not list:
            raise TypeError(f"list[{cls.__name__}]: expected a JSON array, got {_json_type(raw)}")
        if context.broad:  # held by a model being read in full: fill each now
            build = cls._lazy_fill[2]
            filled: list[M] = []
            for index, item in enumerate(raw):
                try:
                    filled.append(build(item, context))
                except TypeError as exc:  # not an object (a build catches its fields' errors)
                    raise TypeError(f"item {index}: {exc}") from None
            return filled
        twin = _TWINS.get(cls) or lazily_read_class(cls)
        models: ModelList[M] = ModelList()
        append = models.append  # bound once: this loop runs per list item
        for index, item in enumerate(raw):
            if type(item) is not dict:  # PHP's `[]` or a wrong shape: _lazy decides
                try:
                    append(cls._lazy(item, context))
                except TypeError as exc:
                    raise TypeError(f"item {index}: {exc}") from None
                continue
            model = new_model(twin)
            model._raw = item
            model._context = context
            model._reads = ()
            append(model)
        if models:  # for the loops that read it: see _read_like_the_last
            context.lists.append((twin, weakref.ref(models)))
        return models


class _LazilyRead:
    """What the twin of a generated class adds to it (see :func:`lazily_read_class`)."""

    __slots__ = ()
    #: the generated class this is the twin of
    _whole_class: ClassVar[type[LazyModel]]

    def __getattr__(self: Any, name: str) -> Any:
        # Called only when the slot is empty: a field not read yet, or no such attribute.
        spec = self._lazy_fields.get(name)
        if spec is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        raw = self._raw  # unset only on a model built by its constructor and then `del`-ed
        context, cls = self._context, type(self)
        if (
            self._reads == ()  # its first read
            and (cls in context.read_in_full or cls in context.read_so_far)  # another of its class read
            and _set_slots(self) == 3  # nothing assigned to it
        ):
            if cls in context.read_in_full:
                # A model of a class this response has read in full (the next item of a list,
                # say): fill it whole now, and every unread one of its class in the lists.
                _build_like_the_last(self)
            else:
                _read_like_the_last(self, context.read_so_far[cls])
            try:
                return _get_slot(self, name)
            except AttributeError:
                pass  # not among those, or it failed to convert: read alone below (and raise)
        return _read_field(self, name, spec, raw)

    # Equality and pickling see the model whole, as an eagerly parsed one: every field is read
    # (a field that contradicts the schema raises), then the generated class's own methods run.
    def __eq__(self, other: object) -> bool:
        _read_whole(self)
        if isinstance(other, _LazilyRead) and isinstance(other, type(self)):
            _read_whole(other)
        return self == other  # the generated class's __eq__ (attrs) now

    def __reduce_ex__(self, protocol: Any) -> Any:
        _read_whole(self)
        return self.__reduce_ex__(protocol)  # the generated class's (attrs' slot state)


def lazily_read_class(cls: type[M]) -> type[M]:
    """The twin of generated class ``cls`` that lazily read models are made as: a subclass with
    the same name, slots and methods, plus a ``__getattr__`` that reads a field on first access.

    Why two classes: attribute reads on a class with ``__getattr__`` cost about three times a
    plain slot read, every read, even of a field already read. So a model is an instance of the
    twin only while it has fields to read; made whole, its class becomes ``cls`` itself (the
    layouts are the same). ``isinstance(model, cls)`` holds throughout; ``type(model)`` is
    ``cls`` once the model is whole.
    """
    twin: type[M] | None = _TWINS.get(cls)
    if twin is None:
        namespace = {
            "__slots__": (),
            "__module__": cls.__module__,  # its name is the class's: generated classes are top-level
            "__doc__": cls.__doc__,
            "_whole_class": cls,
        }
        twin = _TWINS[cls] = type(cls.__name__, (_LazilyRead, cls), namespace)
        _TWINS[twin] = twin
    return twin


#: generated class -> its twin (see lazily_read_class); a twin maps to itself
_TWINS: dict[type[Any], type[Any]] = {}
#: Python's own ISO 8601 parsers, for the generated builds (``types.parse_iso_datetime`` takes
#: the forms they reject, at the cost of a call more)
datetime_from_iso = datetime.datetime.fromisoformat
date_from_iso = datetime.date.fromisoformat

#: The converter of each date or date-time field -> Python's own parser of that type: where
#: every value of a column parses with it, the read-ahead (see _column) calls it directly, in a
#: C loop; the converter also takes ``UNSET`` and the forms that parser rejects.
ISO_PARSERS: dict[Callable[[Any, ParseContext], Any] | None, Callable[[str], Any]] = {}

#: ``object.__new__``: a model made without running its __init__ (generated builds fill it)
new_model = object.__new__


def _read_whole(model: Any) -> None:
    """Read every field of lazily read ``model`` (raising for one that contradicts the schema);
    it is then whole, an instance of its generated class."""
    whole_class = model._whole_class  # reading its fields can make it whole before the end
    for name in model._lazy_fields:
        getattr(model, name)
    _set_slot(model, "__class__", whole_class)
    _let_go(model)


def _read_field(model: LazyModel, name: str, spec: tuple[Any, ...], raw: dict[str, Any]) -> Any:
    """Convert one field of ``model`` from ``raw`` and store it; then the bulk fill it brings on."""
    key, convert, required = spec
    try:
        value = _field_value(raw, key, convert, required, model._context)
    except _CONVERSION_ERRORS as exc:
        raise _schema_error(model._context, f"{type(model).__name__}.{name}", exc) from exc
    setattr(model, name, value)
    reads = model._reads
    if reads is not None:
        reads += (name,)
        if len(reads) in _FILL_AT:
            reads = _fill(model, raw, reads)
        model._reads = reads
        if reads is not None:  # what the next model of its class is read like (see above)
            model._context.read_so_far[type(model)] = reads
    return value


#: What a converter raises for a value that contradicts the schema (and a missing required key).
_CONVERSION_ERRORS = (KeyError, TypeError, ValueError, AttributeError)


def _field_value(raw: dict[str, Any], key: str | None, convert: Any, required: bool, context: ParseContext) -> Any:
    """One field's value from ``raw``, converted; raises one of :data:`_CONVERSION_ERRORS`.

    ``key`` None: the converter reads the whole object (``additional_properties``)."""
    value = raw if key is None else raw[key] if required else raw.get(key, UNSET)
    return value if convert is None else convert(value, context)


def _unread_like(model: LazyModel) -> list[LazyModel]:
    """``model`` (unread) and every unread model of its class in the lists of its response,
    each list taken once (it is dropped from the context's lists)."""
    cls = type(model)
    lists, kept = model._context.lists, []
    siblings: list[LazyModel] = []
    for entry in lists:
        models = entry[1]() if entry[0] is cls else None
        if models is not None:
            siblings += _unread_of(models, cls)
        elif entry[0] is not cls:
            kept.append(entry)
    lists[:] = kept
    if not any(map(is_, siblings, repeat(model))):
        siblings.append(model)
    return siblings


def _unread_of(models: list[Any], cls: type) -> list[Any]:
    """The models of ``cls`` in ``models`` with no field read yet and nothing assigned (those
    made by their constructor, the caller's, have no ``_reads`` at all).

    Lists are long and read in order, so the usual case is checked with no Python loop: every
    model but maybe the first (read already: it brought the read-ahead on) unread, which one
    ``gc.get_referents`` of them all shows (each lists its three slots and its class, nothing
    else: see :data:`_UNREAD_LAYOUT`)."""
    rest = models[1:] if models and getattr(models[0], "_reads", None) != () else models
    count = len(rest)
    if _UNREAD_LAYOUT is not None:
        referents, reads_at, size = gc.get_referents(*rest), *_UNREAD_LAYOUT
        if (
            len(referents) == count * size
            and referents[reads_at::size].count(()) == count
            and referents[size - 1 :: size].count(cls) == count
        ):
            return rest
    of_cls = [*compress(models, map(is_, map(type, models), repeat(cls)))]
    unread = [*compress(of_cls, map(eq, map(getattr, of_cls, repeat("_reads"), repeat(None)), repeat(())))]
    return unread if _none_assigned(unread) else [item for item in unread if _set_slots(item) == 3]


def _build_like_the_last(model: LazyModel) -> None:
    """Fill ``model`` whole, and every unread model of the lists of its class in the response:
    a class read in full is read in full again (one loop, not a failed slot lookup per item)."""
    context = model._context.as_broad()  # what they hold is filled as it is made
    build = model._lazy_fill[2]
    for item in _unread_like(model):  # one left lazily read (a field failed) keeps its own context
        build(item._raw, context, item)


def _read_like_the_last(model: LazyModel, fields: tuple[str, ...]) -> None:
    """Read ``fields`` (those read of the last model of its class) on ``model``, unread, and on
    every unread model of the lists of its class in the response; once per list.

    What the caller would read next, read now: one loop does for 50 items what would cost a
    failed slot lookup per field and item. A field that fails to convert is left unread.
    """
    siblings = _unread_like(model)
    cls = type(model)
    if len(fields) >= _FILL_PLAIN_AT:  # bulk fills come with these reads: read them one by one
        for item in siblings:
            _read_each(item, fields)
        return
    context, specs = model._context, cls._lazy_fields
    raws = [*map(_raw_of, siblings)]
    try:  # a field at a time over all of them, in C loops (map) where it needs no converter
        columns = [(name, _column(raws, *specs[name], context)) for name in fields]
    except _CONVERSION_ERRORS:  # one of them contradicts the schema: item by item, below
        pass
    else:
        for name, values in columns:
            _consume(map(setattr, siblings, repeat(name), values))
        _consume(map(setattr, siblings, repeat("_reads"), repeat(fields)))
        return
    for item in siblings:  # _read_field's work, for reads that bring no bulk fill
        raw, read = item._raw, fields
        for name in fields:
            try:
                value = _field_value(raw, *specs[name], context)
            except _CONVERSION_ERRORS:
                read = tuple(other for other in read if other != name)  # left unread: reading it raises
                continue
            setattr(item, name, value)
        item._reads = read


def _column(
    raws: list[dict[str, Any]], key: str | None, convert: Any, required: bool, context: ParseContext
) -> list[Any]:
    """:func:`_field_value` of each of ``raws``; raises one of :data:`_CONVERSION_ERRORS`."""
    if key is None:
        values: list[Any] = raws
    elif required:
        values = [*map(itemgetter(key), raws)]
    else:
        values = [*map(dict.get, raws, repeat(key), repeat(UNSET))]
    if convert is None:
        return values
    parse = ISO_PARSERS.get(convert)
    if parse is not None:
        try:
            return [*map(parse, values)]
        except (TypeError, ValueError):  # UNSET, or a form Python's parser rejects: the converter's way
            pass
    return [convert(value, context) for value in values]  # Python calls Python faster than map does


#: runs an iterator to its end, keeping nothing (an empty deque of no length)
_consume: Callable[[Iterable[Any]], None] = deque(maxlen=0).extend
_raw_of = attrgetter("_raw")


def _none_assigned(models: list[LazyModel]) -> bool:
    """Whether none of ``models`` (lazily read, no field read yet) was assigned to: each holds
    only its own three slots. One traversal of them all, where a list is long."""
    return len(gc.get_referents(*models)) == len(models) * (3 + _CLASS_REFERENTS)


def _read_each(model: LazyModel, fields: tuple[str, ...]) -> None:
    specs, raw = model._lazy_fields, model._raw
    for name in fields:
        try:  # noqa: SIM105 (per field and item: contextlib.suppress would cost more than the read)
            _read_field(model, name, specs[name], raw)
        except ResponseSchemaError:
            pass  # left unread: reading it raises


_set_slot = object.__setattr__
_del_slot = object.__delattr__
_get_slot = object.__getattribute__  # raises AttributeError for an empty slot, never calls __getattr__

#: Model classes the converters have looked up, by module name (see model_class).
MODEL_CLASSES: dict[str, Any] = {}


def model_class(module: str, name: str) -> Any:
    """Class ``name`` of model module ``module``, imported on first use and then cached."""
    cls = MODEL_CLASSES[module] = getattr(importlib.import_module(module), name)
    return cls


#: The ``build`` function (see ``LazyModel._lazy_fill``) of each model class the bulk fills have
#: looked up, by module name: nested objects of a model read in full are built through it.
MODEL_BUILDERS: dict[str, Callable[..., Any]] = {}


def model_builder(module: str, name: str) -> Callable[..., Any]:
    """The ``build`` function of class ``name`` of model module ``module``, cached."""
    build: Callable[..., Any] = model_class(module, name)._lazy_fill[2]
    MODEL_BUILDERS[module] = build
    return build


#: The first reads of one model that fill it in bulk (see the module docstring).
_FILL_PLAIN_AT = 3
_FILL_ALL_AT = 6
_FILL_AT = (_FILL_PLAIN_AT, _FILL_ALL_AT)


class _Fields(NamedTuple):
    """A model class's fields by how they are read, for the bulk fills."""

    optional: tuple[tuple[str, str], ...]  #: (name, JSON key), read as is
    required: tuple[tuple[str, str], ...]  #: (name, JSON key), read as is, must be present
    converted: tuple[tuple[str, str | None, Callable[[Any, ParseContext], Any], bool], ...]


_fields_of: dict[type, _Fields] = {}


def _fields(cls: type[LazyModel]) -> _Fields:
    fields = _fields_of.get(cls)
    if fields is None:
        spec = cls._lazy_fields.items()
        fields = _fields_of[cls] = _Fields(
            tuple((name, key) for name, (key, convert, req) in spec if key is not None and not convert and not req),
            tuple((name, key) for name, (key, convert, req) in spec if key is not None and not convert and req),
            tuple((name, key, convert, req) for name, (key, convert, req) in spec if convert is not None),
        )
    return fields


def _set_slots(model: LazyModel) -> int:
    """How many of ``model``'s slots hold a value (``gc.get_referents`` lists them, and its class)."""
    return len(gc.get_referents(model)) - _CLASS_REFERENTS


def _fill(model: LazyModel, raw: dict[str, Any], reads: tuple[str, ...]) -> tuple[str, ...] | None:
    """Bulk-fill ``model`` (see the module docstring); the new value of its ``_reads`` slot."""
    done = set(reads)
    context = model._context
    fill_plain, fill_converted, _ = model._lazy_fill
    if len(reads) == _FILL_ALL_AT:
        fields = _fields(type(model))
        filled = {name for name, _ in fields.optional} | {name for name, key in fields.required if key in raw}
        if _set_slots(model) != 3 + len(filled | done):  # the caller assigned a field
            return None
        context.read_in_full.add(type(model))
    else:  # its 3rd first read
        # Only its own three slots and the fields read one by one may be set; anything more
        # was assigned by the caller, which a fill must not overwrite.
        if _set_slots(model) != 3 + len(done):
            return None
        # What it holds is read broadly too: nested models are filled as they are made.
        context = context.as_broad()
        _set_slot(model, "_context", context)
        fill_plain(model, raw)  # a missing required field stays unread, to raise when read
        if len(reads) == _FILL_PLAIN_AT:
            return reads
    fill_converted(model, raw, context, done)
    if _set_slots(model) == 3 + len(model._lazy_fields):  # every field read: whole
        _set_slot(model, "__class__", type(model)._whole_class)  # type: ignore[attr-defined]
        _let_go(model)
    return None


def _let_go(model: LazyModel) -> None:
    """Drop what only a lazily read ``model`` needs, now whole: its JSON object and its call's
    context (which holds the response), so a model kept after its response does not keep that."""
    for name in ("_raw", "_context"):
        try:  # noqa: SIM105 (one model per call: contextlib.suppress would do as well)
            _del_slot(model, name)
        except AttributeError:  # a model made by its constructor has neither
            pass


class _Probe(LazyModel):
    __slots__ = ()


def _unread_layout(probe: LazyModel) -> tuple[int, int] | None:
    """Where ``_reads`` is among what ``gc.get_referents`` lists for ``probe``, an unread model,
    and how many it lists (its three slots, then its class, on CPython); None if the layout is
    not that, which leaves :func:`_unread_of` its loop."""
    referents = gc.get_referents(probe)
    if len(referents) != 4 or referents[-1] is not type(probe) or referents.count(()) != 1:
        return None
    return referents.index(()), len(referents)


_probe = _Probe._lazy({}, ParseContext(None, ""))  # type: ignore[arg-type]
#: What gc.get_referents lists for a model besides its set slots (its class, on CPython).
_CLASS_REFERENTS = len(gc.get_referents(_probe)) - 3
#: (position of ``_reads``, count) in what gc.get_referents lists for an unread model
_UNREAD_LAYOUT = _unread_layout(_probe)
del _probe


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number" if isinstance(value, (int, float)) else type(value).__name__)


def _schema_error(context: ParseContext, where: str, cause: Exception) -> ResponseSchemaError:
    return ResponseSchemaError(context.response, context.operation, cause, where=where)


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
