"""Counts of studies and people the count reader cannot see alone: "Eight compared doses." after a
count of studies, "36 studies out of 146", list items, "Most studies (267)", "the number of RCTs to 78";
and list numbering, which is no claim. Passes over the figures `quantities.find` has read, in place.
"""

from __future__ import annotations

import re

from laylint.claims.figure import Figure
from laylint.claims.patterns import Patterns
from laylint.claims.study_predicates import said_of_studies

_OF_THEM = re.compile(r"\s+of\s+(?:them|these|those)\b", re.IGNORECASE)
# what studies do and people do not: "two were conducted in the USA", "one was carried out in Spain"
# (round 35: a count of people just before, in the sentence before, does not make them people)
_STUDY_VERBS = re.compile(r"\s+(?:of\s+(?:them|these|those)\s+)?(?:included|compared|reported|recruited|involved|enrolled|"
                          r"assessed|evaluated|examined|measured|tested|looked|focused|took\s+place|were\s+done|followed|lasted|"
                          r"(?:was|were)\s+(?:conducted|carried\s+out|performed|run|published))\b", re.IGNORECASE)


_IS_A_STUDY = re.compile(r"\s+(?:was|were)\s+(?:an?\s+)?(?:[\w\u2010\u2011-]+\s+){0,3}?(?:stud(?:y|ies)|trials?|c?RCTs?)\b",
                         re.IGNORECASE)


def elliptical(text: str, pats: Patterns, figures: list[Figure]) -> None:
    """"Eleven studies compared X with Y. Eight compared doses.", "One study is ongoing and four are
    awaiting classification": a bare number that starts a clause and is followed by a verb counts
    what the count just before it counted."""
    last: Figure | None = None
    for figure in figures:
        if figure.unit == "count" and figure.counted in ("studies", "people"):
            last = figure
            continue
        if figure.unit == "count" and figure.noun:
            last = None  # "Twenty-two reports were full articles and 20 were abstracts": the 20 are reports (round 28)
            continue
        if last is None or figure.unit != "number" or figure.form != "number" or figure.qualifier or figure.change:
            continue
        if figure.start - last.end > 200 or "\n\n" in text[last.end:figure.start]:
            last = None
            continue
        verb = pats.after["elliptical"].match(text, figure.end)
        if verb and pats.before["clause_start"].search(text, max(0, figure.start - 12), figure.start):
            # "..., while one included only children": studies include, enrol and compare; people do not
            counted = "studies" if _STUDY_VERBS.match(text, figure.end) or said_of_studies(text, figure.end) else last.counted
            a_study = _IS_A_STUDY.match(text, figure.end)  # "One was a cluster trial": one of the studies, after people
            figure.unit, figure.counted, figure.word = "count", "studies" if a_study else counted, False
            figure.subset = bool(_OF_THEM.match(verb.group(0)) or a_study)  # "Six of them showed no benefit": a part


_OUT_OF = re.compile(r"\s+out\s+of\s+(?:a\s+total\s+of\s+|the\s+|all\s+)?\Z|\s+of\s+(?:the|all(?:\s+the)?)\s+\Z",
                     re.IGNORECASE)


def whole_after_count(text: str, figures: list[Figure]) -> None:
    """"36 studies out of 146", "300 people out of 2,400": the bare number after "out of" counts what
    the count before it counted (the whole it is a part of), so it is checked as that count."""
    for count, figure in zip(figures, figures[1:]):
        if count.unit != "count" or count.counted not in ("studies", "people") or not count.noun \
                or figure.unit != "number" or figure.form != "number" or figure.change or figure.decimals:
            continue
        between = text[count.end:figure.start]
        at = between.find(count.noun)
        if at < 0 or between[:at].strip() or not _OUT_OF.match(between[at + len(count.noun):]):
            continue
        figure.unit, figure.counted, figure.noun = "count", count.counted, count.noun


