"""The source's background figures: what the condition or the people studied are like, not a result of a
comparison. A finding of no drug is one ("about half of young babies have reflux"); so is a finding of no
comparator whose drug is no arm of any comparison in the source (`{drug: antipsychotics, outcome: no response
to antipsychotics, value: 20%}` in a review comparing two brain stimulation treatments): how many people
usual treatment fails is background, and a background sentence's share is checked against it.
"""

from __future__ import annotations


def background_findings(metadata) -> list:
    """The findings a background sentence's figure may state (counts of studies and people excluded)."""
    if metadata is None:
        return []
    from laylint.claims.comparators import comparator_names

    arms = set()
    for finding in metadata.findings:
        if finding.comparator:  # the arms of the source's comparisons: a per-arm risk of one is a result
            arms.update((finding.drug, finding.comparator, *comparator_names(finding, metadata)))
    return [f for f in metadata.findings if f.measure != "count"
            and (f.drug is None or (not f.comparator and f.drug not in arms))]
