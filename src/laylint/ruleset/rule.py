"""A rule: one YAML file's data, its options decoded against its kind (laylint.checks.kind)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from laylint.checks.kind import NoOptions

PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


@dataclass
class Rule:
    id: str
    kind: str
    severity: str
    message: str
    description: str
    rationale: str = ""
    options: object = field(default_factory=NoOptions)  # the kind's Options dataclass, defaults filled in
    settings: dict = field(default_factory=dict)  # the options as written (rule file, then config)
    severities: dict = field(default_factory=dict)  # case -> severity, resolved from the kind and options
    examples: dict = field(default_factory=dict)
    enabled: bool = True
    scope: str = "line"
    needs: tuple = ()
    status: str = "stable"  # or preview
    since: str = ""  # the laylint version that added it
    path: str = ""

    @property
    def family(self) -> str:
        return self.id.split("/", 1)[0]

    @property
    def name(self) -> str:
        return self.id.split("/", 1)[1]

    @property
    def summary(self) -> str:
        first = self.description.strip().split("\n\n", 1)[0].replace("\n", " ")
        sentence = first.split(". ", 1)[0].rstrip(".")
        return re.sub(r"\s*\([^()]*\)", "", sentence) + "."  # asides belong to the full description

    def format(self, **fields) -> str:
        """The message with its {placeholders} filled (the loader made sure the kind supplies them)."""
        return PLACEHOLDER.sub(lambda m: str(fields[m.group(1)]) if m.group(1) in fields else m.group(0), self.message)

    def severity_for(self, case: str | None) -> str:
        """The severity of one case of the problem (e.g. a sentence over `error_above` words)."""
        return self.severities.get(case) or self.severity if case else self.severity

    def kind_spec(self):
        from laylint import checks

        return checks.get(self.kind)


def placeholders(message: str) -> list[str]:
    return PLACEHOLDER.findall(message)