_ITEM_BEFORE = re.compile(r"(?:,\s*(?:and\s+|while\s+|but\s+|though\s+|whereas\s+)?|;\s*|\b(?:and|while|whereas|though)\s+)\Z",
                          re.IGNORECASE)
# "eight in the home", "one in Poland", "15 were based in the community": a place or setting, then the item ends
_ITEM_AFTER = re.compile(r"\s+(?:(?:were|was)\s+(?:based\s+|done\s+|conducted\s+|carried\s+out\s+)?)?(?:in|at|from)\s+"
                         r"(?:the\s+|a\s+)?[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?\s*(?=[,;.)]|\s+and\b|\Z)", re.IGNORECASE)
_WHERE_BEFORE = re.compile(r"\s+[A-Za-z-]+\s+in\s+(?:each\s+of\s+)?", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?](?:\s|\Z)|\n")


def listed_after_count(text: str, figures: list[Figure]) -> None:
    """"111 studies were in schools, 15 in the community, eight in the home": a bare number that is an
    item of a list after a count of studies or people, in the same sentence, and says only where,
    counts what that count counted (its noun is left out)."""
    last: Figure | None = None
    for figure in figures:
        if figure.unit == "count" and figure.counted in ("studies", "people") and not figure.subset:
            if last is not None and last.counted == "people" and figure.counted == "studies" \
                    and _WHERE_BEFORE.fullmatch(text, last.end, figure.start) and last.noun:
                continue  # "15 participants in one study and 16 in the other": where the 15 were; 16 counts people
            last = figure
            continue
        if last is None or figure.unit != "number" or figure.form != "number" or figure.change or figure.decimals \
                or figure.qualifier or figure.start - last.end > 200 or _SENTENCE_BREAK.search(text, last.end, figure.start):
            continue
        if _ITEM_BEFORE.search(text, max(0, figure.start - 12), figure.start) and _ITEM_AFTER.match(text, figure.end):
            figure.unit, figure.counted, figure.noun = "count", last.counted, last.noun


_ITEM_GAP = re.compile(r"\)\s*(?:,\s*(?:and\s+|or\s+)?|;\s*|\s+(?:and|or)\s+)[^()\d.;:!?]{1,60}?\(\s*\Z", re.IGNORECASE)


def listed_brackets(text: str, figures: list[Figure]) -> None:
    """"Trials compared exercise with no treatment (3 trials), steroid injection (1), surgery (1)": a whole number
    alone in brackets, an item of a list whose first item's bracket counts studies or people, counts the same
    (round 28)."""
    last: Figure | None = None
    for figure in figures:
        if figure.unit == "count" and figure.counted in ("studies", "people") and figure.noun \
                and text[max(0, figure.start - 2):figure.start].strip() == "(" \
                and re.match(rf"\s+{re.escape(figure.noun)}\s*\)", text[figure.end:figure.end + len(figure.noun) + 4]):
            last = figure
            continue
        if last is None or figure.unit != "number" or figure.form != "number" or figure.change or figure.decimals \
                or figure.qualifier or not re.match(r"\s*\)", text[figure.end:figure.end + 3]):
            continue
        closing = text.find(")", last.end)
        if closing < 0 or closing > figure.start or not _ITEM_GAP.fullmatch(text, closing, figure.start):
            last = None
            continue
        figure.unit, figure.counted, figure.noun, figure.subset, figure.listed = "count", last.counted, last.noun, True, True
        last = figure


_NOUN_THEN_BRACKET = re.compile(r"\b(?P<noun>[A-Za-z]+)(?:\s+(?:were|was|are)\s+(?:included|found|identified|eligible|"
                                r"analy[sz]ed|selected))?\s*\(\s*\Z")  # "studies were included (18)"


