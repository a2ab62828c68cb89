"""A count that takes another group's number (round 32): "Thirteen studies assessed TBI only, 5 assessed TSBP only"
when the source counts 1 study of TSBP only and, by chance, 5 studies at unclear risk of bias. A count of studies or
people that agrees only with a count of a group its own words do not name, while the source counts the group its
words do name with another number, is that group's count misstated: a number-mismatch against the group it names.

The figure's own words are its segment (the part of its sentence between punctuation and the counts next to it:
"community workers in 71 studies" keeps "community workers"). A group is named when all its distinctive words are
said there (or, when none of the agreed count's words is, at least two and two thirds of them); the count it agreed
with must be named less well, and be of the same comparison and outcome. The review's totals and a comparison's plain
counts carry no words of their own and are kept: a count equal to them stays backed.
"""

from __future__ import annotations

import re

from laylint.claims.counted import GENERIC, PEOPLE_WORDS, STUDY_WORDS, WORD, count_precision, counts_what, noun_group
from laylint.claims.compare import agrees
from laylint.claims.quantities import Figure
from laylint.claims.stated_part import part_before
from laylint.claims.verdict import Context, Verdict
from laylint.metadata import Finding, Metadata

_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-"})
# words that set no group apart: what the studies did to be counted, not who or what they were about
_PLAIN = {"some", "more", "most", "other", "both", "than", "each", "studies", "study", "data", "reported",
          "reporting", "report", "reports", "included", "including", "include", "enrolled", "enrolling", "done", "this",
          "that", "there", "their", "were", "with", "into", "after", "before",
          # numbers and times say when, not which group ("children with data at five years")
          "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "year", "years", "month",
          "months", "week", "weeks", "day", "days", "hour", "hours"}


_SAME = {"exclusively": "only", "solely": "only", "purely": "only"}
# the next number after a list break starts the next count's words ("nine more studies and 14 trial registrations";
# "outcomes beyond 12 months" keeps its 12)
_NEXT_NUMBER = re.compile(r"(?:[,;]|\band|\bbut|\bwhile|\bwhereas)\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty)\b)",
                          re.IGNORECASE)

# a list break, a few words and a preposition right before the next number (or where the segment ends, cut at it):
# "and family practices in two studies" says the next count's words before its number
_NEXT_WORDS = re.compile(r"(?:[,;]|\band|\bbut|\bwhile|\bwhereas)\s+(?:[A-Za-z-]+\s+){1,4}?(?:in|at|from)\s*"
                         r"(?:\Z|(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b))", re.IGNORECASE)


def _key(word: str) -> str:
    """A word's comparable form: lower case, a plural -s and an -ing or -ed dropped, its first six letters
    ("workplaces" is "workplace", "funded" is "funding", "settings" is "setting"); "non-industry" is no "industry"."""
    word = _SAME.get(word.lower(), word.lower())
    if word.endswith("s") and len(word) > 4 and not word.endswith("ss"):
        word = word[:-1]
    for end in ("ing", "ed"):  # "funded" and "funding" are one word
        if word.endswith(end) and len(word) - len(end) >= 4:
            word = word[:-len(end)]
            break
    return word[:6]


def _words(text: str) -> set[str]:
    return {_key(w) for w in WORD.findall(text.translate(_HYPHENS))}


def _group_words(finding: Finding, counted: str) -> set[str]:
    """The words that set a count's group apart ("studies in patients with inactive disease": inactive,
    disease, patients... less the thing counted); none for a total or a comparison's plain count."""
    population = re.sub(r"\([^)]*\)?|\"[^\"]*\"?", " ", finding.population or "")
    thing = STUDY_WORDS if counted == "studies" else PEOPLE_WORDS
    kept = [w for w in WORD.findall(thing.sub(" ", population).translate(_HYPHENS)) if w.lower() not in GENERIC
            and w.lower() not in _PLAIN]
    return {_key(w) for w in kept}


def _named(words: set[str], said: set[str]) -> float:
    """How well the said words name a group: the share of its words said, or 0 when too few are."""
    hits = len(words & said)
    if not words or not hits:
        return 0.0
    share = hits / len(words)
    return share if share == 1 or (hits >= 2 and share >= 2 / 3) else 0.0


