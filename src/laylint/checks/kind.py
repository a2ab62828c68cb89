"""What a check kind declares: its options (types and defaults in one dataclass), the fields its
rules' messages may use, and the severity of each case it reports. The rule loader decodes rule
files strictly against this; the pipeline applies the severities. A kind never reads a rule id.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal


def option(default: Any, *, minimum: float | None = None, maximum: float | None = None,
           above: float | None = None, below: float | None = None) -> Any:
    """An option field with the range its value must lie in: `minimum`/`maximum` inclusive,
    `above`/`below` exclusive. The loader refuses a value outside it (file, line and key), and the
    config's JSON schema carries it, so an editor flags `target: -3` as you type."""
    bounds = {key: value for key, value in (("minimum", minimum), ("maximum", maximum),
                                            ("exclusiveMinimum", above), ("exclusiveMaximum", below)) if value is not None}
    return field(default=default, metadata={"bounds": bounds})


def bounds_problem(value, bounds: dict) -> str | None:
    """What is wrong with a number given its bounds, or None."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    low, high = bounds.get("minimum"), bounds.get("maximum")
    above, below = bounds.get("exclusiveMinimum"), bounds.get("exclusiveMaximum")
    if low is not None and high is not None and not low <= value <= high:
        return f"must be from {low:g} to {high:g}"
    if above is not None and below is not None and not above < value < below:
        return f"must be above {above:g} and below {below:g}"
    if above is not None and high is not None and not above < value <= high:
        return f"must be above {above:g} and at most {high:g}"
    if low is not None and value < low:
        return f"must be {low:g} or more"
    if high is not None and value > high:
        return f"must be {high:g} or less"
    if above is not None and value <= above:
        return f"must be above {above:g}"
    if below is not None and value >= below:
        return f"must be below {below:g}"
    return None


@dataclass(frozen=True)
class NoOptions:
    """The options of a kind that has none."""


@dataclass(frozen=True)
class Kind:
    name: str
    check: Callable  # (rule, analysis) -> Iterable[Diagnostic], built with analysis.diagnostic
    options: type = NoOptions  # a frozen dataclass: each field is an option with its type and default
    fields: tuple[str, ...] = ()  # the {placeholders} a rule's message may use
    validate: Callable[[object], Iterable[tuple[str, str]]] | None = None  # deeper checks -> (option, problem)
    document_scope: bool = False  # diagnostics about the whole document (kept by --diff)
    # case -> its severity: a severity name, or the option that holds one ("number_severity")
    severities: Mapping[str, str] = field(default_factory=dict)
    internal: tuple[str, ...] = ()  # options only a rule file may set, not a user's config
    # For kinds that speak about the input itself (the file is too large, or unreadable):
    reports: str | None = None  # the read problem the pipeline reports through this kind's rules
    input_limit: Callable[[object], int] | None = None  # options -> the most bytes a file may have


Severity = Literal["error", "warning", "info"]
