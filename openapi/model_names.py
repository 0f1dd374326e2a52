"""Model names people can read, and one class per shape: the overlaid document -> the generator's input.

openapi-python-client names an inline schema after where it sits (``<Parent><Property>``,
``...Item`` for array items, ``...Type0`` for union branches) and makes one class per place, so a
shape used in many places becomes many identical classes, and the entities users touch most are
called ``RecordsCompanyidResponseDataTypesDataItem``. Names and merges are code shape, not facts
about the API, so this stage runs after the overlays and only the generator reads its output
(contract tests and the testing kit read the overlaid document).

1. Every schema the generator would make a class or a literal-enum module of (an object, an
   enum) becomes a component, and each place that held it a ``$ref``. Schemas equal but for
   ``example``/``examples`` (sample payloads: any one illustrates the shape) and for spellings the
   generator reads alike (``additionalProperties: true`` or absent, integer ``format``) are one
   component. Descriptions count: they become the class and attribute docstrings, and prose
   written for one place ("team member who sold the product") must not land on another.
   A place's ``default`` stays at the place (``allOf: [$ref]`` beside it, which the generator
   reads as the referenced class with that default); a nullable place becomes ``anyOf: [$ref, null]``.
2. Names: a component keeps its key; :data:`FRIENDLY_NAMES` names the entities users read most;
   any other shape is named like the generator would name it at its shortest-named place, below
   the already chosen name of the model holding it, so nested models follow their entity
   (``Appointment`` -> ``AppointmentClient``), and a nullable union's only branch takes no ``Type0``.
   A few undocumented shapes shared by unrelated places are named for what they are
   (:data:`_GENERIC_NAMES`: ``JsonObject``, ``ZeroOrOne``, ``IdAndTitle``, ``ErrorMessage``).
3. Two shapes that would get one class name (case-insensitively: module files) raise
   :class:`NameCollision`, and ``make generate`` stops.
"""

from __future__ import annotations

import argparse
import copy
import itertools
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
    # `/anyOf/0`: overlays.example_shapes also admits the documented example's list (docs/wire-corrections.md)
    "team_member": f"{_C}company_companyid_staff_staffid_response_data_types/properties/data/anyOf/0",
    "team_member_list_item": f"{_C}staff_list_response/properties/data/items",  # get_team_member_list
    "service": f"{_C}service",  # "Matches the output of the service detail API"
    # get_service:
    "service_details": f"{_C}company_companyid_services_serviceid_response200_data_types/properties/data/anyOf/0",
    "service_list_item": f"{_C}services_list_response/properties/data/items",  # get_service_list
    "service_category": f"{_C}service_category",
    "location": f"{_C}company_get_response_data_types/properties/data",  # get_location
    "location_list_item": f"{_C}companies_data_types/properties/data/items",  # get_location_list
    "schedule": "#/paths/~1v1~1company~1{location_id}~1staff~1schedule/get/responses/200/content/application~1json"
    "/schema/properties/data/items",  # get_team_member_schedule_list
    "slot": f"{_C}book_times_companyid_data_types/properties/data/items",  # get_time_slots_for_booking
    "membership": f"{_C}loyalty_abonements_response_data_types/properties/data/items",  # get_client_memberships
    "gift_card": f"{_C}loyalty_certificates_response_data_types/properties/data/items",  # get_client_gift_cards
    "product": f"{_C}goods_company_goods_id_response200_data_types/properties/data/anyOf/0",  # get_product
    "product_list_item": f"{_C}goods_list_response/properties/data/items",  # get_products_list
    "transaction": f"{_C}transaction_companyid_response_data_types/properties/data/items",  # get_transactions
    "product_transaction": f"{_C}storages_transaction_response_data_types/properties/data/items",
}

_HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs")
_SCHEMA_SINGLES = ("items", "additionalProperties", "not", "contains", "propertyNames")
_SCHEMA_LISTS = ("allOf", "oneOf", "anyOf", "prefixItems")
_REF = "#/components/schemas/"
#: Undocumented shapes shared by unrelated places (an appointment's ``custom_fields``, a client's
#: ``sms_check``): named for what they are, not for whichever place has the shortest name.
_GENERIC_NAMES = {
    json.dumps(shape, sort_keys=True): name
    for shape, name in (
        ({"type": "object"}, "json_object"),  # no documented keys
        ({"type": "integer", "enum": [0, 1]}, "zero_or_one"),
        ({"type": "object", "properties": {"id": {"type": "integer"}, "title": {"type": "string"}}}, "id_and_title"),
        ({"type": "object", "properties": {"message": {"type": "string"}}}, "error_message"),
    )
}


class NameCollision(ValueError):
    """Two different shapes would be generated under one class name, or a friendly name points nowhere."""


