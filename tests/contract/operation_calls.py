"""Turn an operation of the OpenAPI document into a call of its generated function.

``build_call`` finds the generated module, fills every required parameter (and the body) with
values from :class:`SpecValues`, converts them to the generated types (models via
``from_dict``, dates via ``fromisoformat``) and returns what is needed to call and to check.
"""

from __future__ import annotations

import datetime
import importlib
import inspect
import re
import types
import typing
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import altegio_client.api
from altegio_client.testing._spec_values import SpecValues

API_DIR = Path(altegio_client.api.__file__).parent
JSON = "application/json"


@cache
def module_index() -> dict[str, str]:
    """operationId -> dotted name of its generated module."""
    return {
        path.stem: f"altegio_client.api.{path.parent.name}.{path.stem}"
        for path in API_DIR.glob("*/*.py")
        if path.stem != "__init__"
    }


def _squash(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


@dataclass
class OperationCall:
    operation_id: str
    method: str
    path: str
    operation: dict[str, Any]
    function: Any
    kwargs: dict[str, Any]
    query: dict[str, Any] = field(default_factory=dict)
    body: Any = None
    body_schema: dict[str, Any] | None = None
    body_content_type: str | None = None


def _members(annotation: Any) -> list[Any]:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return list(typing.get_args(annotation))
    return [annotation]


def convert(value: Any, annotation: Any) -> Any:
    """A JSON value as the generated signature wants it."""
    members = _members(annotation)
    for member in members:
        if hasattr(member, "from_dict") and isinstance(value, dict):
            return member.from_dict(value)
    for member in members:
        origin = typing.get_origin(member)
        if origin is list and isinstance(value, list):
            (item,) = typing.get_args(member) or (Any,)
            return [convert(element, item) for element in value]
    if isinstance(value, str):
        if datetime.datetime in members:
            return datetime.datetime.fromisoformat(value)
        if datetime.date in members:
            return datetime.date.fromisoformat(value)
    if float in members and isinstance(value, int) and int not in members:
        return float(value)
    return value


def build_call(values: SpecValues, path: str, method: str, operation: dict[str, Any]) -> OperationCall:
    operation_id = operation["operationId"]
    module = importlib.import_module(module_index()[operation_id])
    function = module.asyncio_detailed
    # Generated modules use `from __future__ import annotations`: argument types are evaluated here.
    signature = inspect.signature(function, globals=vars(module), eval_str=True)
    by_squash = {_squash(name): name for name in signature.parameters}
    kwargs: dict[str, Any] = {}
    query: dict[str, Any] = {}
    for parameter in operation.get("parameters", []):
        parameter = values.resolve(parameter)
        # A name used both in the path and in the query becomes `<name>_path` / `<name>_query`.
        python_name = by_squash.get(_squash(f"{parameter['name']}_{parameter['in']}")) or by_squash.get(
            _squash(parameter["name"])
        )
        if python_name is None:
            raise LookupError(f"{operation_id}: no argument for parameter {parameter['name']!r}")
        required = parameter.get("required") or parameter["in"] == "path"
        if not required:
            continue
        schema = parameter.get("schema", {})
        value = values.example_or_value(schema, parameter.get("example"))
        if parameter["in"] == "query":
            query[parameter["name"]] = value
        kwargs[python_name] = convert(value, signature.parameters[python_name].annotation)
    call = OperationCall(operation_id, method, path, operation, function, kwargs, query)
    body = operation.get("requestBody")
    if body is not None and "body" in signature.parameters:
        content_type, media = next(iter(body["content"].items()))
        schema = media.get("schema", {})
        examples = [media.get("example")] + [e.get("value") for e in (media.get("examples") or {}).values()]
        value = values.example_or_value(schema, *examples)
        call.body, call.body_schema, call.body_content_type = value, schema, content_type
        annotation = signature.parameters["body"].annotation
        if content_type == JSON:
            kwargs["body"] = convert(value, annotation)
        else:  # multipart: the generated body model takes the form fields, files as bytes
            fields = dict(value) if isinstance(value, dict) else {}
            for name, field in (values.resolve(schema).get("properties") or {}).items():
                if field.get("format") == "binary" and isinstance(fields.get(name), str):
                    fields[name] = fields[name].encode()
            kwargs["body"] = convert(fields, annotation)
    return call
