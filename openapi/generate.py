"""``python -m openapi.generate generate ...``: openapi-python-client's CLI with this project's field-name rule.

The generator appends ``_`` to every field whose name is a Python builtin or ``datetime``
(``type_``, ``datetime_``, ``sum_``), so an appointment's time reads ``record.datetime_``. Here
only Python keywords (``from_``) and the few builtins the generated code itself uses get the
underscore; ``record.datetime``, ``item.type`` and ``row.sum`` keep their JSON names.

Why that is safe: a field name only matters where it can shadow something the generated code
refers to. Generated modules use ``from __future__ import annotations``, so annotations are
never evaluated at import; but type checkers resolve class-body annotations and method
signatures in the class scope, where a field named ``datetime`` would hide the module and one
named ``type`` the builtin. The model template therefore spells both unshadowably
(``_datetime.datetime``, ``_builtins.type[T]``: field names never start with ``_``). Inside
``to_dict``/``from_dict`` each field is a local variable, so builtins those methods call
(``isinstance``, ``dict``, ...) stay reserved: :data:`USED_BY_GENERATED_CODE` lists every
builtin the generated package names (tests/pipeline/test_model_names.py re-checks it).
"""

from __future__ import annotations

import builtins
import sys

#: Builtins the generated package (models, api, templates) refers to by name.
USED_BY_GENERATED_CODE = frozenset(
    {
        "bool", "bytes", "classmethod", "dict", "float", "frozenset", "getattr", "globals", "int",
        "isinstance", "list", "object", "property", "set", "sorted", "staticmethod", "str", "super", "tuple",
    }
)  # fmt: skip


def reserved_words() -> set[str]:
    """Names that get a trailing ``_`` (Python keywords always do: the generator checks them apart)."""
    kept = {name for name in dir(builtins) if not name.islower() or name.startswith("_")}
    return kept | set(USED_BY_GENERATED_CODE) | {"self", "true", "false"}


def main() -> None:
    from openapi_python_client import strings
    from openapi_python_client.cli import app

    strings.RESERVED_WORDS = reserved_words()  # read by strings.fix_reserved_words at each call
    sys.argv[0] = "openapi-python-client"
    app()


if __name__ == "__main__":
    main()
