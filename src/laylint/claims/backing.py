"""The abstract backs the metadata: a summary with hand-written metadata (front matter `source:` or
`<stem>.source.yaml`) and an abstract sidecar (`<stem>.abstract.txt`/`.md`) is checked against the
metadata, and facts drafted from the abstract (`analysis.backing`, attached by laylint.pipeline.backing:
the same draft and cache as the abstract-sidecar path) back the figures the metadata does not list.

Hand-written metadata is rarely complete: the counts of trials and people of each outcome, each
arm's count in a single trial, a worked example per 1,000 are stated by the abstract but seldom
copied into YAML, and on real Cochrane summaries they were nearly all the remaining false alarms.
So a claims message saying the source lacks a figure (unsupported number, unknown pair, a count no
count matches, a number-mismatch or wrong-pair that is not a contradiction of a listed finding of
the same pair) becomes info when the drafted facts support that figure for the same reading: the
figure read at the same place is verified (or a declared count) against the draft, with the same
unit, by a drafted finding of that kind of measure whose drug and outcome agree with the metadata's
reading; a count only by the drafted total or by the count the abstract gives for an outcome its
sentence names (study counts are small numbers that repeat across outcomes). The message gives the
abstract's line, so the writer may add the fact.

The drafted facts only ever quiet a message; they never raise one. What the metadata contradicts
stays reported: a number-mismatch against a finding of the same kind for the same pair, a count
that differs from a listed count or total, a confidence interval of a listed estimate, a wrong-pair
whose stated pair has its own finding, a dose given for another comparison.
"""

from __future__ import annotations

from laylint.claims.drafted import SAME_KIND as _DRAFTED_KINDS, TOTAL_POPULATIONS  # one list of totals' populations

# the measure kinds a figure's unit may be backed by: drafted.py's, plus plain numbers and counts
_SAME_KIND = {**_DRAFTED_KINDS, "number": ("number", "plain"), "count": ("count",)}
_COMPARISONS = ("count", "ratio", "relative", "difference")  # figures of a comparison: either arm names it
_QUIETED = ("unsupported-number", "number-mismatch", "wrong-pair")
_SUPPORTED = ("verified", "count")


def twin(analysis):
    """The same document read against the drafted facts (None without a backing abstract or a draft).
    It shares the document's sentences and words; claims are read again, as they depend on the names."""
    def build():
        from laylint.analysis import Analysis

        drafted = analysis.backing.metadata
        if drafted is None:
            return None
        other = Analysis(analysis.document, drafted, (), analysis.ruleset, analysis.nlp_name, rules=analysis.rules)
        for name in ("doc", "sentences", "words", "word_starts"):
            other.__dict__[name] = getattr(analysis, name)  # cached properties: built once, for both
        return other

    if getattr(analysis, "backing", None) is None:
        return None
    return analysis.memo("claims.backing", build)


def _twin_claims(analysis) -> dict:
    from laylint.claims import extract

    other = twin(analysis)
    return analysis.memo("claims.backing-claims", lambda: {(c.start, c.end): c for c in extract(other)} if other else {})


def contradicted(claim) -> bool:
    """Does the hand-written metadata contradict this claim itself (then no abstract quiets it)?"""
    finding = claim.finding
    if claim.verdict == "wrong-pair":
        if claim.unit == "dose":
            return True  # a dose stated for another comparison of the metadata's own arms
        pair = claim.pair_finding
        return pair is not None and _kind_of(pair) in _SAME_KIND.get(claim.unit, ())
    if claim.verdict != "number-mismatch" or finding is None:
        return False
    if claim.form == "ci":
        return True  # the CI of an estimate the metadata lists
    if claim.unit == "count":
        return True  # a count that differs from a listed count or total ("8 trials" where the metadata lists 6)
    if claim.form == "range" and not finding.ci:  # "8 to 14 in 100": the CI the metadata did not list, if it
        return not claim.low <= finding.value.value <= claim.high  # holds the listed value; else a contradiction
    return _kind_of(finding) in _SAME_KIND.get(claim.unit, ())


def _kind_of(finding) -> str:
    from laylint.claims.compare import finding_kind

    return finding_kind(finding)


def backing(analysis, claim):
    """The drafted finding that backs a claim the metadata does not, or None."""
    if claim.verdict not in _QUIETED or getattr(analysis, "backing", None) is None or contradicted(claim):
        return None
    other = _twin_claims(analysis).get((claim.start, claim.end))
    if other is None or other.verdict not in _SUPPORTED or other.finding is None:
        return None
    finding = other.finding
    if claim.outcome is None and claim.unit != "count":
        return None  # a figure the metadata's words tie to no outcome: a value alone is no evidence ("about 69%")
    if other.unit != claim.unit or other.counted != claim.counted or claim.unit not in _SAME_KIND \
            or _kind_of(finding) not in _SAME_KIND[claim.unit]:
        return None  # "5" read as a plain number is not backed by "5 participants"
    metadata, drafted = analysis.metadata, twin(analysis).metadata
    # The drafted finding itself must be of the reading's drug and outcome (the twin's reading may name none).
    arms = [finding.drug] + (list(_comparators(finding, drafted)) if claim.unit in _COMPARISONS else [])
    if not any(arms):
        arms = [other.drug]
    if not any(agree(claim.drug, metadata, arm, drafted, drug=True) for arm in arms):
        return None
    if not agree(claim.outcome, metadata, finding.outcome or other.outcome, drafted):
        return None
    if claim.unit == "count" and not _count_of_its_outcome(analysis, other):
        return None
    return other.finding