@dataclass(eq=False)
class _Site:
    """One place where the generator would make a class (or a literal enum) of ``node``."""

    node: dict[str, Any]
    pointer: str
    parent: _Site | None  # the model holding this one; None at a root (component, body, response)
    words: list[str]  # the name below the parent, or the whole name at a root
    component: str | None  # the key, when the site is a component schema itself
    group: _Group | None = None


@dataclass(eq=False)
class _Group:
    """Sites whose schemas are one shape: one component, one class."""

    shape: str
    sites: list[_Site] = field(default_factory=list)
    name: str | None = None


def words_of(text: str) -> list[str]:
    """The words of a JSON key as the generator splits them (camelCase, ``_``, ``-``, ``.``, space)."""
    text = "".join(c for c in text if c.isidentifier() or c.isdecimal() or c in ". _-")
    if any(c.isupper() for c in text):
        text = " ".join(re.split("([A-Z]?[a-z]+)", text))
    return re.findall(r"[^. _-]+", text)


def class_name(key: str) -> str:
    """The class openapi-python-client 0.29 makes of a component key (its ``pascal_case``)."""
    return "".join(word if word.isupper() else word.capitalize() for word in words_of(key))


def _key(words: list[str]) -> str:
    """A snake_case component key of ``words``; leading numbers go last (``401_x`` is no identifier)."""
    words = [word.lower() for word in words]
    leading = 0
    while leading < len(words) and words[leading][:1].isdigit():
        leading += 1
    return "_".join(words[leading:] + words[:leading])


def _types(schema: dict[str, Any]) -> set[str]:
    kind = schema.get("type")
    return {str(k) for k in kind} if isinstance(kind, list) else {kind} if isinstance(kind, str) else set()


def _is_model(schema: dict[str, Any]) -> bool:
    """Would the generator make a class or a literal-enum module of ``schema``, where it stands?"""
    if {"$ref", "allOf", "oneOf", "anyOf"} & set(schema):
        return False  # a reference, or a union / merge of other schemas
    if "enum" in schema:
        return any(value is not None for value in schema["enum"])
    kinds = _types(schema) - {"null"}
    return kinds == {"object"} or (not kinds and "properties" in schema)


def _is_null(schema: Any) -> bool:
    return isinstance(schema, dict) and _types(schema) == {"null"} and set(schema) <= {"type", "description"}


def _comparable(schema: Any) -> Any:
    """``schema`` as the generator reads it, for comparing shapes: no examples, defaults spelled or not.

    Only schema positions are cleaned: a property may be called ``example``.
    """
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in ("example", "examples") or (key, value) == ("properties", {}):
            continue
        if key == "additionalProperties" and value in (True, {}):
            continue  # absent, true and {} all mean "any other key"
        if key == "format" and _types(schema) & {"integer", "number"}:
            continue  # int32/int64/float/double: the generator makes int and float of them alike
        if key in _SCHEMA_MAPS and isinstance(value, dict):
            out[key] = {name: _comparable(sub) for name, sub in value.items()}
        elif key in _SCHEMA_SINGLES:
            out[key] = _comparable(value)
        elif key in _SCHEMA_LISTS and isinstance(value, list):
            out[key] = [_comparable(sub) for sub in value]
        else:
            out[key] = value
    return out


def _place_free(schema: dict[str, Any]) -> dict[str, Any]:
    """The shape without what belongs to the place holding it: its default and its nullability."""
    body = {key: value for key, value in schema.items() if key != "default"}
    if "object" in _types(body) and "null" in _types(body):
        body["type"] = "object"
    return body