def bracketed_count(text: str, pats: Patterns, figures: list[Figure]) -> None:
    """"Most studies (267) had no industry funding": a whole number alone in brackets right after a noun
    of studies counts them."""
    for figure in figures:
        if figure.unit != "number" or figure.form != "number" or figure.change or figure.decimals or figure.qualifier:
            continue
        noun = _NOUN_THEN_BRACKET.search(text, max(0, figure.start - 30), figure.start)
        if noun is None or not re.match(r"\s*\)", text[figure.end:figure.end + 3]):
            continue
        word = noun.group("noun")  # not people: "views from clients (25 studies), health workers (15)" counts studies
        if word in pats.study_nouns or word.lower() in pats.study_nouns:
            figure.unit, figure.counted, figure.noun = "count", "studies", word


# "bringing the total number of RCTs to 78", "the number of included studies was 23"
_NUMBER_OF_BEFORE = re.compile(r"\bnumber\s+of\s+(?:[\w-]+\s+)?(?P<noun>[A-Za-z-]+)\s+(?:to|was|is|reached|rose\s+to|"
                               r"increased\s+to|came\s+to|now\s+stands\s+at|stands\s+at|of)\s+\Z", re.IGNORECASE)


def number_of_count(text: str, pats: Patterns, figures: list[Figure]) -> None:
    """"the total number of RCTs to 78": a whole number right after "the number of <studies> to/was"
    counts those studies (the noun comes before it, so the count reader does not see it)."""
    for figure in figures:
        if figure.unit != "number" or figure.form != "number" or figure.change or figure.decimals:
            continue
        noun = _NUMBER_OF_BEFORE.search(text, max(0, figure.start - 60), figure.start)
        if noun is None:
            continue
        word = noun.group("noun")
        if word in pats.study_nouns or word.lower() in pats.study_nouns:
            figure.unit, figure.counted, figure.noun = "count", "studies", word
        elif word.lower() in pats.people_nouns:  # "The total number of young adults was 22,872" (round 24)
            figure.unit, figure.counted, figure.noun = "count", "people", word


# "the 12 included studies", "all three included trials", "our 40 included RCTs" (round 28): "included" between the
# number and its noun ("included" is a verb in "One included children", so the count reader does not take it)
# ("between the two included studies" compares two studies, often of one comparison: left alone)
_INCLUDED_BEFORE = re.compile(r"(?<!between\s)\b(?:the|all|all\s+(?:of\s+)?the|our|these|its)\s+\Z", re.IGNORECASE)
# (eligible.py's _INCLUDED_NOUN is another: it also takes people and stops before "in", "with"...)
_INCLUDED_NOUN = re.compile(r"\s+included\s+(?:[\w\u2011-]+\s+){0,2}?(?P<noun>stud(?:y|ies)|trials?|c?RCTs?)\b", re.IGNORECASE)


def included_count(text: str, figures: list[Figure]) -> None:
    """"the two included studies": a whole number before "included <studies>", after "the" or "all", counts
    the review's included studies."""
    for figure in figures:
        if figure.unit != "number" or figure.form != "number" or figure.change or figure.decimals or figure.qualifier:
            continue
        noun = _INCLUDED_NOUN.match(text, figure.end)
        if noun is not None and _INCLUDED_BEFORE.search(text, max(0, figure.start - 16), figure.start):
            figure.unit, figure.counted, figure.noun = "count", "studies", noun.group("noun")


# "only 4 small randomised controlled studies", "eight small controlled randomized studies" (round 28): design words
# that make the noun too far for the count reader (it allows two words between); "one small, unblinded randomised
# trial" (round 37): a comma between describing words
_DESIGN_NOUN = re.compile(r"\s+(?:[A-Za-z][\w-]*,?\s+){1,2}?(?:randomi[sz]ed|controlled|clinical|cluster|crossover|cross-over)\s+"
                          r"(?:randomi[sz]ed\s+|controlled\s+|clinical\s+)?(?P<noun>stud(?:y|ies)|trials?)\b", re.IGNORECASE)
