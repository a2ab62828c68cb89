"""Drug and outcome mentions: the metadata's names and aliases, widened by the lay-synonym lexicon.

Matching ignores case, plurals, -ed forms and hyphen/space differences ("urinary infection" matches
"Urinary-infections", "die" matches "died"); short all-capital aliases (MS, UTI) keep their case. Longest match wins.
One regex per distinct metadata, built once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from laylint.claims.vocabulary import alternation, ruleset_of, vocabulary

_WORD_SPLIT = re.compile(r"[\s\-‐‑–]+")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    kind: str  # "drug" | "outcome"
    name: str  # canonical name from the metadata (or the lexicon, for an undeclared comparator)
    text: str


def _is_acronym(word: str) -> bool:
    core = word[:-1] if word.endswith("s") and len(word) > 2 else word
    return len(core) >= 2 and core.isupper()


def _singular(word: str) -> str:
    if _is_acronym(word):
        return word[:-1] if word.endswith("s") and word[:-1].isupper() else word
    word = word.lower()
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def normalise(phrase: str) -> str:
    """The key a phrase is looked up by: singular, lowercase (acronyms kept), single spaces."""
    return " ".join(_singular(w) for w in _WORD_SPLIT.split(phrase.strip()) if w)


def _word_pattern(word: str) -> str:
    if _is_acronym(word):
        return f"(?-i:{re.escape(_singular(word))}s?)"
    stem = _singular(word)
    if stem.endswith("y") and len(stem) > 2 and stem[-2] not in "aeiou":
        return re.escape(stem[:-1]) + "(?:y|ies)"
    if stem.endswith(("s", "x", "ch", "sh")):
        return re.escape(stem) + "(?:es|ed)?"
    if stem.endswith("e"):
        return re.escape(stem) + "(?:s|d)?"  # "die" -> "died"
    return re.escape(stem) + "(?:s|es|ed)?"


def _phrase_pattern(phrase: str) -> str:
    return r"[\s\-‐‑–]+".join(_word_pattern(w) for w in _WORD_SPLIT.split(phrase.strip()) if w)


def _table(metadata, vocab) -> dict[str, tuple[str, str]]:
    """normalised phrase -> (kind, canonical name)."""
    groups = {normalise(w): group for group in vocab.synonyms for w in group}
    table: dict[str, tuple[str, str]] = {}
    declared = [("drug", metadata.drugs), ("outcome", metadata.outcomes)]
    for kind, names in declared:
        for name, aliases in names.items():
            for phrase in [name, *aliases]:
                table[normalise(phrase)] = (kind, name)
    for kind, names in declared:  # lexicon synonyms never override a declared name
        for name, aliases in names.items():
            for phrase in [name, *aliases]:
                for synonym in groups.get(normalise(phrase), ()):
                    table.setdefault(normalise(synonym), (kind, name))
    for group in vocab.comparators:
        for word in group:
            table.setdefault(normalise(word), ("drug", group[0]))
    return table


def _matcher(metadata, vocab):
    """One regex with a named group per phrase (longest first); the group names the entry."""
    table = _table(metadata, vocab)
    if not table:
        return None, []
    phrases = sorted(table, key=len, reverse=True)
    body = "|".join(f"(?P<p{index}>{_phrase_pattern(p)})" for index, p in enumerate(phrases))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE), [table[p] for p in phrases]


def _key(metadata) -> tuple:
    freeze = lambda names: tuple((n, tuple(a)) for n, a in names.items())  # noqa: E731
    return ("claims.mentions", freeze(metadata.drugs), freeze(metadata.outcomes))


def find(analysis) -> list[Mention]:
    metadata = analysis.metadata
    if metadata is None:
        return []
    vocab = vocabulary(analysis)
    compiled, table = ruleset_of(analysis).memo(_key(metadata), lambda: _matcher(metadata, vocab))
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
    return _other_arms(analysis, found, vocab)


def _other_arms(analysis, found: list[Mention], vocab) -> list[Mention]:
    """"For every 100 people not taking the pill": a drug named after a negation is the other arm,
    read as the comparator of that drug's findings when they have exactly one; else not a mention."""
    if not vocab.negated_arm or not any(m.kind == "drug" for m in found):
        return found
    from laylint.claims.judge import comparator_names

    negation = ruleset_of(analysis).memo("claims.negated-arm", lambda: re.compile(
        rf"\b(?:{alternation(vocab.negated_arm)})\s+(?:(?:the|a|an|any)\s+)?\Z", re.IGNORECASE))
    metadata, text, kept = analysis.metadata, analysis.text, []
    for mention in found:
        if mention.kind == "drug" and negation.search(text, max(0, mention.start - 40), mention.start):
            others = _comparators(metadata, mention.name, comparator_names)
            if len(others) > 1:  # the drug's comparator for the outcome named next ("... about 18 had bleeding")
                near = {m.name for m in found if m.kind == "outcome" and mention.end <= m.start < mention.end + 200
                        and "\n\n" not in text[mention.end:m.start]}
                others = _comparators(metadata, mention.name, comparator_names, near) if near else others
            if len(others) != 1:
                continue
            mention = Mention(mention.start, mention.end, "drug", others.pop(), mention.text)
        kept.append(mention)
    return kept


def _comparators(metadata, drug: str, comparator_names, outcomes=None) -> set[str]:
    return {name for f in metadata.findings if f.drug == drug and (outcomes is None or f.outcome in outcomes)
            for name in comparator_names(f, metadata)}
