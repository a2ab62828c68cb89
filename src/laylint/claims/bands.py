"""Figures that say who or what was studied, not a result (round 21): a percentage band after "with"
that qualifies a noun ("people with 70% to 99% stenosis", "with less than 30% burns"), a visual-acuity
fraction in a sentence about sight ("vision better than 6/18", "at least 5/200"), and a grade after the
stem of a declared name that has one ("CIN 2 and CIN 3" when an outcome is "CIN 2+"). All become labels."""

from __future__ import annotations

import re

from laylint.claims.figure import SENTENCE_END, Figure

_WITH = re.compile(r"(?<!compared )(?<!along )(?<!together )\bwith\s+\Z", re.IGNORECASE)
# the word after the band: a noun it qualifies, not a change, a share "of" or a risk ("with 30% fewer", "with 19% of")
_NOT_A_NOUN = re.compile(
    r"(?:of|in|for|and|or|to|at|on|with|from|by|as|than|the|a|an|who|which|that|had|have|has|was|were|is|are|"
    r"fewer|more|less|lower|higher|greater|smaller|bigger|better|worse|reduction|reductions|reduced|increase|increased|"
    r"decrease|decreased|improvement|drop|rise|fall|change|chance|chances|risk|risks|rate|rates|odds|probability|likely|"
    r"relative|absolute|percentage|points?|success|response|cure|cured|survival|mortality|deaths?|remission|recurrence|"
    r"relapse|abstinence|adherence|infections?|complications?|events?|side|adverse|harms?)\Z", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_SNELLEN = re.compile(r"\b(?:20|6|5|3)/(?:5|6|7\.5|9|12|15|18|20|24|25|30|36|40|50|60|63|70|80|100|120|160|200|400)\b")
_SIGHT = re.compile(r"\b(?:vision|visual|acuity|sight|eyesight|snellen|see|seeing|BCVA|UCVA|logMAR|eye\s+chart)\b",
                    re.IGNORECASE)


def subgroup_bands(text: str, figures: list[Figure], metadata=None) -> None:
    """A result in the same form ("with 20% mortality", "with 19% of people", "with 30% fewer") stays a figure;
    so does a band followed by a declared outcome's name ("with 20% stroke")."""
    names = [n.lower() for name, aliases in (metadata.outcomes.items() if metadata is not None else ())
             for n in (name, *aliases) if n]
    for figure in figures:
        if figure.unit != "percent" or figure.form not in ("percent", "range") or figure.parenthesised:
            continue
        after = _NEXT_WORD.match(text, figure.end)
        if after is None or _NOT_A_NOUN.match(after.group(1)) or after.group(1).endswith(("ing", "ly")):
            continue
        if any(text[after.start(1):after.start(1) + len(name)].lower() == name for name in names):
            continue
        if _WITH.search(text, max(0, figure.start - 30), figure.start):
            figure.unit, figure.form = "label", "band"


def acuity_fractions(text: str, figures: list[Figure]) -> None:
    for match in _SNELLEN.finditer(text):
        starts = [m.end() for m in SENTENCE_END.finditer(text, 0, match.start())]
        end = SENTENCE_END.search(text, match.end())
        if not _SIGHT.search(text, starts[-1] if starts else 0, end.start() if end else len(text)):
            continue
        for figure in figures:
            if figure.start < match.end() and match.start() < figure.end:
                figure.unit, figure.form = "label", "acuity"


_OF = re.compile(r"\s+of\s+\Z")
_OR_MORE = re.compile(r"\s+or\s+(?:more|fewer|less)\b", re.IGNORECASE)


def part_of_group(text: str, figures: list[Figure]) -> None:
    """"Eleven of 29 participants receiving methadone", "seven of 29 receiving placebo": a part of a group of
    people is a share (11 in 29), and the 29 its denominator, not a count of people to check. "5 of 11 studies"
    stays a count of studies (see read_shares)."""
    for part, whole in zip(figures, figures[1:]):
        if part.unit not in ("number", "count") or whole.unit not in ("number", "count") or part.form != "number" \
                or whole.form != "number" or whole.counted in ("studies", "other") or part.counted == "studies":
            continue
        if not _OF.match(text[part.end:whole.start]) or not 0 <= part.value < whole.value or part.value % 1 or whole.value % 1:
            continue
        if 1900 <= whole.value <= 2100 or part.change or whole.change or not text[whole.start].isdigit() \
                or _OR_MORE.match(text, whole.end):
            continue  # "put into one of two groups": a choice among a few, not a share of a group
        part.end, part.text = whole.end, text[part.start:whole.end]
        # compared as a share in whole per cent: "66 of 1,083" (6.1%) is the source's 6%, though 6% of 1,083 is 65
        part.unit, part.form, part.value, part.counted, part.word = "percent", "percent", 100 * part.value / whole.value, "", False
        part.decimals = 0
        whole.unit = "merged"


# a declared name with a grade or number in it: "CIN 2+", "CIN3+", "HER2-positive", "type 2 diabetes"
_NUMBERED_NAME = re.compile(r"(?<![\w-])([A-Za-z]+)[ \u00a0]?\d{1,2}(?![\d%]|[.,]\d)")
# words before a number that are never a name's stem ("mortality at 30 days": "at" stems nothing)
_NOT_A_STEM = {"at", "in", "on", "of", "to", "by", "for", "over", "under", "within", "after", "before", "than", "from",
               "and", "or", "with", "per", "up", "aged", "age", "the", "a", "an", "first", "last", "every", "each"}


def _name_stems(metadata) -> set[str]:
    stems = set()
    for names in (metadata.drugs, metadata.outcomes):
        for name, aliases in names.items():
            for text in (name, *aliases):
                stems.update(m.group(1).lower() for m in _NUMBERED_NAME.finditer(text or "")
                             if m.group(1).lower() not in _NOT_A_STEM)
    return stems


def numbered_names(text: str, figures: list[Figure], metadata=None) -> None:
    """"precancerous changes (CIN 2 and CIN 3)" when an outcome is "CIN 2+": a small whole number right after
    the stem of a declared name that carries a number names a grade of it, which is no claim."""
    stems = _name_stems(metadata) if metadata is not None else set()
    if not stems:
        return
    for figure in figures:
        if figure.form != "number" or figure.decimals or figure.qualifier or not 0 <= figure.value < 100:
            continue
        before = re.search(r"(?<![\w-])([A-Za-z]+)[ \u00a0]?\Z", text[max(0, figure.start - 30):figure.start])
        if before and before.group(1).lower() in stems and not re.match(r"[\d%]|[.,]\d", text[figure.end:figure.end + 2]):
            figure.unit, figure.form, figure.counted = "label", "name", ""
