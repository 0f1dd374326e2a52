"""Find an operation by what it does: ``python -m altegio_client find "free slots"``.

Reads the small generated index packaged beside the client (``_operation_index.json``: one
entry per operation with its tag, signature, method, path and summary), never the spec, so a
search costs a few milliseconds. Words are matched against the operation's name, summary, tag
and path; Altegio's own aliases (its glossary: a location is "also known as: company, branch,
filial, salon", a team member "employee, staff, staff_member, master", ...) count as the word.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

INDEX_FILE = "_operation_index.json"

#: Field -> weight of a word found there.
_WEIGHTS = {"name": 3.0, "summary": 3.0, "tag": 2.0, "path": 1.0}
#: A word found only through an alias counts this much of a direct hit.
_ALIAS_FACTOR = 0.8
#: Subtracted from the score of an operation Altegio deprecated or replaced: its replacement,
#: matching the same words, comes first.
_REPLACED_PENALTY = 0.5

#: Words that mean the same in Altegio's API (its glossary's "Also known as", and plain English).
_ALIAS_GROUPS = (
    {"location", "company", "branch", "filial", "salon"},
    {"team", "member", "employee", "staff", "master"},
    {"appointment", "record", "booking", "visit"},
    {"event", "activity"},
    {"product", "good", "item"},
    {"membership", "abonement", "subscription"},
    {"certificate", "gift"},
    {"tag", "label"},
    {"inventory", "storage", "warehouse"},
    {"free", "available"},
    {"slot", "seance", "time", "timeslot"},
    {"deposit", "account"},
    {"customer", "client"},
    {"list", "find", "search"},
)
_ALIASES: dict[str, frozenset[str]] = {word: frozenset(group) for group in _ALIAS_GROUPS for word in group}


@dataclass(frozen=True)
class Match:
    """One operation the finder found, with its score (higher is better)."""

    score: float
    entry: dict[str, Any]

    @property
    def call(self) -> str:
        return f"client.{self.entry['tag']}.{self.entry['name']}({self.entry['signature']})"


def _stem(word: str) -> str:
    """Plural and singular alike: ``slots`` -> ``slot``, ``categories`` -> ``category``."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def words(text: str) -> list[str]:
    """Lower-case word stems of ``text``; ``snake_case`` and ``{path_params}`` split into words."""
    return [_stem(w) for w in re.findall(r"[a-z0-9]+", text.lower())]


@cache
def load_index() -> tuple[dict[str, Any], ...]:
    """The packaged operation index (one dict per operation)."""
    text = resources.files("altegio_client.api").joinpath(INDEX_FILE).read_text(encoding="utf-8")
    return tuple(json.loads(text))


def _score(query: list[str], entry: dict[str, Any]) -> float:
    fields = {field: set(words(str(entry[field]))) for field in _WEIGHTS}
    total = 0.0
    for word in query:
        best = 0.0
        for field, found in fields.items():
            if word in found:
                best = max(best, _WEIGHTS[field])
            elif _ALIASES.get(word, frozenset()) & found:
                best = max(best, _WEIGHTS[field] * _ALIAS_FACTOR)
        total += best
    if total:
        # Tie-break by how much of the name and summary the query covers ("get product" ->
        # get_product before get_product_category); a version suffix is not part of the name.
        for field in ("name", "summary"):
            own = {w for w in fields[field] if not re.fullmatch(r"v\d+", w)}
            total += len(own.intersection(query)) / len(own) if own else 0.0
        if entry["replaced_by"] or entry["deprecated"]:
            total -= _REPLACED_PENALTY
    return total


def find(query: str, *, limit: int = 10, index: tuple[dict[str, Any], ...] | None = None) -> list[Match]:
    """The operations best matching ``query``, best first (those Altegio replaced rank lower).

    Raises :class:`ValueError` when the query has no words.
    """
    query_words = list(dict.fromkeys(words(query)))
    if not query_words:
        raise ValueError(f"nothing to search for in {query!r}: give a few words, e.g. 'free slots'")
    matches = []
    for entry in index if index is not None else load_index():
        score = _score(query_words, entry)
        if score > 0:
            matches.append(Match(score, entry))
    matches.sort(key=lambda m: (-m.score, m.entry["name"]))
    return matches[:limit]


def render(match: Match) -> str:
    """Two lines: the call with its signature, then method, path, auth and summary."""
    entry = match.entry
    notes = [f"auth: {entry['auth']}"]
    if entry["paginated"]:
        notes.append("paginated")
    if entry["replaced_by"]:
        notes.append(f"use {entry['replaced_by']} instead")
    elif entry["deprecated"]:
        notes.append("deprecated")
    return f"{match.call}\n    {entry['method']} {entry['path']} · {', '.join(notes)} · {entry['summary']}"
