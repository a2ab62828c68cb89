"""What the review page shows for one file: marks on the prose, sentence grades, scores, metadata."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from laylint.diagnostics import SEVERITY_RANK

# claim verdict -> (status class, icon, label)
CLAIM_STATUS = {
    "verified": ("ok", "✓", "matches the source"),
    "number-mismatch": ("bad", "✗", "number does not match the source"),
    "wrong-pair": ("bad", "✗", "number belongs to another drug or outcome"),
    "unsupported-number": ("bad", "✗", "number not found in the source"),
    "count": ("ok", "✓", "count matches the study's declared count"),  # studies or people, checked
}
UNATTACHED = ("none", "•", "not compared (not a finding)")
# rule families drawn as underlines on the text
UNDERLINED_FAMILIES = {"jargon": "jargon", "hedging": "overclaim", "style": "style"}


@dataclass
class Mark:
    start: int  # prose offsets [start, end)
    end: int
    category: str  # claim | jargon | overclaim | style
    status: str  # ok | bad | none | issue
    icon: str
    label: str
    details: list[str] = field(default_factory=list)
    priority: int = 0


@dataclass
class FileView:
    path: str
    blocks: list  # document.Block
    sentences: list  # (start, end, grade or None)
    marks: list[Mark]
    diagnostics: list
    scores: dict  # name -> value, plus "target"
    metadata: object | None
    limitations: list[tuple[str, bool]]  # (limitation, reflected)
    prose: str = ""
    unreadable: str | None = None
    # Problems on a span another mark already covers (a sentence without the hedge its low-certainty
    # evidence needs, around a checked number): shown as a badge at the end of their span.
    badges: list[Mark] = field(default_factory=list)

    def counts(self) -> dict:
        result: dict = {}
        for d in self.diagnostics:
            family = d.rule.split("/", 1)[0]
            result[family] = result.get(family, 0) + 1
        return result

    def severity_key(self):
        by = [0, 0, 0]
        for d in self.diagnostics:
            by[2 - SEVERITY_RANK[d.severity]] += 1
        return tuple(-n for n in by)


def _prose_index(document, line: int, column: int) -> int | None:
    """The prose index of a file position (None outside the prose)."""
    offset = document.line_offset(line) + column - 1
    offsets = document.prose_offsets
    index = bisect.bisect_left(offsets, offset)
    if index < len(offsets) and offsets[index] == offset:
        return index
    return None


def claim_marks(analysis) -> list[Mark]:
    from laylint import claims

    marks = []
    for claim in claims.extract(analysis):
        status, icon, label = CLAIM_STATUS.get(claim.verdict, UNATTACHED)
        read = f"laylint read: {claims.describe_value(claim)}"
        about = ", ".join(x for x in (claim.drug, claim.outcome) if x) or "no drug or outcome attached"
        details = [f"{icon} {label}", f"{read} ({about})"]
        if claim.finding is not None:
            details.append(f"source finding: {claim.finding.describe()}")
        if claim.message and claim.verdict in ("wrong-pair", "unsupported-number"):
            details.append(claim.message)
        marks.append(Mark(claim.start, claim.end, "claim", status, icon, label, details, priority=3))
    return marks


def diagnostic_marks(document, diagnostics) -> list[Mark]:
    marks = []
    for d in diagnostics:
        category = UNDERLINED_FAMILIES.get(d.rule.split("/", 1)[0])
        if category is None or d.scope == "document" or d.path != document.path:
            continue
        start = _prose_index(document, d.line, d.column)
        end = _prose_index(document, d.end_line, d.end_column - 1)
        if start is None or end is None or end < start:
            continue
        details = [f"{d.rule} ({d.severity}): {d.message}"]
        if d.suggestion:
            details.append(f"suggestion: {d.suggestion}")
        marks.append(Mark(start, end + 1, category, "issue", "⚑" if category == "overclaim" else "?",
                          d.rule, details, priority=2 if category == "overclaim" else 1))
    return marks


def non_overlapping(marks: list[Mark]) -> list[Mark]:
    """Keep the most important mark where marks overlap (claims over overclaims over jargon)."""
    return split_overlapping(marks)[0]


def split_overlapping(marks: list[Mark]) -> tuple[list[Mark], list[Mark]]:
    """(the marks drawn on the text, most important first where they overlap; the problems left
    over, which the page shows as badges so that none is lost)."""
    chosen: list[Mark] = []
    left: list[Mark] = []
    for mark in sorted(marks, key=lambda m: (-m.priority, m.start)):
        if all(mark.end <= c.start or mark.start >= c.end for c in chosen):
            chosen.append(mark)
        elif mark.category != "claim":
            left.append(mark)
    return sorted(chosen, key=lambda m: m.start), sorted(left, key=lambda m: (m.end, m.start))


def limitation_status(analysis) -> list[tuple[str, bool]]:
    """Each metadata limitation and whether the text reflects it, as the limitations check recorded it."""
    if analysis.metadata is None:
        return []
    reflected = analysis.records.get("limitations", {}).get("reflected", {})
    return [(item, reflected.get(item, False)) for item in analysis.metadata.limitations]


def sentence_grades(analysis) -> list[tuple[int, int, float | None]]:
    """(start, end, Flesch-Kincaid grade) per sentence, from the readability counts every rule shares."""
    from laylint.readability.counts import document_counts
    from laylint.readability.formulas import flesch_kincaid_grade

    return [(item.sentence.start, item.sentence.end, flesch_kincaid_grade(item.counts))
            for item in document_counts(analysis).sentences]


def document_scores(analysis) -> dict:
    from laylint.readability.counts import document_counts
    from laylint.readability.formulas import all_scores

    total = document_counts(analysis).total
    return all_scores(total) if total.words else {}


def build(result) -> FileView:
    analysis = result.analysis
    if analysis is None:  # unreadable or too large: nothing to show but the diagnostics
        message = result.diagnostics[0].message if result.diagnostics else "not checked"
        return FileView(result.path, [], [], [], result.diagnostics, {}, None, [], unreadable=message)
    document = analysis.document
    marks, badges = split_overlapping(claim_marks(analysis) + diagnostic_marks(document, result.diagnostics))
    scores = document_scores(analysis)
    if "grade" in analysis.records:  # the grade check ran: show the target it judged against
        scores["target"] = analysis.records["grade"]["target"]
    return FileView(result.path, document.blocks, sentence_grades(analysis), marks, result.diagnostics, scores,
                    analysis.metadata, limitation_status(analysis), document.prose, badges=badges)
