"""Counts of the evidence behind one result: those stated with its estimate, one study that reports it, "based on" counts."""

from __future__ import annotations

import re
from dataclasses import replace

from laylint.claims.comparators import comparator_names
from laylint.claims.compare import agrees
from laylint.claims.counted import (PEOPLE_WORDS, STUDY_WORDS, arms_named, count_precision, counts_what,
                                    total_finding)
from laylint.claims.quantities import Figure
from laylint.claims.verdict import BOUNDS, Context, Verdict
from laylint.metadata import Finding, Metadata


def evidence_counts(metadata: Metadata) -> dict[int, list[Finding]]:
    """id(finding) -> the `count` findings listed right after it with the same drug: the studies and
    people behind that result (the order a summary-of-findings table gives them in)."""
    if "_evidence_counts" not in metadata.__dict__:
        metadata.__dict__["_evidence_counts"] = _evidence_counts(metadata)
    return metadata.__dict__["_evidence_counts"]


def _evidence_counts(metadata: Metadata) -> dict[int, list[Finding]]:
    owned: dict[int, list[Finding]] = {}
    owner: Finding | None = None
    for finding in metadata.findings:
        if finding.measure != "count":
            owner = finding
        elif owner is not None and finding.drug == owner.drug and finding.outcome in ("", None, owner.outcome) \
                and finding.value.value > 0:  # "0 events reported" for another outcome is that outcome's result
            owned.setdefault(id(owner), []).append(finding)
        else:
            owner = None
    return owned


def evidence_verdict(figure: Figure, result: Finding, metadata: Metadata) -> Verdict | None:
    """A count stated with a result's estimate ("(RR 1.77, 95% CI ...; 4 RCTs, 512 women)") against
    the counts the metadata lists for that result; None when it lists none of that kind."""
    behind = [c for c in evidence_counts(metadata).get(id(result), ()) if counts_what(c) in ("", figure.counted)]
    if not behind:
        return None
    stated = count_precision(figure)
    agreeing = [f for f in behind if agrees(stated, f)]
    return Verdict("count", agreeing[0]) if agreeing else Verdict("number-mismatch", behind[0])


_COUNT_IN_TEXT = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)\s+(?:[A-Za-z-]+\s+)?(?P<noun>[A-Za-z]+)")


def anchored_results(figure: Figure, parenthesis: str, results, metadata: Metadata) -> list[Finding]:
    """The results whose listed counts another count in the same parenthesis agrees with ("(11
    studies involving 670 people)", 670 being that result's): the parenthesis is their evidence."""
    found = []
    for match in _COUNT_IN_TEXT.finditer(parenthesis):
        value = float(match.group(1).replace(",", ""))
        counted = "studies" if STUDY_WORDS.fullmatch(match.group("noun")) else \
            "people" if PEOPLE_WORDS.fullmatch(match.group("noun")) else ""
        if not counted or (counted == figure.counted and value == figure.value):
            continue
        sibling = replace(figure, value=value, counted=counted, qualifier="", decimals=0)
        found += [r for r in results if (v := evidence_verdict(sibling, r, metadata)) is not None and v.verdict == "count"]
    return found


def declared_anywhere(stated: Figure, drug: str, metadata: Metadata) -> bool:
    """Is the count one the source gives for the drug's comparisons (any outcome) or as a total?"""
    total = total_finding(metadata, stated.counted)
    return (total is not None and agrees(stated, total)) or any(
        f.measure == "count" and counts_what(f) in ("", stated.counted) and (f.drug == drug or drug in comparator_names(f, metadata))
        and agrees(stated, f) for f in metadata.findings)


# "One trial (18 participants) reported ...", "only one small study measured ...": one study that reports something
# (what data there are); "one study found that ..." claims a result, which stays checked
_ONE_REPORTS = re.compile(r"\s*(?:[\w\u2010\u2011-]+\s+){0,3}?(?:stud(?:y|ies)|trials?|c?RCTs?)(?:\s*\([^()]*\))?\s+(?:also\s+|only\s+)?"
                          r"(?:reported|measured|assessed|looked\s+at|examined|evaluated|recorded|investigated|"
                          r"described|gave|provided)\b", re.IGNORECASE)


def single_study(figure: Figure, metadata: Metadata, context: Context, outcome) -> Verdict | None:
    """One study said to report, measure or assess something ("One trial reported quality of life") speaks
    of that study, as abstracts do; a sidecar cannot hold such counts per outcome. It must be one of the
    outcome's own counts of studies when the source gives them; else it is quiet (the policy of the rule
    doc), unless the review has no study at all. None: not such a count."""
    if figure.counted != "studies" or figure.value != 1 or figure.qualifier in BOUNDS or not context.sentence:
        return None
    at = context.sentence.find(context.before + figure.text)
    if at < 0 or not _ONE_REPORTS.match(context.sentence, at + len(context.before) + len(figure.text)):
        return None
    own = [f for f in metadata.findings if f.measure == "count" and outcome is not None and f.outcome == outcome
           and counts_what(f) in ("", "studies") and f.value.value > 0]
    if own:
        agreeing = [f for f in own if agrees(figure, f)]
        return Verdict("count", agreeing[0]) if agreeing else Verdict("number-mismatch", own[0])
    total = total_finding(metadata, "studies")
    if total is not None and total.value.value < 1:
        return Verdict("number-mismatch", total)
    return Verdict("unattached")


# "this result came from only one small study", "it is based on 3 trials": the studies behind a result
_EVIDENCE_BEFORE = re.compile(r"\b(?:based\s+on|(?:came|comes|come)\s+from|rest(?:s|ed|ing)?\s+on|relie[sd]\s+on)\s+"
                              r"(?:only\s+|just\s+|data\s+from\s+)?(?:a\s+)?\Z", re.IGNORECASE)


def behind_outcome(figure: Figure, metadata: Metadata, context: Context, drug, outcome) -> Verdict | None:
    """A count said to be the evidence behind a result of the sentence's outcome must be one of that
    outcome's own counts when the source gives them (not another count of the comparison)."""
    if outcome is None or not _EVIDENCE_BEFORE.search(context.before):
        return None
    own = [f for f in metadata.findings if f.measure == "count" and f.outcome == outcome and f.value.value > 0
           and counts_what(f) == figure.counted and (drug is None or not f.drug or arms_named(f, (drug,), metadata))]
    if not own:
        return None
    stated = count_precision(figure)
    agreeing = [f for f in own if agrees(stated, f)]
    return Verdict("count", agreeing[0]) if agreeing else Verdict("number-mismatch", own[0])
