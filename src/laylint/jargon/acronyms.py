"""Acronyms in prose and where they are defined (Schwartz & Hearst 2003, "A simple algorithm for
identifying abbreviation definitions in biomedical text"): "multiple sclerosis (MS)" or "MS (multiple sclerosis)"."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from laylint.jargon.long_form import initials_hold, initials_in_order
from laylint.text import HYPHENS, fold, hyphen_parts

# words (or the end of a hyphenated word) with a capital in them: the only places an acronym can be
_CANDIDATE = re.compile(rf"(?<![^\W_])[^\W_]*[A-Z][^\W_]*(?:[{HYPHENS}][^\W_]+)*")
_PAREN = re.compile(r"\(([^()]{1,200})\)")
# a square bracket defines as a round one does: "very low density lipoprotein [VLDL]", "mean difference [MD]"; read
# on its own, since it may stand inside a round one ("(... particle concentration [VLDL])") (issue #16, round 29)
_SQUARE = re.compile(r"\[([^\[\]()]{1,200})\]")
# "tumour necrosis factor and interleukin 6 (TNF and IL-6, respectively)": each acronym's long form is one item of
# the list before the bracket, so the long form is looked for among more words
_RESPECTIVELY = re.compile(r"[,;]?\s*respectively\s*$", re.I)
# An en dash typed for a hyphen inside a name ("J\u2013START", "COVID\u201319", "non\u2013HDL") is read as a hyphen;
# not between two acronyms ("HIV\u2013AIDS": maybe a dash) nor in a range ("types A\u2013C", "stages I\u2013III")
_JOINING_DASH = re.compile(r"(?<=\b[A-Z])\u2013(?=(?![IVXLC]+\b)[A-Z]{3})|(?<=[A-Z])\u2013(?=\d)|(?<=[a-z]{2})\u2013(?=[A-Z])")
_WINDOW = 1000  # characters before a bracket that can hold its long form or short form


@dataclass(frozen=True)
class Acronym:
    start: int
    end: int
    key: str  # the short form without a plural s: "UTIs" -> "UTI"


def key_of(word: str) -> str:
    """The short form as one name: without a plural s ("UTIs" -> "UTI"), its hyphens plain ("PD\u20111" -> "PD-1",
    so it meets the `clinical_codes` and its other uses)."""
    if "\u2010" in word or "\u2011" in word:
        word = fold(word)
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
    """Each acronym, whole ("COVID-19", "SARS-CoV-2"), after a word prefix ("anti-PD-1" -> PD-1,
    "non-HDL" -> HDL) or as part of a hyphenated word ("TNF-alpha" -> TNF)."""
    found = []
    if "\u2013" in text:  # the pattern needs an en dash; its lookbehinds are slow on text without one
        text = _JOINING_DASH.sub("-", text)  # same length: offsets hold
    for match in _candidate_words(text, _WORTH_READING):
        word = match.group()
        position = match.start()
        if escaped(text, position, word):
            word, position = word[1:], position + 1  # "\\nCKD" (a literal backslash-n): the escape is not a letter
        if word.islower() or word[1:].islower() or "_" in text[position - 1:position] + text[match.end():match.end() + 1]:
            continue  # lowercase, or part of a name_with_underscores ("EVALUATOR_FEEDBACK"): a template's leftover
        parts = hyphen_parts(word)
        while len(parts) > 1 and parts[0].isalpha() and (parts[0].islower() or parts[0][1:].islower()):
            position += len(parts[0]) + 1  # a word prefix: anti-, non-, pre-, Anti-
            parts = parts[1:]
        rest = text[position:match.end()]
        # "1a" in "IL-1a" or "IL-1a-IL-1RI-CXCR2": a chain of codes is one name, not fragments (issue #16)
        if is_acronym(rest, min_capitals) and all(is_acronym(p, 1) or p.isdigit() or _CODE_PART.fullmatch(p) for p in parts):
            found.append(Acronym(position, match.end(), key_of(rest)))
            continue
        index = 0
        while index < len(parts):
            part = parts[index]
            run = _code_run(parts, index)  # "IL-1a" in "IL-1a-deficient": the code whole, not "IL" (issue #16)
            if run > index + 1 and is_acronym("-".join(parts[index:run]), min_capitals):
                end = position + sum(len(p) + 1 for p in parts[index:run]) - 1
                found.append(Acronym(position, end, fold(text[position:end])))
                position, index = end + 1, run
                continue
            if is_acronym(part, min_capitals):
                found.append(Acronym(position, position + len(part), key_of(part)))
            position += len(part) + 1
            index += 1
    return found


def _code_run(parts: list[str], index: int) -> int:
    """The end of a run of code parts from `index` that holds a digit-and-letter part ("IL", "1a"), else index + 1:
    only such a part joins, so "HIV-1-infected" still reads HIV and "TNF-alpha" TNF."""
    end = index
    while end < len(parts) and (is_acronym(parts[end], 1) or parts[end].isdigit() or _CODE_PART.fullmatch(parts[end])):
        end += 1
    return end if any(_CODE_PART.fullmatch(p) for p in parts[index:end]) else index + 1


_CODE_PART = re.compile(r"\d+[a-z]{1,2}")  # a digit and a letter or two: the "1a" of "IL-1a"
_CAPITAL = re.compile("[A-Z]")
# Not the capital of a plain capitalised word ("The", "Children,"): find_acronyms skips such a word (its letters
# after the first are lowercase) and its match holds no other capital. Over half of all capitals (issue #19)
_WORTH_READING = re.compile(rf"[A-Z](?:(?<=[^\W_][A-Z])|(?![a-z]+(?![^\W_]|[{HYPHENS}])))")  # [A-Z] first: a fast scan


def escaped(text: str, start: int, word: str) -> bool:
    """A word written right after a literal escape ("\\nMany", "\\tCKD": a backslash and n, r or t typed as two
    characters where a line break was meant): its first letter is the escape's."""
    return start > 0 and text[start - 1] == "\\" and len(word) > 1 and word[0] in "nrt" and word[1].isalpha()


