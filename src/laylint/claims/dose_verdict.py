"""The verdict on a dose: put on a comparison it does not belong to, or unattached."""

from __future__ import annotations

from laylint.claims.comparators import comparator_names, partners
from laylint.claims.quantities import Figure, doses_in, strip_doses
from laylint.claims.verdict import Context, Verdict
from laylint.metadata import Metadata


def judge_dose(figure: Figure, metadata: Metadata | None, context: Context) -> Verdict:
    """A dose that declared drug names carry ("aspirin 75 mg"), stated in a clause about a comparison
    it does not belong to ("the standard dose (50 mg or 75 mg) compared with placebo", when only the
    50 mg dose was compared with placebo) is put on the wrong comparison."""
    named = set(context.drugs + context.comparators)
    if metadata is None or not figure.dose_unit or not named:
        return Verdict("unattached")
    dose = (figure.value, figure.dose_unit)
    if "_doses" not in metadata.__dict__:  # once per metadata: the doses each drug's names carry
        metadata.__dict__["_doses"] = {name: {d for text in (name, *aliases) for d in doses_in(text)}
                                       for name, aliases in metadata.drugs.items()}
    carried = metadata.__dict__["_doses"]
    holders = [name for name, doses in carried.items() if dose in doses]
    if not holders or named & set(holders) or any(partners(h, metadata) & named for h in holders):
        return Verdict("unattached")
    bases = {strip_doses(h) for h in holders}
    variants = [name for name, doses in carried.items() if doses and name not in holders and strip_doses(name) in bases
                and partners(name, metadata) & named]
    if not variants:
        return Verdict("unattached")
    own = next((f for f in metadata.findings if f.drug in holders and f.measure != "count"), None)
    other = next((f for f in metadata.findings if f.drug in variants and f.measure != "count"
                  and named & set(comparator_names(f, metadata))), None)
    return Verdict("wrong-pair", own, other) if own is not None else Verdict("unattached")
