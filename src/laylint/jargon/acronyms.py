"""Acronyms in prose and where they are defined (Schwartz & Hearst 2003, "A simple algorithm for
identifying abbreviation definitions in biomedical text"): "multiple sclerosis (MS)" or "MS (multiple sclerosis)"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from laylint.text import HYPHENS, hyphen_parts

# words (or the end of a hyphenated word) with a capital in them: the only places an acronym can be
_CANDIDATE = re.compile(rf"(?<![^\W_])[^\W_]*[A-Z][^\W_]*(?:[{HYPHENS}][^\W_]+)*")
_PAREN = re.compile(r"\(([^()]{1,200})\)")
_WINDOW = 1000  # characters before a bracket that can hold its long form or short form


@dataclass(frozen=True)
class Acronym:
    start: int
    end: int
    key: str  # the short form without a plural s: "UTIs" -> "UTI"


def key_of(word: str) -> str:
    if len(word) > 2 and word.endswith("s") and word[:-1].upper() == word[:-1] and not word[-2].isdigit():
        return word[:-1]
    return word


def is_acronym(word: str, min_capitals: int = 2) -> bool:
    """MS, UTI, CD20, mRNA, IgG, COVID-19: enough capitals, and no more lowercase than capitals."""
    if word.islower() or word[1:].islower():
        return False  # the common case, decided cheaply
    capitals = sum(c.isupper() for c in word)
    lowers = sum(c.islower() for c in key_of(word))
    return capitals >= min_capitals and lowers <= capitals and not word.isdigit()


def find_acronyms(text: str, min_capitals: int = 2) -> list[Acronym]:
    """Each acronym, whole ("COVID-19", "SARS-CoV-2") or as part of a hyphenated word ("anti-CD20" -> CD20)."""
    found = []
    for match in _CANDIDATE.finditer(text):
        word = match.group()
        if word.islower() or word[1:].islower():
            continue
        parts = hyphen_parts(word)
        if is_acronym(word, min_capitals) and all(is_acronym(p, 1) or p.isdigit() for p in parts):
            found.append(Acronym(match.start(), match.end(), key_of(word)))
            continue
        position = match.start()
        for part in parts:
            if is_acronym(part, min_capitals):
                found.append(Acronym(position, position + len(part), key_of(part)))
            position += len(part) + 1
    return found


def drop_capital_runs(text: str, found: list[Acronym], min_run: int) -> list[Acronym]:
    """Leave out runs of min_run or more capitalised words in a row ("DIOXYGENASE FOR AUXIN OXIDATION"):
    a name or emphasis written in capitals, not acronyms to spell out."""
    kept, run = [], []
    for acronym in found + [None]:
        if acronym and run and not text[run[-1].end:acronym.start].strip():
            run.append(acronym)
            continue
        if len(run) < min_run:
            kept += run
        run = [acronym] if acronym else []
    return kept


def best_long_form(short: str, long: str) -> str | None:
    """The shortest end of `long` whose letters spell `short` in order, the first at a word start."""
    s, l = len(short) - 1, len(long) - 1
    while s >= 0:
        char = short[s].lower()
        if not char.isalnum():
            s -= 1
            continue
        while l >= 0 and (long[l].lower() != char or (s == 0 and l > 0 and long[l - 1].isalnum())):
            l -= 1
        if l < 0:
            return None
        l -= 1
        s -= 1
    return long[long.rfind(" ", 0, l + 1) + 1:]


def defines(short: str, long: str) -> bool:
    """Does `long` spell `short`? Digits may be left out of the long form ("carbon dioxide (CO2)")."""
    if best_long_form(short, long):
        return True
    letters = "".join(c for c in short if not c.isdigit())
    return letters != short and len(letters) >= 2 and bool(best_long_form(letters, long))


def definitions(text: str, sentences, min_capitals: int = 2) -> dict[str, int]:
    """Acronym key -> prose offset of its first definition, in either order, within one sentence."""
    defined: dict[str, int] = {}
    for sentence in sentences:
        for paren in _PAREN.finditer(text, sentence.start, sentence.end):
            inner = paren.group(1).strip()
            short = re.split(r"[,;]\s*", inner)[0].strip()
            # a window, not the whole sentence: a long sentence full of brackets was quadratic
            before = text[max(sentence.start, paren.start() - _WINDOW):paren.start()].rstrip()
            if short and " " not in short and is_acronym(short, min_capitals):
                # long form (SF): at most min(|SF| + 5, 2 |SF|) words before the bracket
                limit = min(len(short) + 5, 2 * len(short))
                words = before.split()[-limit:]
                if words and defines(key_of(short), " ".join(words)):
                    defined.setdefault(key_of(short), paren.start())
                continue
            previous = re.search(r"(\S+)\s*$", before)
            if previous and is_acronym(previous.group(1), min_capitals) and defines(key_of(previous.group(1)), inner):
                defined.setdefault(key_of(previous.group(1)), sentence.start + previous.start(1))
    return defined