def _candidate_words(text: str, capitals: re.Pattern = _CAPITAL):
    """_CANDIDATE.finditer(text), started only at the words of the capitals: most words have none, and a search
    for a capital is cheaper than trying the pattern at every position (issue #19). With `_WORTH_READING` for
    `capitals`, those matches less the plain capitalised words."""
    end = 0
    for capital in capitals.finditer(text):
        start = capital.start()
        if start < end:
            continue  # inside the last match
        while start and text[start - 1].isalnum():  # back to its word's start (isalnum is [^\W_])
            start -= 1
        match = _CANDIDATE.match(text, start)  # the capital's word holds a match from its start
        yield match
        end = match.end()


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
    if letters != short and len(letters) >= 2 and best_long_form(letters, long):
        return True
    # a virus named by its disease, its V for "virus" left unsaid: "hepatitis C (HCV)" (README-independent-25)
    found = best_long_form(short[:-1], long) if len(short) >= 3 and short.isupper() and short.endswith("V") else None
    return bool(found) and len(found.split()) >= 2


_SEPARATOR = re.compile(r"^[\s,;:\u2013\u2014-]+|[\s,;:\u2013\u2014-]+$")
_OR_BEFORE = re.compile(r"(?:,?\s+or|\s+also\s+called|\s+also\s+known\s+as|\s+known\s+as|,)\s*[\"'\u201c\u2018]?$", re.I)


def _spelled_before(short: str, before: str, items: int = 1) -> bool:
    """Do the last words of `before` spell `short` (at most min(|SF| + 5, 2 |SF|) words, Schwartz-Hearst; that many
    for each of `items` long forms in a list, with the word joining them)?"""
    limit = min(len(short) + 5, 2 * len(short)) * items + items - 1
    words = _SEPARATOR.sub("", before).split()[-limit:]
    return bool(words) and defines(short, " ".join(words))


