"""What a check kind declares: its options (types and defaults in one dataclass), the fields its
rules' messages may use, and the severity of each case it reports. The rule loader decodes rule
files strictly against this; the pipeline applies the severities. A kind never reads a rule id.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal


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
