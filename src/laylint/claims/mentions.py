"""Drug and outcome mentions: the metadata's names and aliases, widened by the lay-synonym lexicon.

Matching ignores case, plurals, -ed forms, British/American spellings and hyphen/space differences
("urinary infection" matches "Urinary-infections", "die" matches "died", "anemia" matches "anaemia");
words in capitals (MS, UTI) keep their case. Longest match wins. One regex per distinct metadata,
built once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from laylint.claims.denominator_nouns import without_denominator_nouns
from laylint.claims.vocabulary import vocabulary
from laylint.text import alternation, key, phrase_pattern


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
    text = analysis.text
    for match in compiled.finditer(text):
        kind, name = table[int(match.lastgroup[1:])]
        mention = Mention(match.start(), match.end(), kind, name, match.group(0))
        last = found[-1] if found else None
        if last is not None and last.kind == kind == "drug" and not text[last.end:mention.start].strip():
            continue  # "ethinylestradiol 30 μg OCPs": the class word after a named drug is part of its name
        found.append(mention)
    return _other_arms(analysis, without_denominator_nouns(text, found), vocab)


def _other_arms(analysis, found: list[Mention], vocab) -> list[Mention]:
    """"For every 100 people not taking the pill": a drug named after a negation is the other arm,
    read as the comparator of that drug's findings when they have exactly one; else not a mention."""
    if not vocab.negated_arm or not any(m.kind == "drug" for m in found):
        return found
    from laylint.claims.comparators import comparator_names

    negation = analysis.shared("claims.negated-arm", lambda: re.compile(
        rf"\b(?:{alternation(vocab.negated_arm)})\s+(?:(?:the|a|an|any)\s+)?\Z", re.IGNORECASE))
    metadata, text, kept = analysis.metadata, analysis.text, []
    for mention in found:
        if mention.kind == "drug" and negation.search(text, max(0, mention.start - 40), mention.start):
            others = _comparators(metadata, mention.name, comparator_names)
            if len(others) > 1:  # the drug's comparator for the outcome named next ("... about 18 had bleeding")
                near = {m.name for m in found if m.kind == "outcome" and mention.end <= m.start < mention.end + 200
                        and "\n\n" not in text[mention.end:m.start]}
                near = near or {m.name for m in found if m.kind == "outcome" and mention.start - 120 <= m.end <= mention.start
                                and not re.search(r"\n\n|[.!?]\s", text[m.end:mention.start])}  # or just before, same sentence
                others = _comparators(metadata, mention.name, comparator_names, near) if near else others
            if len(others) != 1:
                continue
            mention = Mention(mention.start, mention.end, "drug", others.pop(), mention.text)
        kept.append(mention)
    return kept


def _comparators(metadata, drug: str, comparator_names, outcomes=None) -> set[str]:
    return {name for f in metadata.findings if f.drug == drug and (outcomes is None or f.outcome in outcomes)
            for name in comparator_names(f, metadata)}