# Two lowercase words right before a bracket that holds only an acronym: "symptom severity (PANSS)",
# "sex‑adjusted version (zBMI)" describe what it is though their letters do not spell it (README-independent-14j)
_HYPHEN_CLASS = re.escape(HYPHENS)
_TWO_WORDS = re.compile(rf"(?<![^\W_])([a-z][a-z{_HYPHEN_CLASS}]*[a-z])\s+([a-z][a-z{_HYPHEN_CLASS}]*[a-z])\s*$")
# Words that do not describe: "some patients (MS)", "people with (CKD)", "the trials included patients (COPD)"
_NOT_DESCRIBING = frozenset("the a an of in on at to for with and or by from as than that this these those their its "
                            "our some many most all any each few more less other such who which were was are is be been "
                            "had has have not no".split())


def _described(before: str) -> bool:
    """Do the two words before a bracket describe the acronym inside it (a noun and what comes before it)?"""
    match = _TWO_WORDS.search(before[-80:])  # two words at the end: a short tail is enough
    if not match:
        return False
    first, second = match.groups()
    if first in _NOT_DESCRIBING or second in _NOT_DESCRIBING:
        return False
    # a verb before a noun ("included patients", "enrolled adults") is not a description; "sex-adjusted" is
    return not (first.endswith("ed") and not any(h in first for h in HYPHENS))


_JOINED_INSIDE = re.compile(r"(?:[,;:\u2013\u2014-]|\sor|\salso\s+called|\sknown\s+as)\s*[\"'\u201c\u2018]?\s*$")


def definitions(text: str, sentences, min_capitals: int = 2, found: list[Acronym] | None = None) -> dict[str, int]:
    """Acronym key -> prose offset of its first definition, within one sentence:
        multiple sclerosis (MS)          MS (multiple sclerosis)          MS (multiple sclerosis, a nerve disease)
        (total parenteral nutrition, TPN)   (non-nutritive sucking - NNS)   bordered polyurethane or BPU
    `found`: find_acronyms(text, min_capitals), if the caller has it.
    """
    defined: dict[str, int] = {}
    found = find_acronyms(text, min_capitals) if found is None else found
    found_starts = [acronym.start for acronym in found]
    dashes = "\u2013" in text  # else no sentence holds one: _in_sentence need not look (issue #19)
    square = "[" in text
    for sentence in sentences:
        start, end = sentence.start, sentence.end
        # (str.find within bounds: no copy of the sentence)
        if text.find("(", start, end) < 0 and not (square and text.find("[", start, end) >= 0) and \
                not _may_hold(text, sentence, found_starts, dashes):
            continue  # no bracket and no acronym: nothing is defined here (most sentences)
        for paren in _brackets(text, sentence.start, sentence.end, square):
            inner = paren.group(1)
            # a window, not the whole sentence: a long sentence full of brackets was quadratic
            before = text[max(sentence.start, paren.start() - _WINDOW):paren.start()].rstrip()
            inside = find_acronyms(inner, min_capitals)
            if len(inside) > 1 and _RESPECTIVELY.search(inner):
                for acronym in inside:  # "(TNF and IL-6, respectively)": each spelled by the list before
                    if _spelled_before(acronym.key, before, len(inside)):
                        defined.setdefault(acronym.key, paren.start())
                continue
            square_bracket = paren.group()[0] == "["
            for acronym in inside:
                if square_bracket and acronym.key in before:
                    continue  # chemists' notation, its letters spelled by itself: "[NiFeSe]-hydrogenases ... [NiFe]"
                # the long form before the bracket, or before the acronym inside it; a bracket with words before the
                # acronym only mentions it ("(without NIPPV)", "(re-NB-UVB)"): what stands before it is no long form
                opens = not any(c.isalpha() for c in inner[:acronym.start])  # "(5'-UTR)" opens it
                inner_long = inner[:acronym.start]  # "(total parenteral nutrition, TPN)": a comma, dash or "or" between
                if opens and _spelled_before(acronym.key, before) or _JOINED_INSIDE.search(inner_long) and \
                        _spelled_before(acronym.key, inner_long):
                    defined.setdefault(acronym.key, paren.start())
            # (round only: a square bracket alone is also chemists' notation, "[NiFe] sites", "[Ca2+]")
            alone = len(inside) == 1 and inner.strip() == inner[inside[0].start:inside[0].end] and not square_bracket
            if alone and (_described(before) or initials_hold(inside[0].key, before)):
                defined.setdefault(inside[0].key, paren.start())  # "emergency resuscitation (CPR)": said what it is
            if inside and inside[0].start == len(inner) - len(inner.lstrip()):
                continue  # "(MS ...)": the bracket holds the short form; nothing before it to define
            if before:  # its last word (`before` is stripped at its end): what re.search(r"(\S+)\s*$") found
                previous = before.rsplit(None, 1)[-1]  # str.split's blanks are \s's (both Py_UNICODE_ISSPACE)
                for acronym in find_acronyms(previous, min_capitals):
                    first = re.split(r"[,;]\s*", inner.strip())[0]
                    if defines(acronym.key, first) or defines(acronym.key, inner):
                        defined.setdefault(acronym.key, sentence.start + len(before) - len(previous))
        for acronym in _in_sentence(text, sentence, found, found_starts, min_capitals):
            start = sentence.start + acronym.start  # "bordered polyurethane or BPU", "..., also called BPU"
            joint = _OR_BEFORE.search(text, max(sentence.start, start - 60), start)
            if not joint and _unopened_bracket(text, sentence.start, sentence.start + acronym.end):
                joint = re.search(r"\s*$", text[:start])  # "inflammatory bowel disease IBD)": a bracket left out
            long = text[max(sentence.start, start - _WINDOW):joint.start()] if joint else ""
            if joint and _spelled_before(acronym.key, long) and (joint.group().strip() != "," or initials_in_order(
                    acronym.key, long)):  # after a bare comma the words' initials must spell it: "the peaks, PRAS is"
                defined.setdefault(acronym.key, start)
    return defined