def better_described(verdict: Verdict, figure: Figure, metadata: Metadata | None, context: Context) -> Verdict:
    """The verdict on a count, or a number-mismatch against the group its words name when it only agrees
    with the count of a group they do not name (see the module docstring)."""
    agreed = verdict.finding
    if metadata is None or context.evidence or not context.segment:
        return verdict
    if verdict.verdict == "unattached":
        return _named_part(verdict, figure, metadata, context)
    if verdict.verdict != "count" or agreed is None:
        return verdict
    counted = figure.counted
    own_words = _group_words(agreed, counted)
    if not own_words:
        return verdict  # a total, or a comparison's plain count
    said = _own_words(figure, context)
    stated = count_precision(figure)
    # every count the figure agrees with may be the one it states ("8 studies in hospital departments" agrees with
    # the first of several counts of 8): it is measured by the best named of them
    agreeing = [f for f in metadata.findings if f.measure == "count" and counts_what(f) == counted and agrees(stated, f)]
    # (its words may come before the figure's segment: "in hospital otolaryngology (ear, nose and throat)
    # departments in eight studies")
    said_before = said | _words(context.clause_start)
    agreed_named = max(((len(words & said_before) / len(words), len(words & said_before)) if words else (0.0, 0)
                        for f in agreeing or [agreed] for words in [_group_words(f, counted)]))
    group = noun_group(figure.noun or "", counted)
    # rivals of the same comparison and outcome ("studies evaluating TSBP" and "studies evaluating TSBP only")
    others = [f for f in metadata.findings if f.measure == "count" and f is not agreed
              and (f.drug, f.comparator, f.outcome) == (agreed.drug, agreed.comparator, agreed.outcome)
              and counts_what(f) == counted and not agrees(stated, f)
              and (counted != "studies" or noun_group(f.population or "", "studies") == group)]  # "15 reports" are not "15 studies"
    rivals = []
    for finding in others:
        words = _group_words(finding, counted)
        named = (_named(words, said), len(words & said))
        # all its words said, and more words said than of the agreed count ("TSBP only" over "TSBP"), or some when
        # the agreed count's are none
        if finding.value.value >= stated.value or finding.value.value == part_before(context.before):
            continue  # fewer than the group named may be a part of it ("Two studies in children found ...", of 5),
            # or the part said before it ("Two out of three trials reported no harms": the words are the two's)
        if named[0] == 1 and named[1] > agreed_named[1] or (named[0] and not agreed_named[1]):
            rivals.append((named, finding))
    if not rivals:
        return verdict
    best = max(named for named, _ in rivals)
    named_best = [finding for named, finding in rivals if named == best]
    return Verdict("number-mismatch", named_best[0]) if len(named_best) == 1 else verdict


def _own_words(figure: Figure, context: Context) -> set[str]:
    """The words of the figure's segment up to the next number (the next count's words are not its own), or up to
    the next count's words when they come before its number ("in eight studies and family practices in two")."""
    at = context.segment.find(figure.text)
    own = context.segment
    if at >= 0:
        cuts = [m.start() for pattern in (_NEXT_NUMBER, _NEXT_WORDS)
                if (m := pattern.search(own, at + len(figure.text))) is not None]
        own = own[:min(cuts, default=len(own))]
    return _words(own)


def _named_part(verdict: Verdict, figure: Figure, metadata: Metadata, context: Context) -> Verdict:
    """A part of the studies or people left unchecked ("Only 9 studies reported outcomes beyond 12 months") whose
    words name, every one of them and at least two, one group the source counts: it is that group's count, and a
    number-mismatch when it differs. Named by several groups alike, or by none, it stays unchecked."""
    counted = figure.counted
    if figure.unit != "count" or counted not in ("studies", "people") or context.screening:
        return verdict
    said = _own_words(figure, context)
    stated = count_precision(figure)
    group = noun_group(figure.noun or "", counted)
    part = part_before(context.before)  # "Two out of three trials reported X": the words name the two, not the three
    named = []
    for finding in metadata.findings:
        if finding.measure != "count" or counts_what(finding) != counted \
                or (counted == "studies" and noun_group(finding.population or "", "studies") != group):
            continue
        words = _group_words(finding, counted)
        if len(words) >= 2 and words <= said and finding.value.value != part:
            named.append((len(words), finding))
    if not named:
        return verdict
    most = max(size for size, _ in named)
    best = [finding for size, finding in named if size == most]
    if any(agrees(stated, finding) for _, finding in named) or len(best) != 1 or best[0].value.value >= stated.value:
        return verdict  # (fewer than the group named may be a part of it)

    return Verdict("number-mismatch", best[0])