_NOT_BETWEEN = re.compile(r"\b(?:in|of|the|with|and|or|to|for|on|at|by|from|than|that|who|which|were|was|is|are|had|"
                          r"have|has|included|including|compared|out|per)\b", re.IGNORECASE)


def design_count(text: str, figures: list[Figure]) -> None:
    """"We found only 4 small randomized controlled studies": a whole number, describing words, then design words
    and a noun of studies counts studies."""
    for figure in figures:
        if figure.unit != "number" or figure.form != "number" or figure.change or figure.decimals:
            continue
        noun = _DESIGN_NOUN.match(text, figure.end)
        if noun is not None and not _NOT_BETWEEN.search(noun.group(0)):
            figure.unit, figure.counted, figure.noun = "count", "studies", noun.group("noun")


_DOZEN = re.compile(r"[ \t]+dozen\b(?!\s+of\b)", re.IGNORECASE)


def dozens(text: str, figures: list[Figure]) -> None:
    """"about two dozen studies" is about 24 studies, not 2 (round 28): the figure takes in "dozen"; a dozen is a
    loose number, so it is read as "about"."""
    for figure in figures:
        if figure.unit not in ("count", "number") or figure.form != "number" or figure.decimals or figure.change:
            continue
        dozen = _DOZEN.match(text, figure.end)
        if dozen is not None and figure.value == int(figure.value) and 0 < figure.value < 20:
            figure.value, figure.end = figure.value * 12, dozen.end()
            figure.qualifier = figure.qualifier or "approximate"


# "24 were identified for inclusion in the review", "18 were judged eligible for inclusion": studies (round 24)
_FOR_INCLUSION = re.compile(r"\s+(?:were|was)\s+(?:(?:identified|found|selected|judged|deemed|considered|assessed\s+as)\s+)?"
                            r"(?:(?:as\s+)?(?:eligible|suitable)\s+)?for\s+inclusion\b", re.IGNORECASE)


def for_inclusion(text: str, figures: list[Figure]) -> None:
    """"After searching, 24 were identified for inclusion in the review": a bare number that is identified
    for inclusion counts the review's studies."""
    for figure in figures:
        if figure.unit == "number" and figure.form == "number" and not figure.change and not figure.decimals \
                and _FOR_INCLUSION.match(text, figure.end):
            figure.unit, figure.counted, figure.noun = "count", "studies", "studies"


# "82 of which", "of whom 5,264 were analysed", "(1,412 analysed)", "20 of the included 21 studies" ("selected 36 of
# them" is left to the readers before: "them" may be the studies or their people)
_PART_OF_AFTER = re.compile(r"\s+(?:out\s+)?of\s+(?:which|whom)\b", re.IGNORECASE)
_PART_OF_THE = re.compile(r"\s+(?:out\s+)?of\s+(?:the|all(?:\s+the)?|these|those)\s+(?:included\s+|eligible\s+|randomi[sz]ed\s+)?"
                          r"(?P<whole>[\d,]+\s+)?(?P<noun>[A-Za-z-]+)\b", re.IGNORECASE)
_OF_WHOM_BEFORE = re.compile(r"\bof\s+(?:whom|which)\s+(?:only\s+)?\Z", re.IGNORECASE)
_OF_THESE_BEFORE = re.compile(r"\bof\s+(?:whom|which|these|those|them)\s*,?\s+(?:only\s+)?\Z", re.IGNORECASE)
_ANALYSED_AFTER = re.compile(r"\s+(?:were\s+|was\s+)?(?:analy[sz]ed|evaluable|assessable)\b", re.IGNORECASE)