def _children(schema: dict[str, Any], pointer: str) -> Iterator[tuple[Any, str, list[str]]]:
    """``(schema, pointer, words it adds to a generated name)`` for each schema nested in ``schema``."""
    for name, sub in (schema.get("properties") or {}).items():
        yield sub, f"{pointer}/properties/{_escape(name)}", words_of(name)
    if isinstance(schema.get("items"), dict):
        yield schema["items"], f"{pointer}/items", ["item"]
    if isinstance(schema.get("additionalProperties"), dict):
        yield schema["additionalProperties"], f"{pointer}/additionalProperties", ["additional", "property"]
    index = 0  # the generator numbers anyOf then oneOf branches in one sequence (Type0, Type1, ...)
    for key in ("anyOf", "oneOf"):
        branches = schema.get(key) or []
        only_branch = len([branch for branch in branches if not _is_null(branch)]) == 1
        for position, branch in enumerate(branches):
            yield branch, f"{pointer}/{key}/{position}", [] if only_branch else ["type", str(index)]
            index += 1
    for position, member in enumerate(schema.get("allOf") or []):
        # allOf members merge into the model holding them: their properties are its properties.
        if isinstance(member, dict):
            yield from _children(member, f"{pointer}/allOf/{position}")


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _roots(doc: Document) -> Iterator[tuple[Any, str, list[str], str | None]]:
    """``(schema, pointer, name words, component key or None)`` for each top-level schema."""
    components = doc.get("components", {})
    for key, schema in components.get("schemas", {}).items():
        yield schema, f"{_REF}{_escape(key)}", [key], key
    for key, parameter in components.get("parameters", {}).items():
        yield parameter.get("schema"), f"#/components/parameters/{_escape(key)}/schema", words_of(key), None
    for kind, suffix in (("responses", "response"), ("requestBodies", "body")):
        for key, holder in components.get(kind, {}).items():
            for media, body in (holder.get("content") or {}).items():
                pointer = f"#/components/{kind}/{_escape(key)}/content/{_escape(media)}/schema"
                yield body.get("schema"), pointer, [*words_of(key), suffix], None
    for path, item in doc.get("paths", {}).items():
        for method in _HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            base = f"#/paths/{_escape(path)}/{method}"
            name = words_of(operation.get("operationId") or f"{method}_{path}")
            for index, parameter in enumerate(operation.get("parameters") or []):
                if isinstance(parameter, dict) and "name" in parameter:
                    words = [*name, *words_of(parameter["name"])]
                    yield parameter.get("schema"), f"{base}/parameters/{index}/schema", words, None
            for media, body in ((operation.get("requestBody") or {}).get("content") or {}).items():
                yield body.get("schema"), f"{base}/requestBody/content/{_escape(media)}/schema", [*name, "body"], None
            for status, response in (operation.get("responses") or {}).items():
                for media, body in ((response or {}).get("content") or {}).items():
                    pointer = f"{base}/responses/{_escape(str(status))}/content/{_escape(media)}/schema"
                    yield body.get("schema"), pointer, [*name, "response", str(status)], None


def _sites(doc: Document) -> list[_Site]:
    """Every place the generator would make a class, parents before children, in document order."""
    found: list[_Site] = []

    def visit(schema: Any, pointer: str, parent: _Site | None, words: list[str], component: str | None) -> None:
        if not isinstance(schema, dict) or "$ref" in schema:
            return
        # A component made of allOf is a class of its own; an inline allOf is left to the generator.
        if _is_model(schema) or (component is not None and "allOf" in schema):
            site = _Site(schema, pointer, parent, words, component)
            found.append(site)
            parent, words = site, []
        for sub, sub_pointer, sub_words in _children(schema, pointer):
            visit(sub, sub_pointer, parent, words + sub_words, None)

    for schema, pointer, words, component in _roots(doc):
        visit(schema, pointer, None, words, component)
    return found


def _resolve_pointer(doc: Document, pointer: str) -> Any:
    node: Any = doc
    for token in pointer.removeprefix("#/").split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


class _Namer:
    """Chooses each group's component key (the module docstring gives the order of the rules)."""

    def __init__(self, friendly: dict[int, str], preferred: frozenset[str], schemas: dict[str, Any]) -> None:
        self.friendly = friendly
        self.preferred = preferred
        # Folded class name -> who has it: a component key, or a group. Folded: module files may
        # live on a case-insensitive file system.
        self.owner_of: dict[str, object] = {class_name(key).lower(): key for key in schemas}

    def name(self, group: _Group) -> str:
        if group.name is None:
            group.name = self._choose(group)
            self.owner_of[class_name(group.name).lower()] = group
        return group.name

    def _free(self, name: str, group: _Group) -> bool:
        owner = self.owner_of.get(class_name(name).lower())
        return owner is None or owner is group or owner in {site.component for site in group.sites}

    def _choose(self, group: _Group) -> str:
        named = sorted({self.friendly[id(site.node)] for site in group.sites if id(site.node) in self.friendly})
        components = [site.component for site in group.sites if site.component is not None]
        if len(named) > 1:
            raise NameCollision(f"one shape has two friendly names {named}: {group.sites[0].pointer}")
        if named or components:
            chosen = named[0] if named else next((k for k in components if k in self.preferred), components[0])
            if not self._free(chosen, group):
                owner = self.owner_of[class_name(chosen).lower()]
                other = owner.sites[0].pointer if isinstance(owner, _Group) else f"{_REF}{owner}"
                raise NameCollision(f"class {class_name(chosen)} would name both {group.sites[0].pointer} and {other}")
            return chosen
        if group.shape in _GENERIC_NAMES and self._free(_GENERIC_NAMES[group.shape], group):
            return _GENERIC_NAMES[group.shape]
        candidates = []
        for order, site in enumerate(group.sites):
            holder = site.parent.group if site.parent is not None else None
            candidate = _key(([self.name(holder)] if holder is not None else []) + site.words)
            candidates.append((len(class_name(candidate)), order, candidate))
        ranked = [candidate for _, _, candidate in sorted(candidates)]
        # A place name can be a component's key already (a union component makes no class of its
        # own name, so the generator itself would have used it): take the next place, else say
        # what kind of schema it is, else number it.
        kind = "enum" if "enum" in group.sites[0].node else "object"
        numbered = (f"{ranked[0]}_{kind}_{n}" for n in itertools.count(2))
        candidates_in_order = itertools.chain(ranked, [f"{ranked[0]}_{kind}"], numbered)
        return next(candidate for candidate in candidates_in_order if self._free(candidate, group))