def shortened_from_defined(acronym: Acronym, defined: dict[str, int]) -> bool:
    """A defined acronym less its last letter: "PILRs" after "(PILRa) and b (PILRb)", "T6S-dependent" after "(T6SSs)",
    "HDL" after "(LDL-C or HDL-C, respectively)" (README-independent-28). A capital left off only from three letters
    or more ("MS" is not "MSA"), and never a digit ("CD4" is not "CD40")."""
    key = acronym.key
    for other, where in defined.items():
        if where > acronym.start or len(other) <= len(key) or not other.startswith(key):
            continue
        rest = other[len(key):].lstrip(HYPHENS)
        if len(rest) == 1 and rest.isalpha() and (rest.islower() or len(key) >= 3):
            return True
    return False


_JOINERS = HYPHENS + "\u2013"


def _brackets(text: str, start: int, end: int, square: bool):
    """The round brackets of [start, end), then its square ones (when it holds any)."""
    yield from _PAREN.finditer(text, start, end)
    if square:
        yield from _SQUARE.finditer(text, start, end)


def _cut(text: str, start: int, end: int) -> bool:
    """Do the edges of [start, end) cut a word or a joined name (find_acronyms would read it otherwise)?"""
    if start and (text[start - 1].isalnum() or text[start - 1] in _JOINERS):
        return True  # (the characters either side, where the text has them)
    return end < len(text) and (text[end].isalnum() or text[end] in _JOINERS)


def _may_hold(text: str, sentence, found_starts: list[int], dashes: bool) -> bool:
    """Could _in_sentence find an acronym in the sentence? Not when none of the whole text's acronyms starts in it,
    its edges are clean and it has no en dash (then _in_sentence gives [] without looking again)."""
    start, end = sentence.start, sentence.end
    index = bisect.bisect_left(found_starts, start)
    if index < len(found_starts) and found_starts[index] < end:
        return True  # (a bisect first: cheaper than the edges)
    return _cut(text, start, end) or dashes and text.find("\u2013", start, end) >= 0


