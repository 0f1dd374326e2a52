"""Helpers for the wire-fidelity overlays: find one operation, rename a parameter or property.

These overlays change what goes on the wire, so each touches exactly the operation it names
and fails loudly when that operation or name is gone from a new bundle (a silent no-op would
hide that the correction no longer applies).
"""

from __future__ import annotations

import copy
from typing import Any

from ._doc import Document, resolve


class StaleCorrection(LookupError):
    """A correction names an operation, parameter or property the document no longer has."""


def operation_at(doc: Document, path: str, method: str) -> dict[str, Any]:
    """The operation at ``method path``; :class:`StaleCorrection` when it is not documented."""
    operation = doc.get("paths", {}).get(path, {}).get(method)
    if not isinstance(operation, dict):
        raise StaleCorrection(f"{method.upper()} {path} is not in the document")
    return operation


def own_parameter(doc: Document, operation: dict[str, Any], name: str, where: str = "query") -> dict[str, Any]:
    """The operation's ``where`` parameter ``name``, copied out of any shared ``$ref`` first.

    Copying keeps a rename on one operation from reaching every operation sharing the component.
    """
    parameters = operation.setdefault("parameters", [])
    for index, parameter in enumerate(parameters):
        resolved = resolve(doc, parameter)
        if resolved.get("name") == name and resolved.get("in") == where:
            if parameter is not resolved:
                parameters[index] = copy.deepcopy(resolved)
            found: dict[str, Any] = parameters[index]
            return found
    raise StaleCorrection(f"{operation.get('operationId')} has no {where} parameter {name!r}")


def rename_example_keys(value: Any, old: str, new: str) -> Any:
    """``value`` with every mapping key ``old`` renamed ``new``, at any depth."""
    if isinstance(value, dict):
        return {(new if key == old else key): rename_example_keys(item, old, new) for key, item in value.items()}
    if isinstance(value, list):
        return [rename_example_keys(item, old, new) for item in value]
    return value


def rename_property(schema: dict[str, Any], old: str, new: str) -> None:
    """Rename property ``old`` of the object ``schema`` to ``new``, keeping order and ``required``."""
    properties = schema.get("properties") or {}
    if old not in properties:
        raise StaleCorrection(f"schema has no property {old!r}")
    schema["properties"] = {(new if key == old else key): value for key, value in properties.items()}
    if old in schema.get("required", []):
        schema["required"] = [new if key == old else key for key in schema["required"]]
