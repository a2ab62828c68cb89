"""Durations that state a difference (claims round 32, part M): "PCNL may keep you in hospital about 1 day longer",
"a decision aid adds about 1 to 2 minutes to the visit", "stay longer than with RIRS, by about 1 day on average".

Reading (measured.time_change_before): besides "2 days longer" and "shortened by 2 days", a duration is a difference
after "adds", "shaves" or "saves" (not "adds 6 months of tamoxifen": an amount of treatment), and after ", by" when a
comparative ("longer", "shorter", "sooner"...) comes earlier in its clause. A range of durations ("about 1 to 2
minutes") keeps both ends, so it is compared with the interval, not with its upper end alone.

Judging: a duration can only state an outcome measured in time (a length, a duration, a stay, a time to...), so it
is compared with the mean differences of such outcomes for the drug it speaks of (as either arm): the outcome named
when it is one, else the drug's time outcomes. One that agrees (in the source's unit, or said in another: "about 4
minutes" for 230 seconds) is verified; a single candidate that does not agree is a number-mismatch. Several
candidates, none agreeing, say nothing (the clause may mean any of them).
"""

from __future__ import annotations

import re
from dataclasses import replace

from laylint.claims.comparators import comparator_names
from laylint.claims.compare import agrees
from laylint.claims.differences import in_another_time_unit
from laylint.claims.figure import Figure
from laylint.metadata import Finding

# outcomes measured in time: "length of hospital stay", "time to haemostasis", "duration of labour", "procedure time"
_TIME_OUTCOME = re.compile(r"\b(?:time|duration|length|lengths|stay|stays|LOS)\b"
                           r"|\b(?:days|hours|minutes)\s+(?:in|of|on|spent|off|with|without|until|to)\b", re.IGNORECASE)


def as_difference(figure: Figure) -> Figure:
    """The duration as a number to compare with a mean difference: a range when both ends were read."""
    if figure.low is not None and figure.high is not None and figure.form != "range":
        return replace(figure, unit="number", form="range", value=(figure.low + figure.high) / 2)
    return replace(figure, unit="number")


def time_outcomes(metadata) -> set[str]:
    """The declared outcomes measured in time (by their name or an alias)."""
    return {name for name, aliases in metadata.outcomes.items()
            if any(_TIME_OUTCOME.search(phrase or "") for phrase in (name, *(aliases or ())))}


_UP = re.compile(r"\b(?:adds?|added|adding|longer|later|slower|more|extra|additional)\b", re.IGNORECASE)
_DOWN = re.compile(r"\b(?:shaves?|shaved|shaving|saves?|saved|saving|shorter|sooner|earlier|faster|quicker|less|fewer|"
                   r"shortens?|shortened|cuts?|cutting|reduc\w*)\b", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\A[\s-]*[A-Za-z]+(?:\s+[A-Za-z]+)?", re.IGNORECASE)  # "minutes longer", "days shorter"


def _direction(before: str, after: str) -> str:
    """up | down | "": the way the words around a duration say it goes ("2 days longer", "adds", "saves")."""
    said = (_WORD_AFTER.match(after) or re.match("", "")).group(0) + " " + before[-40:]
    up, down = bool(_UP.search(said)), bool(_DOWN.search(said))
    return "up" if up and not down else "down" if down and not up else ""


def _signed(stated: Figure, direction: str, own_arm: bool) -> Figure:
    """The difference with the sign its words give it, when the figure is the finding's own drug's (a drug read as
    the comparator may be the subject's partner in "glue with the flap ... compared with the flap alone": its size
    only is compared)."""
    if not direction or not own_arm:
        return stated
    negative = direction == "down"
    if stated.form == "range":
        low, high = (-stated.high, -stated.low) if negative else (stated.low, stated.high)
        return replace(stated, low=low, high=high, value=(low + high) / 2, direction=direction)
    return replace(stated, value=-abs(stated.value) if negative else abs(stated.value), direction=direction)


def _arm(finding: Finding, drug: str | None, metadata) -> bool:
    return drug is None or finding.drug == drug or drug in comparator_names(finding, metadata)


def time_difference(figure: Figure, drug: str | None, outcome: str | None, metadata, findings,
                    after: str = "", before: str = "") -> tuple[str, Finding] | None:
    """("verified" | "number-mismatch", finding) for a duration that states a difference, or None when the source
    has no single time outcome it could state."""
    if metadata is None:
        return None
    timed = time_outcomes(metadata)
    if not timed:
        return None
    if outcome in timed:
        timed = {outcome}
    candidates = [f for f in findings if f.measure == "mean-difference" and f.outcome in timed and _arm(f, drug, metadata)]
    if drug is None and len(candidates) != 1:
        return None  # no drug named: only a source with one time difference says whose it is
    if len(candidates) > 1:
        candidates = _population_said(candidates, f"{before} {after}") or candidates
    stated, direction = as_difference(figure), _direction(before, after)
    for finding in candidates:
        signed = _signed(stated, direction, drug is not None and finding.drug == drug)
        if agrees(signed, finding) or in_another_time_unit(figure, after, [finding]):
            return "verified", finding
    if len(candidates) == 1:
        return "number-mismatch", candidates[0]
    return None  # several, none agreeing: no telling which it is (judged as before)


_WORD = re.compile(r"[^\W\d_]{4,}")


def _population_said(candidates: list[Finding], near: str) -> list[Finding]:
    """The one candidate whose population the words around the figure name by a word no other candidate's has
    ("used during the consultation" against "used in preparation for the consultation"), else none."""
    words = [{w.lower() for w in _WORD.findall(f.population or "")} for f in candidates]
    said = {w.lower() for w in _WORD.findall(near)}
    named = [f for f, own in zip(candidates, words)
             if (own - set().union(*(other for other in words if other is not own))) & said]
    return named if len(named) == 1 else []