def name_models(doc: Document, friendly_names: dict[str, str] | None = None) -> Document:
    """A copy of ``doc`` in which every model is a named component, one per shape.

    ``friendly_names`` (default :data:`FRIENDLY_NAMES`): component key -> JSON pointer of the
    schema to give that name.
    """
    doc = copy.deepcopy(doc)
    table = FRIENDLY_NAMES if friendly_names is None else friendly_names
    friendly: dict[int, str] = {}
    for name, pointer in table.items():
        try:
            node = _resolve_pointer(doc, pointer)
        except (KeyError, IndexError, ValueError) as exc:
            raise NameCollision(f"friendly name {name!r}: no schema at {pointer}") from exc
        if not isinstance(node, dict) or not _is_model(node):
            raise NameCollision(f"friendly name {name!r}: {pointer} is not an object or enum schema")
        friendly[id(node)] = name
    preferred = frozenset(table)
    _merge_pass(doc, friendly, preferred)
    # Merging children can make their parents equal (both now hold one $ref): repeat until stable.
    while True:
        count = len(doc["components"]["schemas"])
        _merge_pass(doc, {}, preferred)
        if len(doc["components"]["schemas"]) == count:
            return doc


def _merge_pass(doc: Document, friendly: dict[int, str], preferred: frozenset[str]) -> None:
    """Make every site a component, one per shape, and point each place at it."""
    sites = _sites(doc)
    groups: dict[str, _Group] = {}
    for site in sites:
        shape = _comparable(site.node if site.component is not None else _place_free(site.node))
        key = json.dumps(shape, sort_keys=True)
        site.group = groups.setdefault(key, _Group(key))
        site.group.sites.append(site)
    schemas: dict[str, Any] = doc.setdefault("components", {}).setdefault("schemas", {})
    namer = _Namer(friendly, preferred, schemas)
    names = {group: namer.name(group) for group in groups.values()}

    renames: dict[str, str] = {}  # component key -> the key of the component it merged into
    bodies: dict[str, Any] = {}
    # Children first, so a body holds the $refs of its children when it is taken.
    for site in reversed(sites):
        assert site.group is not None
        name = names[site.group]
        if site.component is not None:
            if site.component != name:
                renames[site.component] = name
            if site.component == name or name not in schemas:
                bodies[name] = site.node
            continue
        if not any(other.component is not None for other in site.group.sites):
            bodies[name] = _place_free(site.node)  # the last write is the first place: its example stays
        place: dict[str, Any] = {"$ref": _REF + name}
        if "null" in _types(site.node) and "object" in _types(site.node):
            place = {"anyOf": [place, {"type": "null"}]}
        elif "default" in site.node:
            place = {"allOf": [place]}  # a bare $ref would drop the default
        if "default" in site.node:
            place["default"] = site.node["default"]
        site.node.clear()
        site.node.update(place)

    merged: dict[str, Any] = {}
    for key, schema in schemas.items():
        new_key = renames.get(key, key)
        merged.setdefault(new_key, bodies.get(new_key, schema))
    for name in names.values():
        merged.setdefault(name, bodies[name])
    doc["components"]["schemas"] = merged
    _rename_refs(doc, renames)


def _rename_refs(doc: Document, renames: dict[str, str]) -> None:
    if not renames:
        return
    stack: list[Any] = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(_REF) and ref[len(_REF) :] in renames:
                node["$ref"] = _REF + renames[ref[len(_REF) :]]
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the generator's input: the overlaid document, models named.")
    parser.add_argument("source", type=Path, help="the overlaid document (openapi/build/altegio.openapi.json)")
    parser.add_argument("target", type=Path, help="the generator's input to write")
    args = parser.parse_args(argv)
    doc = name_models(json.loads(args.source.read_text(encoding="utf-8")))
    args.target.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"model_names: wrote {args.target} ({len(doc['components']['schemas'])} component schemas)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
