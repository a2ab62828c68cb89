"""laylint's own English syllable counter: vowel groups plus a few dozen spelling rules tuned for
medical words and drug names, and a small exceptions table (syllable_exceptions.txt).

Permissively licensed and offline: no CMU dictionary (GPL, and textstat downloads it), no pyphen.
Numbers count as one syllable, so they are words but never long words.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

_PARTS = re.compile(r"[-\u2010\u2011\u2012\u2013\u2014/]+")  # hyphenated compounds: count each part
_DIGIT = re.compile(r"\d")
_NOT_LETTER = re.compile(r"[^a-z']")
_VOWEL_GROUP = re.compile(r"[aeiouy]+")
_THERE_WHERE = re.compile(r"^([wt]her)e(?=[a-z])")  # therefore, whereas: the e of "there" is silent
# An e that is silent before a suffix or a second word part: likely, useful, baseline, sometimes.
_SILENT_E = re.compile(r"(?<=[aeiouy][bcdfgkmnprstvz])e(?=(?:ly|ment|ments|ful|fully|ness|less|line|lines"
                       r"|style|styles|time|times|one|thing|things|where|wise|fore)$)")
# what _SILENT_E's lookahead needs the word to end with (it matches only before one of these endings)
_SILENT_E_ENDINGS = tuple("e" + ending for ending in ("ly", "ment", "ments", "ful", "fully", "ness", "less", "line", "lines",
                                                       "style", "styles", "time", "times", "one", "thing", "things",
                                                       "where", "wise", "fore"))
_CONSONANT_Y = re.compile(r"(?:^|(?<=[aeiouw]))y(?=[aeiou])")  # yes, layer, beyond
_Y_BEFORE_VOWEL = re.compile(r"y(?=[aeiou])")  # dying, myocardial: the y is a syllable of its own

# (pattern, change, needs): vowel pairs that are two syllables, silent endings and prefixes. `needs` is
# text every match of the pattern holds: a word without it skips the regex (most words hold few of them).
_ADJUSTMENTS = [(re.compile(pattern), change, needs) for pattern, change, needs in (
    (r"ia", 1, "ia"), (r"(?<=[cgt])ia(?=[ln]|$)", -1, "ia"),  # trial; special
    (r"(?<=[aeiouy]s)ia(?=[ln]|$)", -1, "ia"),  # amnesia
    (r"io", 1, "io"), (r"(?<=[tcsxgl])io(?=[nu])", -1, "io"), (r"(?<=n)ion", -1, "ion"),  # period; -tion
    (r"(?<=[nv])iou?r", -1, "io"),  # senior
    (r"eo", 1, "eo"), (r"(?<=[gc])eo(?=[nu])", -1, "eo"), (r"peop", -1, "peop"),  # video; surgeon, people
    (r"(?<![qg])ua", 1, "ua"), (r"(?<!q)uo", 1, "uo"), (r"iu", 1, "iu"), (r"ao", 1, "ao"),  # usual, duo, sodium, aorta
    (r"ei(?=ty)", 1, "ei"),  # deity
    (r"(?<![qg])ui(?=d|n|t[iy]|cid)", 1, "ui"), (r"(?<![qg])ue(?=[nlt])", 1, "ue"),  # fluid, fluent
    (r"ie(?=t)", 1, "ie"), (r"ien", 1, "ien"),  # diet, client
    (r"(?<=[^s][cst])ien|(?<=g)ien", -1, "ien"),  # patient, science
    (r"(?<=[^aeiouy])ier(?=s?$)|(?<=[^aeiouy])iest$", 1, "ie"),  # earlier, easiest
    (r"eu(?=ms?$|s$)", 1, "eu"),  # museum, nucleus
    (r"[aeiouy][^aeiouy]+[aeiou]*ea$", 1, "ea"),  # area, diarrhoea
    (r"[aeiouy][^aeiouy]*(?<![cg])ean$", 1, "ean"),  # European
    (r"(?<=[aeo])ing", 1, "ing"),  # being, going
    (r"[aiy]sms?$", 1, "sm"), (r"thms?$", 1, "thm"),  # autism, spasm, rhythm
    (r"(?<=[sdz])n't$", 1, "n't"), (r"ren't$", -1, "ren't"),  # isn't; aren't
    (r"^(?:react|reass|reinf|reint|reimb|reins[tu]|reeval|reexam|reent|reocc|reop|reapp|reanal|reall?oc"
     r"|reali[tsz]|preex|preop|coop|coord|coex|coag|creat|deact|deox)", 1, ""),
    (r"^every", -1, "every"),  # every, everyone: "ev-ry"
    (r"(?<!r)[qg]ues?$", -1, "ue"),  # technique, fatigue
    # silent final e, -es, -ed (not after a consonant + l/r: table, centre, handled; but controlled)
    (r"(?<=[^aeiouy])(?<![^aeiouylr][lr])e$", -1, "e"),
    (r"(?<=[^aeiouy])(?<![sxzcg])(?<!ch)(?<!sh)(?<![^aeiouylr][lr])es$", -1, "es"),
    (r"(?<=[^aeiouy])(?<![td])(?<![^aeiouylr][lr])ed$", -1, "ed"),
)]


def _load_exceptions() -> dict[str, int]:
    text = resources.files(__package__).joinpath("syllable_exceptions.txt").read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            word, count = line.split()
            table[word] = int(count)
    return table


EXCEPTIONS = _load_exceptions()


def count_syllables(word: str) -> int:
    """Syllables in one word as written in prose ("Rituximab", "anti-CD20", "11%", "patients’")."""
    return _count(word.lower())


@lru_cache(maxsize=65536)
def _count(word: str) -> int:
    if word.isascii() and word.isalpha() and word.islower():  # most words: one part of letters a-z, nothing to
        return max(1, _exceptions_or_rules(word))  # split off or strip (_count_part gives the same, slower)
    total = sum(_count_part(part) for part in _PARTS.split(word) if part)
    return max(1, total)


def _count_part(part: str) -> int:
    if not part.isascii():  # naïve, patients’
        part = unicodedata.normalize("NFKD", part.replace("\u2019", "'")).encode("ascii", "ignore").decode()
    letters = _NOT_LETTER.sub("", part)
    if not letters.strip("'"):
        return 1 if _DIGIT.search(part) else 0  # a number is one word of one syllable
    return _exceptions_or_rules(letters.strip("'"))


def _exceptions_or_rules(bare: str) -> int:
    """A bare word's syllables (lowercase letters and apostrophes, none at either end)."""
    if bare in EXCEPTIONS:
        return EXCEPTIONS[bare]
    if bare.endswith("'s") and bare[:-2] in EXCEPTIONS:
        return EXCEPTIONS[bare[:-2]]
    return max(1, _by_rules(bare))


@lru_cache(maxsize=65536)  # keyed on the bare word: "patients," and "Patients" are one entry
def _by_rules(word: str) -> int:
    # each rewrite runs only on words that hold what it needs (most words hold none: one regex each saved)
    if word.startswith(("ther", "wher")):
        word = _THERE_WHERE.sub(r"\1", word)
    if word.endswith(_SILENT_E_ENDINGS):
        word = _SILENT_E.sub("", word)
    if "y" in word:
        word = _CONSONANT_Y.sub("_", word)
        word = _Y_BEFORE_VOWEL.sub("y.", word)
    count = len(_VOWEL_GROUP.findall(word))
    bare = word.replace("'", "") if "n't" not in word else word
    for pattern, change, needs in _ADJUSTMENTS:
        if needs in bare:
            count += change * len(pattern.findall(bare))
    return count
