"""jargon/acronym in lab-biology summaries (issue #16, round 27): the genre signal that puts capitals-only codes in the
lab-code message, and the small readings the acronym kind asks about codes (a slash pair, a name met in another case,
a long form written elsewhere)."""

from __future__ import annotations

import re
from functools import lru_cache

from laylint.jargon.acronyms import lab_code
from laylint.jargon.lexicon import care_words
from laylint.text import HYPHENS


# after the last reported code, a slash, maybe past its +/- marker: "AMPK/mTOR", "NADP^+/NADPH", "CD4+/CD8+"
_SLASH_AFTER = re.compile(r"(?:\^?[+\u207a\u2212\u207b])?/")


def after_slash(text: str, previous_end: int, start: int) -> bool:
    return previous_end >= 0 and 0 < start - previous_end <= 3 and bool(_SLASH_AFTER.fullmatch(text, previous_end, start))


def met_in_other_case(text: str, acronym) -> bool:
    """The same name written before in another case as a word of its own ("Cas9 nuclease" ... "CAS9"): the reader
    has met it, and the first use was no acronym to report."""
    written = text[acronym.start:acronym.end]
    lowered, wanted = _lowered(text), written.lower()
    at = lowered.find(wanted, 0, acronym.start)  # str.find, not a pattern compiled for each acronym (issue #19)
    while at >= 0:
        end = at + len(written)
        other = text[at:end]
        if other != written and _name_like(other) and not (at and (text[at - 1].isalnum() or text[at - 1] == "_")) \
                and not (end < len(text) and (text[end].isalnum() or text[end] == "_")):
            return True
        at = lowered.find(wanted, at + 1, acronym.start)
    return False


@lru_cache(maxsize=4)
def _lowered(text: str) -> str:
    return text.lower()


def _name_like(word: str) -> bool:
    """A gene's or protein's name, not a plain word: a digit or a capital after its first letter ("Cas9", "Sir2";
    not "ms", "Cat", "Aids": "MS" after "Ms Smith" is still an acronym)."""
    return any(c.isdigit() for c in word) or any(c.isupper() for c in word[1:])


def lab_genre(analysis, text: str, candidates, clinical: set[str], min_codes: int, max_care_rate: float) -> bool:
    """Is the summary lab biology: at least `lab_genre_min_codes` distinct lab codes (LATS1, mRNA, CD8+; not
    `clinical_codes`), and fewer than `lab_genre_max_care_rate` words of people, studies and care per 100 words
    (a clinical summary naming CD20, CD52 and IMiD still speaks of patients and trials)?"""
    codes = set()
    for acronym in candidates:
        name = lab_code(text, acronym, clinical)
        if name:
            codes.add(name)
            if len(codes) >= min_codes:
                break
    if len(codes) < min_codes:
        return False
    words = max(len(analysis.words), 1)
    care = sum(1 for _ in care_words(analysis).finditer(text))
    return 100 * care / words < max_care_rate


def named_like_a_lab_code(text: str, acronym, clinical: set[str]) -> bool:
    """A capitals-only code (ATP, PTEN, NEMO, RBCs) that is not one a patient must be told (`clinical_codes`) and
    whose long form the summary does not write elsewhere ("Prader-Willi syndrome ... PWS": there the fix is to join
    them, and the acronym keeps its own error)."""
    key = acronym.key
    if key in clinical or text[acronym.start:acronym.end] in clinical:
        return False
    return not long_form_written(text, key)


_SMALL_WORDS = frozenset("of the and in for to a an with on by".split())


def long_form_written(text: str, key: str) -> bool:
    """Do consecutive words of the text, their first letters (small words skipped, hyphenated parts counted), spell
    the acronym ("antigen presenting cells" for APCs, "soil-transmitted helminths" for STH)?"""
    letters = (key[:-1] if key.endswith("s") and len(key) > 2 else key).lower()
    if not letters.isalpha() or len(letters) < 2:
        return False
    initials = "".join(part[0].lower() for part in re.split(rf"[\s{re.escape(HYPHENS)}/]+", text)
                       if part and part[0].isalpha() and part.lower() not in _SMALL_WORDS
                       and not part.isupper())  # not other acronyms: "AAA-to-AAG" spells nothing
    return letters in initials
