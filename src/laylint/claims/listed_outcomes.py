"""A list of outcomes each with its figure in brackets: "collection of blood at the catheter site (6.5%), a dilated
groin artery (0.7%), kidney perforation or tear (2.5%)". An outcome named after a figure that has a bracketed figure
of its own belongs to that figure; when the only mention of a flagged figure's outcome in its sentence is such an
outcome, the figure's own outcome is the words before it (which the metadata may not spell): a value that is the
finding it matched (or the one finding of its drug with that value) is no wrong pair or mismatch (round 36, part F).
"""

from __future__ import annotations

import re

from laylint.claims.compare import agrees, finding_kind

# the outcome's own bracketed figure opens right after it, or after a few more words of its name ("... or tear (2.5%)")
_OWN_FIGURE = re.compile(r"(?:\s+[\w\u2010\u2011-]+){0,3}?\s*[(\[]\s*")


def check_listed(analysis, claims, found) -> None:
    """Re-judge, in place, wrong pairs whose outcome was borrowed from the next item of a bracketed list."""
    text, sentences = analysis.text, analysis.sentences
    for claim in claims:
        if claim.verdict not in ("wrong-pair", "number-mismatch") or claim.finding is None or claim.outcome is None \
                or not text[max(0, claim.start - 3):claim.start].rstrip().endswith(("(", "[")):
            continue  # only a bracketed item of a list: "6.5% with kidney perforation (2.5%)" is said of it
        sentence = sentences[claim.sentence]
        named = [m for m in found if m.kind == "outcome" and m.name == claim.outcome
                 and sentence.start <= m.start < sentence.end]
        if not named or any(m.start < claim.start for m in named):
            continue  # named before the figure (or not at all): its own clause's outcome
        starts = {c.start for c in claims if c is not claim and c.sentence == claim.sentence}
        if all((opening := _OWN_FIGURE.match(text, m.end)) and opening.end() in starts
               for m in named):
            _own_words(claim, analysis.metadata)


def _own_words(claim, metadata) -> None:
    """The figure said of its own words: verified when its value is a finding of its drug (of any, when it names none)."""
    if claim.verdict == "wrong-pair":  # the finding its value matched
        claim.verdict, claim.outcome, claim.pair_finding = "verified", claim.finding.outcome, None
        return
    if metadata is None:
        return
    matching = [f for f in metadata.findings if f.outcome and (claim.drug is None or f.drug == claim.drug)
                and finding_kind(f) == claim.unit and agrees(claim, f)]
    if len(matching) == 1:
        claim.verdict, claim.finding, claim.outcome = "verified", matching[0], matching[0].outcome
