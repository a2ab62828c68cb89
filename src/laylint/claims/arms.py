"""Both arms' natural frequencies in one breath ("122 versus 84 per 1,000 people", "48 of every 1,000
people on heparin and 30 of every 1,000 with no treatment"): each is one arm's risk, and when the
source has no risk for that arm it holds their ratio or their difference instead (RR 1.45; 37 more
per 1,000). The two figures are then checked together: their ratio against the comparison's ratio,
their difference against its risk difference. A pair that fits is verified; a pair the comparison's
ratio or difference contradicts is a number-mismatch; with nothing to check them by, they stay as read.

In "A versus B per M" a bare first number shares the denominator written after the second, and
when the clause gave both figures one drug, the first is the subject's and the second the other
arm's (the drugs of the sentence in order: "rarer with CT (4 versus 9 per 10,000) than with X-rays").
"""

from __future__ import annotations

import re
from dataclasses import replace

from laylint.claims.compare import RATIO_MEASURES, agrees, finding_kind
from laylint.claims.comparators import comparator_names
from laylint.claims.judge import Context, judge

_JOIN = re.compile(r"\s*(?:versus|vs\.?|v\.?|compared\s+(?:with|to))\s*\Z", re.IGNORECASE)
_COUNTS_BEHIND = re.compile(r"\s*\(\s*\Z")  # "18% (23 of 128)": the counts behind a share, in brackets after it
_OF = re.compile(r"\s+(?:of|out\s+of)\s+\Z", re.IGNORECASE)
_REACH = 160  # characters between the two figures of a pair written as two clauses
_FLAGGED = ("unsupported-number", "wrong-pair", "number-mismatch")


def check_pairs(analysis, attachments, claims, mentions) -> None:
    """Re-judge two-arm pairs in place (claims[i] is attachments[i]'s claim)."""
    metadata = analysis.metadata
    if metadata is None:
        return
    text = analysis.text
    for i in range(len(claims) - 1):
        a, b = claims[i], claims[i + 1]
        fa, fb = attachments[i].figure, attachments[i + 1].figure
        if a.sentence != b.sentence or b.unit != "percent" or b.form != "frequency" or not b.denominator:
            continue
        if a.verdict not in _FLAGGED and b.verdict not in _FLAGGED + ("unattached",):
            continue
        between = text[a.end:b.start]
        if a.unit in ("number", "count") and fa.form == "number" and not fa.qualifier and _JOIN.match(between):
            fa = replace(fa, unit="percent", form="frequency", value=fa.value * 100 / b.denominator,
                         numerator=int(fa.value), denominator=b.denominator, counted="", noun="", subset=False,
                         decimals=fb.decimals)
        elif not (a.unit == "percent" and a.form == "frequency" and a.denominator == b.denominator
                  and len(between) <= _REACH):
            continue
        outcome = b.outcome or a.outcome
        if a.outcome and b.outcome and a.outcome != b.outcome:
            continue
        drug_a, drug_b = a.drug, b.drug
        if drug_a is None or drug_b is None or drug_a == drug_b:
            named = _sentence_drugs(analysis, a.sentence, mentions)
            if len(named) != 2:
                if fa is not attachments[i].figure and a.verdict == "unattached" and b.verdict == "unsupported-number":
                    _same_as_partner(a, fa, b)  # "31 vs 41 per 100", neither arm's risk in the source: both unsupported
                continue
            drug_a, drug_b = named
        if outcome is None:  # no outcome named: both arms' risks of one outcome say which ("5 versus 10 per 10,000")
            outcome = _both_arms(metadata, fa, fb, drug_a, drug_b) or _only_fitting(metadata, fa, fb, drug_a, drug_b)
            if outcome is None:
                continue
        ratios, differences = _comparison(metadata, drug_a, drug_b, outcome)
        if not ratios and not differences:  # an outcome the comparison has no ratio or difference for ("were better")
            outcome = _only_fitting(metadata, fa, fb, drug_a, drug_b) or outcome
            ratios, differences = _comparison(metadata, drug_a, drug_b, outcome)
        verdicts = [judge(f, d, outcome, metadata, Context(drugs=(d,))) for f, d in ((fa, drug_a), (fb, drug_b))]
        if all(v.verdict == "verified" for v in verdicts):
            results = verdicts
        elif ratios or differences:
            fits = _fits(fa, fb, ratios, differences)
            needed = _needed_contradicts(fa, fb, metadata, drug_a, drug_b, outcome) if fits is not None else None
            if needed is not None:  # "30 versus 15 in 100" fits RR 1.86, but not one more for every 4 treated
                result = ("number-mismatch", needed)
            else:
                result = ("verified", fits) if fits is not None else ("number-mismatch", (ratios + differences)[0][0])
            results = [v if v.verdict == "verified" else type(v)(*result) for v in verdicts]
        else:
            continue
        for claim, figure, drug, verdict in zip((a, b), (fa, fb), (drug_a, drug_b), results):
            claim.unit, claim.form, claim.value = figure.unit, figure.form, figure.value
            claim.numerator, claim.denominator, claim.counted = figure.numerator, figure.denominator, figure.counted
            claim.decimals = figure.decimals
            claim.drug, claim.outcome, claim.drug_carried = drug, outcome, False
            claim.verdict, claim.finding, claim.pair_finding = verdict.verdict, verdict.finding, None


