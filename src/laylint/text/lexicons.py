"""Lexicons: word lists in rules/lexicons/<name>.yaml and in each rule path's lexicons/ folder,
merged into one and checked on the way.

A lexicon declares its keys, each a `Field` that reads and cleans a file's value. Files merge in
order, built-in first: lists are extended, sets joined, mappings updated (a later file wins key by
key); a field may instead name its own way to combine, or another key whose entries it cancels
(jargon's `allow` removes a built-in term). Every problem is a UsageError naming the file, the line
and the key: `house/lexicons/jargon.yaml:4: terms.cohort: needs at least one plain alternative`.
"""

from __future__ import annotations

import numbers
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from laylint import yamlpos
from laylint.errors import UsageError


@dataclass(frozen=True)
class Place:
    """Where a value stands: a lexicon file and the key path inside it."""

    path: str
    keys: tuple = ()

    def __truediv__(self, key) -> "Place":
        return Place(self.path, self.keys + (key,))

    @property
    def name(self) -> str:
        return ".".join(str(key) for key in self.keys)

    def error(self, problem: str) -> UsageError:
        return UsageError(f"{self.name}: {problem}", self.path, self._line(), self.name)

    def _line(self) -> int | None:
        """Found only for an error: valid files never pay for the slower parse that keeps positions."""
        try:
            _, positions = yamlpos.load(Path(self.path).read_text(encoding="utf-8"))
        except (OSError, yamlpos.YamlError):
            return None
        return positions.at(self.keys + ("__key__",))[0]


@dataclass(frozen=True)
class Field:
    read: Callable[[Any, Place], Any]  # checks one file's value and returns it cleaned
    combine: Callable[[Any, Any], Any] | None = None  # (merged so far, this file's) -> merged
    cancels: str | None = None  # a key whose entries this key's entries remove


def merge(files: list[dict], fields: dict[str, Field]) -> dict:
    """The lexicon files (dicts with their "__path__"), checked and merged in order."""
    merged: dict = {}
    for data in files:
        where = Place(data.get("__path__", "lexicon"))
        unknown = [key for key in data if key != "__path__" and key not in fields]
        if unknown:
            raise (where / unknown[0]).error(f"unknown key (known: {', '.join(sorted(fields))})")
        for key, field in fields.items():  # in declared order, so a cancelling key comes after what it cancels
            if data.get(key) is not None:  # an empty key ("allow:") adds nothing
                value = field.read(data[key], where / key)
                merged[key] = (field.combine or _combine)(merged[key], value) if key in merged else value
                if field.cancels in merged:
                    merged[field.cancels] = _without(merged[field.cancels], value)
    return merged


def _combine(merged, value):
    if isinstance(merged, list):
        return merged + value
    if isinstance(merged, (set, frozenset)):
        return merged | value
    if isinstance(merged, dict):
        return {**merged, **value}
    return value


def _without(merged, entries):
    if isinstance(merged, dict):
        return {key: value for key, value in merged.items() if key not in entries}
    if isinstance(merged, (set, frozenset)):
        return merged - set(entries)
    return [item for item in merged if item not in entries]


# -- readers: a file's value -> the cleaned value, or a UsageError at its place -------------------

def text_value(value, where: Place) -> str:
    if not isinstance(value, str) or not value.strip():
        raise where.error(f"{value!r} is not text (quote words like \"no\" and \"on\")")
    return value.strip()


def text_list(value, where: Place) -> list[str]:
    """A list of text (a single text is a list of one)."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise where.error("must be a list of text")
    return [text_value(item, where) for item in value]


def text_set(value, where: Place) -> set[str]:
    return set(text_list(value, where))


def lowercase_set(value, where: Place) -> set[str]:
    return {item.lower() for item in text_list(value, where)}


def groups(value, where: Place) -> list[list[str]]:
    """A list of lists of text ("synonyms: [[heart attack, myocardial infarction], ...]")."""
    if not isinstance(value, list):
        raise where.error("must be a list of lists of text")
    return [text_list(group, where) for group in value]


def mapping(read_value: Callable[[Any, Place], Any]):
    """A reader of a mapping from text (lowercased) to values that `read_value` reads."""
    def read(value, where: Place) -> dict:
        if not isinstance(value, dict):
            raise where.error("must be a mapping")
        return {text_value(name, where).lower(): read_value(item, where / name) for name, item in value.items()}

    return read


def number(value, where: Place) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise where.error(f"must be a number, got {value!r}")
    return float(value)


def whole_pair(value, where: Place) -> tuple[int, int]:
    """Two whole numbers ("third: [1, 3]")."""
    if not (isinstance(value, list) and len(value) == 2
            and all(isinstance(n, int) and not isinstance(n, bool) for n in value)):
        raise where.error(f"must be two whole numbers, got {value!r}")
    return value[0], value[1]


def lowercase_text(value, where: Place) -> str:
    return text_value(value, where).lower()


def text_pairs(value, where: Place) -> list[tuple[str, str]]:
    """A list of [text, text] pairs; the second may be empty ("suffixes: [[ies, i], [s, \"\"]]")."""
    if not isinstance(value, list) or not all(
            isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair) for pair in value):
        raise where.error("must be a list of pairs of text")
    return [(first, second) for first, second in value]
