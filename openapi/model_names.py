"""Model names people can read, and one class per shape: the overlaid document -> the generator's input.

openapi-python-client names an inline schema after where it sits (``<Parent><Property>``,
``...Item`` for array items, ``...Type0`` for union branches) and makes one class per place,
so a shape used in many places becomes many identical classes, and the entities users touch
most are called ``RecordsCompanyidResponseDataTypesDataItem``. This stage changes only the
shape of the generated code, never what the API is said to accept or return, so it runs after
the overlays and its output feeds the generator alone (contract tests and the testing kit read
the overlaid document).

What it does (the rules are documented for users in docs/models.md):

1. Every schema the generator would make a model or a literal-enum module of (an object, or an
   enum) becomes a component, and each place it was becomes a ``$ref``. Schemas that are equal
   after ignoring ``example``/``examples`` become ONE component. Examples are ignored because they
   are sample payloads of the same shape (any one illustrates it); descriptions are not, because
   they become the class and attribute docstrings, and a shape described as "team member who sold
   the product" in one place and "client" in another should not carry one place's prose to the
   other. ``allOf`` of a single ``$ref`` (used by the bundles to attach a description to a
   reference) is a copy of the referenced class; it becomes the ``$ref`` itself.
2. Names: a component keeps its key. A hoisted shape is named like the generator would name it
   at its shortest-named place, using the (already chosen) name of the enclosing model, except
   that the branch of a nullable union takes no ``Type0``. :data:`FRIENDLY_NAMES` names the
   entities users read most; everything nested in them follows (``Appointment`` ->
   ``AppointmentClient``).
3. Two shapes that would get the same class (or module) name fail loudly: :class:`NameCollision`.
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Document = dict[str, Any]

#: Friendly names: component key (the class is its PascalCase: ``team_member`` -> ``TeamMember``) ->
#: JSON pointer (into the overlaid document) of the schema that IS that entity, chosen from the
#: operation named in the comment. ``<entity>`` is the entity as a single-item read returns it
#: (``client``, ``service`` and ``service_category`` are components already: the fullest documented
#: shapes); ``<entity>_list_item`` is a list operation's item where the API documents it as another
#: shape; ``service_details`` is get_service's (a subset of ``service``).
_C = "#/components/schemas/"
FRIENDLY_NAMES: dict[str, str] = {
    "appointment": f"{_C}record_companyid_response_data_types/properties/data",  # get_appointment
    "appointment_list_item": f"{_C}records_companyid_response_data_types/properties/data/items",  # get_appointment_list
    "client": f"{_C}client",  # webhook payload; get_client documents no body
    "client_list_item": f"{_C}clients_companyid_response_deprecated_data_types/properties/data/items",
    "team_member": f"{_C}company_companyid_staff_staffid_response_data_types/properties/data",  # get_team_member
    "team_member_list_item": f"{_C}staff_list_response/properties/data/items",  # get_team_member_list
    "service": f"{_C}service",  # "Matches the output of the service detail API"
    "service_details": f"{_C}company_companyid_services_serviceid_response200_data_types/properties/data",  # get_service
    "service_list_item": f"{_C}services_list_response/properties/data/items",  # get_service_list
    "service_category": f"{_C}service_category",
    "location": f"{_C}company_get_response_data_types/properties/data",  # get_location
    "location_list_item": f"{_C}companies_data_types/properties/data/items",  # get_location_list
    "schedule": "#/paths/~1v1~1company~1{location_id}~1staff~1schedule/get/responses/200/content/application~1json"
    "/schema/properties/data/items",  # get_team_member_schedule_list
    "slot": f"{_C}book_times_companyid_data_types/properties/data/items",  # get_time_slots_for_booking
    "membership": f"{_C}loyalty_abonements_response_data_types/properties/data/items",  # get_client_memberships
    "gift_card": f"{_C}loyalty_certificates_response_data_types/properties/data/items",  # get_client_gift_cards
    "product": f"{_C}goods_company_goods_id_response200_data_types/properties/data",  # get_product
    "product_list_item": f"{_C}goods_list_response/properties/data/items",  # get_products_list
    "transaction": f"{_C}transaction_companyid_response_data_types/properties/data/items",  # get_transactions
    "product_transaction": f"{_C}storages_transaction_response_data_types/properties/data/items",
}

_HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_IGNORED = frozenset({"example", "examples"})
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs")
_SCHEMA_SINGLES = ("items", "additionalProperties", "not", "contains", "propertyNames")
_SCHEMA_LISTS = ("allOf", "oneOf", "anyOf", "prefixItems")


class NameCollision(ValueError):
    """Two different shapes would be generated under one class or module name."""


@dataclass(eq=False)
class _Site:
    """One place the generator would make a model (or a literal enum) of ``node``."""

    node: dict[str, Any]
    pointer: str
    parent: _Site | None  # the enclosing model; None at a root (component, body, response)
    words: str  # the name below the parent (snake_case), or the whole name at a root
    component: str | None = None  # the key, when the site is a component schema itself
    group: _Group | None = None


@dataclass(eq=False)
class _Group:
    """Sites whose schemas are the same shape; one component, one class."""

    key: str
    sites: list[_Site] = field(default_factory=list)
    name: str | None = None


def words_of(text: str) -> list[str]:
    """The words of a JSON key, split the way the generator splits them (camelCase, ``_``, ``-``, ``.``)."""
    text = "".join(c for c in text if c.isidentifier() or c.isdecimal() or c in ". _-")
    if any(c.isupper() for c in text):
        text = " ".join(re.split("([A-Z]?[a-z]+)", text))
    return [word.lower() for word in re.findall(r"[^. _-]+", text)]


def snake(text: str) -> str:
    return "_".join(words_of(text))


def class_name(key: str) -> str:
    """The class openapi-python-client 0.29 makes of a component key (its ``pascal_case``)."""
    text = "".join(c for c in key if c.isidentifier() or c.isdecimal() or c in ". _-")
    if any(c.isupper() for c in text):
        text = " ".join(re.split("([A-Z]?[a-z]+)", text))
    return "".join(w if w.isupper() else w.capitalize() for w in re.findall(r"[^. _-]+", text))


def _types(schema: dict[str, Any]) -> set[str]:
    kind = schema.get("type")
    return set(kind) if isinstance(kind, list) else {kind} if isinstance(kind, str) else set()


def _is_model(schema: dict[str, Any]) -> bool:
    """Would the generator make a class or a literal-enum module of ``schema`` (where it stands)?"""
    if "$ref" in schema or "allOf" in schema or "oneOf" in schema or "anyOf" in schema:
        return False
    if "enum" in schema:
        return bool([value for value in schema["enum"] if value is not None])
    kinds = _types(schema)
    if "object" in kinds or (not kinds and "properties" in schema):
        # [object, null] is a union for the generator; its object branch is the model.
        return len(kinds - {"null"}) <= 1
    return False


def _null_only(schema: Any) -> bool:
    return isinstance(schema, dict) and _types(schema) == {"null"} and len(set(schema) - {"type", "description"}) == 0


def _stripped(schema: Any) -> Any:
    """``schema`` without examples, for comparing shapes (schema positions only: a property may be called ``example``)."""
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if (
            key in _IGNORED
            or (key == "additionalProperties" and value in (True, {}))
            or (key, value) == ("properties", {})
        ):
            continue  # absent, true and {} all mean "any extra key"; no properties is no properties
        if key == "format" and _types(schema) & {"integer", "number"}:
            continue  # int32/int64/float/double: the generator makes int and float of them all alike
        if key in _SCHEMA_MAPS and isinstance(value, dict):
            out[key] = {name: _stripped(sub) for name, sub in value.items()}
        elif key in _SCHEMA_SINGLES:
            out[key] = _stripped(value)
        elif key in _SCHEMA_LISTS and isinstance(value, list):
            out[key] = [_stripped(sub) for sub in value]
        else:
            out[key] = value
    return out


def _unwrap_single_ref_allof(doc: Document) -> None:
    """``{allOf: [{$ref: X}], description, type}`` -> ``{$ref: X}`` (``anyOf`` with null when nullable)."""
    for schema in _all_schema_nodes(doc):
        members = schema.get("allOf")
        if not (isinstance(members, list) and len(members) == 1 and set(members[0]) == {"$ref"}):
            continue
        if set(schema) - {"allOf", "type", "description"}:
            continue
        nullable = "null" in _types(schema)
        ref = members[0]["$ref"]
        schema.clear()
        if nullable:
            schema["anyOf"] = [{"$ref": ref}, {"type": "null"}]
        else:
            schema["$ref"] = ref


def _children(schema: dict[str, Any], pointer: str) -> Iterator[tuple[Any, str, list[str]]]:
    """``(child schema, its pointer, the words it adds to a generated name)`` for each nested schema."""
    for name, sub in (schema.get("properties") or {}).items():
        yield sub, f"{pointer}/properties/{_escape(name)}", words_of(name)
    items = schema.get("items")
    if isinstance(items, dict):
        yield items, f"{pointer}/items", ["item"]
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict):
        yield extra, f"{pointer}/additionalProperties", ["additional", "property"]
    for key in ("anyOf", "oneOf"):
        branches = schema.get(key) or []
        real = [branch for branch in branches if not _null_only(branch)]
        offset = len(schema.get("anyOf") or []) if key == "oneOf" else 0
        for index, branch in enumerate(branches):
            words = [] if len(real) == 1 else ["type", str(offset + index)]
            yield branch, f"{pointer}/{key}/{index}", words
    for index, member in enumerate(schema.get("allOf") or []):
        # allOf members are merged into the model that holds them: their properties are its properties.
        for sub, sub_pointer, words in (
            _children(member, f"{pointer}/allOf/{index}") if isinstance(member, dict) else ()
        ):
            yield sub, sub_pointer, words


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _sites(doc: Document) -> list[_Site]:
    """Every model site, parents before children, in document order."""
    found: list[_Site] = []

    def visit(schema: Any, pointer: str, parent: _Site | None, words: list[str], component: str | None = None) -> None:
        if not isinstance(schema, dict) or "$ref" in schema:
            return
        if _is_model(schema) or (component is not None and "allOf" in schema):
            site = _Site(schema, pointer, parent, "_".join(words), component)
            found.append(site)
            parent, words = site, []
        for sub, sub_pointer, sub_words in _children(schema, pointer):
            visit(sub, sub_pointer, parent, words + sub_words)

    components = doc.get("components", {})
    for key, schema in components.get("schemas", {}).items():
        visit(schema, f"#/components/schemas/{_escape(key)}", None, [key], component=key)
    for key, parameter in components.get("parameters", {}).items():
        visit(parameter.get("schema"), f"#/components/parameters/{_escape(key)}/schema", None, [snake(key)])
    for kind in ("responses", "requestBodies"):
        for key, holder in components.get(kind, {}).items():
            for media, body in (holder.get("content") or {}).items():
                pointer = f"#/components/{kind}/{_escape(key)}/content/{_escape(media)}/schema"
                visit(body.get("schema"), pointer, None, [snake(key), "response" if kind == "responses" else "body"])
    for path, item in doc.get("paths", {}).items():
        for method in _HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            base = f"#/paths/{_escape(path)}/{method}"
            op_words = words_of(operation.get("operationId") or f"{method}_{path}")
            for index, parameter in enumerate(operation.get("parameters") or []):
                if isinstance(parameter, dict) and "name" in parameter:
                    sub = f"{base}/parameters/{index}/schema"
                    visit(parameter.get("schema"), sub, None, [*op_words, *words_of(parameter["name"])])
            for media, body in ((operation.get("requestBody") or {}).get("content") or {}).items():
                sub = f"{base}/requestBody/content/{_escape(media)}/schema"
                visit(body.get("schema"), sub, None, [*op_words, "body"])
            for status, response in (operation.get("responses") or {}).items():
                for media, body in ((response or {}).get("content") or {}).items():
                    sub = f"{base}/responses/{_escape(str(status))}/content/{_escape(media)}/schema"
                    visit(body.get("schema"), sub, None, [*op_words, "response", str(status)])
    return found


def _all_schema_nodes(doc: Document) -> Iterator[dict[str, Any]]:
    stack: list[Any] = []
    components = doc.get("components", {})
    stack.extend(components.get("schemas", {}).values())
    stack.extend(p.get("schema") for p in components.get("parameters", {}).values())
    for kind in ("responses", "requestBodies"):
        for holder in components.get(kind, {}).values():
            stack.extend(b.get("schema") for b in (holder.get("content") or {}).values())
    for item in doc.get("paths", {}).values():
        for method in _HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            stack.extend(p.get("schema") for p in operation.get("parameters") or [] if isinstance(p, dict))
            stack.extend(b.get("schema") for b in ((operation.get("requestBody") or {}).get("content") or {}).values())
            for response in (operation.get("responses") or {}).values():
                stack.extend(b.get("schema") for b in ((response or {}).get("content") or {}).values())
    seen: set[int] = set()
    while stack:
        schema = stack.pop()
        if not isinstance(schema, dict) or id(schema) in seen:
            continue
        seen.add(id(schema))
        yield schema
        for key in _SCHEMA_SINGLES:
            stack.append(schema.get(key))
        for key in _SCHEMA_LISTS:
            stack.extend(schema.get(key) or [])
        for key in _SCHEMA_MAPS:
            stack.extend((schema.get(key) or {}).values())


def _resolve_pointer(doc: Document, pointer: str) -> Any:
    node: Any = doc
    for token in pointer.removeprefix("#/").split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def _group_name(group: _Group, friendly: dict[int, str], preferred: frozenset[str] = frozenset()) -> str:
    if group.name is not None:
        return group.name
    named = [friendly[id(site.node)] for site in group.sites if id(site.node) in friendly]
    if len(set(named)) > 1:
        raise NameCollision(f"one shape is named both {sorted(set(named))}: {group.sites[0].pointer}")
    components = [site.component for site in group.sites if site.component is not None]
    if named:
        group.name = named[0]
    elif components:
        group.name = next((key for key in components if key in preferred), components[0])
    else:
        candidates = []
        for order, site in enumerate(group.sites):
            parent = site.parent.group if site.parent else None
            prefix = _group_name(parent, friendly, preferred) if parent else ""
            candidate = f"{prefix}_{site.words}" if prefix else site.words
            candidates.append((len(class_name(candidate)), order, candidate))
        group.name = min(candidates)[2]
    return group.name


def name_models(doc: Document, friendly_names: dict[str, str] | None = None) -> Document:
    """Return a copy of ``doc`` where every model is a named component, one per shape."""
    doc = copy.deepcopy(doc)
    table = FRIENDLY_NAMES if friendly_names is None else friendly_names
    friendly: dict[int, str] = {}
    for name, pointer in table.items():
        try:
            node = _resolve_pointer(doc, pointer)
        except (KeyError, IndexError, ValueError) as exc:
            raise NameCollision(f"friendly name {name!r}: no schema at {pointer}") from exc
        if not isinstance(node, dict) or not _is_model(node):
            raise NameCollision(f"friendly name {name!r}: {pointer} is not a model schema")
        friendly[id(node)] = name
    _unwrap_single_ref_allof(doc)
    preferred = frozenset(table)
    _merge_pass(doc, friendly, preferred)
    # A merge can make two parents equal (their children now share one $ref): repeat until nothing merges.
    while True:
        count = len(doc["components"]["schemas"])
        _merge_pass(doc, {}, preferred)
        if len(doc["components"]["schemas"]) == count:
            return doc


def _merge_pass(doc: Document, friendly: dict[int, str], preferred: frozenset[str]) -> None:
    """Hoist every model site into a component, one per shape, and point its places at it."""
    sites = _sites(doc)
    groups: dict[str, _Group] = {}
    for site in sites:
        shape = _stripped(site.node)
        if site.component is None and _types(shape) == {"object", "null"}:
            shape["type"] = "object"  # a nullable place refers to the shape with ``anyOf: [$ref, null]``
        key = json.dumps(shape, sort_keys=True)
        site.group = groups.setdefault(key, _Group(key))
        site.group.sites.append(site)

    schemas: dict[str, Any] = doc.setdefault("components", {}).setdefault("schemas", {})
    ordered = list(dict.fromkeys(site.group for site in sites if site.group is not None))
    names = {group: _group_name(group, friendly, preferred) for group in ordered}
    _check_collisions(names, schemas)

    # Children first: a model's body must hold $refs to its children before it is copied.
    renames: dict[str, str] = {}
    bodies: dict[str, Any] = {}
    for site in reversed(sites):
        assert site.group is not None
        name = names[site.group]
        if site.component is not None:
            if site.component != name:
                renames[site.component] = name
            if name not in schemas or site.component == name:
                bodies[name] = site.node  # a component keeps its own body (and description)
            continue
        body = dict(site.node)
        nullable = _types(body) == {"object", "null"}
        if nullable:
            body["type"] = "object"
        if not any(s.component is not None for s in site.group.sites):
            bodies[name] = body  # overwritten until the first place in document order: its example stays
        site.node.clear()
        if nullable:
            site.node["anyOf"] = [{"$ref": f"#/components/schemas/{name}"}, {"type": "null"}]
        else:
            site.node["$ref"] = f"#/components/schemas/{name}"
    new_schemas: dict[str, Any] = {}
    for key, schema in schemas.items():
        new_key = renames.get(key, key)
        if new_key not in new_schemas:
            new_schemas[new_key] = bodies.get(new_key, schema)
    for group in ordered:
        name = names[group]
        if name not in new_schemas:
            new_schemas[name] = bodies[name]
    doc["components"]["schemas"] = new_schemas
    _rename_refs(doc, renames)


def _check_collisions(names: dict[_Group, str], schemas: dict[str, Any]) -> None:
    owners: dict[str, _Group | str] = {}
    for key in schemas:
        owners[class_name(key).lower()] = key
    for group, name in names.items():
        folded = class_name(name).lower()
        owner = owners.get(folded)
        components = {site.component for site in group.sites if site.component is not None}
        if owner is not None and owner is not group and owner not in components and owner != name:
            other = owner if isinstance(owner, str) else owner.sites[0].pointer
            raise NameCollision(f"class {class_name(name)} would name {group.sites[0].pointer} and {other}")
        owners[folded] = group


def _rename_refs(doc: Document, renames: dict[str, str]) -> None:
    if not renames:
        return
    prefix = "#/components/schemas/"
    stack: list[Any] = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(prefix) and ref[len(prefix) :] in renames:
                node["$ref"] = prefix + renames[ref[len(prefix) :]]
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Name the models of the overlaid document for the generator.")
    parser.add_argument("source", type=Path, help="the overlaid document (openapi/build/altegio.openapi.json)")
    parser.add_argument("target", type=Path, help="the generator's input to write")
    args = parser.parse_args(argv)
    doc = name_models(json.loads(args.source.read_text(encoding="utf-8")))
    args.target.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"model_names: wrote {args.target} ({len(doc['components']['schemas'])} component schemas)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
