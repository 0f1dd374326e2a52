"""Stores compiled per JSON key layout: how a model read in full is built in a fraction of the calls.

A model built whole (``_build`` of a generated model, see _lazy.py) reads each declared field
from its JSON object. Read with ``json_value.get(key, UNSET)``, that is a method call per field
(~370 CPU instructions), where a subscript of a key known to be there costs ~200 and a store of
``UNSET`` for a key known to be absent costs ~20. Which keys are there is known once the
object's keys are: the objects of a list have the same keys, in the same order (PHP writes them
from the same class), so the layout is checked once, by comparing the key tuple with the last
one (one JSON document's equal keys are one string: compared by identity).

So for each layout (the tuple of an object's keys) of a model class, :func:`layout_of` compiles
a function that stores every field read as is (``model.comment = raw["comment"]``; an absent
optional one gets ``UNSET``) and returns the JSON values of the converted fields (dates, nested
objects, ...: ``UNSET`` where absent) for the generated code to convert. With it, it tells
whether every key is a declared one (else ``additional_properties`` has some) and whether every
required field read as is is there (else the model stays lazily read, to raise when it is read).

The compiled code names only the class's own declared fields and keys (from the generated
table, ``repr``-quoted), never a key of the response: a key the class does not declare only
decides ``only_declared``.
"""

from __future__ import annotations

import keyword
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._lazy import _fields
from .types import UNSET

if TYPE_CHECKING:
    from ._lazy import LazyModel

__all__ = ["Layout", "layout_of"]

#: (fill, only_declared, complete): ``fill(raw, model)`` stores the fields read as is and
#: returns the converted fields' JSON values, in the order of the class's field table
Layout = tuple[Callable[[dict[str, Any], Any], tuple[Any, ...]], bool, bool]

#: Layouts kept per class: beyond this many (objects of one class whose keys vary a lot), a
#: layout is made anew per object from the fills already compiled, or with no compiled stores.
MAX_LAYOUTS = 64

_layouts: dict[type, dict[tuple[str, ...], Layout]] = {}
#: (class, the declared keys present) -> compiled fill; bounded like the layouts
_fills: dict[type, dict[frozenset[str], Callable[[dict[str, Any], Any], tuple[Any, ...]]]] = {}


def layout_of(cls: type[LazyModel], keys: tuple[str, ...]) -> Layout:
    """The layout of a JSON object of ``cls`` with ``keys`` (the generated ``_build`` keeps the
    last one, with its keys, to compare the next object's keys with first)."""
    known = _layouts.setdefault(cls, {})
    layout = known.get(keys)
    if layout is None:
        layout = _layout(cls, keys)
        if len(known) < MAX_LAYOUTS:
            known[keys] = layout
    return layout


def _layout(cls: type[LazyModel], keys: tuple[str, ...]) -> Layout:
    plain, required, converted = _field_keys(cls)
    declared = frozenset(key for _, key in plain + required + converted)
    present = declared.intersection(keys)
    fills = _fills.setdefault(cls, {})
    fill = fills.get(present)
    if fill is None:
        fill = _compile_fill(cls, present) if len(fills) < MAX_LAYOUTS else _uncompiled_fill(cls)
        if len(fills) < MAX_LAYOUTS:
            fills[present] = fill
    return fill, declared.issuperset(keys), all(key in present for _, key in required)


def _field_keys(
    cls: type[LazyModel],
) -> tuple[list[tuple[str, str]], list[tuple[str, str]], list[tuple[str, str]]]:
    """(name, JSON key) of ``cls``'s optional fields read as is, its required ones read as is,
    and its converted ones, each in the order of its field table (from the bulk fills' table,
    ``_lazy._fields``; ``additional_properties``, which reads the whole object, is none of them)."""
    fields = _fields(cls)
    converted = [(name, key) for name, key, _, _ in fields.converted if key is not None]
    return [*fields.optional], [*fields.required], converted


def _compile_fill(cls: type[LazyModel], present: frozenset[str]) -> Callable[[dict[str, Any], Any], tuple[Any, ...]]:
    plain, required, converted = _field_keys(cls)
    for name, _ in plain + required:
        if not name.isidentifier() or keyword.iskeyword(name):  # generated names are; a guard all the same
            return _uncompiled_fill(cls)
    lines = ["def fill(raw, model):"]
    lines += [f"    model.{name} = raw[{key!r}]" for name, key in plain + required if key in present]
    absent = [f"model.{name}" for name, key in plain if key not in present]
    if absent:
        lines.append(f"    {' = '.join(absent)} = UNSET")
    values = [f"raw[{key!r}]" if key in present else "UNSET" for _, key in converted]
    lines.append(f"    return ({''.join(value + ', ' for value in values)})")
    namespace: dict[str, Any] = {"UNSET": UNSET}
    exec(compile("\n".join(lines), f"<stores of {cls.__qualname__}>", "exec"), namespace)  # noqa: S102
    fill: Callable[[dict[str, Any], Any], tuple[Any, ...]] = namespace["fill"]
    return fill


def _uncompiled_fill(cls: type[LazyModel]) -> Callable[[dict[str, Any], Any], tuple[Any, ...]]:
    """What a compiled fill does, field by field (for a class past :data:`MAX_LAYOUTS`)."""
    plain, required, converted = _field_keys(cls)

    def fill(raw: dict[str, Any], model: Any) -> tuple[Any, ...]:
        for name, key in plain:
            setattr(model, name, raw.get(key, UNSET))
        for name, key in required:
            if key in raw:
                setattr(model, name, raw[key])
        return tuple(raw.get(key, UNSET) for _, key in converted)

    return fill
