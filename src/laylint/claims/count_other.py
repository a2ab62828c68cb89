"""Counts of things other than studies or people ("276 eyes", "in 29 countries"), and counts in millions."""

from __future__ import annotations

from laylint.claims.compare import agrees, finding_kind
from laylint.claims.counted import GENERIC, WORD, count_precision, word_stem
from laylint.claims.quantities import Figure
from laylint.claims.verdict import Verdict
from laylint.metadata import Finding


def other_count(figure: Figure, findings, segment: str = "") -> Verdict | None:
    """"in 29 countries", "7 comparisons": a count of something the source counts too (a `count`
    finding whose population starts with that noun). It agrees with one of them, or, when the source
    has a single such count, it cannot be more than that total."""
    noun = word_stem(figure.noun)
    same = [f for f in findings if f.measure == "count" and f.population and _counted_noun(f.population) == noun]
    if not same:
        return None
    stated = count_precision(figure)
    agreeing = [f for f in same if agrees(stated, f)]
    if agreeing:
        return Verdict("count", agreeing[0])
    # the whole: the single such count, or the one count of no comparison that is the largest ("285 eyes
    # in the review", beside each comparison's own eyes): no count of that thing can be more than it
    wholes = same if len(same) == 1 else [f for f in same if not f.drug and not f.comparator]
    whole = wholes[0] if len(wholes) == 1 and wholes[0].value.value >= max(f.value.value for f in same) else None
    if whole is not None and figure.qualifier not in ("less-than", "up-to") and stated.value > whole.value.value:
        return Verdict("number-mismatch", whole)
    if len(wholes) >= 2 and segment:
        # several counts of the thing ("records from company reports", "records from websites"): the one
        # the words after the noun name, or none of them can be more than all of them with any count
        # naming the thing among others ("studies and records in all")
        named = [f for f in wholes if _names_count(f, figure, segment)]
        if len(named) == 1:
            return Verdict("number-mismatch", named[0])
        holding = [f for f in findings if f.measure == "count" and f not in same and f.population
                   and noun in {word_stem(w) for w in WORD.findall(f.population)}]
        if any(agrees(stated, f) for f in holding):
            return Verdict("count", next(f for f in holding if agrees(stated, f)))
        bound = max([sum(f.value.value for f in wholes)] + [f.value.value for f in holding])
        if figure.qualifier not in ("less-than", "up-to") and stated.value > bound:
            return Verdict("number-mismatch", max(holding or wholes, key=lambda f: f.value.value))
    return Verdict("unattached")


# "included papers (reporting the 184 studies)": words before the noun that say which of them, not what
_WHICH = {"included", "eligible", "published", "unique", "separate", "full-text", "relevant", "additional"}


def _counted_noun(population: str) -> str:
    words = WORD.findall(population)[:2]
    if len(words) == 2 and words[0].lower() in _WHICH:
        words = words[1:]
    return word_stem(words[0]) if words else ""


def _names_count(finding: Finding, figure: Figure, segment: str) -> bool:
    """Do the words right after the figure's noun name what this count is of, beyond the noun?"""
    at = segment.find(figure.text)
    after = segment[at + len(figure.text):] if at >= 0 else ""
    words = [word_stem(w)[:5] for w in WORD.findall(finding.population or "")[1:] if w.lower() not in GENERIC]
    said = {word_stem(w)[:5] for w in WORD.findall(after)[:6]}  # (a short prefix: "websites", "website searches")
    return bool(words) and words[0] in said


def in_millions(figure: Figure, outcome: str, findings) -> Verdict | None:
    """"more than 340 million children live with obesity": a count in thousands, millions or billions
    against the source's own figure of that size for the outcome (background, of no drug)."""
    big = [f for f in findings if finding_kind(f) in ("count", "plain") and f.outcome == outcome and not f.drug
           and f.value.value >= 1e4]
    if not big:
        return None
    agreeing = [f for f in big if agrees(figure, f)]
    if agreeing:
        return Verdict("verified", agreeing[0])
    return Verdict("number-mismatch", min(big, key=lambda f: abs(f.value.value - figure.value)))


# words that name no background figure of their own: who and where ("people worldwide")
_NOT_NAMING = {"people", "person", "persons", "adults", "children", "women", "world", "worldwide", "global", "globally",
               "around", "million", "millions", "billion", "number"}


def named_millions(figure: Figure, metadata, sentence: str) -> Verdict | None:
    """"About 84 million people are forcibly displaced worldwide" with no outcome attached: a count in millions
    whose sentence says every word of one of the names of a big background figure the source declares (of no
    drug) is that figure, checked as `in_millions` checks it (round 37: only the attached ones were)."""
    if metadata is None or not sentence:
        return None
    said = {word_stem(w) for w in WORD.findall(sentence)}
    for finding in metadata.findings:
        if finding.drug or not finding.outcome or finding_kind(finding) not in ("count", "plain") or finding.value.value < 1e4:
            continue
        for name in (finding.outcome, *metadata.outcomes.get(finding.outcome, ())):
            words = {word_stem(w) for w in WORD.findall(name) if w.lower() not in GENERIC and w.lower() not in _NOT_NAMING}
            if words and words <= said:
                return in_millions(figure, finding.outcome, metadata.findings)
    return None
