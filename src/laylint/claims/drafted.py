"""What to report when the facts were drafted from an abstract (`<stem>.abstract.txt`), not written
by hand: drafted facts are incomplete by nature (a finding, a count or a pair the drafter missed is
not evidence that the summary is wrong), so only what they clearly contradict is reported.

- a number-mismatch whose figure states the same kind of measure as the finding it is compared with
  (a percentage with a risk, a ratio or relative change with a ratio, an absolute difference with a
  risk difference), a range only against a finding's confidence interval, and a confidence interval
  quoted after its estimate only when that estimate's measure is the finding's;
- a wrong-pair only when the stated pair has a finding of its own with another value;
- a count of studies or people when it contradicts the review's drafted total ("we found 45
  studies" when the abstract says 21): totals are stated once, plainly, and drafted right in most
  abstracts, while per-comparison counts are the drafter's least reliable part; and a count that matches
  nothing drafted and that no number of the abstract's text matches either (abstract_numbers.py): the
  abstract does not state it;
- never a test's sensitivity or specificity read from words ("correctly found 18 of 20"): drafted test names
  are too rough to pin such a reading on;
- never an unsupported number other than such a count, an unknown pair or a missing finding.
"""

from __future__ import annotations

from laylint.claims.abstract_numbers import states
from laylint.claims.compare import finding_kind

TOTAL_POPULATIONS = ("studies in the review", "participants in the review")  # judge.total_finding's populations
SAME_KIND = {"percent": ("percent",), "relative": ("ratio", "relative"), "ratio": ("ratio",),
              "difference": ("difference",)}


def drafted(analysis) -> bool:
    """Were the document's facts drafted from an abstract sidecar?"""
    return bool(getattr(getattr(analysis, "metadata", None), "drafted_from", None))


def clearly_contradicted(claim, abstract_numbers: frozenset[float] | None = None) -> bool:
    """Do drafted facts clearly contradict this claim (see the module docstring)? `abstract_numbers`: the
    numbers of the abstract's text (abstract_numbers.numbers_in)."""
    if claim.unit == "count" and abstract_numbers is not None and claim.verdict in ("unsupported-number", "number-mismatch") \
            and not states(abstract_numbers, claim.value, claim.qualifier):
        return True  # a count the abstract never states ("12 trials" when it says 7 and 5)
    if claim.finding is None:
        return False
    if claim.unit == "count":  # only a total the summary contradicts ("we found 45 studies" when it had 21)
        return claim.verdict == "number-mismatch" and (claim.finding.population or "").startswith(TOTAL_POPULATIONS)
    if claim.worded:
        return False  # drafted test names are rough: a measure read from words is not matched to them
    if claim.verdict == "wrong-pair":
        return claim.pair_finding is not None and claim.unit in SAME_KIND
    if claim.verdict != "number-mismatch":
        return False
    if claim.form == "ci":  # a CI quoted right after its estimate: reported when the estimate would be
        return finding_kind(claim.finding) in SAME_KIND.get(claim.estimate_unit, ())
    if claim.form == "range" and not claim.finding.ci:
        return False  # "8 to 14 in 100" may be the CI the draft did not catch
    return finding_kind(claim.finding) in SAME_KIND.get(claim.unit, ())