def _in_sentence(text: str, sentence, found: list[Acronym], found_starts: list[int], min_capitals: int) -> list[Acronym]:
    """find_acronyms(text[sentence.start:sentence.end]), taken from the whole text's acronyms where the sentence's
    edges cut no word and it holds no en dash (the only context find_acronyms reads): one scan of the text, not two."""
    start, end = sentence.start, sentence.end
    if _cut(text, start, end) or "\u2013" in text[start:end]:
        return find_acronyms(text[start:end], min_capitals)
    first, last = bisect.bisect_left(found_starts, start), bisect.bisect_left(found_starts, end)
    return [Acronym(a.start - start, a.end - start, a.key) for a in found[first:last]]


def _unopened_bracket(text: str, sentence_start: int, end: int) -> bool:
    """A closing bracket right after `end` that no bracket in the sentence opens."""
    return bool(re.match(r"\s*\)", text[end:end + 3])) and text.count("(", sentence_start, end) <= text.count(
        ")", sentence_start, end)


# Capitalised words up to a register word right after an acronym: "ENT Register", "HTA database", "CCDAN Trials Register"
_REGISTER_NAME = re.compile(r"(?:\s+[A-Z][\w-]*)*?\s+(?:[Rr]egist(?:er|ers|ry|ries)|[Dd]atabases?|Library|Platform)\b")


def search_list(text: str, start: int, end: int, names: re.Pattern, cues: re.Pattern) -> list[tuple[int, int]]:
    """The database and register names in the sentence [start, end) when it is a search list ("We searched CENTRAL,
    MEDLINE and Embase"): it names one with a search word, or names two. [] when it is not one."""
    found = [m.span() for m in names.finditer(text, start, end)]
    if not found or len(found) < 2 and not cues.search(text, start, end):
        return []
    return found


def in_search_list(text: str, acronym: Acronym, listed: list[tuple[int, int]], sentence_end: int) -> bool:
    """Is the acronym one of a search list's names, or inside one ("the Cochrane ENT Register")?"""
    if any(start <= acronym.start and acronym.end <= end for start, end in listed):
        return True
    return bool(listed) and bool(_REGISTER_NAME.match(text, acronym.end, sentence_end))


# --- lab codes (issue #16, round 22) --------------------------------------------------------------------------------
# A gene, protein or molecule code: a digit or a small letter among its capitals (LATS1, mRNA, RcdA, IL-1a), a +/-
# marker after it ("CD4+", "CD8\u2212") or 5'/3' before it ("5'UTR"). Word initialisms are capitals only (COPD, UTIs).
_MARKER_AFTER = re.compile(r"\^?[+\u207a\u2212\u207b](?![\w+])")
_END_BEFORE = re.compile(r"\d['\u2019\u2032]$")  # 5' or 3' right before: "5'UTR"


def lab_code(text: str, acronym: Acronym, clinical: set[str]) -> str | None:
    """The code as the group message names it ("5'UTR", "CD4+", "mRNA") when the acronym is a lab code, else None.
    A code in `clinical` (HbA1c, CD4, HER2, FEV1: a patient must be told what it is) is not one, unless a marker
    follows it ("CD4+ cells" is immunology; "CD4 count" is HIV care)."""
    key = acronym.key
    marker = _MARKER_AFTER.match(text, acronym.end)
    prefix = _END_BEFORE.search(text, max(0, acronym.start - 2), acronym.start)
    if not marker and (key in clinical or text[acronym.start:acronym.end] in clinical):
        return None
    singular = key[:-1] if len(key) > 2 and key.endswith("s") and key[-2].isupper() else key  # "tRNAs"
    if not (marker or prefix or any(c.isdigit() or c.islower() for c in singular)):
        return None
    return (prefix.group() if prefix else "") + key + (text[marker.start():marker.end()].lstrip("^") if marker else "")