def _count_of_its_outcome(analysis, other) -> bool:
    """A count is backed by the review's drafted total, or by the abstract's count for an outcome its
    sentence names: counts of studies are small numbers that repeat across outcomes ("5 trials" for
    one outcome is no evidence that "5 studies" said of another is right)."""
    from laylint.claims import mentions

    finding = other.finding
    if finding.population in TOTAL_POPULATIONS:
        return True
    outcome = _outcome_of_count(analysis, finding)
    if not outcome:
        return False
    if other.outcome == outcome:
        return True
    shadow = twin(analysis)
    sentence = shadow.sentences[other.sentence]
    if any(m.kind == "outcome" and m.name == outcome and sentence.start <= m.start < sentence.end
           for m in mentions(shadow)):
        return True
    return any(m.kind == "outcome" and sentence.start <= m.start < sentence.end  # named in the metadata's words
               and agree(m.name, analysis.metadata, outcome, shadow.metadata) for m in mentions(analysis))


def _outcome_of_count(analysis, finding) -> str | None:
    """The outcome of a drafted count: its own, or that of the estimate whose bracket holds it
    ("(RR 0.71, 95% CI 0.57 to 0.89; 13 trials, 17,382 women)"); the metadata written from the draft
    keeps it only in a comment, so it is read from the draft (memoised, the one the metadata came from)."""
    facts = analysis.backing.draft.facts  # the draft the backing metadata was written from
    fact = facts[finding.index] if 0 <= finding.index < len(facts) else None
    if fact is None or abs(fact.value - finding.value.value) > 1e-9:
        return None
    if fact.outcome:
        return fact.outcome
    return next((estimate.outcome for estimate in facts if estimate.role != "count" and estimate.outcome
                 and estimate.lead_end is not None and estimate.group_end is not None
                 and estimate.lead_end <= fact.start < estimate.group_end), None)


def _comparators(finding, metadata) -> tuple[str, ...]:
    from laylint.claims.comparators import comparator_names

    return comparator_names(finding, metadata)


def pair_backed(analysis, drug: str, outcome: str):
    """The drafted finding for a drug and outcome of the metadata (unknown-pair), or None."""
    other = twin(analysis)
    if other is None:
        return None
    from laylint.claims.comparators import comparator_names

    drafted = other.metadata
    for finding in drafted.findings:
        drugs = [finding.drug, *comparator_names(finding, drafted)]
        if finding.outcome and any(d and agree(drug, analysis.metadata, d, drafted, drug=True) for d in drugs) \
                and agree(outcome, analysis.metadata, finding.outcome, drafted):
            return finding
    return None


def agree(name: str | None, metadata, other: str | None, drafted, drug: bool = False) -> bool:
    """Do two readings name the same thing? Unnamed on either side agrees (the two vocabularies differ);
    named, `other` must be among the drafted names that share the most content words with `name`
    (names and aliases: "NRT" and "nicotine replacement therapy (NRT)"; "bleeding in the brain" is
    intracranial bleeding's, not stroke's, although stroke's alias "brain attack" shares a word)."""
    if name is None or other is None:
        return True
    mine = _words(name, metadata, drug)
    names = set(drafted.drugs if drug else drafted.outcomes) | {other}
    scores = {candidate: len(mine & _words(candidate, drafted, drug)) for candidate in names}
    best = max(scores.values())
    return best > 0 and scores[other] == best


def _words(name: str, metadata, drug: bool) -> set[str]:
    from laylint.text import words

    names = [name, *((metadata.drugs if drug else metadata.outcomes).get(name, ()) or ())]
    return {word.lower()[:5] for text in names for _, _, word in words(str(text))
            if len(word) >= 3 and word.lower() not in _NOT_NAMES}


_NOT_NAMES = frozenset("the and with for any all from low high dose doses group groups people total number "
                       "rate risk events event".split())


def note(analysis, finding) -> str:
    """" [not in the metadata, but the abstract states it at x.abstract.txt:12: ...; add it to the metadata]"."""
    return f" [not in the metadata, but the abstract states it at {where(analysis, finding)}: {finding.describe()}; " \
        "add it to the metadata]"


def where(analysis, finding) -> str:
    """"x.abstract.txt:12": the abstract's file name and the line the finding was drafted from."""
    path = analysis.backing.path
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    line = _line(analysis, finding)
    return f"{name}:{line}" if line else name


def _line(analysis, finding) -> int | None:
    if finding.locate:
        return finding.line
    if finding.population in TOTAL_POPULATIONS:  # the review's total (judge.total_finding has no place): where it was drafted
        text = analysis.backing.text
        total = getattr(analysis.backing.draft, "studies" if finding.population.startswith("studies") else "participants")
        return text.count("\n", 0, total.start) + 1 if total is not None else None
    return None