def parts_of_counts(text: str, pats: Patterns, figures: list[Figure]) -> None:
    """"We included 85 studies, 82 of which ...", "1,721 participants (1,412 analysed)", "of whom 5,264 were
    analysed", "20 of the included 21 studies": a bare number said to be some of the studies or people counted
    just before it (or named right after it) is a part of them, so it cannot be more than their total."""
    last: Figure | None = None
    for figure in figures:
        of_these = _OF_THESE_BEFORE.search(text, max(0, figure.start - 24), figure.start) \
            if figure.unit == "count" and figure.counted == "people" and not figure.subset else None
        if of_these is not None:
            figure.subset = True  # "recruited 46 people; of these 39 people were randomised": some of them
            if "which" in of_these.group(0).lower() and last is not None and last.counted == "studies":
                figure.counted, figure.noun = "studies", last.noun  # "62 studies, of which 57 randomly allocated participants"
        if figure.unit == "count" and figure.counted in ("studies", "people") and not figure.subset:
            last = figure
        if figure.unit != "number" or figure.form != "number" or figure.change or figure.decimals or figure.qualifier:
            continue
        counted = ""
        named = _PART_OF_THE.match(text, figure.end)
        if named is not None:
            word = named.group("noun")
            # ("32 of the 102 participants" is a share of a group, read elsewhere; "20 of the included 21 studies" a part)
            counted = "studies" if word in pats.study_nouns or word.lower() in pats.study_nouns else \
                "people" if word.lower() in pats.people_nouns and not named.group("whole") else ""
        near = last is not None and figure.start - last.end <= 200 and not _SENTENCE_BREAK.search(text, last.end, figure.start)
        part_of = _PART_OF_AFTER.match(text, figure.end)
        if not counted and near and (part_of or _OF_WHOM_BEFORE.search(text, max(0, figure.start - 20), figure.start)):
            # "18 studies of 4590 women, of which 13 enrolled only first-time mothers": studies enrol, people do not
            counted = "studies" if _STUDY_VERBS.match(text, part_of.end() if part_of else figure.end) else last.counted
        if not counted and near and last.counted == "people" and _ANALYSED_AFTER.match(text, figure.end) \
                and re.fullmatch(r"\s*[(,]\s*", text[last.end + len(last.noun) + 1 if last.noun else last.end:figure.start] or "("):
            counted = "people"  # "1,721 participants (1,412 analysed)"
        if counted:
            figure.unit, figure.counted, figure.subset, figure.word = "count", counted, True, False


_LINE_MARKER = re.compile(r"(?:^|[\n\u2028\u2029])[ \t]*\Z")
_MARKER_AFTER = re.compile(r"[.)][ \t]+[^\W\d_]")
_ENUMERATED = re.compile(r"\((\d{1,2})\)")
_INLINE_MARKER = re.compile(r"(?<![\w(.,])(\d{1,2})\)")  # "1) ...; 2) ...; and 3) ...": numbering inside a sentence


def list_markers(text: str, figures: list[Figure]) -> None:
    """List numbering is no claim: "1." or "2)" at a line start ("\u2028" separates lines too), and
    "(1) wasting, (2) obesity": a bare number in parentheses next to the one before or after it."""
    for figure in figures:
        if figure.unit not in ("number", "name") or figure.form != "number" or figure.decimals or not 0 < figure.value <= 30:
            continue
        if _LINE_MARKER.search(text, max(0, figure.start - 20), figure.start) and _MARKER_AFTER.match(text, figure.end):
            figure.unit = "label"
        elif text[figure.start - 1:figure.start] == "(" and text[figure.end:figure.end + 1] == ")":
            near = {int(m.group(1)) for m in _ENUMERATED.finditer(text, max(0, figure.start - 300), figure.end + 300)}
            if {figure.value - 1, figure.value + 1} & near:
                figure.unit = "label"
        elif text[figure.end:figure.end + 1] == ")" and _INLINE_MARKER.match(text, figure.start):
            near = {int(m.group(1)) for m in _INLINE_MARKER.finditer(text, max(0, figure.start - 300), figure.end + 300)}
            if {figure.value - 1, figure.value + 1} & near:
                figure.unit = "label"