def _same_as_partner(claim, figure, partner) -> None:
    """The first figure of "A vs B per M", read as a share under B's denominator, takes B's verdict (round 31)."""
    claim.unit, claim.form, claim.value = figure.unit, figure.form, figure.value
    claim.numerator, claim.denominator, claim.counted = figure.numerator, figure.denominator, figure.counted
    claim.decimals, claim.outcome = figure.decimals, partner.outcome
    claim.verdict, claim.finding, claim.pair_finding = partner.verdict, None, None


def _both_arms(metadata, fa, fb, drug_a, drug_b) -> str | None:
    """The one outcome whose two arms' risks the two figures both state, if any."""
    outcomes = {f.outcome for f in metadata.findings if f.outcome and f.drug in (drug_a, drug_b)}
    fitting = [o for o in outcomes if all(judge(f, d, o, metadata, Context(drugs=(d,))).verdict == "verified"
                                          for f, d in ((fa, drug_a), (fb, drug_b)))]
    return fitting[0] if len(fitting) == 1 else None


def _only_fitting(metadata, fa, fb, drug_a, drug_b) -> str | None:
    """The one outcome whose ratio or risk difference between the two arms the pair agrees with ("64 out of
    every 100 ... were alive compared with 60 out of every 100": a 4% difference in survival), if only one does."""
    outcomes = {f.outcome for f in metadata.findings if f.outcome and f.drug in (drug_a, drug_b)}
    fitting = [o for o in sorted(outcomes) if _fits(fa, fb, *_comparison(metadata, drug_a, drug_b, o)) is not None
               and _needed_contradicts(fa, fb, metadata, drug_a, drug_b, o) is None]
    return fitting[0] if len(fitting) == 1 else None


def _needed_contradicts(fa, fb, metadata, drug_a, drug_b, outcome):
    """The comparison's number needed to treat, when it contradicts the pair's difference ("30 versus 15 in 100"
    fits a ratio of 1.86, but one more for every 4 treated is 22 to 29 more in 100, not 15); else None."""
    half = 0.5 * 10 ** -max(fa.decimals, fb.decimals, 0) * 100 / fb.denominator
    gap = abs(fa.value - fb.value)
    for finding in metadata.findings:
        if finding.outcome == outcome and finding.measure == "number-needed-to-treat" and finding.value.value > 0.5 \
                and {finding.drug, *comparator_names(finding, metadata)} >= {drug_a, drug_b}:
            needed = finding.value.value
            if not 100 / (needed + 0.5) - 2 * half <= gap <= 100 / (needed - 0.5) + 2 * half:
                return finding
    return None


def _sentence_drugs(analysis, index: int, mentions) -> tuple[str, ...]:
    sentence = analysis.sentences[index]
    return tuple(dict.fromkeys(m.name for m in mentions if m.kind == "drug" and sentence.start <= m.start < sentence.end))


def _comparison(metadata, drug_a, drug_b, outcome):
    """The ratio and difference findings comparing the two arms for the outcome, each with its
    direction: +1 when the finding's drug is the first arm, -1 when it is the second."""
    ratios, differences = [], []
    for finding in metadata.findings:
        if finding.outcome != outcome:
            continue
        arms = comparator_names(finding, metadata)
        way = 1 if (finding.drug == drug_a and drug_b in arms) else -1 if (finding.drug == drug_b and drug_a in arms) else 0
        if not way:
            continue
        if finding.measure in RATIO_MEASURES and finding.value.value > 0:
            ratios.append((finding, way))
        elif finding_kind(finding) == "difference":
            differences.append((finding, way))
    return ratios, differences


def _fits(fa, fb, ratios, differences):
    """The finding the two arms' figures agree with (ratio or difference, at the figures' rounding)."""
    half = 0.5 * 10 ** -max(fa.decimals, fb.decimals, 0) * 100 / fb.denominator  # a unit of the written count, in percent
    pa, pb = fa.value, fb.value
    for finding, way in ratios:
        target = finding.value.value if way == 1 else 1 / finding.value.value
        low = (pa - half) / (pb + half) if pb + half > 0 else 0
        high = (pa + half) / (pb - half) if pb - half > 0 else float("inf")
        if low * 0.97 <= target <= high * 1.03:
            return finding
    for finding, way in differences:
        stated = replace(fa, unit="difference", form="difference", value=(pa - pb) * way, qualifier="",
                         direction="up" if (pa - pb) * way >= 0 else "down", decimals=max(fa.decimals, 0) + 1)
        if abs((pa - pb) * way - finding.value.value) <= 2 * half + 1e-9 or agrees(stated, finding):
            return finding
    return None


def check_counts_behind(text, claims) -> None:
    """"18% (23 of 128)": the two numbers in brackets after a share are the counts it was worked out
    from. When they give the share (at its rounding) they are no claims of their own; when they do not,
    the first is a number-mismatch against the share's finding (or left as read when it has none)."""
    for i in range(len(claims) - 2):
        share, part, whole = claims[i], claims[i + 1], claims[i + 2]
        if share.unit != "percent" or share.form not in ("percent", "number") or part.unit not in ("number", "count") \
                or whole.unit not in ("number", "count") or whole.value <= 0 \
                or not _COUNTS_BEHIND.match(text[share.end:part.start]) or not _OF.match(text[part.end:whole.start]):
            continue
        worked = 100 * part.value / whole.value
        if abs(worked - share.value) <= 0.5 * 10 ** -max(share.decimals, 0) + 0.5:
            for claim in (part, whole):
                claim.verdict, claim.finding, claim.pair_finding = "unattached", None, None
        elif share.verdict == "verified" and share.finding is not None:
            part.verdict, part.finding, part.pair_finding = "number-mismatch", share.finding, None
