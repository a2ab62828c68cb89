"""Drug and outcome mentions: the metadata's names and aliases, widened by the lay-synonym lexicon.

Matching ignores case, plurals, -ed forms, British/American spellings and hyphen/space differences
("urinary infection" matches "Urinary-infections", "die" matches "died", "anemia" matches "anaemia");
words in capitals (MS, UTI) keep their case. Longest match wins. One regex per distinct metadata,
built once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from laylint.claims.vocabulary import vocabulary
from laylint.text import key, phrase_pattern


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    kind: str  # "drug" | "outcome"
    name: str  # canonical name from the metadata (or the lexicon, for an undeclared comparator)
    text: str


def _table(metadata, vocab) -> dict[str, tuple[str, str]]:
    """phrase key -> (kind, canonical name)."""
    groups = {key(word): group for group in vocab.synonyms for word in group}
    table: dict[str, tuple[str, str]] = {}
    declared = [("drug", metadata.drugs), ("outcome", metadata.outcomes)]
    for kind, names in declared:
        for name, aliases in names.items():
            for phrase in [name, *aliases]:
                table[key(phrase)] = (kind, name)
    for kind, names in declared:  # lexicon synonyms never override a declared name
        for name, aliases in names.items():
            for phrase in [name, *aliases]:
                for synonym in groups.get(key(phrase), ()):
                    table.setdefault(key(synonym), (kind, name))
    for group in vocab.comparators:
        for word in group:
            table.setdefault(key(word), ("drug", group[0]))
    return table


def _matcher(metadata, vocab):
    """One regex with a named group per phrase (longest first); the group names the entry."""
    table = _table(metadata, vocab)
    if not table:
        return None, []
    phrases = sorted(table, key=len, reverse=True)
    body = "|".join(f"(?P<p{index}>{phrase_pattern(p)})" for index, p in enumerate(phrases))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE), [table[p] for p in phrases]


def _memo_key(metadata) -> tuple:
    freeze = lambda names: tuple((n, tuple(a)) for n, a in names.items())  # noqa: E731
    return ("claims.mentions", freeze(metadata.drugs), freeze(metadata.outcomes))


def find(analysis) -> list[Mention]:
    metadata = analysis.metadata
    if metadata is None:
        return []
    vocab = vocabulary(analysis)
    compiled, table = analysis.shared(_memo_key(metadata), lambda: _matcher(metadata, vocab))
    if compiled is None:
        return []
    found = []
    for match in compiled.finditer(analysis.text):
        kind, name = table[int(match.lastgroup[1:])]
        found.append(Mention(match.start(), match.end(), kind, name, match.group(0)))
    return found
